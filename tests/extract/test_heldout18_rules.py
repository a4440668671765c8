"""Rules written after the eighteenth and nineteenth held-out checks; every sentence here was
written for the test."""

from tests.extract.support import one, values


def test_a_speaker_before_a_colon_is_the_source(nlp) -> None:
    c = one(nlp, "South Korean intelligence: at least 100 killed and another thousand wounded",
            100)
    assert (c["source"], c["source_type"]) == ("South Korean intelligence", "government")
    assert one(nlp, "UN: 2,000 refugees crossed the border on Monday", 2000)["source"] == "UN"
    assert one(nlp, "Hamas: 12 fighters died in the raid", 12)["source_type"] == "other"


def test_a_place_or_a_heading_before_a_colon_is_no_source(nlp) -> None:
    assert one(nlp, "Iraq: 20 killed in car bomb", 20)["source"] == "<article>"
    assert one(nlp, "Update: 20 killed in car bomb", 20)["source"] == "<article>"
    text = "Safer streets and more police: the party would hire 5,000 officers a year."
    assert one(nlp, text, 5000)["source"] == "<article>"


def test_a_speaker_after_a_final_report_word_is_the_source(nlp) -> None:
    text = "A suicide attack at the base has left at least 19 dead reports the Associated Press."
    c = one(nlp, text, 19)
    assert (c["source"], c["source_type"], c["metric"]) == ("Associated Press", "media", "killed")
    assert one(nlp, "Three civilians died in the attack, reported the BBC.", 3)["source"] == "BBC"


def test_a_report_verb_misread_as_a_noun_still_reports(nlp) -> None:
    text = "Witnesses on scene claim that troops fired into a crowd of 8,000 protesters."
    assert one(nlp, text, 8000)["source"] == "Witnesses"


def test_the_report_is_whoever_issued_it(nlp) -> None:
    text = ("In an official report issued on Monday, Iraqi authorities demanded an apology. "
            "The report says that at least 14 civilians were killed in the square.")
    assert one(nlp, text, 14)["source"] == "Iraqi authorities"


def test_it_said_is_the_body_whose_report_was_named_before(nlp) -> None:
    text = ("The news comes after the release of a United Nations report on the war. "
            "It said that 700 civilians have been killed this year.")
    assert one(nlp, text, 700)["source"] == "United Nations"
    text = "The fighting went on all day. It said that 700 civilians have been killed."
    assert one(nlp, text, 700)["source"] == "<article>"


def test_a_news_release_is_from_its_author(nlp) -> None:
    text = "A news release from the Danish army said that 40 families were moved to safety."
    assert one(nlp, text, 40)["source"] == "Danish army"


def test_to_death_is_killed_but_a_death_sentence_is_not(nlp) -> None:
    assert one(nlp, "At least 40 monks were beaten to death.", 40)["metric"] == "killed"
    assert one(nlp, "Three soldiers were sentenced to death.", 3)["metric"] != "killed"
    text = "The crashes led to 750 deaths and 7,999 injuries."
    assert one(nlp, text, 7999)["metric"] == "wounded"


def test_lives_counted_are_killed_even_when_tagged_as_a_verb(nlp) -> None:
    c = one(nlp, "The war has cost more than 4250 U.S. lives in six years.", 4250)
    assert (c["metric"], c["unit"], c["bound"]) == ("killed", "life", "lower")


def test_the_dead_include_gives_the_list_its_fate(nlp) -> None:
    text = "The dead include two security guards and six police officers."
    assert [one(nlp, text, v)["metric"] for v in (2, 6)] == ["killed", "killed"]
    assert one(nlp, "The injured include three children.", 3)["metric"] == "wounded"
    text = "The charges include two counts of murder and four counts of fraud."
    assert one(nlp, text, 4)["metric"] == "other"


def test_a_list_after_a_colon_breaks_down_the_count_before_it(nlp) -> None:
    text = ("Since Friday there have been 81 deaths: 22 policemen, 8 prison guards and "
            "4 civilians have been targeted.")
    assert [one(nlp, text, v)["metric"] for v in (22, 8, 4)] == ["killed"] * 3


def test_small_arms_and_boats_are_equipment(nlp) -> None:
    assert one(nlp, "Troops found three pistols in the house.", 3)["metric"] == "equipment"
    text = "Two speedboats with armed guards were sent out."
    assert one(nlp, text, 2)["metric"] == "equipment"


def test_a_plain_space_groups_thousands(nlp) -> None:
    assert one(nlp, "About 12 000 people fled across the border.", 12000)["metric"] == \
        "displaced"
    assert values(nlp, "In 2005 300 more troops were sent.") == [300]
    assert values(nlp, "On May 5 300 troops arrived in the town.") == [300]


def test_telephone_numbers_are_no_counts(nlp) -> None:
    assert values(nlp, "Police hotline: 020 7766 6020 (UK) or +44 20 7766 6020.") == []
    assert values(nlp, "The attack took place at 6:30 a.m. local time (UTC+3).") == []


def test_clock_times_addresses_ages_and_adjective_durations_are_no_counts(nlp) -> None:
    assert values(nlp, "At exactly 12 noon the minister spoke outside 10 Downing Street.") == []
    assert values(nlp, "The march was against 45 uninterrupted years of military rule.") == []
    assert values(nlp, "Police said the body found on Friday was Lee, 54, of Clear Brook.") == []
    assert one(nlp, "Some 45 wounded soldiers were flown out.", 45)["metric"] == "wounded"
