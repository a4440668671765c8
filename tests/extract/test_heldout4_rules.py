"""Rules written after a fourth held-out check; every sentence here was written for the test."""

from pipeline.extract.actors import normalise_actor
from tests.extract.support import one


def test_abbreviation_with_final_dot() -> None:
    assert normalise_actor("U.S.") == "United States"
    assert normalise_actor("the U.K.") == "United Kingdom"


def test_an_event_is_nobodys_word(nlp) -> None:
    assert one(nlp, "Blast in Mosul claims 14 lives", 14)["source"] == "<article>"
    text = "Two car bombs in the south have claimed the lives of nine people."
    assert one(nlp, text, 9)["source"] == "<article>"


def test_reports_from_name_their_origin(nlp) -> None:
    text = "Reports from the Dutch defence ministry said 3 soldiers were hurt."
    c = one(nlp, text, 3)
    assert "ministry" in c["source"].lower() and c["source_type"] == "government"


def test_officials_keep_their_place(nlp) -> None:
    text = "Officials at Kandahar Airfield later said that only 6 had died."
    assert one(nlp, text, 6)["source"] == "Officials at Kandahar Airfield"


def test_headline_verb_tagged_as_noun(nlp) -> None:
    c = one(nlp, "Market bombing kills 9, injures 30 in Kirkuk", 9)
    assert c["metric"] == "killed"


def test_personnel_present_are_deployed(nlp) -> None:
    c = one(nlp, "The ministry said 21 marines were aboard the ship.", 21)
    assert c["metric"] == "deployed"
    c = one(nlp, "The 300 members of the battalion have been reduced to 120 soldiers.", 300)
    assert c["metric"] == "deployed"


def test_force_make_up_belongs_to_its_owner(nlp) -> None:
    text = "Norway's contingent will now consist of 3 helicopters and 40 soldiers."
    c = one(nlp, text, 40)
    assert (c["actor"], c["metric"]) == ("Norway", "deployed")


def test_border_with_a_country(nlp) -> None:
    text = "The army says it killed 12 rebels in fighting along its border with Chad."
    assert one(nlp, text, 12)["location"] == "Chad"


def test_numbers_inside_a_quote_belong_to_its_speaker(nlp) -> None:
    text = ('In a statement, the Danish army said: "We can confirm that three soldiers died '
            'in the blast. Four other soldiers were hurt, and a further one suffered burns."')
    for v in (3, 4):
        assert one(nlp, text, v)["source"] == "Danish army"
    c = [x for x in __import__("pipeline.extract", fromlist=["extract"]).extract(nlp, text)
         if x["quantity_text"] == "one"]
    assert len(c) == 1 and c[0]["metric"] == "wounded"
    # a closed quote ends the speaker's words
    text = 'The army said: "We lost three men." Later, 40 houses burned in the village.'
    assert one(nlp, text, 40)["source"] == "<article>"


def test_claiming_a_deed_is_not_claiming_a_number(nlp) -> None:
    text = ("The bombings, which killed 5 people, were claimed by a group calling "
            "itself the Southern Front.")
    assert one(nlp, text, 5)["source"] == "<article>"


def test_descriptive_town_of_names_the_town(nlp) -> None:
    text = "Gunmen killed 7 farmers in the Jordan valley town of Jericho on Monday."
    assert one(nlp, text, 7)["location"] == "Jericho"


def test_no_place_carried_into_a_new_event(nlp) -> None:
    text = ("Nine soldiers were hurt in Kandor on Monday. "
            "Separately, two police officers were charged with fraud.")
    assert one(nlp, text, 2)["location"] is None
