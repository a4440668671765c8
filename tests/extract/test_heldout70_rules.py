"""Rules written from the errors of held-out sets 70 and 71 (after their blind score); every
text here was written for the test."""

from tests.extract.support import one


def test_who_issues_a_warning_that_asserts_its_clause(nlp) -> None:
    text = ("Recall\n\nAcme Motors has issued a warning that 30,000 cars could have faulty "
            "brakes.\n")
    claim = one(nlp, text, 30_000)
    assert claim["source"] == "Acme Motors"
    assert "source:assertion-issued-by" in claim["evidence"]


def test_the_owner_of_a_statement_that_asserts_its_clause(nlp) -> None:
    text = ("Security\n\nThe minister's statement that 900 suspects are under watch angered "
            "critics.\n")
    assert one(nlp, text, 900)["source"] == "minister"


def test_reports_that_assert_a_figure(nlp) -> None:
    text = "Unrest\n\nShe pointed to reports that 4,000 people had fled the town.\n"
    assert one(nlp, text, 4000)["source"] == "reports"


def test_the_company_is_the_company_named_before(nlp) -> None:
    text = ("Fraud case\n\nAcme Motors sued its former manager on Friday. The company said "
            "that he took more than $2 million in bribes.\n")
    claim = one(nlp, text, 2_000_000)
    assert claim["source"] == "Acme Motors"
    assert "company-named-before" in claim["evidence"]


def test_lives_saved_are_no_deaths(nlp) -> None:
    text = "Obituary\n\nThe nurse, who saved the lives of 300 children in the war, died.\n"
    assert one(nlp, text, 300)["metric"] == "other"
    text = "Bombing\n\nThe blast took the lives of 40 people.\n"
    assert one(nlp, text, 40)["metric"] == "killed"
