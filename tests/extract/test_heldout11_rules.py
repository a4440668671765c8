"""Rules written after an eleventh held-out check; every sentence here was written for the test."""

from tests.extract.support import one


def test_harm_to_prisoners_and_hostages_is_the_harm(nlp) -> None:
    assert one(nlp, "Four guards and twelve prisoners were injured.", 12)["metric"] == "wounded"
    assert one(nlp, "Three hostages were killed in the raid.", 3)["metric"] == "killed"
    assert one(nlp, "The rebels freed 12 hostages on Monday.", 12)["metric"] == "captured"


def test_a_participle_after_the_last_conjunct_is_shared(nlp) -> None:
    text = "The army revised casualty figures upward to 40 soldiers and 9 prisoners injured."
    assert one(nlp, text, 40)["metric"] == "wounded"
    assert one(nlp, text, 9)["metric"] == "wounded"


def test_people_hit_are_wounded_never_equipment(nlp) -> None:
    c = one(nlp, "The second rocket hit four Canadian soldiers.", 4)
    assert (c["metric"], c["actor"]) == ("wounded", "Canada")


def test_two_of_five_towns_counts_towns(nlp) -> None:
    c = one(nlp, "The army has already withdrawn from two of five towns.", 2)
    assert (c["metric"], c["unit"]) == ("other", "town")


def test_whoever_puts_the_toll_at_a_figure_is_the_source(nlp) -> None:
    c = one(nlp, "Officials placed the death toll at 45.", 45)
    assert (c["metric"], c["source"]) == ("killed", "Officials")


def test_saying_reports_for_the_subject(nlp) -> None:
    text = "The Mujahideen Brigades claimed the attack, saying they had fired three rockets."
    assert one(nlp, text, 3)["source"] == "The Mujahideen Brigades"


def test_a_distance_placing_a_town_is_the_articles_own(nlp) -> None:
    text = "The ministry said the rebels attacked Kalemie, located 300 km north of the capital."
    assert one(nlp, text, 300)["source"] == "<article>"
    assert one(nlp, "The ministry said 4 people were killed 20 km north of Kabul.", 4)[
        "source"] == "ministry"


def test_one_unnamed_witness_is_a_person(nlp) -> None:
    c = one(nlp, "One witness said that 12 people were killed.", 12)
    assert c["source_type"] == "person"


def test_a_hyphenated_newspaper_name_is_media(nlp) -> None:
    c = one(nlp, "The Post-Courier reports that 5 people died.", 5)
    assert c["source_type"] == "media"
