from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.numbers import find_quantities, parse_number


def vals(text: str) -> list[tuple[str, float, float | None]]:
    return [(q.text, q.value, q.value_high) for q in find_quantities(text)]


def test_digits_and_separators() -> None:
    assert vals("Officials counted 4,250 tents.") == [("4,250", 4250, None)]
    assert vals("About 7\u00a0500 people left.") == [("7\u00a0500", 7500, None)]
    assert vals("Some 9\u202f000 sheep.") == [("9\u202f000", 9000, None)]
    assert vals("a rise of 2.5 points") == [("2.5", 2.5, None)]
    assert vals("About 12 000 people left.") == [("12 000", 12000, None)]
    assert vals("in 2005 300 more") == [("2005", 2005, None), ("300", 300, None)]
    assert vals("on May 5 300 troops") == [("5", 5, None), ("300", 300, None)]


def test_scale_and_words() -> None:
    assert vals("a fund of 3.2 billion") == [("3.2 billion", 3.2e9, None)]
    assert vals("nearly four thousand sailors") == [("four thousand", 4000, None)]
    assert vals("a thousand horses") == [("a thousand", 1000, None)]
    assert vals("and another thousand fled") == [("thousand", 1000, None)]
    assert vals("some 14-hundred guards") == [("14-hundred", 1400, None)]
    assert vals("a dozen tents") == [("a dozen", 12, None)]
    assert vals("thirty-two boats") == [("thirty-two", 32, None)]
    assert vals("two hundred and five cars") == [("two hundred and five", 205, None)]
    # a plural scale after digits, as some translated reports write it
    assert vals("it lent 2.4 millions") == [("2.4 millions", 2.4e6, None)]
    assert parse_number("3 billions") == 3e9
    assert vals("tens of millions") == []


def test_ranges() -> None:
    assert vals("between 6,000 and 7,500 people") == [("6,000 and 7,500", 6000, 7500)]
    assert vals("4,000 to 5,000 troops") == [("4,000 to 5,000", 4000, 5000)]
    # a change with the currency sign on the high end only
    assert [q.value for q in find_quantities("raised aid by $200 million to $1.2 billion")] \
        == [200e6, 1.2e9]
    assert [q.value for q in find_quantities("grew 5% to $3 billion")] == [5, 3e9]
    assert vals("21-24 wagons") == [("21-24", 21, 24)]
    # a change, not a range
    assert vals("the toll climbed from nine to 14") == [("nine", 9, None), ("14", 14, None)]


def test_or_ranges() -> None:
    assert vals("four or five tents") == [("four or five", 4, 5)]
    assert vals("some 40 or 50 boats") == [("40 or 50", 40, 50)]
    # alternatives far apart, falling, or written differently are two numbers
    assert vals("3 or 11 percent") == [("3", 3, None), ("11", 11, None)]
    assert vals("9 or 6 cars") == [("9", 9, None), ("6", 6, None)]
    assert vals("two or 3 cars") == [("two", 2, None), ("3", 3, None)]


def test_number_words_side_by_side_are_two_numbers() -> None:
    assert vals("three two-engine planes") == [("three", 3, None)]
    assert vals("three two men") == [("three", 3, None), ("two", 2, None)]
    assert vals("twenty two tents") == [("twenty two", 22, None)]
    assert vals("three hundred thousand goats") == [("three hundred thousand", 300000, None)]


def test_mixed_fractions() -> None:
    assert vals("3 1/2 years") == [("3 1/2", 3.5, None)]
    assert vals("about 2 1/2 million goats") == [("2 1/2 million", 2.5e6, None)]
    assert vals("open 24/7") == []


def test_a_point_grouping_thousands() -> None:
    assert vals("Spain sent 1.500 soldiers.") == [("1.500", 1500, None)]
    assert vals("a road 1.500 km long") == [("1.500", 1.5, None)]
    assert vals("a rate of 2.125 percent") == [("2.125", 2.125, None)]
    assert vals("She scored 9.875 on the vault.") == [("9.875", 9.875, None)]
    assert vals("The rate rose to 2.375.") == [("2.375", 2.375, None)]
    assert vals("200 1/4-ton trucks") == [("200", 200, None)]


def test_not_numbers() -> None:
    assert vals("Su-25 jets and the 9th Army") == []
    assert vals("hundreds and thousands of dozens") == []
    assert vals("at 4:30 in the morning") == []


def test_unicode_digits() -> None:
    assert parse_number("\u0661\u0662\u0663") == 123
    assert parse_number("") is None
    assert parse_number("banana") is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text
    parse_number(text)


def test_a_fraction_of_a_scale_is_one_number() -> None:
    assert vals("a quarter of a million fled") == [("a quarter of a million", 250_000, None)]
    assert vals("three quarters of a million voters") == [
        ("three quarters of a million", 750_000, None)]
    # a fraction of a counted group stays a fraction, and the group its own number
    assert vals("a quarter of the 200 staff") == [("a quarter", 0.25, None), ("200", 200, None)]


def test_a_scale_abbreviation_alone_is_no_number() -> None:
    assert vals("the Barisan Nasional (BN) coalition") == []
    assert vals("a loss of 3 bn euros") == [("3 bn", 3e9, None)]
