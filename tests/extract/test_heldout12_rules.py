"""Rules written after the twelfth and thirteenth held-out checks; every sentence here was
written for the test."""

from tests.extract.support import one


def test_lowering_the_number_of_troops_counts_troops(nlp) -> None:
    text = "Spain will lower the number of troops in Mali from 900 to 650 this year."
    for value in (900, 650):
        c = one(nlp, text, value)
        assert (c["metric"], c["unit"]) == ("deployed", "troop")
    c = one(nlp, "France to reduce troops in Chad by 400 in March", 400)
    assert (c["metric"], c["unit"]) == ("deployed", "troop")


def test_injuries_sustained_are_wounds(nlp) -> None:
    text = "Two of their soldiers and one Afghan policeman sustained minor injuries."
    assert one(nlp, text, 2)["metric"] == "wounded"
    assert one(nlp, "Israel lost 3 soldiers in the raid.", 3)["metric"] == "killed"


def test_fighting_that_claims_troops_killed_them(nlp) -> None:
    assert one(nlp, "The fighting claimed 14 Iraqi Army troops.", 14)["metric"] == "killed"


def test_three_of_the_killed(nlp) -> None:
    assert one(nlp, "Three of the killed were Dutch soldiers.", 3)["metric"] == "killed"
    text = "Other sources said 4 of the wounded later died of their injuries."
    assert one(nlp, text, 4)["metric"] == "killed"


def test_a_massacre_of_people_killed_them(nlp) -> None:
    text = "The group admitted responsibility for the massacre of 80 villagers."
    assert one(nlp, text, 80)["metric"] == "killed"


def test_those_who_killed_are_not_killed(nlp) -> None:
    text = "The video showed two young bombers who killed 12 people in a market."
    assert one(nlp, text, 2)["metric"] != "killed"
    assert one(nlp, text, 12)["metric"] == "killed"
    text = "He was one of two soldiers who sustained gunshot wounds."
    assert one(nlp, text, 2)["metric"] == "wounded"


def test_treated_for_shock_is_no_wound(nlp) -> None:
    text = "One woman was lightly injured and four others were treated for shock."
    assert one(nlp, text, 4)["metric"] == "other"


def test_a_report_with_its_own_object_reports_that(nlp) -> None:
    text = ("Of the 1.2 million who voted, 70% were in favour and the government announced "
            "the result.")
    assert one(nlp, text, 70)["source"] == "<article>"
