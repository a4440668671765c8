"""Rules written in the session of the thirty-first held-out check; every sentence here was
written for the test."""

from pipeline.extract import extract
from tests.extract.support import one, values


def test_a_document_speaks_for_whoever_made_it(nlp) -> None:
    text = "Data released by the health ministry show that 500 soldiers have died."
    assert one(nlp, text, 500)["source"] == "health ministry"
    text = "A poll conducted by the Asia Foundation found that 45% of voters back the plan."
    assert one(nlp, text, 45)["source"] == "Asia Foundation"
    text = "The ministry's figures show 1,200 people displaced."
    assert one(nlp, text, 1200)["source"] == "ministry"
    # a report with no author keeps its own name
    assert one(nlp, "Reports say 30 people died.", 30)["source"] == "Reports"


def test_a_report_named_before_speaks_for_its_author_however_far_back(nlp) -> None:
    text = ("A report published by the Border Monitoring Group says that 1,200 people crossed "
            "the river. Most came at night. Many walked for days. The boats were small. "
            "The report also states that 40 people drowned.")
    assert one(nlp, text, 40)["source"] == "Border Monitoring Group"


def test_according_to_reports_citing_a_party_is_that_party(nlp) -> None:
    text = ("According to reports citing Kenyan police in the north, an attack on the camp at "
            "Dadaab was repelled, leaving 15 gunmen dead.")
    assert one(nlp, text, 15)["source"] == "Kenyan police"


def test_a_name_parsed_into_the_phrase_before_the_verb_is_its_subject(nlp) -> None:
    text = "In April Obama said that 3,000 more soldiers would be sent this year."
    assert one(nlp, text, 3000)["source"] == "Obama"
    # only for what follows the verb: a number before it is the article's
    text = ("In the speech to the 300-seat chamber by Prime Minister Rita Moll announced that "
            "taxes will fall.")
    assert one(nlp, text, 300)["source"] == "<article>"


def test_lists_and_revisions_are_reports(nlp) -> None:
    text = "The Red Cross lists 300 people as missing."
    claim = one(nlp, text, 300)
    assert claim["source"].endswith("Red Cross") and claim["metric"] == "missing"
    text = "The navy revised its casualty figures upward to 44 sailors injured."
    assert one(nlp, text, 44)["source"] == "navy"


def test_what_the_object_is_counted_as_gives_the_metric(nlp) -> None:
    assert one(nlp, "Officials confirmed 12 people as dead.", 12)["metric"] == "killed"
    assert one(nlp, "Police listed 40 people as injured.", 40)["metric"] == "wounded"


def test_one_of_the_vehicles_struck_or_lost_is_an_equipment_count(nlp) -> None:
    text = "Two transport helicopters were flying at night when one of the aircraft crashed."
    assert [c["value"] for c in extract(nlp, text)] == [2, 1]
    assert one(nlp, text, 1)["metric"] == "equipment"
    # riding in one of them is no count
    assert [c["value"] for c in extract(nlp, "A commander riding in one of the cars was killed.")
            ] == []


def test_a_headline_verb_tagged_as_a_noun_reaches_past_a_bound(nlp) -> None:
    assert one(nlp, "Bus bombing near Quetta kills at least 21", 21)["metric"] == "killed"
    assert one(nlp, "Independent sources put the number of dead over 100.", 100)["metric"] == \
        "killed"


def test_a_range_may_repeat_its_currency_sign(nlp) -> None:
    claim = one(nlp, "Recruits are paid as little as $100 to $150 a month.", 100)
    assert (claim["value_high"], claim["bound"], claim["metric"]) == (150, "range", "money")
    claim = one(nlp, "A permit costs between US$5 and US$10.", 5)
    assert (claim["value_high"], claim["bound"]) == (10, "range")
    # a change stays two numbers
    assert values(nlp, "The fare rose from $10 to $20.") == [10, 20]


def test_x_or_possibly_y_is_a_range(nlp) -> None:
    claim = one(nlp, "Five or possibly six people were killed, the mayor said.", 5)
    assert (claim["value_high"], claim["bound"], claim["metric"]) == (6, "range", "killed")


def test_a_rank_after_no_with_a_space_is_no_count(nlp) -> None:
    assert values(nlp, "The No. 2 commander of the militia said 40 fighters died.") == [40]


def test_scale_words_after_a_vague_quantifier_are_vague(nlp) -> None:
    text = "One thousand people were killed and several hundred thousand were displaced."
    assert values(nlp, text) == [1000]


def test_days_of_a_month_written_the_n_of_month_are_dates(nlp) -> None:
    assert values(nlp, "A rocket hit the town on the 15 of this month.") == []
    assert values(nlp, "They met secretly on the 17 and 18 of June.") == []
    assert values(nlp, "Five of the 17 soldiers died.") == [5, 17]


