"""Number rules written from the pooled errors of held-out sets 1 to 71; every text here was
written for the test. Each runs with and without the prefilter, which must agree."""

import pytest

from pipeline.extract import PREFILTER_ENV
from tests.extract.support import one, values


@pytest.fixture(params=["1", "0"], ids=["prefilter", "no-prefilter"])
def prefilter(request, monkeypatch) -> str:
    monkeypatch.setenv(PREFILTER_ENV, request.param)
    return request.param


def test_a_count_after_a_weekday_is_no_date(nlp, prefilter) -> None:
    text = ("Bomb hits convoy\n\n"
            "On Saturday 24 soldiers were killed when a car bomb hit their convoy.\n")
    claim = one(nlp, text, 24)
    assert claim["metric"] == "killed"


def test_a_weekday_and_a_day_of_month_stay_a_date(nlp, prefilter) -> None:
    text = ("Talks resume\n\n"
            "The envoy arrived on Friday 14 and met the ministers. On Monday 3 March the "
            "army said 12 people were hurt.\n")
    assert values(nlp, text) == [12]


def test_a_number_opening_a_paragraph_is_not_a_sentence_of_its_own(nlp, prefilter) -> None:
    text = ("Explosion in theatre\n\n"
            "One Briton is dead after an explosion in a theatre this morning.\n")
    claim = one(nlp, text, 1)
    assert claim["metric"] == "killed"


def test_a_house_number_before_an_abbreviated_street_is_an_address(nlp, prefilter) -> None:
    text = ("Party at the lodge\n\n"
            "12 Harbour Rd Portsea was the address of the party. Police said 40 workers "
            "were hurt on the road.\n")
    assert values(nlp, text) == [40]


def test_a_plural_scale_after_digits_multiplies(nlp, prefilter) -> None:
    text = ("Aid appeal for the displaced\n\n"
            "The war has driven more than 2 millions from their homes, the agency said.\n")
    claim = one(nlp, text, 2_000_000)
    assert claim["quantity_text"] == "2 millions"
    assert claim["metric"] == "displaced"


def test_the_country_of_an_office_is_no_place_of_the_next_sentence(nlp, prefilter) -> None:
    text = ("Parade in the capital\n\n"
            "Guests included:\n\n"
            "Hans Weber - Chancellor of Austria\n\n"
            "Marie Dubois - President of the Republic More than 3,000 veterans marched.\n")
    assert one(nlp, text, 3000)["location"] is None


def test_a_headline_count_stabbed_to_death_is_killed(nlp, prefilter) -> None:
    text = ("Three stabbed to death at a market in Lyon\n\n"
            "Police have arrested a man after the attack on Tuesday.\n")
    assert one(nlp, text, 3)["metric"] == "killed"


def test_sentenced_to_death_stays_a_verdict(nlp, prefilter) -> None:
    text = ("Court rules on coup plot\n\n"
            "Three officers sentenced to death in Cairo on Monday.\n")
    assert one(nlp, text, 3)["metric"] != "killed"


def test_a_number_word_after_junction_or_day_is_a_designation(nlp, prefilter) -> None:
    text = ("Coach overturns on motorway\n\n"
            "The coach overturned at junction seven of the motorway and 14 people were hurt. "
            "Every day two people die on the roads, police said.\n")
    assert values(nlp, text) == [14, 2]


def test_groups_after_a_trunk_prefix_are_a_phone_number(nlp, prefilter) -> None:
    text = ("Appeal for witnesses\n\n"
            "Anyone who saw the crash is asked to call the enquiry line on 08450 300 300.\n")
    assert values(nlp, text) == []


def test_their_reports_are_the_reports_of_the_source_before(nlp, prefilter) -> None:
    text = ("Floods hit Dhaka\n\n"
            "The BBC said the river rose overnight. Their reports state that the toll was "
            "over 50.\n")
    claim = one(nlp, text, 50)
    assert claim["source"] == "BBC"
    assert "possessive" in claim["evidence"]


def test_shares_after_a_published_study_are_the_study_makers(nlp, prefilter) -> None:
    text = ("Poll on the budget\n\n"
            "A market research firm, Norberg Data, published a study on attitudes to the "
            "budget. 41.5% of participants said they expect higher taxes. 22.1% feel "
            "relieved. 12.4% felt angry about the cuts.\n")
    for value in (41.5, 22.1, 12.4):
        assert one(nlp, text, value)["source"] == "Norberg Data"


def test_named_members_among_the_dead_come_from_the_toll_s_source(nlp, prefilter) -> None:
    text = ("Helicopters strike farm\n\n"
            "State radio said six people were killed when helicopters struck a farm. Among "
            "the dead were three of his brothers.\n")
    claim = one(nlp, text, 3)
    assert claim["source"] == "State radio"
    assert claim["metric"] == "killed"


