"""Rules written after the sixteenth and seventeenth held-out checks; every sentence here was
written for the test."""

from tests.extract.support import one, values


def test_ages_after_names_are_no_counts(nlp) -> None:
    assert values(nlp, "He shot Lina Haddad, 24 and her brother, Omar, 19, in the street.") == []
    assert values(nlp, "Karim Saleh, 48 began shouting at the guards.") == []
    assert one(nlp, "In Kirkuk, 25 people were killed.", 25)["metric"] == "killed"


def test_age_thresholds_and_age_ranges_are_no_counts(nlp) -> None:
    assert values(nlp, "The dead boy was between the ages of 9 and 11.") == []
    assert values(nlp, "Israel holds 300 individuals under 18.") == [300]


def test_ranks_times_and_bomb_types_are_no_counts(nlp) -> None:
    assert values(nlp, "The group did not have a number two.") == []
    assert values(nlp, "By 9.45 the troops had boarded the rig.") == []
    assert values(nlp, "The jet dropped two 500 lb bombs on the house.") == [2]


def test_ambulances_and_aircraft_models_are_equipment(nlp) -> None:
    assert one(nlp, "Two ambulances were destroyed by missiles.", 2)["metric"] == "equipment"
    c = one(nlp, "Three MiG-29s crashed in the desert.", 3)
    assert (c["metric"], c["unit"]) == ("equipment", "MiG-29")


def test_a_name_with_a_title_is_a_person(nlp) -> None:
    text = ("Lt. Col. Dana Whitfield, a spokeswoman for the U.S. military, said 30 Taliban "
            "fighters were killed.")
    c = one(nlp, text, 30)
    assert (c["source"], c["source_type"]) == ("Dana Whitfield", "person")


def test_who_names_an_unnamed_investigation_is_the_source(nlp) -> None:
    text = ("Ahmad Karimi, the Afghan interior minister, has said that an investigation found "
            "that more than 70 civilians were killed.")
    assert one(nlp, text, 70)["source"] == "Ahmad Karimi"
    assert one(nlp, "Investigators found that 12 people died.", 12)["source"] == "Investigators"


def test_review_cases_stay_claims(nlp) -> None:
    assert one(nlp, "Police said that one soldier was killed.", 1)["metric"] == "killed"
    assert one(nlp, "However, 12, including three children, were wounded.", 12)[
        "metric"] == "wounded"
    assert 20 in values(nlp, "The death toll remained under 20 on Monday.")
    assert values(nlp, "They fired 20 155mm shells at the town.") == [20]
    text = "The rebels attacked the camp, killing one of the most senior commanders."
    assert one(nlp, text, 1)["metric"] == "killed"


def test_common_words_name_no_newspaper(nlp) -> None:
    text = "A four-star general said 40 soldiers were killed."
    assert one(nlp, text, 40)["source_type"] != "media"


def test_a_reference_point_is_the_place_when_no_other_is_named(nlp) -> None:
    text = ("Troops raided a camp in a remote region 160 kilometers north of Mosul, killing "
            "40 insurgents.")
    assert one(nlp, text, 40)["location"] == "Mosul"


def test_place_names_modifying_the_event(nlp) -> None:
    assert one(nlp, "Kabul roadside bomb kills six", 6)["location"] == "Kabul"
    assert one(nlp, "Over 20 killed in a Basra market bombing", 20)["location"] == "Basra"
    text = "Reports say 30 soldiers are inside Kabul's central prison."
    assert one(nlp, text, 30)["location"] == "Kabul"


def test_things_belong_to_whoever_the_noun_they_hang_on_names(nlp) -> None:
    text = "A coordinated Syrian attack of six rockets took place at dawn."
    assert one(nlp, text, 6)["actor"] == "Syria"
    assert one(nlp, "Three of the killed were Dutch soldiers.", 3)["actor"] == "Netherlands"
    text = "The army said that 17 Maoist rebels were killed."
    assert one(nlp, text, 17)["actor"] == "Maoists"


def test_an_earlier_event_named_by_its_place_is_no_location(nlp) -> None:
    text = ("Police shot and killed up to 20 people, the worst use of force since the Tiananmen "
            "Square massacre.")
    assert one(nlp, text, 20)["location"] is None


def test_maintain_and_conclude_report_only_a_clause(nlp) -> None:
    text = ("Ireland called for 9000 soldiers, whereas Philippe Dubois, the French Foreign "
            "Minister, maintained that only 7000 are to be sent.")
    assert one(nlp, text, 7000)["source"] == "Philippe Dubois"
    text = "A report by the Danish MoD has concluded that two Danish soldiers were killed."
    assert one(nlp, text, 2)["source"] == "Danish MoD"
    assert one(nlp, "France will maintain 2,000 troops in Lebanon.", 2000)["source"] == \
        "<article>"
