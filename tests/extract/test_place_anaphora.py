"""A bare 'the country' or 'the capital' stands for the place the article named before it;
every sentence here was written for the test."""

from tests.extract.support import one


def test_the_country_is_the_country_named_before(nlp) -> None:
    text = ("Two bombs went off in Baghdad on Sunday. Elsewhere in the country, 14 police "
            "officers were killed.")
    claim = one(nlp, text, 14)
    assert claim["location"] == "Iraq"  # a capital stands for its country
    assert "loc:the-country" in claim["evidence"]


def test_the_country_named_in_the_same_sentence(nlp) -> None:
    text = "According to Chad, 31 people have been wounded in the country since March."
    assert one(nlp, text, 31)["location"] == "Chad"
    # an owner of the counted people is no antecedent
    text = ("Talks resumed in Geneva. There are now about 700 Belgian soldiers in the "
            "country.")
    assert one(nlp, text, 700)["location"] != "Belgium"


def test_the_capital_is_the_capital_named_before(nlp) -> None:
    text = ("Protesters marched from Nairobi to the coast on Monday. Police said nine people "
            "were arrested in the capital overnight.")
    assert one(nlp, text, 9)["location"] == "Nairobi"


def test_a_statistic_over_the_whole_land_has_no_place(nlp) -> None:
    text = "Kenya held its census in May. There are 4,000 schools across the country."
    assert one(nlp, text, 4000)["location"] is None
    text = "Kenya held its census in May. Unemployment in the country stands at 11%."
    assert one(nlp, text, 11)["location"] is None


def test_a_named_capital_or_country_is_no_anaphor(nlp) -> None:
    text = ("Fighting spread from Kabul to Herat. Six soldiers died in the Iraqi capital "
            "on Friday.")
    assert one(nlp, text, 6)["location"] != "Kabul"