def test_a_count_sharing_its_noun_shares_its_source(nlp, prefilter) -> None:
    text = ("Bombs hit three towns\n\n"
            "Reports say that 60 people have been killed. 30 of the victims were in Tezpur, "
            "18 in Nalbari and 12 in Goalpara.\n")
    for value in (18, 12):
        claim = one(nlp, text, value)
        assert claim["source"] == "Reports"
        assert "elliptic-sibling" in claim["evidence"]


def test_each_count_of_a_list_has_the_place_named_after_it(nlp, prefilter) -> None:
    text = ("Quake toll rises\n\n"
            "Officials said at least 230 people were injured in Turkey and about 14 in "
            "Greece. Police said 9 died in Izmir, 4 in January.\n")
    assert one(nlp, text, 230)["location"] == "Turkey"
    assert one(nlp, text, 14)["location"] == "Greece"
    assert one(nlp, text, 4)["location"] != "January"


def test_the_first_items_of_a_list_share_the_fate_after_the_last(nlp, prefilter) -> None:
    text = ("Two soldiers, three civilians killed in Kabul blast\n\n"
            "Nine Kurds, one Turk dead after border clash\n\n"
            "The army said the border was closed.\n")
    assert one(nlp, text, 2)["metric"] == "killed"
    assert one(nlp, text, 9)["metric"] == "killed"
    assert one(nlp, text, 1)["metric"] == "killed"


def test_a_mortality_rate_is_a_share_killed(nlp, prefilter) -> None:
    text = ("Trial of new drugs\n\n"
            "Mortality rates were 41% for patients given the first drug and 22% for the "
            "second. About 30% of patients were cured.\n")
    assert one(nlp, text, 41)["metric"] == "killed"
    assert one(nlp, text, 22)["metric"] == "killed"
    assert one(nlp, text, 30)["metric"] == "other"


def test_a_currency_sign_after_the_number_is_money(nlp, prefilter) -> None:
    text = ("Aid for flood areas\n\n"
            "The European Union is ready to release 40 million € in aid for the region.\n")
    claim = one(nlp, text, 40_000_000)
    assert (claim["metric"], claim["unit"]) == ("money", "euro")


def test_ages_after_died_at_and_after_was_are_no_claims(nlp, prefilter) -> None:
    text = ("Singer dies\n\n"
            "The singer has died of cancer at 86, a day before her concert. The former "
            "guitarist of the band was 78. The death toll was 12.\n")
    assert values(nlp, text) == [12]


def test_the_name_of_the_september_attacks_is_no_count(nlp, prefilter) -> None:
    text = ("Pleas withdrawn\n\n"
            "The alleged 9-11 conspirators withdrew their pleas, and 12 lawyers objected.\n")
    assert values(nlp, text) == [12]


def test_one_with_a_participle_after_its_noun_is_a_casualty(nlp, prefilter) -> None:
    text = ("Bus crash\n\n"
            "The report said there was one passenger seriously injured.\n")
    assert one(nlp, text, 1)["metric"] == "wounded"


def test_one_other_with_its_own_fate_is_a_claim(nlp, prefilter) -> None:
    text = ("Shooting at base\n\n"
            "Two guards were killed and one other was seriously injured in the attack.\n")
    assert one(nlp, text, 1)["metric"] == "wounded"


def test_in_critical_condition_is_wounded(nlp, prefilter) -> None:
    text = ("Shelling in the south\n\n"
            "Tank fire injured five children, leaving two in critical condition.\n")
    assert one(nlp, text, 2)["metric"] == "wounded"


def test_did_not_survive_is_killed(nlp, prefilter) -> None:
    text = ("Boat found\n\n"
            "Three people did not survive the crossing, the coast guard said.\n")
    assert one(nlp, text, 3)["metric"] == "killed"


def test_ages_in_a_range_of_ages_and_after_a_name_are_no_claims(nlp, prefilter) -> None:
    text = ("Crowd crush\n\n"
            "Forty people were injured, ranging in age from nine to 71. Harlan, the "
            "former mayor of the town, was 88. The toll was 14.\n")
    assert values(nlp, text) == [40, 14]


def test_the_second_age_of_a_named_pair_is_no_claim(nlp, prefilter) -> None:
    text = ("Officers charged\n\n"
            "Mary Lane, 31, met officers Paul Greer and Tom Vance, 44 and 52, at a pub. "
            "Police said 12 people were questioned.\n")
    assert values(nlp, text) == [12]
