"""Rules written after the blind score of held-out sets 42 and 43; every sentence here was
written for the test."""

from pipeline.extract import extract
from tests.extract.support import one, values


def test_a_street_number_is_no_count(nlp) -> None:
    assert values(nlp, "The alarm went off at 14 - 18 Carlton Road on Monday.") == []
    assert values(nlp, "Police closed 10 Downing Street after 3 people were hurt.") == [3]
    assert values(nlp, "Police sealed off 12 Main St. after 4 people were hurt.") == [4]


def test_a_half_named_by_its_place_is_a_part(nlp) -> None:
    assert values(nlp, "The theatre is at the bottom half of the street.") == []
    assert one(nlp, "Nearly half of the 300 workers were injured.", 0.5)["bound"] == "upper"


def test_one_victims_relative_speaks_and_is_no_count(nlp) -> None:
    assert values(nlp, '"We were shocked," said one victim\'s mother, who lost a son.') == []
    text = "One of the victims was a child, and one man was injured."
    assert [c["metric"] for c in extract(nlp, text)] == ["killed", "wounded"]


def test_lives_saved_are_no_deaths(nlp) -> None:
    text = "The charity credits itself with around 9,000 lives saved since 2015."
    assert one(nlp, text, 9000)["metric"] == "other"
    assert one(nlp, "The storm claimed 40 lives.", 40)["metric"] == "killed"


def test_places_struck_are_no_casualties(nlp) -> None:
    text = "Gunmen attacked the town: 12 shops and 3 banks were shot at or burned."
    assert [c["metric"] for c in extract(nlp, text)] == ["other", "other"]
    assert one(nlp, "Gunmen shot 12 villagers.", 12)["metric"] == "killed"


def test_a_loss_of_output_is_no_loss_of_life(nlp) -> None:
    text = "Analysts said the fire may cause the loss of production of 200,000 phones."
    assert one(nlp, text, 200000)["metric"] == "other"
    assert one(nlp, "The army admitted the loss of 40 soldiers.", 40)["metric"] == \
        "killed_or_wounded"


def test_whose_estimate_the_number_is(nlp) -> None:
    text = "The organisers' figures (5,000) are far above the police's estimate of only 900."
    assert one(nlp, text, 5000)["source"] == "organisers"
    assert one(nlp, text, 900)["source"] == "police"
    assert one(nlp, "The death toll of 45 is rising.", 45)["source"] == "<article>"
    text = "Britain is well below the US's figure of 2,242."
    assert one(nlp, text, 2242)["source"] == "<article>"
    assert one(nlp, "Monday's toll of 30 dead was revised.", 30)["source"] == "<article>"


def test_the_agent_of_a_passive_belief_holds_the_figure(nlp) -> None:
    text = "The plant is believed by Western officials to hold four warheads."
    assert one(nlp, text, 4)["source"] == "Western officials"
    text = "The leader was believed by 5 former hostages to be their captor."
    assert one(nlp, text, 5)["source"] == "<article>"


def test_who_expects_a_number(nlp) -> None:
    text = "The union expects 3,000 of the 8,000 nurses to join the strike."
    assert one(nlp, text, 3000)["source"] == "union"
    assert one(nlp, "We expect 40 guests.", 40)["source"] == "<article>"
