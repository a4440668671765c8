"""Rules written from the errors of held-out sets 56 and 57 (after their blind score); every
sentence here was written for the test."""

from tests.extract.support import one, values


def test_indian_scale_words(nlp) -> None:
    claim = one(nlp, "Nearly 12 lakh police personnel will guard the polls.", 1200000)
    assert (claim["bound"], claim["metric"]) == ("upper", "deployed")
    claim = one(nlp, "The state will spend Rs 450 crore on relief.", 4500000000)
    assert (claim["metric"], claim["unit"]) == ("money", "rupee")


def test_two_scale_words_after_digits(nlp) -> None:
    claim = one(nlp, "He failed to declare 3 hundred million yen in gifts.", 300000000)
    assert (claim["metric"], claim["unit"]) == ("money", "yen")


def test_rupees_written_rs(nlp) -> None:
    claim = one(nlp, "Each family will receive Rs. 50,000 in compensation.", 50000)
    assert (claim["metric"], claim["unit"]) == ("money", "rupee")


def test_abbreviated_imperial_units(nlp) -> None:
    assert one(nlp, "The boat was 40 ft long and carried 30 people.", 40)["unit"] == "foot"
    assert one(nlp, "A 500 lb bomb was dropped on the bridge.", 500)["unit"] == "pound"


def test_taken_to_hospital_is_wounded(nlp) -> None:
    text = "Police said 17 were taken to the hospital after the blast."
    assert one(nlp, text, 17)["metric"] == "wounded"
    assert one(nlp, "Nine people were hospitalised.", 9)["metric"] == "wounded"
    # a thing taken to a hospital is no casualty
    assert one(nlp, "Nurses took 30 blankets to the hospital.", 30)["metric"] == "other"


def test_an_adjective_made_from_a_noun_is_no_count(nlp) -> None:
    assert values(nlp, "She is famed for her two-handed backhand.") == []
    assert values(nlp, "Rebels used three-wheeled carts to carry 40 rifles.") == [40]


def test_a_number_word_ending_a_name_is_no_count(nlp) -> None:
    assert values(nlp, "The trial of the Gang of Four lasted 50 days.") == []
    assert values(nlp, "Leaders of the Group of Eight pledged $20 billion.") == [20000000000]


def test_no_sentence_starts_inside_a_lower_case_run(nlp) -> None:
    text = ("The senator spoke for an hour. He said that by closing over 140 bases that were "
            "\"no longer needed\", that the army would save over US$ 14 billion.")
    claim = one(nlp, text, 140)
    assert claim["sentence"].startswith("He said that by closing over 140 bases")
    assert (claim["bound"], claim["unit"]) == ("lower", "base")


def test_an_indefinite_person_expecting_is_no_source(nlp) -> None:
    text = "Under the plan, a farmer can expect to receive between $2,000 and $8,000."
    assert one(nlp, text, 2000)["source"] == "<article>"
    text = "The unions expect 11,000 staff to join the strike."
    assert one(nlp, text, 11000)["source"].endswith("unions")


def test_a_number_is_no_speaker(nlp) -> None:
    text = "Although the exact number reported varies, more than 900 have been registered."
    assert one(nlp, text, 900)["source"] == "<article>"


def test_counties_are_places_counted(nlp) -> None:
    text = "Over 3,000 sheep died across six counties in the storm."
    assert one(nlp, text, 6)["metric"] == "other"


def test_shares_of_respondents_come_from_the_poll_named_before(nlp) -> None:
    text = ("A new poll from the daily Dagens Tidning gives the mayor a narrow lead. "
            "52% of the respondents backed her, while 45% backed her rival.")
    assert one(nlp, text, 52)["source"].endswith("Dagens Tidning")
    # no poll named: the article's own voice
    text = "The mayor has a narrow lead. 52% of the respondents backed her."
    assert one(nlp, text, 52)["source"] == "<article>"
