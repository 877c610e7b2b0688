"""NHS financial years, reporting periods and UK date formats."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from placeboard.domain.errors import ValidationError
from placeboard.domain.periods import (
    Period,
    financial_year,
    financial_year_bounds,
    fy_quarter,
    month_range,
    parse_financial_year,
    parse_period,
    parse_reporting_period,
    quarter_bounds,
    uk_date,
    uk_long,
    uk_short,
)

months = st.builds(Period, st.integers(2000, 2040), st.integers(1, 12))
quarters = st.builds(Period.of_quarter, st.integers(2000, 2040), st.integers(1, 4))
periods = st.one_of(months, quarters)


# -- financial years and quarters -------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "fy", "q"),
    [
        (date(2024, 4, 1), "2024/25", "Q1 2024/25"),
        (date(2024, 3, 31), "2023/24", "Q4 2023/24"),
        (date(2024, 6, 30), "2024/25", "Q1 2024/25"),
        (date(2024, 7, 1), "2024/25", "Q2 2024/25"),
        (date(2024, 12, 31), "2024/25", "Q3 2024/25"),
        (date(2025, 1, 1), "2024/25", "Q4 2024/25"),
        (date(1999, 12, 1), "1999/00", "Q3 1999/00"),
        (date(2009, 5, 5), "2009/10", "Q1 2009/10"),
    ],
)
def test_financial_year_and_quarter(d: date, fy: str, q: str) -> None:
    assert financial_year(d) == fy
    assert fy_quarter(d) == q


def test_financial_year_bounds() -> None:
    assert financial_year_bounds("2024/25") == (date(2024, 4, 1), date(2025, 3, 31))
    assert financial_year_bounds("2024/2025") == (date(2024, 4, 1), date(2025, 3, 31))
    assert financial_year_bounds(" FY 2023-24 ") == (date(2023, 4, 1), date(2024, 3, 31))


@pytest.mark.parametrize("text", ["2024/26", "2024", "24/25", "2024/2026", "next year"])
def test_bad_financial_year(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_financial_year(text)
    assert err.value.field == "financial_year"
    assert "2024/25" in str(err.value) or "follow" in str(err.value)


def test_quarter_bounds() -> None:
    assert quarter_bounds("Q1 2024/25") == (date(2024, 4, 1), date(2024, 6, 30))
    assert quarter_bounds("q3 2024/25") == (date(2024, 10, 1), date(2024, 12, 31))
    assert quarter_bounds("Q4 2023/24") == (date(2024, 1, 1), date(2024, 3, 31))


def test_quarter_bounds_refuses_a_month() -> None:
    with pytest.raises(ValidationError, match="not a financial quarter"):
        quarter_bounds("Apr 2024")


@given(st.dates(date(2000, 1, 1), date(2040, 12, 31)))
def test_date_falls_in_its_quarter_and_year(d: date) -> None:
    start, end = quarter_bounds(fy_quarter(d))
    assert start <= d <= end
    fy_start, fy_end = financial_year_bounds(financial_year(d))
    assert fy_start <= start and end <= fy_end
    assert Period.containing(d).contains(d)
    assert Period.containing(d, "quarter").label == fy_quarter(d)


# -- parsing ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["2024-04", "2024-4", "Apr 2024", "April 2024", "04/2024", "4/2024", " apr  2024 ",
     "APRIL 2024", "apr2024"],
)  # fmt: skip
def test_parse_month_forms(text: str) -> None:
    assert parse_period(text) == Period(2024, 4)


def test_parse_september_spellings() -> None:
    for text in ("Sep 2023", "Sept 2023", "September 2023"):
        assert parse_period(text) == Period(2023, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q1 2024/25", Period(2024, 4, "quarter")),
        ("q2 2024/25", Period(2024, 7, "quarter")),
        ("Q3  2024 / 25", Period(2024, 10, "quarter")),
        ("Q4 2024/25", Period(2025, 1, "quarter")),
        ("Q4 2024/2025", Period(2025, 1, "quarter")),
        ("2024/25-Q1", Period(2024, 4, "quarter")),
        ("2024/25 Q2", Period(2024, 7, "quarter")),
    ],
)
def test_parse_quarters(text: str, expected: Period) -> None:
    assert parse_period(text) == expected
    assert parse_period(text).is_quarter


@pytest.mark.parametrize(
    "text",
    ["", "   ", "2024", "13/2024", "2024-13", "0/2024", "Foo 2024", "Q5 2024/25",
     "Q0 2024/25", "Q1 2024/26", "Q1 2024", "April", "2024/04/01", "Apr 24"],
)  # fmt: skip
def test_bad_periods_raise_a_clear_validation_error(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_period(text)
    message = str(err.value)
    assert err.value.field == "period"
    assert message.endswith(".")
    assert "Traceback" not in message
    if text.strip():
        assert repr(text)[1:-1] in message or "given" in message


def test_bad_month_message_names_the_problem() -> None:
    with pytest.raises(ValidationError, match="there is no month 13"):
        parse_period("13/2024")
    with pytest.raises(ValidationError, match="'foo' is not the name of a month"):
        parse_period("Foo 2024")


def test_parse_period_passes_a_period_through() -> None:
    p = Period(2024, 4)
    assert parse_period(p) is p


# -- the Period value -------------------------------------------------------------------


def test_keys_and_labels() -> None:
    assert Period(2024, 4).key == "2024-04"
    assert Period(2024, 4).label == "Apr 2024"
    assert str(Period(2024, 11)) == "Nov 2024"
    q1 = Period.of_quarter(2024, 1)
    assert (q1.key, q1.label) == ("2024/25-Q1", "Q1 2024/25")
    q4 = Period.of_quarter(2024, 4)
    assert (q4.year, q4.month) == (2025, 1)
    assert (q4.key, q4.label, q4.financial_year, q4.quarter) == (
        "2024/25-Q4",
        "Q4 2024/25",
        "2024/25",
        4,
    )


def test_invalid_periods_cannot_be_built() -> None:
    with pytest.raises(ValidationError):
        Period(2024, 13)
    with pytest.raises(ValidationError):
        Period(2024, 5, "quarter")  # quarters start in Apr, Jul, Oct or Jan
    with pytest.raises(ValidationError):
        Period.of_quarter(2024, 5)
    with pytest.raises(ValidationError):
        Period(2024, 4, "week")  # type: ignore[arg-type]


def test_next_previous_and_year_end() -> None:
    assert Period(2024, 12).next() == Period(2025, 1)
    assert Period(2025, 1).previous() == Period(2024, 12)
    assert Period.of_quarter(2024, 4).next() == Period.of_quarter(2025, 1)
    assert Period.of_quarter(2025, 1).previous() == Period.of_quarter(2024, 4)
    assert Period(2024, 3).shift(13) == Period(2025, 4)


def test_start_end_and_months() -> None:
    assert Period(2024, 2).end == date(2024, 2, 29)
    assert Period(2023, 2).end == date(2023, 2, 28)
    q3 = Period.of_quarter(2024, 3)
    assert (q3.start, q3.end) == (date(2024, 10, 1), date(2024, 12, 31))
    assert q3.months == (Period(2024, 10), Period(2024, 11), Period(2024, 12))
    assert Period(2024, 6).months == (Period(2024, 6),)


def test_ordering() -> None:
    shuffled = [Period(2025, 1), Period(2023, 12), Period(2024, 4), Period(2024, 3)]
    assert sorted(shuffled) == [Period(2023, 12), Period(2024, 3), Period(2024, 4), Period(2025, 1)]
    assert Period(2024, 4) < Period.of_quarter(2024, 1) < Period(2024, 5)
    assert Period.of_quarter(2024, 4) > Period.of_quarter(2024, 3)


def test_month_range() -> None:
    got = month_range("Nov 2024", 4)
    assert [p.label for p in got] == ["Nov 2024", "Dec 2024", "Jan 2025", "Feb 2025"]
    assert [p.label for p in month_range(Period.of_quarter(2024, 3), 3)] == [
        "Q3 2024/25",
        "Q4 2024/25",
        "Q1 2025/26",
    ]
    assert month_range(Period(2024, 4), 0) == []
    with pytest.raises(ValidationError):
        month_range(Period(2024, 4), -1)


@given(months)
def test_month_label_and_key_round_trip(p: Period) -> None:
    assert parse_period(p.label) == p
    assert parse_period(p.key) == p
    assert parse_period(p.label.upper()) == p
    assert parse_period(f"{p.month:02d}/{p.year}") == p


@given(quarters)
def test_quarter_label_and_key_round_trip(p: Period) -> None:
    assert parse_period(p.label) == p
    assert parse_period(p.key) == p
    assert parse_period(p.label.lower().replace(" ", "   ")) == p


@given(periods, st.integers(-200, 200))
def test_shift_is_invertible_and_monotone(p: Period, n: int) -> None:
    moved = p.shift(n)
    assert moved.kind == p.kind
    assert moved.shift(-n) == p
    assert (moved > p) == (n > 0)
    assert (moved == p) == (n == 0)


@given(periods)
def test_next_period_starts_the_day_after_this_one_ends(p: Period) -> None:
    assert p.next().start == p.end + timedelta(days=1)


# -- UK dates ---------------------------------------------------------------------------


def test_uk_dates() -> None:
    assert uk_date(date(2020, 11, 3)) == "3 November 2020"
    assert uk_short(date(2020, 11, 3)) == "03/11/2020"
    assert uk_long(date(2021, 1, 19)) == "Tuesday, 19 January 2021"
    assert uk_date(date(2023, 7, 5)) == "5 July 2023"


@given(st.dates(date(1900, 1, 1), date(2999, 12, 31)))
def test_uk_short_reads_back(d: date) -> None:
    day, month, year = (int(x) for x in uk_short(d).split("/"))
    assert date(year, month, day) == d
    assert uk_date(d).endswith(str(d.year))


# -- reporting periods of assurance packs -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "label", "start", "end", "previous"),
    [
        ("2024/25-Q3", "2024/25-Q3", "Q3 2024/25", date(2024, 10, 1), date(2024, 12, 31),
         "Q2 2024/25"),
        ("Q3 2024/25", "2024/25-Q3", "Q3 2024/25", date(2024, 10, 1), date(2024, 12, 31),
         "Q2 2024/25"),
        (" q4 fy2024/25 ", "2024/25-Q4", "Q4 2024/25", date(2025, 1, 1), date(2025, 3, 31),
         "Q3 2024/25"),
        ("2025/26 Q1", "2025/26-Q1", "Q1 2025/26", date(2025, 4, 1), date(2025, 6, 30),
         "Q4 2024/25"),
        ("2024/25", "2024/25", "2024/25", date(2024, 4, 1), date(2025, 3, 31), "2023/24"),
        ("2024-25", "2024/25", "2024/25", date(2024, 4, 1), date(2025, 3, 31), "2023/24"),
        ("FY2024/2025", "2024/25", "2024/25", date(2024, 4, 1), date(2025, 3, 31), "2023/24"),
    ],
)  # fmt: skip
def test_reporting_period_reads_quarters_and_years(
    text: str, key: str, label: str, start: date, end: date, previous: str
) -> None:
    period = parse_reporting_period(text)
    assert (period.key, period.label, period.start, period.end) == (key, label, start, end)
    assert period.previous().label == previous
    assert period.contains(start) and period.contains(end)
    assert not period.contains(end + timedelta(days=1))
    assert parse_reporting_period(period.key) == period


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "No period given"),
        ("Q5 2024/25", "quarter 5; financial quarters are Q1 to Q4"),
        ("Q3", "names no financial year"),
        ("2024/26", "the second year must follow the first"),
        ("Apr 2024", "Apr 2024 is a month"),
        ("2024-04", "Apr 2024 is a month"),
        ("next quarter", "is not a reporting period"),
    ],
)
def test_reporting_period_refusals_say_why_and_give_an_example(text: str, says: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_reporting_period(text)
    message = str(caught.value)
    assert says in message
    assert "'2024/25-Q3'" in message and "'2024/25'" in message
    assert caught.value.field == "period"