def test_a_capitalised_number_word_inside_a_name_is_no_count(nlp) -> None:
    text = "Rioting broke out in two blocks of Camp Four when 50 detainees damaged their cells."
    assert values(nlp, text) == [2, 50]
    assert values(nlp, "Bomb Kills Four In Baghdad") == [4]


def test_rounds_fired_are_ammunition_not_rounds_of_talks(nlp) -> None:
    assert one(nlp, "Guards shot five rounds of pellets at the crowd.", 5)["metric"] == "equipment"
    claim = one(nlp, "The soldiers fired between 300 and 400 rounds at the car.", 300)
    assert (claim["value_high"], claim["metric"]) == (400, "equipment")
    assert values(nlp, "After three rounds of talks the sides agreed.") == []


def test_numbers_written_in_other_ways(nlp) -> None:
    assert values(nlp, "Some 3 1/2 years have passed since the raid.") == []
    claim = one(nlp, "Spain has 1.300 Spanish soldiers in the city.", 1300)
    assert claim["metric"] == "deployed"
    assert values(nlp, "The parade included three Hawks and three two-engine bombers.") == [3, 3]


def test_people_held_are_captured(nlp) -> None:
    assert one(nlp, "Gunmen now hold 40 Turkish drivers hostage", 40)["metric"] == "captured"
    text = "The number of abducted aid workers rose to 23 with the seizure of a convoy."
    assert one(nlp, text, 23)["metric"] == "captured"
    text = "The 30 villagers currently held come from two districts."
    assert one(nlp, text, 30)["metric"] == "captured"
    text = "The agency has held up to 80 suspects in secret prisons."
    assert one(nlp, text, 80)["metric"] == "captured"
    assert one(nlp, "Nine of the men were moved from army custody.", 9)["metric"] == "captured"
    # holding seats holds no one; nor does a capacity
    assert one(nlp, "The party holds 30 seats.", 30)["metric"] == "other"
    assert one(nlp, "The ferry can hold 900 people.", 900)["metric"] != "captured"
    assert one(nlp, "The arena holds 20,000 fans.", 20000)["metric"] != "captured"


def test_quoted_as_saying_is_the_one_quoted(nlp) -> None:
    text = "Reuters quoted a source within the Kenyan army as saying 12 soldiers died."
    assert one(nlp, text, 12)["source"] == "source within the Kenyan army"
    text = "The BBC cited two officials as saying 40 soldiers were killed."
    assert one(nlp, text, 40)["source"] == "two officials"


def test_according_to_a_place_title_and_name_is_the_name(nlp) -> None:
    text = "According to Ohio Senator Mark Dunn, the base holds eighteen aircraft."
    assert one(nlp, text, 18)["source"] == "Mark Dunn"


def test_review_guards_on_the_session_rules(nlp) -> None:
    # a change is no range, whatever the currency signs
    text = "The Pentagon raised its aid by $200 million to $1.2 billion."
    assert values(nlp, text) == [2e8, 1.2e9]
    # a report cited or disputed by someone is not theirs; a date owns no report
    text = "According to a UN report cited by Reuters, 300 civilians were killed in the city."
    assert one(nlp, text, 300)["source"] == "UN"
    assert one(nlp, "According to Monday's report, 300 civilians were killed.", 300)[
        "source"] != "Monday"
    # a clause with its own subject gives no metric; troops in reserve are no captives
    text = "Ukraine sent 500 soldiers to the town as civilians were evacuated."
    assert one(nlp, text, 500)["metric"] == "deployed"
    text = "Russia is holding 50,000 troops in reserve near the border."
    assert one(nlp, text, 50000)["metric"] == "deployed"
    # "as" and "some" are no bound words to skip
    text = "Police made arrests as 300 protesters gathered in the square."
    assert one(nlp, text, 300)["metric"] == "other"
    # a title-case headline count inside a long entity is still a count
    assert values(nlp, "Al-Shabaab Kills Twelve Kenyan Soldiers In Lamu Ambush") == [12]
    # a revision after deaths is no report of them; a month that is a first name stays
    text = "Ukraine revised its mobilisation law after 30,000 soldiers were killed."
    assert one(nlp, text, 30000)["source"] == "<article>"
    assert one(nlp, "According to April Glaspie, 300 tanks crossed.", 300)["source"] == \
        "April Glaspie"
    text = "In a statement to Reuters Hamas said 40 hostages were still alive."
    assert one(nlp, text, 40)["source"] != "Reuters Hamas"
    # hyphenated modifiers and mixed fractions before a hyphen
    assert values(nlp, "Ukraine received ten four-seat helicopters.") == [10]
    assert values(nlp, "The army received 200 1/4-ton trucks.") == [200]
