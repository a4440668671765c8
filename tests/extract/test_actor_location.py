"""Actor, location and non-claim rules, on sentences written for these tests."""


from pipeline.extract import extract
from pipeline.extract.actors import normalise_actor
from pipeline.extract.numbers import find_quantities
from tests.extract.support import one


def test_lowercase_is_us_are_not_parties() -> None:
    assert normalise_actor("is") is None
    assert normalise_actor("us") is None
    assert normalise_actor("US") == "United States"
    assert normalise_actor("IS") == "Islamic State"


def test_place_object_of_attack_verb(nlp) -> None:
    c = one(nlp, "At least 14 soldiers were killed when the rebels attacked Dorvia.", 14)
    assert c["location"] == "Dorvia"


def test_village_of_and_direction_of(nlp) -> None:
    c = one(nlp, "Six rockets landed on a school in the village of Tamsar.", 6)
    assert c["location"] == "Tamsar"
    c = one(nlp, "Nine policemen were wounded in the north of Caracas on Monday.", 9)
    assert c["location"] == "Caracas"


def test_province_of_prefix_removed(nlp) -> None:
    c = one(nlp, "Some 300 families fled their homes in the Province of Helmand.", 300)
    assert c["location"] == "Helmand"


def test_origin_from_is_actor_not_location(nlp) -> None:
    text = "Of the 12 victims, three were from Peru."
    c = one(nlp, text, 3)
    assert c["actor"] == "Peru"
    assert c["location"] is None


def test_place_in_the_claims_own_clause(nlp) -> None:
    text = ("Two car bombs in Mosul killed 8 people and wounded 25 others in the worst week "
            "of violence in Iraq since the spring.")
    assert one(nlp, text, 25)["location"] == "Mosul"


def test_demonym_on_place_noun_is_location(nlp) -> None:
    c = one(nlp, "Ukrainian roads saw 4,210 crashes last year.", 4210)
    assert c["location"] == "Ukraine"


def test_lowercase_entity_is_not_a_place(nlp) -> None:
    c = one(nlp, "The operator ordered 40 new metro cars for the network.", 40)
    assert c["location"] is None or c["location"][0].isupper()


def test_campaign_target_owns_the_arrested(nlp) -> None:
    c = one(nlp, "About 300 people were arrested in a crackdown against the Taliban.", 300)
    assert c["actor"] == "Taliban"


def test_strike_subject_does_not_own_the_dead(nlp) -> None:
    text = "Israel launched an air strike on the camp, leaving seven dead."
    assert one(nlp, text, 7)["actor"] is None
    assert one(nlp, "Russia launched 40 drones overnight.", 40)["actor"] == "Russia"


def test_agent_with_multiword_country(nlp) -> None:
    c = one(nlp, "The militia was paid $2 million a year by the United States.", 2_000_000)
    assert c["actor"] == "United States"


def test_agent_place_is_not_actor(nlp) -> None:
    c = one(nlp, "The two hostages were found by farmers in Talipao.", 2)
    assert c["actor"] is None


def test_predicate_only_for_the_copula_subject(nlp) -> None:
    text = "Of the 50 sailors, 31 were Chilean."
    assert one(nlp, text, 31)["actor"] == "Chile"
    assert one(nlp, text, 50)["actor"] is None


def test_dozen_multiplies() -> None:
    qs = find_quantities("over 4 dozen were hurt, dozens more fled")
    assert [(q.text, q.value) for q in qs] == [("4 dozen", 48.0)]


def test_age_after_name_and_years_are_not_claims(nlp) -> None:
    claims = extract(nlp, "Teodor Varga, 41, was among the 15 people detained.")
    assert [c["value"] for c in claims] == [15]
    claims = extract(nlp, "The dam was built between 1961 and 1964 by 800 workers.")
    assert [c["value"] for c in claims] == [800]


def test_homeless_is_displaced(nlp) -> None:
    c = one(nlp, "The storm left about 9,000 villagers homeless.", 9000)
    assert c["metric"] == "displaced"
