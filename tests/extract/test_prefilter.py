"""The cheap first pass: number filter, regex sentences, kept windows and offset maps."""

import datetime as dt

import pytest

from pipeline.extract import PREFILTER_ENV, extract, extract_batch
from pipeline.extract.numbers import find_quantities
from pipeline.extract.prefilter import SEPARATOR, split_sentences, surely_not_claim, window


def flags(text: str) -> dict[str, bool]:
    return {q.text: surely_not_claim(text, q) for q in find_quantities(text)}


@pytest.mark.parametrize("text,number", [
    ("The talks ended on 12 March after a week.", "12"),
    ("The talks ended on March 12 after a week.", "12"),
    ("Prices have risen since 2004, officials say.", "2004"),
    ("The siege lasted 40 days.", "40"),
    ("The siege lasted five-day in all.", "five"),
    ("Team A won 3-1 on Sunday.", "3"),
    ("He lives at #10 today.", "10"),
    ("Troops crossed Line 2 at dawn.", "2"),
    ("The two nations signed the deal.", "two"),
    ("This is one of the worst attacks.", "one"),
    ("The new one arrived.", "one"),
    ("The 2003-2005 plan ended.", "2003-2005"),
    ("There were 0 casualties.", "0"),
    ("Since the 2003 invasion, prices rose.", "2003"),
    ("He led the club from 1999 to 2002, then left.", "1999"),
])
def test_surely_not_claim(text: str, number: str) -> None:
    assert flags(text)[number] is True


@pytest.mark.parametrize("text,number", [
    ("Rebels said 5,000 soldiers were killed.", "5,000"),
    ("The army withdrew 1400 soldiers from Iraq.", "1400"),
    ("He praised the September 11, 2001 terrorist attacks.", "2001"),
    ("Only one of the 11 ministers resigned.", "one"),
    ("One soldier was killed near the border.", "One"),
    ("About 2000 listeners came, a total of 1500 were hurt.", "1500"),
    ("In 1500 homes the power failed.", "1500"),
    ("Of the 2000 who marched, most were students.", "2000"),
    ("The 2003 soldiers were sent home.", "2003"),
])
def test_possible_claims_are_kept(text: str, number: str) -> None:
    assert flags(text)[number] is False


def test_flagged_numbers_are_dropped_by_the_rules(nlp, monkeypatch) -> None:
    """Whatever the first pass drops, the full rules drop too (guards against rule drift)."""
    monkeypatch.setenv(PREFILTER_ENV, "0")
    texts = [
        "The siege lasted 40 days and 300 people died in Homs on 12 March.",
        "Since 2004, 1,200 soldiers have been deployed; the two nations agreed in May 2005.",
        "One of the officials said three of the 11 ministers had resigned. It was one too many.",
        "Team A won 3-1 at No. 10 Road, where Line 2 ends and 0 trains ran for 24 hours.",
    ]
    for text in texts:
        kept = {(c["char_start"], c["char_end"]) for c in extract(nlp, text)}
        for q in find_quantities(text):
            if surely_not_claim(text, q):
                assert (q.start, q.end) not in kept, (text, q.text)


def test_split_sentences_is_conservative() -> None:
    text = ("Headline with 5 words\n\nMrs. Smith met Gen. Jones in the U.S. capital. "
            "They said 40 died. \"We lost 3 men.\" He left.")
    sents = [text[s:e] for s, e in split_sentences(text)]
    assert sents == ["Headline with 5 words", "Mrs. Smith met Gen. Jones in the U.S. capital.",
                     "They said 40 died.", "\"We lost 3 men.\"", "He left."]


def test_window_keeps_context_and_maps_offsets() -> None:
    filler = "The weather was calm and nobody expected anything at all. "
    text = ("Rebels seize town\n\n" + filler * 5 + "Fighting broke out in Zagora. "
            "Rebels said 40 soldiers were killed. This was announced by the army. "
            + filler * 5 + "\n\nThe talks ended on 12 March.")
    w = window(text)
    assert len(w.text) < len(text) / 2
    assert w.text.startswith("Rebels seize town" + SEPARATOR)
    assert ("Fighting broke out in Zagora. Rebels said 40 soldiers were killed. "
            "This was announced by the army.") in w.text
    assert "12 March" not in w.text
    for sub_start, length in zip(w.sub_starts, w.lengths, strict=True):
        span = w.to_original(sub_start, sub_start + length)
        assert span is not None
        assert text[span[0]:span[1]] == w.text[sub_start:sub_start + length]
    i = w.text.index("40")
    s, e = w.to_original(i, i + 2)
    assert text[s:e] == "40"
    cross = w.sub_starts[1] - 1
    assert w.to_original(cross - 2, cross + 2) is None
    assert window("No numbers here. None at all.").text == ""


