import datetime as dt

import pytest

from pipeline.extract.bounds import detect_bound
from pipeline.extract.dates import resolve_date
from pipeline.extract.hedges import detect_hedge


@pytest.mark.parametrize(
    ("before", "after", "bound"),
    [
        ("the toll now exceeds ", " people", "lower"),
        ("it surpasses ", "", "lower"),
        ("killed at least ", " people", "lower"),
        ("more than ", " fled", "lower"),
        ("as many as ", " may", "upper"),
        ("nearly ", " sheep", "upper"),
        ("up to ", " buses", "upper"),
        ("some ", " guards", "approx"),
        ("an estimated ", " boats", "approx"),
        ("roughly $", " million", "approx"),
        ("they counted ", " tents", "exact"),
        ("", " or more", "lower"),
    ],
)
def test_bounds(before: str, after: str, bound: str) -> None:
    assert detect_bound(before, after)[0] == bound


def test_bound_binds_first_list_item_only() -> None:
    # the second item of "about 40 cows, 25 goats" has ", " right before it
    assert detect_bound("about 40 cows, ", " goats")[0] == "exact"


def test_range_bound() -> None:
    assert detect_bound("between ", "", is_range=True)[0] == "range"


def test_resolve_dates() -> None:
    pub = dt.date(2023, 3, 8)  # a Wednesday
    assert resolve_date("on March 2", pub) == "2023-03-02"
    assert resolve_date("March 5-6", pub) == "2023-03-05"
    assert resolve_date("on Sunday", pub) == "2023-03-05"
    assert resolve_date("today", pub) == "2023-03-08"
    assert resolve_date("on December 30", pub) == "2022-12-30"
    assert resolve_date("since 2019", pub) is None
    assert resolve_date("on June 4, 2001", None) == "2001-06-04"


def test_hedges() -> None:
    assert detect_hedge("The ship reportedly carried 300 sailors.")[0]
    assert detect_hedge("Rebels may have seized 20 trucks.")[0]
    assert not detect_hedge("The ship carried 300 sailors.")[0]
