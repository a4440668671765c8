"""Rules written from the errors of held-out sets 60 and 61 (after their blind score); every
sentence here was written for the test."""

from tests.extract.support import one, values


def test_money_with_a_capital_scale_letter(nlp) -> None:
    claim = one(nlp, "The gang stole $4M from the depot.", 4000000)
    assert (claim["metric"], claim["unit"]) == ("money", "dollar")
    assert one(nlp, "The deal is worth $2.5B.", 2500000000)["metric"] == "money"


def test_currency_code_after_the_number(nlp) -> None:
    claim = one(nlp, "Tickets cost 240 SEK at the door.", 240)
    assert (claim["metric"], claim["unit"]) == ("money", "krona")
    claim = one(nlp, "The fund lost 3.1 billion USD last year.", 3100000000)
    assert (claim["metric"], claim["unit"]) == ("money", "dollar")
    # an acronym after a number word is no currency
    assert one(nlp, "The navy bought four SAR helicopters.", 4)["metric"] != "money"


def test_a_number_before_a_compound_noun_counts_the_head(nlp) -> None:
    claim = one(nlp, "In the last election 38417 party votes went to the Greens.", 38417)
    assert claim["unit"] == "vote"


def test_a_persons_age_after_be_is_no_claim(nlp) -> None:
    assert values(nlp, "Harold Pinter is currently 77.") == []
    assert values(nlp, "She was 34 at the time.") == []
    # a total after "be" still counts
    assert values(nlp, "The death toll is 82.") == [82]


def test_a_glossed_clock_time_is_no_claim(nlp) -> None:
    assert values(nlp, "The building was closed until 2145 (245 GMT).") == []


def test_a_rank_is_no_count(nlp) -> None:
    assert values(nlp, "Which are the top three priorities for voters?") == []
    assert values(nlp, "Inflation is expected to top 6.5% this year.") == [6.5]


def test_a_pair_of_is_two(nlp) -> None:
    claim = one(nlp, "A pair of grenades exploded near the gate.", 2)
    assert (claim["quantity_text"], claim["metric"]) == ("A pair", "equipment")


def test_of_whom_counts_the_antecedent(nlp) -> None:
    claim = one(nlp, "The Kenyan troops, 600 of whom landed on Friday, were sent to the port.",
                600)
    assert (claim["unit"], claim["metric"]) == ("troop", "deployed")
    # the clause's own verb names the fate first
    claim = one(nlp, "The marchers, 45 of whom were detained, reached the square.", 45)
    assert (claim["unit"], claim["metric"]) == ("marcher", "captured")


def test_the_number_held_in_prison_is_captured(nlp) -> None:
    text = "The number held in jail in Latvia rose from about 6,000 to about 7,000."
    assert one(nlp, text, 6000)["metric"] == "captured"
    assert one(nlp, text, 7000)["metric"] == "captured"
    # a force's size that changes is still deployed
    assert one(nlp, "The number of troops rose to 9,000.", 9000)["metric"] == "deployed"


def test_leaving_to_seek_refuge_is_displaced(nlp) -> None:
    text = "Some 4,000 villagers left the valley to seek refuge in the hills."
    assert one(nlp, text, 4000)["metric"] == "displaced"
    assert one(nlp, "Twelve delegates left the meeting early.", 12)["metric"] == "other"


def test_a_name_set_beside_a_place_noun(nlp) -> None:
    text = "The 300 soldiers were flown to the capital Bamako."
    assert one(nlp, text, 300)["location"] == "Bamako"
    # (but "north of the capital X" locates the other place)
    text = "Four policemen were hurt by a bomb in Kirkuk, north of the capital Baghdad."
    assert one(nlp, text, 4)["location"] == "Kirkuk"


def test_point_out_reports(nlp) -> None:
    text = "Analyst Maria Lopez pointed out that 14 countries have such weapons."
    assert one(nlp, text, 14)["source"] == "Maria Lopez"


def test_party_title_before_a_name(nlp) -> None:
    text = "Labour MP Ann Clwyd said 30 prisoners had been beaten."
    assert one(nlp, text, 30)["source"] == "Ann Clwyd"


def test_a_scene_clause_before_the_reporting_verb_is_the_articles(nlp) -> None:
    text = "As fighting goes on with at least 14 people killed, the mayor said the city was calm."
    assert one(nlp, text, 14)["source"] == "<article>"
    # (but a report inside that clause is its own)
    text = "Although the army reports only 12 soldiers killed, rebels claim far more."
    assert one(nlp, text, 12)["source"] == "army"


def test_an_attempt_or_a_volley_is_no_trial_or_dismissal(nlp) -> None:
    assert one(nlp, "A patrol of eight soldiers tried to stop the convoy.", 8)["metric"] == \
        "deployed"
    assert one(nlp, "Nearly 300 soldiers fired on the marchers.", 300)["metric"] == "deployed"
    assert one(nlp, "Four soldiers were tried for the assault.", 4)["metric"] == "other"


def test_the_number_of_a_force(nlp) -> None:
    text = "The move raises the total number of troops in the region to about 12,000."
    assert one(nlp, text, 12000)["metric"] == "deployed"
    text = "The number of marchers reached 8,000."
    assert one(nlp, text, 8000)["metric"] == "other"


def test_loose_deployment_verbs_need_a_force(nlp) -> None:
    assert one(nlp, "The kitchen served 400 meals.", 400)["metric"] != "deployed"
    assert one(nlp, "Rescuers pulled 23 survivors from the rubble.", 23)["metric"] != "deployed"
    assert one(nlp, "Twelve residents sent a petition to the mayor.", 12)["metric"] == "other"
    assert one(nlp, "Britain will pull out 2,500 troops.", 2500)["metric"] == "deployed"
    assert one(nlp, "About 1,500 Marines are based on the island.", 1500)["metric"] == \
        "deployed"


def test_a_vote_tally_written_with_to(nlp) -> None:
    text = "Senators voted 61 to 38 to confirm her."
    assert [one(nlp, text, v)["unit"] for v in (61, 38)] == ["vote", "vote"]
    text = "The bill passed by a 301 to 120 vote."
    assert one(nlp, text, 301)["unit"] == "vote"
    # a change between two amounts is no tally
    assert one(nlp, "Fares rose from 20 to 30 dollars.", 20)["unit"] != "vote"


def test_unit_abbreviations_spelled_out(nlp) -> None:
    assert one(nlp, "The shell was 155 mm wide.", 155)["unit"] == "millimeter"
    assert one(nlp, "The car gets 40 mpg on the highway.", 40)["unit"] == "mile per gallon"
    assert one(nlp, "Tickets cost 90 kronor.", 90)["unit"] == "krona"
    assert one(nlp, "Troops found four mass graves.", 4)["unit"] == "grave"


def test_a_share_of_a_whole_has_no_unit(nlp) -> None:
    assert one(nlp, "Nearly half of the population lives in poverty.", 0.5)["unit"] is None
    assert one(nlp, "The bill needs a two-thirds majority.", 2 / 3)["unit"] is None
    # (a share of people keeps them)
    assert one(nlp, "Half of the soldiers were wounded.", 0.5)["unit"] == "soldier"


def test_who_pays_or_holds_the_money(nlp) -> None:
    text = "The court ordered that Halvorsen pay $40,000 in damages."
    assert one(nlp, text, 40000)["actor"] == "Halvorsen"
    text = "Vestra Labs operates with a yearly budget of $3 million."
    assert one(nlp, text, 3000000)["actor"] == "Vestra Labs"
