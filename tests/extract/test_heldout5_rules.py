"""Rules written after a fifth held-out check; every sentence here was written for the test."""

from pipeline.extract.sources import source_type
from tests.extract.support import one


def test_according_to_a_title_then_the_name(nlp) -> None:
    text = ("According to the interior minister of Chile, Ana Rojas, at least 6 people died "
            "in the fire.")
    c = one(nlp, text, 6)
    assert (c["source"], c["source_type"]) == ("Ana Rojas", "person")
    # a name after the comma that starts the clause is not the source
    text = "According to Rojas, Pedro Soto fired first. Pedro Soto wounded 3 guards."
    assert one(nlp, text, 3)["source"] != "Pedro Soto"


def test_among_the_killed(nlp) -> None:
    c = one(nlp, "Two Dutch engineers were among 20 killed in the attack.", 2)
    assert c["metric"] == "killed"


def test_according_to_swallowing_the_count(nlp) -> None:
    c = one(nlp, "According to the Chilean army nine soldiers were wounded.", 9)
    assert c["metric"] == "wounded"


def test_people_with_weapons_are_not_equipment(nlp) -> None:
    text = "More than 90 gunmen using rockets overpowered the guards at the depot."
    assert one(nlp, text, 90)["metric"] == "deployed"
    text = "The rebels belonged to a group of 400 fighters based outside the city."
    assert one(nlp, text, 400)["metric"] == "deployed"


def test_their_own_is_no_unit(nlp) -> None:
    c = one(nlp, "They want to trade the hostages for 70 of their own.", 70)
    assert c["unit"] is None


def test_seized_vehicles_are_equipment(nlp) -> None:
    c = one(nlp, "Earlier, 14 lorries carrying fuel were seized by the militants.", 14)
    assert (c["metric"], c["unit"]) == ("equipment", "lorry")


def test_police_ranks_speak_for_the_government() -> None:
    assert source_type("Iraqi policeman") == "government"
    assert source_type("a police colonel") == "government"


def test_crew_belong_to_the_crafts_owner(nlp) -> None:
    text = "A Dutch navy helicopter crashed at sea on Monday, killing three crew members."
    assert one(nlp, text, 3)["actor"] == "Netherlands"


def test_a_currency_names_no_owner(nlp) -> None:
    text = "The average income there was 900 U.S. dollars a year."
    assert one(nlp, text, 900)["actor"] is None


def test_payer_owns_the_money(nlp) -> None:
    c = one(nlp, "Officials say the Libyan government paid the militia $40 million.", 40_000_000)
    assert c["actor"] == "Libya"


def test_suicide_bombers_in_action_are_deployed(nlp) -> None:
    text = "Ten people were killed when two suicide bombers detonated themselves at a market."
    assert one(nlp, text, 2)["metric"] == "deployed"


def test_the_wounding_of(nlp) -> None:
    c = one(nlp, "The raid ended in the wounding of 11 policemen.", 11)
    assert c["metric"] == "wounded"
