"""Rules written after a seventh held-out check; every sentence here was written for the test."""

from pipeline.extract.bounds import detect_bound
from pipeline.extract.sources import source_type
from tests.extract.support import one


def test_bring_up_to_raises_a_total() -> None:
    assert detect_bound("this brings up to ", " the number")[0] == "exact"
    assert detect_bound("it can carry up to ", " people")[0] == "upper"


def test_three_more_injured(nlp) -> None:
    c = one(nlp, "One Dutch soldier was killed and three more injured.", 3)
    assert c["metric"] == "wounded"


def test_a_force_honouring_others_is_deployed(nlp) -> None:
    text = "On Friday over 2,000 NATO soldiers honoured three fallen comrades."
    assert one(nlp, text, 2000)["metric"] == "deployed"
    text = "Two soldiers were honoured at the ceremony."
    assert one(nlp, text, 2)["metric"] == "other"


def test_size_of_a_force(nlp) -> None:
    text = "The AU peacekeeping force is supposed to number 6,000."
    c = one(nlp, text, 6000)
    assert (c["metric"], c["actor"]) == ("deployed", "African Union")


def test_the_group_is_the_armed_group_named_before(nlp) -> None:
    text = ("Al-Shabaab said it carried out the attack. "
            "The group claims that at least 40 people were killed.")
    c = one(nlp, text, 40)
    assert (c["source"], c["source_type"]) == ("Al-Shabaab", "other")


def test_dailies_are_media() -> None:
    assert source_type("Romanian daily Evenimentul Zilei") == "media"


def test_there_are_reports_that(nlp) -> None:
    text = "There are reports that at least 6 guards have been wounded."
    c = one(nlp, text, 6)
    assert (c["source"], c["source_type"]) == ("reports", "media")


def test_the_statement_is_its_issuers(nlp) -> None:
    text = ("In a statement, the Chilean army described the raid. Seven rebels were killed "
            "by small-arms fire, the statement continued.")
    assert one(nlp, text, 7)["source"] == "Chilean army"
    text = ("A statement from the governor's office disputed that. That statement also "
            "claimed that 4 children were among the dead.")
    assert "governor" in one(nlp, text, 4)["source"]
    # a force continuing its advance is no speaker
    text = "The army continued its advance, killing 12 rebels."
    assert one(nlp, text, 12)["source"] == "<article>"


def test_run_together_bullets_are_sentences(nlp) -> None:
    text = ("Incidents:* 2 guards hurt at Vela:* 1 Marine killed in Dorvia by roadside bomb"
            ":* 3 drivers killed near Zagora")
    assert one(nlp, text, 1)["location"] == "Dorvia"
    c = one(nlp, text, 3)
    assert (c["location"], c["metric"], c["sentence"]) == (
        "Zagora", "killed", "3 drivers killed near Zagora")


def test_a_nation_owning_soldiers_is_not_their_place(nlp) -> None:
    text = "On Monday a patrol of U.S. soldiers was attacked and at least 4 were killed."
    assert one(nlp, text, 4)["location"] is None


def test_armed_groups_speak_for_themselves() -> None:
    for group in ("Al-Shabaab", "LTTE", "Boko Haram", "Hamas"):
        assert source_type(group) == "other"