def test_same_claims_with_and_without_prefilter(nlp, monkeypatch) -> None:
    filler = "Officials met in the capital to discuss the budget for the coming season. "
    text = ("Rebels kill 40 soldiers in Zagora\n\n"
            + "Fighting broke out near Zagora on Monday. Rebels killed 40 soldiers. "
              "This was announced by the Ruritanian army. " + filler * 6
            + "\n\nGeneral Ivo Markov spoke to reporters. He said 12 tanks were destroyed. "
            + filler * 3 + "\n\nThe talks ended on 12 March after 3 days."
            + "\n\nThe Ruritanian army said: \"It was a hard day for us. " + filler * 3
            + "Nine soldiers were hurt. We will rebuild the post.\" " + filler)
    published = dt.date(2024, 3, 20)
    with_pf = extract(nlp, text, published)
    monkeypatch.setenv(PREFILTER_ENV, "0")
    without = extract(nlp, text, published)
    assert with_pf == without
    assert {c["value"] for c in with_pf} >= {40.0, 12.0, 9.0}
    assert [c["source"] for c in with_pf if c["value"] == 9] == ["Ruritanian army"]
    for c in with_pf:
        assert text[c["char_start"]:c["char_end"]] == c["quantity_text"]
        assert c["sentence"] in text


def test_batch_order_with_empty_and_numberless_docs(nlp) -> None:
    items = [("a", "Nothing to count here.", None), ("b", "", None),
             ("c", "Police arrested 31 men in Lyon.", None), ("d", "Calm day.", None)]
    out = list(extract_batch(nlp, iter(items), batch_size=2))
    assert [d for d, _ in out] == ["a", "b", "c", "d"]
    assert [len(c) for _, c in out] == [0, 0, 1, 0]


def test_two_processes_keep_claims_and_order(nlp) -> None:
    """doc._.claims lives in user_data: it must survive spaCy's worker processes."""
    items = [(str(i), f"Rebels freed {i + 2} hostages near Zagora.\n\nCalm day.", None)
             for i in range(6)] + [("empty", "", None)]
    one = list(extract_batch(nlp, iter(items), batch_size=2))
    two = list(extract_batch(nlp, iter(items), batch_size=2, n_process=2))
    assert two == one
    assert [c[0]["value"] for _, c in two[:6]] == [float(i + 2) for i in range(6)]


def test_the_capital_named_sentences_before_is_kept(nlp, monkeypatch) -> None:
    filler = "The weather was calm and nobody expected anything at all. "
    text = ("Unrest grows\n\n" + filler * 4 + "Crowds gathered in Nairobi on Monday. "
            + filler * 3 + "Police said 14 people were arrested in the capital. " + filler * 4)
    with_pf = extract(nlp, text, None)
    monkeypatch.setenv(PREFILTER_ENV, "0")
    without = extract(nlp, text, None)
    assert with_pf == without
    assert [c["location"] for c in with_pf if c["value"] == 14] == ["Nairobi"]


def test_the_lead_and_the_documents_of_a_report_article_are_kept(nlp, monkeypatch) -> None:
    filler = "Volunteers walked the banks of every river in the spring. "
    text = ("Charity report says river pollution doubled\n\n"
            + "The Clean Rivers Trust released its annual report on Tuesday. "
            + filler * 3 + "\n\nNitrate levels rose by 40% over the last decade. " + filler * 3
            + "\n\nThere have been other studies of the rivers since the drought. "
            + filler * 3 + "\n\nSince then, 25 lakes have been closed to swimmers.\n")
    w = window(text)
    assert "There have been other studies" in w.text
    fast = extract(nlp, text)
    monkeypatch.setenv(PREFILTER_ENV, "0")
    full = extract(nlp, text)
    assert [(c["value"], c["source"]) for c in fast] == [(c["value"], c["source"]) for c in full]
    assert [(c["value"], c["source"]) for c in fast] == [(40, "The Clean Rivers Trust"),
                                                        (25, "<article>")]


def test_the_company_named_sentences_before_is_kept(nlp, monkeypatch) -> None:
    filler = "The weather was calm and nobody expected anything at all. "
    text = ("Fraud case\n\n" + filler * 3 + "Acme Motors sued its former manager on Friday. "
            + filler * 3 + "The company said that he took more than $2 million in bribes. "
            + filler * 3)
    with_pf = extract(nlp, text, None)
    monkeypatch.setenv(PREFILTER_ENV, "0")
    assert with_pf == extract(nlp, text, None)
    assert [c["source"] for c in with_pf] == ["Acme Motors"]
