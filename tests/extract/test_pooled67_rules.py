"""Source rules written from the pooled errors of held-out sets 1 to 67; every text here was
written for the test."""

from tests.extract.support import one, values


def test_he_after_an_unnamed_official_is_that_official(nlp) -> None:
    text = ("Ferry sinks off Sulawesi\n\n"
            "\"Nobody has been found yet,\" a coast guard official told local radio. He said "
            "about 12 divers were sent to the site.\n")
    claim = one(nlp, text, 12)
    assert claim["source"] == "coast guard official"
    assert "pronoun-role" in claim["evidence"]


def test_he_after_a_group_of_officials_is_not_resolved_to_them(nlp) -> None:
    text = ("Ferry sinks off Sulawesi\n\n"
            "Coast guard officials told local radio that the search went on. He said about "
            "12 divers were sent to the site.\n")
    assert one(nlp, text, 12)["source"] != "Coast guard officials"


def test_according_to_him_is_the_man_named_before(nlp) -> None:
    text = ("Deputy attacks palace budget\n\n"
            "A member of parliament, Jean Marcel, criticised the palace budget on Monday. "
            "According to him, the real cost is about three times the official figure.\n")
    assert one(nlp, text, 3)["source"] == "Jean Marcel"


def test_an_office_in_a_headline_is_the_person_the_body_names(nlp) -> None:
    text = ("Kenyan PM announces $50 million for flood victims\n\n"
            "The Kenyan Prime Minister, Peter Odhiambo, said on Monday the government would "
            "spend the money on new homes.\n")
    claim = one(nlp, text, 50_000_000)
    assert claim["source"] == "Peter Odhiambo"
    assert "source:office-holder" in claim["evidence"]


def test_a_number_describing_the_speaker_is_not_what_they_say(nlp) -> None:
    text = ("Doctors oppose fuel plan\n\n"
            "The Medical Union, an organisation representing over 27,000 doctors, has written "
            "to the minister. \"It will harm patients,\" said Anna Berg, who has worked with "
            "the union for 12 years.\n")
    assert one(nlp, text, 27_000)["source"] == "<article>"
    # the speaker's own statement still is hers
    text = "Fuel plan\n\nAnna Berg, a union doctor, said 40 clinics would close.\n"
    assert one(nlp, text, 40)["source"] == "Anna Berg"


def test_verbs_that_report_only_with_a_clause(nlp) -> None:
    text = "Harbour attack\n\nOfficial reports stipulate that 5 boats entered the harbour.\n"
    assert one(nlp, text, 5)["source"] == "Official reports"
    # (what a rule or a contract stipulates is no report of it)
    text = "Fishing deal\n\nThe treaty stipulates 12 inspections a year.\n"
    assert one(nlp, text, 12)["source"] == "<article>"


def test_groups_that_claim_an_attack_are_counted(nlp) -> None:
    text = ("Bomb in the market\n\nHours after the blast, two groups claimed responsibility "
            "for the attack.\n")
    assert one(nlp, text, 2)["metric"] == "other"
    # the speakers of a figure still are no count: "two officials claimed 40 had died"
    text = "Bomb in the market\n\nTwo officials claimed that 40 people had died.\n"
    assert values(nlp, text) == [40]


def test_one_of_a_count_with_its_own_fate(nlp) -> None:
    text = "Market blast\n\nFour people were injured, one fatally, in the market.\n"
    assert one(nlp, text, 4)["metric"] == "wounded"
    claim = one(nlp, text, 1)
    assert claim["metric"] == "killed"
    assert "metric:one-fatally" in claim["evidence"]
    text = "Bus attack\n\nTwelve were wounded, one seriously, when a truck hit the bus.\n"
    assert one(nlp, text, 1)["metric"] == "wounded"
    # a bare "one" stays no count
    assert values(nlp, "Bus attack\n\nOne could see 12 buses.\n") == [12]
