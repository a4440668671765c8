"""Location rules, on sentences written for these tests."""

from tests.extract.support import one


def test_place_noun_of_name_as_subject(nlp) -> None:
    c = one(nlp, "The town of Varesko was founded in 1910 and is home to 700 fishermen.", 700)
    assert c["location"] == "Varesko"


def test_place_locating_the_speaker_is_not_the_fact_place(nlp) -> None:
    text = ("Officials in the Swat Valley say that at least nine farmers were killed at a "
            "market in Peshawar after it was hit by at least two mortar rounds.")
    c = one(nlp, text, 2)
    assert c["location"] == "Peshawar"


def test_distance_from_place_is_locative(nlp) -> None:
    c = one(nlp, "About 40 miles from Kandahar are two large army bases.", 40)
    assert c["location"] == "Kandahar"


def test_located_subject_beats_distance_reference_point(nlp) -> None:
    text = "Marville, with a population of 90,000, is located 120 km southwest of Lyon."
    c = one(nlp, text, 90000)
    assert c["location"] == "Marville"


def test_name_before_compound_place_noun(nlp) -> None:
    text = ("Many in Kenya stayed behind, like a farmer who lives in the Peshawar refugee "
            "camp about 300 kilometers north of Nairobi.")
    c = one(nlp, text, 300)
    assert c["location"] == "Peshawar"
