"""Every kind of bad input ends in exactly one recorded outcome, never a crash.

Each test builds one kind of bad input, runs the ingest step (no spaCy) and asserts
the row it gets in `ingest_log`. The table in OUTCOMES.md summarises them.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

import pipeline.ingest.batch as batch
import pipeline.ingest.readers as readers
from pipeline.ingest.batch import MAX_DOC_CHARS, Manifest, make_manifest, scan
from pipeline.ingest.text import content_hash
from tests.robustness._support import check_invariants, ingest, ingest_manifest, one

ROOT = Path(__file__).resolve().parents[2]


def put(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def ingest_one(tmp_path: Path, name: str, data: bytes | str):
    put(tmp_path / "in", name, data)
    docs, log = ingest(tmp_path / "in")
    check_invariants(docs, log, Path(name).suffix)
    return docs, one(log)


# --- encodings --------------------------------------------------------------

def test_invalid_utf8_falls_back_to_windows_1252_with_warning(tmp_path: Path) -> None:
    docs, row = ingest_one(tmp_path, "latin.txt", b"Caf\xe9 owner said 12 were killed.")
    assert row["outcome"] == "ingested"
    assert row["warning"] == "invalid UTF-8 at byte 3; decoded as Windows-1252"
    assert docs["text"].iloc[0] == "Café owner said 12 were killed."


def test_bytes_neither_utf8_nor_windows_1252_rejected(tmp_path: Path) -> None:
    # 0x81 and 0x8d are undefined in Windows-1252
    _, row = ingest_one(tmp_path, "bad.txt", b"Twelve \x81\x8d were killed.")
    assert row["outcome"] == "rejected"
    assert row["reason"].startswith("invalid UTF-8 (invalid start byte at byte 7) "
                                    "and not Windows-1252 either")


def test_utf16_with_bom_decoded(tmp_path: Path) -> None:
    text = "At least 40 were wounded \u2014 officials."
    docs, row = ingest_one(tmp_path, "utf16.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert (row["outcome"], row["warning"]) == ("ingested", "decoded as UTF-16")
    assert docs["text"].iloc[0] == text


def test_truncated_utf16_rejected(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_BE + "Nine were hurt.".encode("utf-16-be") + b"\x00"
    _, row = ingest_one(tmp_path, "cut.txt", data)
    assert row["outcome"] == "rejected" and row["reason"].startswith("invalid UTF-16 at byte")


def test_utf8_with_bom_ingested_without_the_bom(tmp_path: Path) -> None:
    docs, row = ingest_one(tmp_path, "bom.md", codecs.BOM_UTF8 + b"# Report\n\n30 killed.")
    assert (row["outcome"], row["warning"]) == ("ingested", "UTF-8 byte order mark removed")
    assert docs["text"].iloc[0] == "Report\n\n30 killed."


def test_windows_1252_smart_quotes(tmp_path: Path) -> None:
    docs, row = ingest_one(tmp_path, "quotes.txt", b"\x93At least 100\x94 were killed, he said.")
    assert row["outcome"] == "ingested"
    assert "decoded as Windows-1252" in row["warning"]
    assert docs["text"].iloc[0] == "\u201cAt least 100\u201d were killed, he said."


def test_nul_bytes_in_text_removed_with_warning(tmp_path: Path) -> None:
    docs, row = ingest_one(tmp_path, "nul.txt", b"Twenty\x00 were killed.\x00 " + b"x" * 900)
    assert (row["outcome"], row["warning"]) == ("ingested", "NUL characters removed")
    assert "\x00" not in docs["text"].iloc[0]
    assert docs["text"].iloc[0].startswith("Twenty were killed.")


def test_binary_file_named_txt_rejected(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    _, row = ingest_one(tmp_path, "image.txt", png)
    assert (row["outcome"], row["reason"]) == ("rejected", "binary content, not text")


@pytest.mark.parametrize("name, data", [("empty.txt", b""), ("blank.txt", b" \n\t\r\n  \n"),
                                        ("blank.md", "\u00a0\u2003\n\u200b\n".encode()),
                                        ("blank.html", b"<html><body> <p> </p></body></html>")])
def test_empty_and_whitespace_only_rejected(tmp_path: Path, name: str, data: bytes) -> None:
    _, row = ingest_one(tmp_path, name, data)
    assert (row["outcome"], row["reason"]) == ("rejected", "empty text")


def test_unreadable_file_rejected(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their mode")
    path = put(tmp_path / "in", "locked.txt", "Five were killed.")
    path.chmod(0)
    try:
        _, log = ingest(tmp_path / "in")
    finally:
        path.chmod(0o644)
    row = one(log)
    assert row["outcome"] == "rejected" and row["reason"].startswith("unreadable file")


# --- size ------------------------------------------------------------------

_BIG = """
import json, resource, sys
from pathlib import Path
from pipeline.ingest.batch import iter_ingest, make_manifest, scan
folder = Path(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
files, refused = scan(folder)
rows, biggest, parts = {}, 0, []
for chunk in iter_ingest(make_manifest(folder, files, refused), {}):
    for r in chunk.log.itertuples():
        rows[r.outcome] = rows.get(r.outcome, 0) + 1
    if len(chunk.documents):
        biggest = max(biggest, int(chunk.documents["n_chars"].max()))
        parts += [(t[:12], t[-12:]) for t in chunk.documents["text"]]
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"rows": rows, "biggest": biggest, "grew_kb": after - before, "peak_kb": after,
                  "first": parts[0], "last": parts[-1]}))
