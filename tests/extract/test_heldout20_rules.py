"""Rules written after the twentieth and twenty-first held-out checks; every sentence here was
written for the test."""

from tests.extract.support import one, values


def test_the_high_end_scale_word_applies_to_a_bare_low_end(nlp) -> None:
    c = one(nlp, "Between 15 to 25 thousand people were kept from voting.", 15000)
    assert (c["value_high"], c["bound"]) == (25000, "range")
    assert one(nlp, "Two or three thousand troops crossed.", 2000)["value_high"] == 3000


def test_money_with_a_glued_scale_letter(nlp) -> None:
    c = one(nlp, "He asked Congress to approve $225m in aid.", 225_000_000)
    assert (c["metric"], c["unit"]) == ("money", "dollar")
    assert values(nlp, "The plan will cost £3.5bn.") == [3_500_000_000]


def test_a_year_after_month_and_day_is_a_date(nlp) -> None:
    assert values(nlp, "He linked the September 11, 2001 attacks to the war.") == []


def test_speakers_counted_in_the_attribution_are_no_claims(nlp) -> None:
    assert values(nlp, "However, according to two security analysts, the attack failed.") == []
    assert values(nlp, "The story cited two sources.") == []
    assert values(nlp, "Reports from two news agencies differ.") == []
    text = "According to the Danish military four soldiers were wounded."
    assert one(nlp, text, 4)["metric"] == "wounded"


def test_a_fate_after_a_report_verb_keeps_the_count(nlp) -> None:
    assert one(nlp, "15 confirmed dead after market bombing", 15)["metric"] == "killed"
    assert values(nlp, "Two officials said the town was calm.") == []


def test_numbers_in_adjectives_and_idioms_are_no_counts(nlp) -> None:
    assert values(nlp, "The president described a two-pronged strategy.") == []
    assert values(nlp, "The war split the country in two.") == []
    assert one(nlp, "He was seized by a six-man unit.", 6)["unit"] == "man"


def test_a_conjunct_with_its_own_number_keeps_its_own_fate(nlp) -> None:
    text = "At least seven peacekeepers are dead, and nearly two dozen wounded."
    assert one(nlp, text, 7)["metric"] == "killed"
    assert one(nlp, text, 24)["metric"] == "wounded"
    assert one(nlp, "Five soldiers were killed and wounded.", 5)["metric"] == "killed_or_wounded"


def test_part_of_a_counted_group_shares_its_fate(nlp) -> None:
    text = "Seven peacekeepers were killed. Five of those troops were from Rwanda."
    assert one(nlp, text, 5)["metric"] == "killed"


def test_hyphenated_nouns_keep_their_first_part_in_the_unit(nlp) -> None:
    assert one(nlp, "17,000 peace-keepers were deployed.", 17000)["unit"] == "peace-keeper"


def test_eu_is_the_european_union(nlp) -> None:
    assert one(nlp, "Some 2,000 E.U. troops were deployed.", 2000)["actor"] == "European Union"


def test_phrasal_casualty_verbs(nlp) -> None:
    assert one(nlp, "Two women were gunned down in the street.", 2)["metric"] == "killed"
    assert one(nlp, "Three soldiers were taken prisoner.", 3)["metric"] == "captured"


def test_the_month_may_is_no_hedge(nlp) -> None:
    assert one(nlp, "By May of 2004, 18,000 troops had left.", 18000)["hedged"] is False
    assert one(nlp, "Officials said 20 people may have died.", 20)["hedged"] is True


def test_a_force_and_its_changing_strength_are_deployed(nlp) -> None:
    assert one(nlp, "The current force of 7,000 has struggled.", 7000)["metric"] == "deployed"
    text = "By May of 2004 the level had dropped to 18,000."
    assert one(nlp, text, 18000)["metric"] == "deployed"
    assert one(nlp, "Egypt will patrol the border with 750 armed men.", 750)["metric"] == \
        "deployed"


