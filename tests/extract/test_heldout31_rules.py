"""Rules written in the session of the thirty-first held-out check; every sentence here was
written for the test."""

from pipeline.extract import extract
from tests.extract.support import one


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
