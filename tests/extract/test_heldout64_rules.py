"""Rules written from the errors of held-out sets 64 and 65 (after their blind score); every
sentence here was written for the test."""

from tests.extract.support import one


def test_the_one_quoted_as_saying_is_the_source(nlp) -> None:
    text = 'A local judge has been quoted as saying that "we have 14 people in custody."'
    claim = one(nlp, text, 14)
    assert claim["source"] == "local judge"
    assert "source:quoted-as-saying" in claim["evidence"]


def test_more_currency_names_are_money(nlp) -> None:
    claim = one(nlp, "The fine was set at 2,000 Georgian lari.", 2000)
    assert (claim["metric"], claim["unit"]) == ("money", "lari")
    claim = one(nlp, "The state paid 40 million reais for the bridge.", 40_000_000)
    assert (claim["metric"], claim["unit"]) == ("money", "real")


def test_a_source_owner_loses_its_possessive(nlp) -> None:
    text = "According to the Kenyan Red Cross's records, 45 homes were burned."
    assert one(nlp, text, 45)["source"] == "Kenyan Red Cross"
    # an office a person's name owns is the office
    text = "Mayor Ana Costa's office said 30 families were evacuated."
    assert one(nlp, text, 30)["source"] == "Mayor Ana Costa's office"
