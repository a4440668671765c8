"""Actor rules: an army named in the preceding sentence owns bare soldiers."""

from spacy.language import Language

from tests.extract.support import one


def test_army_in_preceding_sentence_owns_bare_soldiers(nlp: Language) -> None:
    text = ("Fighting flared on Monday along a river held by a Nepalese army brigade. "
            "Officials said six soldiers died in the clashes.")
    assert one(nlp, text, 6)["actor"] == "Nepal"


def test_two_armies_in_preceding_sentence_leave_soldiers_unowned(nlp: Language) -> None:
    text = ("Indian troops and Pakistani troops exchanged fire on Monday. "
            "Officials said six soldiers died in the clashes.")
    assert one(nlp, text, 6)["actor"] is None


def test_demonym_right_before_army_counts_when_parsed_onto_next_noun(nlp: Language) -> None:
    text = ("Tension grew after a Sri Lankan army patrol was spotted near the coast. "
            "Officials said four soldiers were wounded.")
    assert one(nlp, text, 4)["actor"] == "Sri Lanka"
