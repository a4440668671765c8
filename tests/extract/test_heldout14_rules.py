"""Rules written after the fourteenth held-out check; every sentence here was written for the
test."""

from tests.extract.support import one


def test_a_share_is_other_never_money(nlp) -> None:
    text = "Support is falling: 62 per cent of voters oppose the mission."
    c = one(nlp, text, 62)
    assert (c["metric"], c["unit"]) == ("other", "percent")


def test_a_share_of_those_polled_is_a_claim_of_the_poll(nlp) -> None:
    text = ("Support for the mission is falling, according to a new Harris Field opinion poll. "
            "Asked about the mission, 58 per cent of Danes said no and 31 per cent said yes.")
    for value in (58, 31):
        c = one(nlp, text, value)
        assert (c["source"], c["source_type"]) == ("Harris Field", "other")


def test_the_poll_found_gives_whoever_ran_it(nlp) -> None:
    text = ("The polling firm Meridex conducted the survey in May. "
            "Other questions in the poll found that 45 percent of respondents felt safer.")
    assert one(nlp, text, 45)["source"] == "Meridex"
    assert one(nlp, "Police found 12 bodies in the river.", 12)["source"] == "<article>"


def test_killing_one_is_a_count(nlp) -> None:
    text = "The soldiers opened fire, killing one and wounding two others."
    assert one(nlp, text, 1)["metric"] == "killed"


def test_a_number_passing_a_figure_is_a_lower_bound(nlp) -> None:
    c = one(nlp, "Number of aid workers killed in Sudan passes 300", 300)
    assert (c["bound"], c["metric"]) == ("lower", "killed")


def test_officials_for_a_ministry(nlp) -> None:
    text = "Officials for the Iraqi Health Ministry say that 105 have been killed."
    c = one(nlp, text, 105)
    assert c["source"] == "Officials for the Iraqi Health Ministry"


def test_human_rights_groups_are_ngos(nlp) -> None:
    text = "The human rights groups say 40 people have been sentenced."
    assert one(nlp, text, 40)["source_type"] == "ngo"
