"""Guards written after a review of extractor 0.9.45: each rule of that version stays within
the language it was written for. Every sentence here was written for the test."""

from tests.extract.support import one, values


def test_what_in_governs_is_no_place(nlp) -> None:
    text = "Traders bought shares in Maltrix after 300 workers were hired."
    assert one(nlp, text, 300)["location"] is None
    text = "The station's broadcast in Kirundi reached 2 million listeners."
    assert one(nlp, text, 2000000)["location"] is None
    text = "Lawmakers in Fidesz said 40 people were arrested."
    assert one(nlp, text, 40)["location"] is None
    # a place still is one
    text = "Police in Adelaide said 300 officers were on duty."
    assert one(nlp, text, 300)["location"] == "Adelaide"


def test_who_is_urged_to_cut_does_the_cutting(nlp) -> None:
    assert one(nlp, "Germany urged Greece to cut 5,000 jobs.", 5000)["actor"] == "Greece"


def test_who_counts_the_dead_owns_none_of_them(nlp) -> None:
    assert one(nlp, "Hamas raised the death toll to 40.", 40)["actor"] is None
    assert one(nlp, "The ministry raised the number of dead to 52.", 52)["actor"] is None
    # but a party's own soldiers are its own
    text = "Denmark will cut the number of soldiers in Kosovo from 400 to 250."
    assert one(nlp, text, 250)["actor"] == "Denmark"


def test_the_means_of_a_cut_owns_nothing(nlp) -> None:
    text = "Kyiv's drones cut refinery output by 400,000 barrels a day."
    assert one(nlp, text, 400000)["actor"] is None
    text = "US sanctions cut oil exports from Venezuela by 300,000 barrels."
    assert one(nlp, text, 300000)["actor"] is None
    # a government or an industry is its country's
    assert one(nlp, "The Danish government will cut 400 troops.", 400)["actor"] == "Denmark"
    text = "Portugal's fishing industry employs 18,000 people."
    assert one(nlp, text, 18000)["actor"] == "Portugal"


def test_people_trained_from_a_country_are_its_own(nlp) -> None:
    text = "Britain will train 2,000 recruits from Ukraine."
    assert one(nlp, text, 2000)["actor"] == "Ukraine"


def test_a_name_head_ends_the_name(nlp) -> None:
    assert values(nlp, "The agency sent 40 Network engineers to the site.") == [40]
    assert values(nlp, "Police said 28 Alliance members were detained.") == [28]
    assert values(nlp, "Storm Kills 12 Club Members In Lagos") == [12]
    assert values(nlp, "The volunteers of the 52 Project planted trees.") == []


def test_a_legal_part_list_needs_a_conjunction(nlp) -> None:
    assert values(nlp, "Under Article 5, 30 countries pledged troops.") == [30]
    text = "Chapters four and six were struck out, and 3 men were jailed."
    assert values(nlp, text) == [3]


def test_a_count_by_a_clock_time_is_no_dimension(nlp) -> None:
    assert values(nlp, "The death toll had risen to 46 by 11.30 on Sunday.") == [46]
    assert values(nlp, "A 10 by 12 cell held 30 prisoners.") == [30]


def test_a_title_case_modifier_keeps_its_own_meaning(nlp) -> None:
    text = "Nine Harbour Sharks players were hurt."
    assert one(nlp, text, 9)["metric"] == "wounded"
    assert one(nlp, "Two Coast Guard Ships left the harbour.", 2)["metric"] == "equipment"


def test_who_dismisses_figures_is_not_their_source(nlp) -> None:
    text = "Critics dismissed figures showing 400 deaths."
    assert one(nlp, text, 400)["source"] == "<article>"
    text = "The ministry released figures showing 400 deaths."
    assert one(nlp, text, 400)["source"] != "<article>"


def test_a_share_of_an_age_group_is_no_age(nlp) -> None:
    assert values(nlp, "Of those of working age some 40 percent are unemployed.") == [40]
    assert values(nlp, "The poet, aged about 80, died at home.") == []


def test_a_bare_number_answering_a_question_is_a_claim(nlp) -> None:
    assert values(nlp, "How many were arrested?\n\n300.") == [300]
    assert values(nlp, "Was it legal?\n\n2) What was the reason?") == []
