"""Rules written from the errors of held-out sets 68 and 69 (after their blind score); every
text here was written for the test."""

from tests.extract.support import one, values


def test_the_rescued_are_no_casualties(nlp) -> None:
    text = "Ferry fire\n\nAt least 12 passengers died and 40 were rescued by fishermen.\n"
    assert one(nlp, text, 12)["metric"] == "killed"
    assert one(nlp, text, 40)["metric"] == "other"
    # the wounded after the dead still are wounded
    text = "Ambush\n\nFour soldiers were killed and two others were wounded.\n"
    assert one(nlp, text, 2)["metric"] == "wounded"


def test_the_attackers_in_a_by_phrase_are_not_the_victims(nlp) -> None:
    text = "Shooting\n\nThe judge was shot outside his home by two gunmen.\n"
    claim = one(nlp, text, 2)
    assert claim["metric"] == "other"
    assert "metric:agent" in claim["evidence"]


def test_hospitalizations_are_injuries(nlp) -> None:
    text = "Riot at a school\n\nThe riot led to 15 arrests and 6 hospitalizations.\n"
    assert one(nlp, text, 15)["metric"] == "captured"
    assert one(nlp, text, 6)["metric"] == "wounded"


def test_a_quarter_of_a_million_is_one_claim(nlp) -> None:
    text = "Floods\n\nA quarter of a million people have been driven from their homes.\n"
    assert values(nlp, text) == [250_000]
    assert one(nlp, text, 250_000)["metric"] == "displaced"
