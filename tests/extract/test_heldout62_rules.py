"""Rules written from the errors of held-out sets 62 and 63 (after their blind score); every
sentence here was written for the test."""

from tests.extract.support import one, values


def test_a_conversion_in_brackets_keeps_the_bound(nlp) -> None:
    text = "The crater is about 40 km (25 miles) wide."
    assert one(nlp, text, 25)["bound"] == "approx"
    text = "Smoke rose over 200 metres (650 feet) high."
    assert one(nlp, text, 650)["bound"] == "lower"
    # an exact amount's conversion stays exact
    assert one(nlp, "The fine was 900 euros ($1,000).", 1000)["bound"] == "exact"


def test_an_estimated_thing_of_n(nlp) -> None:
    text = "The town, with an estimated population of 48,200, lies on the coast."
    assert one(nlp, text, 48200)["bound"] == "approx"
    assert one(nlp, "The statue is estimated to weigh 12 tonnes.", 12)["bound"] == "approx"


def test_a_dash_range_after_from(nlp) -> None:
    claim = one(nlp, "Families lost income, from £ 150 - £310 a month.", 150)
    assert (claim["bound"], claim["value_high"]) == ("range", 310)
    # "from X to Y" is a change, two claims
    assert values(nlp, "Rents rose from 400 to 520 dollars.") == [400, 520]


def test_the_plural_subject_of_be_names_the_unit(nlp) -> None:
    text = "The total ballots cast in the county was 41,870."
    assert one(nlp, text, 41870)["unit"] == "ballot"


def test_names_ranks_markup_and_pronouns_are_no_claims(nlp) -> None:
    assert values(nlp, "The Big Four accounting firms audited the bank.") == []
    assert values(nlp, "The list of Europe's Top 20 universities was published.") == []
    assert values(nlp, "What would one do if one lost everything?") == []
    assert values(nlp, "=Ontario category=Politics count=12") == []
    assert values(nlp, "Sales fell in the last half of the decade.") == []
    assert values(nlp, "The carrier was moved to tier 2 of the safety list.") == []
    # a count after "if" stays
    assert values(nlp, "If one soldier is hurt, the patrol returns.") == [1]


def test_a_figure_in_brackets_restates_the_one_before(nlp) -> None:
    text = "Okafor won 8,120 votes (55.1%) to Brandt's 6,617 votes (44.9%)."
    assert one(nlp, text, 44.9)["actor"] == "Brandt"
    assert one(nlp, text, 55.1)["actor"] == "Okafor"


def test_conjoined_verbs_share_the_owner(nlp) -> None:
    text = "Peru has shut down three mines and closed two others."
    assert one(nlp, text, 3)["actor"] == "Peru"