def test_a_part_of_a_deployed_group_is_deployed(nlp) -> None:
    text = "NATO has some 8,500 soldiers stationed there, some 800 of them are Spanish."
    assert one(nlp, text, 800)["metric"] == "deployed"


def test_people_held_or_under_arrest_are_captured(nlp) -> None:
    text = "Five opposition leaders are also reported to be under house arrest."
    assert one(nlp, text, 5)["metric"] == "captured"
    assert one(nlp, "Israel is holding about 100 women in its jails.", 100)["metric"] == \
        "captured"
    assert one(nlp, "He kept 20 soldiers in reserve.", 20)["metric"] == "deployed"
    assert one(nlp, "The talks were held with 12 delegates.", 12)["metric"] != "captured"


def test_a_fate_right_after_the_counted_noun(nlp) -> None:
    assert one(nlp, "Report: 15 civilians dead; marines under investigation", 15)["metric"] == \
        "killed"
    text = "1 soldier killed, 2 soldiers and 2 civilians wounded in a convoy attack"
    assert one(nlp, text, 1)["metric"] == "killed"
    text = "The army lost at least 30 soldiers killed and wounded."
    assert one(nlp, text, 30)["metric"] == "killed_or_wounded"


def test_review_guards_on_the_new_rules(nlp) -> None:
    # a reported clause's verb is no fate of the speakers
    assert values(nlp, "Two officials said 30 people were killed in the attack.") == [30]
    # counts that rise are no force unless they count one
    assert one(nlp, "The number of dead rose to 50 on Sunday.", 50)["metric"] == "killed"
    assert one(nlp, "The number of refugees has risen to 20,000.", 20000)["metric"] == \
        "displaced"
    # a force kept in place, or a capacity, is no captive
    assert one(nlp, "Britain will keep 5,000 troops in Iraq.", 5000)["metric"] == "deployed"
    assert one(nlp, "The ship can hold 3,000 people.", 3000)["metric"] != "captured"
    assert one(nlp, "Three soldiers were held by the rebels.", 3)["metric"] == "captured"
    # saved lives are no deaths
    assert one(nlp, "Doctors saved 40 lives in the field hospital.", 40)["metric"] == "other"
    # "Those killed include ..."
    assert one(nlp, "Those killed include two journalists.", 2)["metric"] == "killed"


def test_review_guards_on_numbers_and_filters(nlp) -> None:
    assert values(nlp, "Maybe 2 000 people attended.") == [2000]
    assert values(nlp, "On May 15 300 troops arrived in the town.") == [300]
    assert values(nlp, "On March 3, 1500 troops arrived in the city.") == [1500]
    assert values(nlp, "About 200 St. Petersburg residents were evacuated.") == [200]
    assert values(nlp, "About 300 Tiananmen Square protesters were detained.") == [300]
    assert values(nlp, "Five soldiers were killed in two of the attacks.") == [5, 2]
    assert values(nlp, "The group of eight men, aged between 24 and 40, is held.") == [8]


def test_review_guards_on_sources(nlp) -> None:
    text = ("There were reports of heavy fighting near the airport. "
            "The report said 20 soldiers were killed.")
    assert one(nlp, text, 20)["source"] != "heavy fighting"
    text = ("The news came after the release of a September report on the war. "
            "It said 300 civilians were killed.")
    assert one(nlp, text, 300)["source"] == "<article>"
    assert one(nlp, "Government plans: 5,000 new police officers by 2010", 5000)["source"] == \
        "<article>"
    assert one(nlp, "Army casualties: 40 killed in ambush", 40)["source"] == "<article>"


def test_a_title_case_may_stays_a_hedge(nlp) -> None:
    assert one(nlp, "Up To 5,000 Troops May Be Withdrawn", 5000)["hedged"] is True
    assert one(nlp, "In May, 20 people died in the clashes.", 20)["hedged"] is False


