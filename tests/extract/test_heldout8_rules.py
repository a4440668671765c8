"""Rules written after an eighth held-out check; every sentence here was written for the test."""

from tests.extract.support import one


def test_reported_it_sends_for_its_government(nlp) -> None:
    text = "The Danish government has confirmed it will send an extra 150 troops to Mali."
    assert one(nlp, text, 150)["actor"] == "Denmark"


def test_whoever_drops_the_bombs_owns_them(nlp) -> None:
    c = one(nlp, "It is estimated that Russia dropped up to 9,000 cluster bombs.", 9000)
    assert c["actor"] == "Russia"


def test_pounds_of_explosives_are_a_weight(nlp) -> None:
    c = one(nlp, "A van with 400 pounds of explosives drove into the gate.", 400)
    assert c["metric"] != "money"


def test_events_counted_are_not_their_victims(nlp) -> None:
    c = one(nlp, "Chad has been the victim of 12 rebel attacks since May.", 12)
    assert c["metric"] == "other"
    assert one(nlp, "At least 30 killed in Basra car bombings", 30)["metric"] == "killed"


def test_released_from_hospital_were_wounded(nlp) -> None:
    text = "Four soldiers were wounded. After treatment three were released from the hospital."
    assert one(nlp, text, 3)["metric"] == "wounded"


def test_also_continues_the_report_before(nlp) -> None:
    text = ("According to Chilean press sources, 12 rebels died in the raid. "
            "Seven policemen were also killed.")
    assert one(nlp, text, 7)["source"] == "Chilean press sources"
