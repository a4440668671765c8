"""Properties that hold for any input (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest.batch import split_long_text, split_stream
from pipeline.ingest.text import (
    InputRejected,
    decode_bytes,
    line_pieces,
    normalize_pieces,
    normalize_text,
)
from tests.robustness._support import SUFFIXES, check_invariants, ingest_bytes

PROPS = settings(max_examples=200, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])

#: characters that normalisation treats specially, mixed into ordinary text
TRAPS = st.sampled_from(list("\x00\r\n\t \x0b\x1f\x7f\x85\u00a0\u202f\u2028\u200b\u200d\ufeff"
                             "\u00ad\u0301\u0308e\u00e9\u1100\u1161\u11a8\u0958\u2126"
                             "\ud800\udc00\U0001f600١a.") + ["\r\n", "\n\n\n", " \n"])
TEXT = st.lists(st.one_of(TRAPS, st.text(max_size=5)), max_size=60).map("".join)


@PROPS
@given(TEXT)
def test_normalisation_is_idempotent(text: str) -> None:
    once, _ = normalize_text(text)
    assert normalize_text(once)[0] == once
    once.encode("utf-8")                     # storable: no lone surrogates left


@PROPS
@given(TEXT, st.lists(st.integers(1, 7), min_size=1, max_size=20), st.integers(2, 12))
def test_normalising_in_pieces_equals_normalising_whole(text: str, sizes: list[int],
                                                        max_line: int) -> None:
    blocks, i, k = [], 0, 0
    while i < len(text):
        blocks.append(text[i:i + sizes[k % len(sizes)]])
        i += sizes[k % len(sizes)]
        k += 1
    pieces = list(line_pieces(blocks, max_line=max_line))
    assert "".join(pieces) == text
    got = "".join(normalize_pieces(pieces, []))
    want = normalize_text(text)[0]
    # a cut inside a long line may only differ where no safe cut point exists
    if all(p.endswith(("\n",)) or (p[-1:] and "!" <= p[-1] <= "~") for p in pieces[:-1]):
        assert got == want


@PROPS
@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=300), st.integers(4, 40),
       st.integers(1, 30))
def test_split_in_pieces_equals_split_whole(text: str, max_chars: int, step: int) -> None:
    text = normalize_text(text)[0]
    if not text:
        return
    pieces = [text[i:i + step] for i in range(0, len(text), step)]
    assert list(split_stream(pieces, max_chars)) == split_long_text(text, max_chars)
    assert all(len(p) <= max_chars for p in split_long_text(text, max_chars))


@PROPS
@given(st.binary(max_size=2000))
def test_decode_bytes_returns_text_or_rejects(data: bytes) -> None:
    try:
        text, warning = decode_bytes(data)
    except InputRejected as err:
        assert str(err)
    else:
        assert isinstance(text, str) and (warning is None or isinstance(warning, str))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SUFFIXES), st.one_of(
    st.binary(max_size=600),
    TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20)
                 | st.floats(allow_nan=False),
                 lambda kids: st.lists(kids, max_size=4)
                 | st.dictionaries(st.sampled_from(["id", "url", "date", "title", "text", "x"]),
                                   kids, max_size=5), max_leaves=12)
    .map(lambda o: __import__("json").dumps(o).encode())))
def test_any_bytes_with_any_suffix_get_one_outcome_each(suffix: str, data: bytes) -> None:
    docs, log = ingest_bytes(data, suffix)
    check_invariants(docs, log, suffix)


def test_number_parser_is_total() -> None:
    from pipeline.extract.numbers import find_quantities, parse_number

    @PROPS
    @given(st.one_of(TEXT, st.lists(st.sampled_from(
        list("0123456789,. -\u00a0\u202f\u2009١٢٣۴") + ["million", "thousand", "and", " a ",
                                                      "half", "dozen", "to", "between"]),
        max_size=40).map("".join)))
    def check(s: str) -> None:
        value = parse_number(s)
        assert value is None or isinstance(value, float | int)
        for q in find_quantities(s):
            assert 0 <= q.start <= q.end <= len(s)

    check()
