"""An article written about one report, study or poll: its unattributed figures are that
document's, and so its author's. Every text here was written for the test."""

from tests.extract.support import one

LEAD = ("Charity report says river pollution doubled\n\n"
        "The Clean Rivers Trust released its annual report on Tuesday.\n\n")


def test_the_figures_of_an_article_about_a_report_are_its_authors(nlp) -> None:
    text = LEAD + ("Nitrate levels rose by 40% over the last decade.\n\n"
                   "Only 12 of 80 rivers met the safe standard.\n")
    claim = one(nlp, text, 40)
    assert claim["source"].removeprefix("The ") == "Clean Rivers Trust"
    assert "source:frame-document" in claim["evidence"]
    assert one(nlp, text, 12)["source"].removeprefix("The ") == "Clean Rivers Trust"


def test_the_issuer_not_the_documents_own_name(nlp) -> None:
    text = ("Water report finds shortages ahead\n\n"
            "The World Water Council published the 2030 Water Report on Monday.\n\n"
            "About 2 billion people already lack safe drinking water.\n")
    assert one(nlp, text, 2_000_000_000)["source"].removeprefix("The ") == "World Water Council"


def test_no_frame_when_the_headline_is_not_about_the_document(nlp) -> None:
    text = ("River pollution doubled in a decade\n\n"
            "The Clean Rivers Trust released its annual report on Tuesday.\n\n"
            "Nitrate levels rose by 40% over the last decade.\n")
    assert one(nlp, text, 40)["source"] == "<article>"


def test_news_reports_are_no_document(nlp) -> None:
    text = ("Website reports new clashes in the valley\n\n"
            "Reports from a local website say fighting resumed in the valley.\n\n"
            "About 30 homes were burnt on Friday.\n")
    assert one(nlp, text, 30)["source"] == "<article>"


def test_a_sentence_about_the_report_itself_or_other_studies(nlp) -> None:
    text = LEAD + ("Nitrate levels rose by 40% over the last decade.\n\n"
                   "The report was based on samples from 300 sites.\n\n"
                   "There have been two other studies of the rivers since 2010.\n\n"
                   "Since then, 25 lakes have been closed to swimmers.\n")
    assert one(nlp, text, 40)["source"].removeprefix("The ") == "Clean Rivers Trust"
    assert one(nlp, text, 300)["source"] == "<article>"  # describes the report
    assert one(nlp, text, 25)["source"] == "<article>"  # after the other studies