def test_fractions_of_a_group_and_percent_ranges(nlp) -> None:
    c = one(nlp, "Nearly half of the dead were children.", 0.5)
    assert (c["bound"], c["metric"]) == ("upper", "killed")
    assert values(nlp, "Fighting resumed in the second half of 2006.") == []
    c = one(nlp, "Unemployment was between 18% and 30% last year.", 18)
    assert (c["value_high"], c["unit"]) == (30, "percent")
    assert one(nlp, "Turkey hosted a peak of three-and-a-half million refugees.",
               3_500_000)["metric"] == "displaced"


def test_ages_after_a_name_with_an_adverb(nlp) -> None:
    assert values(nlp, "Faye Turney, 25, also stated that she was held alone.") == []


def test_who_issued_the_report_or_study_is_its_source(nlp) -> None:
    text = ("A report published by the Iraq Body Count project says that 24,865 civilians "
            "have been killed. The study says that 37% of them were killed by US-led forces.")
    assert one(nlp, text, 37)["source"] == "Iraq Body Count project"
    text = "The UN released a report on Monday. The report said 300 civilians were killed."
    assert one(nlp, text, 300)["source"] == "UN"


def test_a_title_with_a_name_beside_it_gives_the_name(nlp) -> None:
    text = ("I can confirm it, said head of the Afghan delegation, Waheedullah Mujadadi, "
            "adding that 8 hostages were freed.")
    c = one(nlp, text, 8)
    assert (c["source"], c["source_type"]) == ("Waheedullah Mujadadi", "person")


def test_one_of_the_officials_speaks_for_the_officials(nlp) -> None:
    text = ("One of the officials, who spoke on the condition of anonymity, said six women "
            "had been taken to the base.")
    assert one(nlp, text, 6)["source"] == "officials"
    text = "According to one of the drivers, two missiles were fired at each ambulance."
    assert one(nlp, text, 2)["source"] == "one of the drivers"


def test_the_audience_of_a_speech_is_the_article_s_count(nlp) -> None:
    assert one(nlp, "Apirak told a crowd of 5,000 people to go home.", 5000)["source"] == \
        "<article>"
    text = "Fouad Siniora told a meeting of ministers that 40 people had been killed."
    assert one(nlp, text, 40)["source"] == "Fouad Siniora"


def test_currencies_without_a_symbol_are_money(nlp) -> None:
    c = one(nlp, "The suit seeks 5.8 million baht in damages.", 5_800_000)
    assert (c["metric"], c["unit"]) == ("money", "baht")


def test_suffocated_is_killed(nlp) -> None:
    assert one(nlp, "By the end of the trip, 78 men had suffocated.", 78)["metric"] == "killed"


def test_the_strength_of_a_force_changing_counts_the_force(nlp) -> None:
    text = "The UN will raise the strength of its peacekeepers from 2,000 to 15,000."
    c = one(nlp, text, 15000)
    assert (c["metric"], c["unit"]) == ("deployed", "peacekeeper")


def test_sizes_and_statistical_settings_are_no_counts(nlp) -> None:
    assert values(nlp, "The 28 page dossier claimed the situation is worse.") == []
    assert values(nlp, "He unveiled a 10 point plan.") == []
    text = "The study recorded 24,000 deaths, with a 95% confidence interval."
    assert values(nlp, text) == [24000]
    assert values(nlp, "A total of five brigade combat teams will leave.") == [5]


def test_ranging_from_is_a_range_but_rising_from_is_not(nlp) -> None:
    c = one(nlp, "The payments ranged from 1,000 to 5,000 dollars.", 1000)
    assert (c["value_high"], c["bound"]) == (5000, "range")
    assert values(nlp, "Casualties rose from 10 to 20.") == [10, 20]


def test_decades_clock_times_and_bracketed_ages_are_no_counts(nlp) -> None:
    assert values(nlp, "Militias were trained here in the 80's and in the 1990s.") == []
    assert values(nlp, "The attack came at about 8.00 a.m local time.") == []
    text = "The known dead: Piroska Boda (50): a nurse, and Yosef Cohen (48)."
    assert values(nlp, text) == []
    assert values(nlp, "Troops from Pakistan (120) and India (300) were sent.") == [120, 300]
