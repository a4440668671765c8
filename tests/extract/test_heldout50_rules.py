"""Rules written from the errors of held-out sets 50 and 51 (after their blind score); every
sentence here was written for the test."""

from tests.extract.support import one, values


def test_a_bound_word_reaches_over_a_spaced_currency_code(nlp) -> None:
    claim = one(nlp, "The regulator fined the firm nearly US $400,000 on Monday.", 400000)
    assert (claim["bound"], claim["metric"]) == ("upper", "money")
    claim = one(nlp, "The school was promised about AUD 12 million.", 12000000)
    assert (claim["bound"], claim["metric"], claim["unit"]) == ("approx", "money", "dollar")


def test_a_dollar_sign_with_country_letters_is_money(nlp) -> None:
    claim = one(nlp, "A trawler captain was fined $A95,000 on Friday.", 95000)
    assert (claim["metric"], claim["unit"]) == ("money", "dollar")


def test_last_week_is_no_duration_after_a_number(nlp) -> None:
    assert values(nlp, "The court fined him $60,000 last week.") == [60000]
    assert values(nlp, "Police detained 14 people last month.") == [14]
    # a duration still is one
    assert values(nlp, "He led the party for 12 consecutive years.") == []


def test_a_country_code_and_an_emergency_number_are_no_counts(nlp) -> None:
    assert values(nlp, "Call 0207 555 0100 (+44 207 555 0100 from abroad).") == []
    text = "Operators of emergency 999 calls joined the strike, as did 300 nurses."
    assert values(nlp, text) == [300]
    assert values(nlp, "Residents were told to dial 911 if they saw smoke.") == []


def test_released_pictures_are_published_not_freed(nlp) -> None:
    text = "Detectives released three photographs of the suspects."
    assert one(nlp, text, 3)["metric"] == "other"
    assert one(nlp, "The rebels released three hostages.", 3)["metric"] == "captured"


def test_a_title_of_office_is_no_part_of_a_name(nlp) -> None:
    text = ("\"It is a tragedy,\" said Marin County Sheriff Ana Ortiz. By noon, 12 bodies had "
            "been recovered, according to Ortiz.")
    assert one(nlp, text, 12)["source"] == "Ana Ortiz"


def test_a_year_then_to_is_no_range(nlp) -> None:
    text = "Filings rose from 21,400 in 1995 to 48,900 last year."
    assert values(nlp, text) == [21400, 48900]


def test_a_city_that_is_the_place_is_no_party(nlp) -> None:
    text = "Last year, bombs went off outside three Istanbul hotels, killing 12 people."
    assert one(nlp, text, 3)["actor"] is None
    assert one(nlp, text, 12)["actor"] is None
    # a country stays the party
    assert one(nlp, "Three Turkish soldiers were killed in Istanbul.", 3)["actor"] == "Turkey"


def test_an_office_or_a_home_town_after_of_is_no_place(nlp) -> None:
    text = "Ortega, of Riverside, was charged with six counts of assault."
    assert one(nlp, text, 6)["location"] is None
    text = "A panel led by an aide to the Secretary of War had eight members."
    assert one(nlp, text, 8)["location"] is None
    # a place named "of" a place noun still is one
    text = "Troops killed 12 militants in the city of Ramadi."
    assert one(nlp, text, 12)["location"] == "Ramadi"


def test_the_counted_are_no_source(nlp) -> None:
    text = "Six fishermen were reported missing, two later confirmed dead, after the storm."
    assert one(nlp, text, 6)["source"] == "<article>"
    text = "X-rays showed that at least one miner had broken ribs."
    assert one(nlp, text, 1)["source"] == "<article>"
    # "one of the officials" still speaks for the officials
    text = "One of the officials said nine men had been detained."
    assert one(nlp, text, 9)["source"] != "<article>"


def test_a_hyphenated_noun_split_by_the_parser_is_one_unit(nlp) -> None:
    assert one(nlp, "The bill now has 41 co-sponsors.", 41)["unit"] == "co-sponsor"
    assert one(nlp, "Some 26 ex-members wrote to the minister.", 26)["unit"] == "ex-member"


def test_an_initialism_keeps_its_full_stop(nlp) -> None:
    text = "About 90,000 cars are involved in the U.K. recall."
    assert one(nlp, text, 90000)["location"] == "U.K."
