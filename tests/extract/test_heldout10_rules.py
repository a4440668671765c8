"""Rules written after a tenth held-out check; every sentence here was written for the test."""

from pipeline.extract import extract
from tests.extract.support import one, values


def test_a_distance_in_a_casualty_sentence_is_no_casualty(nlp) -> None:
    text = "Three more people were killed in Bunia, a town 300 km north of the capital."
    assert one(nlp, text, 300)["metric"] == "other"
    assert one(nlp, text, 3)["metric"] == "killed"


def test_places_counted_are_not_captured_or_deployed(nlp) -> None:
    assert one(nlp, "The rebels say they have captured another four towns.", 4)["metric"] \
        == "other"
    text = "The army will pull out of the 12 settlements by August."
    assert one(nlp, text, 12)["metric"] == "other"


def test_one_of_the_soldiers_who_died_is_a_claim(nlp) -> None:
    text = "The ministry confirmed that one of the soldiers has died of his wounds."
    assert one(nlp, text, 1)["metric"] == "killed"
    text = "A sergeant from Leeds was one of three soldiers who were injured."
    assert one(nlp, text, 1)["metric"] == "wounded"


def test_one_of_the_largest_is_no_claim(nlp) -> None:
    assert 1 not in values(nlp, "The town was one of the largest bases of the army, he said.")
    assert 1 not in values(nlp, "Officials met one of the hostages on Monday.")


def test_people_acquitted_are_not_a_deployed_force(nlp) -> None:
    assert one(nlp, "The other four soldiers were acquitted.", 4)["metric"] == "other"


def test_soldiers_named_one_by_one_are_not_a_force(nlp) -> None:
    text = ("The two soldiers, Pavel Orlov and Ivan Sokolov, both 20 years old, "
            "stole a truck.")
    assert one(nlp, text, 2)["metric"] == "other"


def test_a_relative_clause_about_a_place_gives_no_metric(nlp) -> None:
    text = ("The raid left one soldier dead and injured at least one other at the camp "
            "in which they were stationed.")
    assert [c["metric"] for c in extract(nlp, text)] == ["killed", "wounded"]


def test_this_compares_continues_the_report_before(nlp) -> None:
    text = ("According to the Press Freedom Council, 40 reporters have died in the war. "
            "This compares to 25 reporters killed in the previous conflict.")
    assert one(nlp, text, 25)["source"] == "Press Freedom Council"


def test_world_war_two_is_a_name(nlp) -> None:
    assert values(nlp, "Forty reporters died during World War Two.") == [40]


def test_a_glued_unit_is_read_and_not_inherited(nlp) -> None:
    text = "In Kirkuk, 250km north of Baghdad, 6 were killed."
    assert one(nlp, text, 250)["unit"] == "km"
    assert one(nlp, text, 6)["unit"] is None
    assert 5 not in values(nlp, "The meeting began at 5pm in the F16 hangar.")


def test_a_weight_of_explosives_is_equipment(nlp) -> None:
    c = one(nlp, "The bombers detonated about 200kg of explosives at the gate.", 200)
    assert (c["metric"], c["unit"]) == ("equipment", "kilogram")


def test_a_report_joined_on_with_its_own_clause_is_not_the_source(nlp) -> None:
    text = ("At least 12 Afghan soldiers were killed on Friday, and NATO says that it may "
            "send more troops.")
    assert one(nlp, text, 12)["source"] == "<article>"


def test_a_surname_named_before_is_a_person(nlp) -> None:
    text = ("The rebel spokesman Mustapha Garba said the town fell on Monday. "
            "Garba also said 20 soldiers were killed.")
    c = one(nlp, text, 20)
    # the full name the text gives
    assert (c["source"], c["source_type"]) == ("Mustapha Garba", "person")


def test_a_name_set_beside_a_town_is_the_place(nlp) -> None:
    text = "Four people were killed in Kabalo, a town 300 km north of Kalemie."
    assert one(nlp, text, 4)["location"] == "Kabalo"


def test_a_compass_reference_point_gives_way_to_the_place(nlp) -> None:
    text = "Two insurgents were killed when their bomb exploded south of Kirkuk in Daquq."
    assert one(nlp, text, 2)["location"] == "Daquq"
    assert one(nlp, "Four soldiers were killed south of Kirkuk.", 4)["location"] == "Kirkuk"


def test_every_country_is_an_actor(nlp) -> None:
    text = "One soldier from Togo and two soldiers from Botswana died in the raid."
    assert one(nlp, text, 2)["actor"] == "Botswana"
    assert one(nlp, text, 1)["actor"] == "Togo"
    assert one(nlp, "A car bomb killed three CAR soldiers.", 3)["actor"] == \
        "Central African Republic"
    assert one(nlp, "A car bomb killed three soldiers.", 3)["actor"] is None