"""


def _write_big(path: Path, size: int) -> int:
    """About `size` bytes of numbered (so distinct) paragraphs, written quickly."""
    para = ("soldiers were killed and another thousand wounded, officials said. " * 7
            ).strip() + "\n\n"
    per_block = 1000
    n = max(1, size // (len(para) * per_block))
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write("".join(f"Report {i * per_block + j}: {para}" for j in range(per_block)))
        f.write("The end.\n")
    return n


@pytest.mark.parametrize("size_mb", [200])
def test_very_large_text_split_in_bounded_memory(tmp_path: Path, size_mb: int) -> None:
    """~200 MB of text: parts of at most MAX_DOC_CHARS, all kept, memory bounded.

    Runs in a child process so the peak resident size is its own.
    """
    folder = tmp_path / "big"
    folder.mkdir()
    _write_big(folder / "huge.txt", size_mb << 20)
    out = subprocess.run([sys.executable, "-c", _BIG, str(folder)], cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=300)
    res = json.loads(out.stdout)
    assert set(res["rows"]) == {"ingested"}
    assert res["rows"]["ingested"] >= size_mb * 1_000_000 // MAX_DOC_CHARS
    assert res["biggest"] <= MAX_DOC_CHARS
    assert res["first"][0].startswith("Report 0:") and res["last"][1].endswith("The end.")
    assert res["grew_kb"] < 1_500_000, f"peak memory grew by {res['grew_kb'] // 1024} MB"


def test_large_file_streamed_gives_same_parts_as_whole_read(tmp_path: Path,
                                                              monkeypatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _write_big(folder / "big.txt", 3 << 20)
    whole_docs, whole_log = ingest(folder, max_chars=100_000)
    monkeypatch.setattr(batch, "STREAM_MIN_BYTES", 1 << 20)
    monkeypatch.setattr(batch, "STREAM_BLOCK_BYTES", 65_537)
    docs, log = ingest(folder, max_chars=100_000)
    check_invariants(docs, log, ".txt", max_chars=100_000)
    assert len(docs) > 10
    assert docs["text"].tolist() == whole_docs["text"].tolist()
    assert docs["doc_id"].tolist() == whole_docs["doc_id"].tolist()
    assert log["input_ref"].tolist() == whole_log["input_ref"].tolist()


def _single_line(n_chars: int) -> str:
    words, total, i = [], 0, 0
    while total < n_chars:
        w = f"w{i}"
        words.append(w)
        total += len(w) + 1
        i += 1
    return " ".join(words)


@pytest.mark.parametrize("n_chars, streamed", [(2_000_000, False), (20_000_000, True)])
def test_one_huge_line_is_cut_at_spaces(tmp_path: Path, n_chars: int, streamed: bool) -> None:
    line = _single_line(n_chars)
    put(tmp_path / "in", "line.txt", line)
    assert (len(line) > batch.STREAM_MIN_BYTES) == streamed
    docs, log = ingest(tmp_path / "in")
    check_invariants(docs, log, ".txt")
    assert set(log["outcome"]) == {"ingested"} and len(docs) >= n_chars // MAX_DOC_CHARS
    assert docs["n_chars"].max() <= MAX_DOC_CHARS
    assert " ".join(docs["text"]) == line          # every cut fell on a space


def test_line_without_any_space_is_cut_hard(tmp_path: Path) -> None:
    put(tmp_path / "in", "blob.txt", "x" * 2_500_000)
    docs, log = ingest(tmp_path / "in")
    # parts 1 and 2 are the same text: the second is logged as a duplicate of the first
    assert log["outcome"].tolist() == ["ingested", "duplicate", "ingested"]
    assert log["duplicate_of"].iloc[1] == "blob-part1"
    assert docs["n_chars"].tolist() == [MAX_DOC_CHARS, 500_000]


# --- JSON, JSON Lines, CSV ------------------------------------------------

def test_malformed_json_rejected(tmp_path: Path) -> None:
    _, row = ingest_one(tmp_path, "cut.json", '[{"id": "z", "text": "cut off')
    assert row["outcome"] == "rejected"
    assert row["reason"].startswith("malformed JSON: Unterminated string")


def test_jsonl_bad_line_among_good_ones(tmp_path: Path) -> None:
    put(tmp_path / "in", "wire.jsonl", '{"id": "w1", "text": "Ten were hurt."}\n'
        '{"id": "w2", "text": \n\n{"id": "w3", "text": "Five were captured."}\n')
    docs, log = ingest(tmp_path / "in")
    check_invariants(docs, log, ".jsonl")
    assert docs["doc_id"].tolist() == ["w1", "w3"]
    assert log.set_index(log["input_ref"].str.split("#").str[1])["outcome"].to_dict() == {
        "L1": "ingested", "L2": "rejected", "L4": "ingested"}


@pytest.mark.parametrize("name, body, reason", [
    ("dup.json", '{"text": "a", "text": "b"}', "duplicate key 'text'"),
    ("nan.json", '{"text": "Six were hurt.", "score": NaN}', "NaN is not valid JSON"),
    ("inf.json", '{"text": "Six were hurt.", "score": -Infinity}',
     "-Infinity is not valid JSON"),
    ("big.json", '{"text": "Six were hurt.", "n": ' + "9" * 5000 + "}",
     "malformed JSON: Exceeds the limit (4300 digits) for integer string conversion"),
    ("deep.json", "[" * 100_000 + "]" * 100_000, "JSON nested too deeply"),
    ("deep.jsonl", '{"text": "Six were hurt.", "x": ' + "[" * 50_000 + "]" * 50_000 + "}",
     "JSON nested too deeply"),
])
def test_json_that_a_ledger_cannot_trust_rejected(tmp_path: Path, name: str, body: str,
                                                  reason: str) -> None:
    _, row = ingest_one(tmp_path, name, body)
    assert row["outcome"] == "rejected" and row["reason"].startswith(reason), row["reason"]


def test_id_beyond_float_precision_kept_as_string(tmp_path: Path) -> None:
    docs, row = ingest_one(tmp_path, "ids.json",
                           '{"id": 123456789012345678901234567890, "text": "Four were hurt."}')
    assert row["outcome"] == "ingested"
    assert docs["doc_id"].tolist() == ["123456789012345678901234567890"]


def test_non_string_fields_ignored_with_warning(tmp_path: Path) -> None:
    docs, row = ingest_one(tmp_path, "odd.json",
                           '{"id": 1e400, "url": ["x"], "date": 20240101, "text": "Two died."}')
    assert row["outcome"] == "ingested" and docs["doc_id"].tolist() == ["odd"]
    assert row["warning"] == ("field 'id' ignored: not a string; field 'url' ignored: not a "
                              "string; unreadable date '20240101' ignored")


def test_lone_surrogate_in_json_replaced_not_crash(tmp_path: Path) -> None:
    docs, row = ingest_one(tmp_path, "sur.json", '{"text": "Eight \\ud800 were hurt."}')
    assert row["outcome"] == "ingested"
    assert row["warning"] == "invalid (lone surrogate) characters replaced by U+FFFD"
    assert docs["text"].iloc[0] == "Eight \ufffd were hurt."


def test_csv_ragged_row_rejected_others_kept(tmp_path: Path) -> None:
    put(tmp_path / "in", "digest.csv", "id,date,title,text\nc1,2024-11-02,T,Twelve wounded.\n"
        "c2,2024-11-03,too,many,fields\nc3,,,Three went missing.\nc4,short\n")
    docs, log = ingest(tmp_path / "in")
    check_invariants(docs, log, ".csv")
    assert docs["doc_id"].tolist() == ["c1", "c3"]
    bad = log[log["outcome"] == "rejected"]
    assert bad["input_ref"].str.endswith(("#R3", "#R5")).all()
    assert bad["reason"].tolist() == ["ragged CSV row: 5 fields, header has 4",
                                      "ragged CSV row: 2 fields, header has 4"]


def test_explicit_id_that_collides_with_a_renamed_id(tmp_path: Path) -> None:
    taken = f"a-{content_hash('Two.')[:8]}"
    put(tmp_path / "in", "ids.json", json.dumps([
        {"id": taken, "text": "Three."}, {"id": "a", "text": "One."},
        {"id": "a", "text": "Two."}]))
    docs, log = ingest(tmp_path / "in")
    check_invariants(docs, log, ".json")
    assert len(docs) == 3 and docs["doc_id"].is_unique


# --- HTML ------------------------------------------------------------------

def test_html_scripts_and_styles_not_in_text(tmp_path: Path) -> None:
    page = ("<html><head><title>Night</title><style>.x{content:'999 killed'}</style>"
            "<script>var s = '</p>500 dead';</script></head><body>"
            "<p>Four drones were shot down.</p><script type='module'>track(1000)</script>"
            "<noscript>888</noscript><style>p{}</style><template>777</template>"
            "<p>No one was hurt.</p><script>unterminated 666")
    docs, row = ingest_one(tmp_path, "page.html", page)
    assert row["outcome"] == "ingested"
    text = docs["text"].iloc[0]
    assert text == "Night\n\nFour drones were shot down.\n\nNo one was hurt."


# --- duplicates, changes, paths ------------------------------------------

def test_same_text_under_two_names(tmp_path: Path) -> None:
    put(tmp_path / "in", "a.txt", "Officials said 40 were evacuated.")
    put(tmp_path / "in", "sub/b.md", "Officials said 40 were evacuated.\r\n\r\n")
    docs, log = ingest(tmp_path / "in")
    assert docs["doc_id"].tolist() == ["a"]
    dup = log[log["outcome"] == "duplicate"].iloc[0]
    assert dup["duplicate_of"] == "a" and dup["reason"] == "same text as a"


def test_file_changed_between_listing_and_reading_rejected(tmp_path: Path) -> None:
    path = put(tmp_path / "in", "growing.txt", "Seven were killed.")
    files, refused = scan(tmp_path / "in")
    manifest = make_manifest(tmp_path / "in", files, refused)
    with open(path, "a", encoding="utf-8") as f:
        f.write(" Later: eight.")
    docs, log = ingest_manifest(manifest)
    row = one(log)
    assert docs.empty and row["outcome"] == "rejected"
    assert row["reason"] == ("file changed since the batch was made (size 18 -> 32 bytes); "
                             "it belongs to a later batch")


def test_manifest_without_stats_still_reads(tmp_path: Path) -> None:
    put(tmp_path / "in", "old.txt", "Seven were killed.")
    files, refused = scan(tmp_path / "in")
    m = make_manifest(tmp_path / "in", files, refused)
    old = Manifest(m.batch_id, m.root, m.files, m.refused)      # as saved before stats
    assert Manifest.from_json(old.to_json()) == old
    _, log = ingest_manifest(old)
    assert one(log)["outcome"] == "ingested"


def test_file_growing_while_it_is_read_rejected(tmp_path: Path, monkeypatch) -> None:
    path = put(tmp_path / "in", "growing.txt", "Seven were killed.")

    def read_then_grow(f) -> bytes:
        data = f.read()
        with open(path, "a", encoding="utf-8") as g:
            g.write(" More lines arrive.")
        return data

    monkeypatch.setattr(readers, "_read_all", read_then_grow)
    docs, log = ingest(tmp_path / "in")
    row = one(log)
    assert docs.empty and row["outcome"] == "rejected"
    assert row["reason"] == readers.CHANGED_WHILE_READING


def test_streamed_file_growing_while_read_keeps_parts_rejects_last(tmp_path: Path,
                                                                     monkeypatch) -> None:
    path = tmp_path / "in" / "big.txt"
    path.parent.mkdir()
    _write_big(path, 2 << 20)
    monkeypatch.setattr(batch, "STREAM_MIN_BYTES", 1 << 20)
    real = batch.line_pieces

    def pieces_then_grow(blocks):
        for i, piece in enumerate(real(blocks)):
            if i == 1:
                with open(path, "a", encoding="utf-8") as g:
                    g.write("Appended while reading.\n")
            yield piece

    monkeypatch.setattr(batch, "line_pieces", pieces_then_grow)
    docs, log = ingest(tmp_path / "in", max_chars=200_000)
    check_invariants(docs, log, ".txt", max_chars=200_000)
    assert set(log["outcome"].iloc[:-1]) == {"ingested"} and len(docs) >= 5
    last = log.iloc[-1]
    assert last["outcome"] == "rejected" and last["reason"] == readers.CHANGED_WHILE_READING
    assert last["input_ref"].endswith(f"#part{len(docs) + 1}")


def test_symlinks_out_of_the_inbox_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret"
    put(outside, "secret.txt", "Not for the inbox.")
    inbox = tmp_path / "inbox"
    put(inbox, "ok.txt", "Three were hurt.")
    (inbox / "link.txt").symlink_to(outside / "secret.txt")
    (inbox / "linked-folder").symlink_to(outside, target_is_directory=True)
    (inbox / "inner.txt").symlink_to(inbox / "ok.txt")
    docs, log = ingest(inbox)
    check_invariants(docs, log, "(a folder)")
    by_name = {Path(r).name: (o, why) for r, o, why in
               log[["input_ref", "outcome", "reason"]].itertuples(index=False)}
    assert by_name["link.txt"] == ("rejected", "symbolic link pointing outside the input folder")
    assert by_name["linked-folder"] == ("rejected",
                                        "symbolic link pointing outside the input folder")
    # a link inside the inbox is read; its text is the same as ok.txt's (read second)
    assert (by_name["inner.txt"][0], by_name["ok.txt"][0]) == ("ingested", "duplicate")
    assert "Not for the inbox." not in " ".join(docs["text"])


def test_dotdot_paths_refused(tmp_path: Path) -> None:
    put(tmp_path / "inbox", "x.txt", "One was killed.")
    put(tmp_path, "secret.txt", "Not for the inbox.")
    sneaky = tmp_path / "inbox" / ".." / "secret.txt"
    # the path a user types is made absolute first (scan), so a '..' there is theirs
    files, _ = scan(sneaky)
    assert files == [Path(os.path.abspath(sneaky))] and ".." not in files[0].parts
    # a manifest that names a path with '..' is refused when read
    m = Manifest("b-test", str(tmp_path), (str(sneaky),))
    docs, log = ingest_manifest(m)
    assert docs.empty and one(log)["reason"] == "path contains '..'"
    # two dots inside a name are just a name
    docs, row = ingest_one(tmp_path, "report..v2.txt", "Two were hurt.")
    assert row["outcome"] == "ingested"


# --- Unicode traps ------------------------------------------------------------

@pytest.mark.parametrize("name, body", [
    ("spaces.txt", "At least 12\u00a0000 and 3\u202f500 were displaced."),
    ("spaces.html", "<p>At least 12&nbsp;000 and 3\u202f500 were displaced.</p>"),
    ("spaces.json", json.dumps({"text": "At least 12\u00a0000 and 3\u202f500 were displaced."})),
])
def test_no_break_spaces_inside_numbers_kept(tmp_path: Path, name: str, body: str) -> None:
    docs, row = ingest_one(tmp_path, name, body)
    assert row["outcome"] == "ingested"
    assert docs["text"].iloc[0] == "At least 12\u00a0000 and 3\u202f500 were displaced."


def test_zero_width_characters_removed(tmp_path: Path) -> None:
    docs, _ = ingest_one(tmp_path, "zw.txt",
                         "At\u200b least\u2060 1\u200c2\u200d0\ufeff kil\u00adled.")
    assert docs["text"].iloc[0] == "At least 120 killed."


def test_arabic_indic_digits_kept(tmp_path: Path) -> None:
    docs, row = ingest_one(tmp_path, "ar.txt", "قتل ١٢٠ شخصا and ۳۴ more")
    assert row["outcome"] == "ingested"
    assert docs["text"].iloc[0] == "قتل ١٢٠ شخصا and ۳۴ more"


def test_nfc_and_nfd_forms_are_duplicates(tmp_path: Path) -> None:
    text = "Kyiv r\u00e9sidents: 30 bless\u00e9s \u00e0 Kharkiv, 1\u00a0200 \u00e9vacu\u00e9s."
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    put(tmp_path / "in", "a-nfc.txt", text)
    put(tmp_path / "in", "b-nfd.txt", nfd)
    docs, log = ingest(tmp_path / "in")
    assert docs["text"].tolist() == [text]
    assert log["outcome"].tolist() == ["ingested", "duplicate"]
    assert log["duplicate_of"].iloc[1] == "a-nfc"
