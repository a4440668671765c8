"""Rules written from the errors of held-out sets 54 and 55 (after their blind score) and of
the pooled earlier sets; every sentence here was written for the test."""

from tests.extract.support import one, values


def test_a_part_of_a_force_is_deployed_too(nlp) -> None:
    text = "About 9,000 allied troops are stationed in the region, 4,500 of which are Dutch."
    assert one(nlp, text, 4500)["metric"] == "deployed"
    text = "12,000 troops, about 2,000 Poles and the rest Czechs, joined the exercise."
    assert one(nlp, text, 2000)["metric"] == "deployed"
    # a casualty count after a force is not a part of it
    text = "The army sent 600 soldiers to the border, and 14 were killed."
    assert one(nlp, text, 14)["metric"] == "killed"


def test_more_equipment_nouns(nlp) -> None:
    assert one(nlp, "Rioters set fire to at least six fire engines.", 6)["metric"] == "equipment"
    assert one(nlp, "Police seized nine firearms from the flat.", 9)["metric"] == "equipment"
    assert one(nlp, "Two buses were hit by shrapnel.", 2)["metric"] == "equipment"


def test_a_measured_property_is_no_equipment(nlp) -> None:
    text = "The army chose a tracked vehicle with a diesel engine and a weight of 62 tons."
    assert one(nlp, text, 62)["metric"] == "other"


def test_a_model_number_after_a_maker_is_no_range(nlp) -> None:
    assert values(nlp, "The Airbus 320-200 landed safely with 150 passengers.") == [150]
    # a plain range still is one
    claim = one(nlp, "Between 11-13 soldiers were wounded.", 11)
    assert (claim["bound"], claim["value_high"]) == ("range", 13)


def test_a_year_before_a_name_is_no_count(nlp) -> None:
    text = "At the annual 2016 Liberty Party National Congress, she won 300 votes."
    assert values(nlp, text) == [300]


def test_odd_after_a_hyphen_is_an_approximation(nlp) -> None:
    claim = one(nlp, "Some 300-odd riot police guarded the building.", 300)
    assert (claim["bound"], claim["unit"]) == ("approx", "police")


def test_within_is_a_ceiling(nlp) -> None:
    claim = one(nlp, "The shells landed within 40 metres of the school.", 40)
    assert claim["bound"] == "upper"


def test_unable_to_exceed_is_a_ceiling(nlp) -> None:
    text = "The refinery has been unable to process more than 80,000 barrels a day."
    assert one(nlp, text, 80000)["bound"] == "upper"


def test_cubic_and_square_units(nlp) -> None:
    assert one(nlp, "The tank holds 20 million cubic metres of gas.", 20000000)["unit"] == \
        "cubic metre"
    assert one(nlp, "The fire burned 45 square kilometres of forest.", 45)["unit"] == \
        "square kilometre"


def test_barrels_per_day_and_less(nlp) -> None:
    assert one(nlp, "Exports reached 2.1 million bpd in June.", 2100000)["unit"] == "barrel"
    text = "The field pumps 3 million barrels a day, 1 million less than last year."
    assert one(nlp, text, 1000000)["unit"] == "barrel"


def test_out_of_a_total_counts_the_total_noun(nlp) -> None:
    text = "Six out of 20 crew members were rescued."
    assert one(nlp, text, 6)["unit"] == "member"


def test_the_number_of_names_the_unit_of_a_bare_count(nlp) -> None:
    text = "Estimates of the number of marchers in Madrid ranged from 8,000 to 25,000."
    assert one(nlp, text, 8000)["unit"] == "marcher"


def test_describing_and_fearing_report(nlp) -> None:
    text = "A local doctor, Amal Haddad, described seeing 40 bodies at the clinic."
    assert one(nlp, text, 40)["source"] == "Amal Haddad"
    text = "The ministry fears that up to 30,000 homes could be flooded."
    assert one(nlp, text, 30000)["source"].lower().endswith("ministry")
    # describing someone as something reports no count
    text = "The minister described him as one of 12 leaders of the group."
    assert one(nlp, text, 12)["source"] == "<article>"


def test_a_name_with_a_verb_in_it_can_report(nlp) -> None:
    text = "The Committee to Protect Journalists reports nine arrests of reporters this year."
    assert one(nlp, text, 9)["source"].endswith("Committee to Protect Journalists")


def test_fractions_written_with_a_slash(nlp) -> None:
    text = "Of the 600 deaths, 2/3rds were caused by shelling and 1/3rd by gunfire."
    assert values(nlp, text)[1:] == [2 / 3, 1 / 3]
    # (a share of a majority counts nothing itself: no unit, as the annotators have it)
    assert one(nlp, "The bill needed a 2/3 majority in the Senate.", 2 / 3)["unit"] is None
    # dates are no fractions
    assert values(nlp, "Since 9/11 the agency has hired 4,000 people.") == [4000]


def test_a_scale_word_shared_by_both_ends_of_a_range(nlp) -> None:
    claim = one(nlp, "Between four- and nine-thousand people marched.", 4000)
    assert (claim["bound"], claim["value_high"]) == ("range", 9000)


def test_one_before_a_casualty_word_counts(nlp) -> None:
    text = "The raid left three gunmen dead and one wounded."
    assert one(nlp, text, 1)["metric"] == "wounded"
    assert one(nlp, "One killed, 12 hurt in market blast", 1)["metric"] == "killed"


def test_one_piece_of_equipment_struck_or_fired_counts(nlp) -> None:
    assert one(nlp, "One shell exploded near the gate.", 1)["metric"] == "equipment"
    assert one(nlp, "The jet dropped one bomb on the bridge.", 1)["metric"] == "equipment"
    # the weapon of an attack is no count of its own; its dead are
    assert values(nlp, "One grenade in the square killed at least 12 people.") == [12]
    # nor is "one" merely naming a thing
    assert values(nlp, "Workers entered through one mine shaft.") == []


def test_an_office_named_alone_gets_its_holder(nlp) -> None:
    text = ("Amara Dossou, president of Benin, opened the session on Monday. "
            "The president said that 40,000 families had lost their homes.")
    claim = one(nlp, text, 40000)
    assert (claim["source"], claim["source_type"]) == ("Amara Dossou", "person")
    text = ("Police chief Gen. Lucia Marquez spoke first. The police chief said 12 officers "
            "were hurt.")
    assert one(nlp, text, 12)["source"] == "Lucia Marquez"
    # two holders of the office named before: no guess
    text = ("President Ann Lee met President Omar Said on Friday. The president said 300 "
            "prisoners would be freed.")
    assert one(nlp, text, 300)["source"].lower() == "president"
