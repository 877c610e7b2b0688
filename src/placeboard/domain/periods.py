"""NHS financial years, reporting periods and UK date formats.

The NHS financial year runs 1 April to 31 March and is written "2024/25"; its quarters
are Q1 (Apr–Jun) to Q4 (Jan–Mar), written "Q1 2024/25". Metric values are reported per
month ("Apr 2024", key "2024-04") or per financial quarter (key "2024/25-Q1").
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

from placeboard.domain.errors import ValidationError

PeriodKind = Literal["month", "quarter"]

MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_ABBR: tuple[str, ...] = tuple(m[:3] for m in MONTH_NAMES)
WEEKDAY_NAMES: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip

# First calendar month of each financial quarter.
QUARTER_START_MONTHS: tuple[int, ...] = (4, 7, 10, 1)

MIN_YEAR = 1900
MAX_YEAR = 2999

_MONTH_BY_NAME: dict[str, int] = {
    **{m.casefold(): i for i, m in enumerate(MONTH_NAMES, start=1)},
    **{m.casefold(): i for i, m in enumerate(MONTH_ABBR, start=1)},
    "sept": 9,
}

_EXAMPLES = (
    "Use a month such as 'Apr 2024', 'April 2024', '2024-04' or '04/2024', "
    "or a financial quarter such as 'Q1 2024/25'"
)


def _fy_text(start_year: int) -> str:
    return f"{start_year}/{(start_year + 1) % 100:02d}"


def fy_start_year(d: date) -> int:
    """The calendar year in which the financial year containing `d` began."""
    return d.year if d.month >= 4 else d.year - 1


def financial_year(d: date) -> str:
    """The NHS financial year of `d`, e.g. date(2024, 6, 1) -> "2024/25"."""
    return _fy_text(fy_start_year(d))


def fy_quarter_number(d: date) -> int:
    """1–4: Q1 is April to June."""
    return (d.month - 4) % 12 // 3 + 1


def fy_quarter(d: date) -> str:
    """The financial quarter of `d`, e.g. date(2024, 8, 1) -> "Q2 2024/25"."""
    return f"Q{fy_quarter_number(d)} {financial_year(d)}"


@dataclass(frozen=True, order=True)
class Period:
    """A reporting month, or a financial quarter, named by its first calendar month.

    ``Period(2024, 4)`` is April 2024; ``Period(2024, 4, "quarter")`` is Q1 2024/25 and
    ``Period(2025, 1, "quarter")`` is Q4 2024/25. Periods order by start month (a month
    sorts before the quarter that starts with it).
    """

    year: int
    month: int
    kind: PeriodKind = "month"

    def __post_init__(self) -> None:
        if self.kind not in ("month", "quarter"):
            raise ValidationError(
                f"'{self.kind}' is not a kind of period; use 'month' or 'quarter'.",
                field="period",
            )
        if not 1 <= self.month <= 12:
            raise ValidationError(
                f"Month {self.month} does not exist; months run from 1 to 12.", field="period"
            )
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValidationError(
                f"The year {self.year} is outside the range PlaceBoard accepts "
                f"({MIN_YEAR}–{MAX_YEAR}).",
                field="period",
            )
        if self.kind == "quarter" and self.month not in QUARTER_START_MONTHS:
            raise ValidationError(
                f"A financial quarter starts in April, July, October or January, "
                f"not {MONTH_NAMES[self.month - 1]}.",
                field="period",
            )

    # -- constructors ------------------------------------------------------------------

    @classmethod
    def of_month(cls, year: int, month: int) -> Period:
        return cls(year, month, "month")

    @classmethod
    def of_quarter(cls, fy_start: int, quarter: int) -> Period:
        """Quarter `quarter` (1–4) of the financial year beginning in April `fy_start`."""
        if not 1 <= quarter <= 4:
            raise ValidationError(
                f"Quarter {quarter} does not exist; financial quarters run from Q1 to Q4.",
                field="period",
            )
        month = QUARTER_START_MONTHS[quarter - 1]
        return cls(fy_start + (1 if quarter == 4 else 0), month, "quarter")

    @classmethod
    def containing(cls, d: date, kind: PeriodKind = "month") -> Period:
        """The month (or financial quarter) that `d` falls in."""
        if kind == "quarter":
            return cls.of_quarter(fy_start_year(d), fy_quarter_number(d))
        return cls(d.year, d.month, "month")

    # -- views -------------------------------------------------------------------------

    @property
    def is_quarter(self) -> bool:
        return self.kind == "quarter"

    @property
    def fy_start(self) -> int:
        return self.year if self.month >= 4 else self.year - 1

    @property
    def financial_year(self) -> str:
        return _fy_text(self.fy_start)

    @property
    def quarter(self) -> int:
        """The financial quarter (1–4) this period is, or falls in."""
        return (self.month - 4) % 12 // 3 + 1

    @property
    def key(self) -> str:
        """Stable storage key: "2024-04" or "2024/25-Q1"."""
        if self.is_quarter:
            return f"{self.financial_year}-Q{self.quarter}"
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def label(self) -> str:
        """Display label: "Apr 2024" or "Q1 2024/25"."""
        if self.is_quarter:
            return f"Q{self.quarter} {self.financial_year}"
        return f"{MONTH_ABBR[self.month - 1]} {self.year}"

    @property
    def start(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def end(self) -> date:
        last = self._shift_months(2 if self.is_quarter else 0)
        return date(last[0], last[1], monthrange(*last)[1])

    @property
    def months(self) -> tuple[Period, ...]:
        """The calendar months in this period (one for a month, three for a quarter)."""
        count = 3 if self.is_quarter else 1
        return tuple(Period(*self._shift_months(i)) for i in range(count))

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    def shift(self, n: int) -> Period:
        """The period `n` steps later (earlier when negative), of the same kind."""
        y, m = self._shift_months(n * (3 if self.is_quarter else 1))
        return Period(y, m, self.kind)

    def next(self) -> Period:
        return self.shift(1)

    def previous(self) -> Period:
        return self.shift(-1)

    def _shift_months(self, n: int) -> tuple[int, int]:
        index = self.year * 12 + (self.month - 1) + n
        return index // 12, index % 12 + 1

    def __str__(self) -> str:
        return self.label


def _bad(text: str, why: str = "") -> ValidationError:
    reason = f": {why}" if why else ""
    return ValidationError(
        f"'{text}' is not a period PlaceBoard recognises{reason}. {_EXAMPLES}.", field="period"
    )


def parse_financial_year(text: str) -> int:
    """Start year of a financial year written "2024/25", "2024/2025", "2024-25" or "FY2024/25"."""
    raw = text
    s = re.sub(r"\s+", "", str(text)).casefold().removeprefix("fy")
    m = re.fullmatch(r"(\d{4})[/-](\d{2}|\d{4})", s)
    if not m:
        raise ValidationError(
            f"'{raw}' is not a financial year; write it as the NHS does, e.g. '2024/25'.",
            field="financial_year",
        )
    start, end = int(m.group(1)), m.group(2)
    expected = start + 1
    if (len(end) == 2 and int(end) != expected % 100) or (len(end) == 4 and int(end) != expected):
        raise ValidationError(
            f"'{raw}' is not a financial year: the second year must follow the first, "
            f"as in '{_fy_text(start)}'.",
            field="financial_year",
        )
    if not MIN_YEAR <= start <= MAX_YEAR:
        raise ValidationError(
            f"The financial year '{raw}' is outside the range PlaceBoard accepts.",
            field="financial_year",
        )
    return start


@lru_cache(maxsize=4096)  # an import reads the same few hundred periods many times
def parse_period(text: str | Period) -> Period:
    """Read a month or financial quarter as people write it; case and spacing are ignored.

    Months: "2024-04", "Apr 2024", "April 2024", "04/2024".
    Quarters: "Q1 2024/25" (also "2024/25 Q1" and the key "2024/25-Q1").
    """
    if isinstance(text, Period):
        return text
    raw = str(text)
    s = re.sub(r"\s+", "", raw).casefold()
    if not s:
        raise ValidationError(f"No period given. {_EXAMPLES}.", field="period")

    quarter = re.fullmatch(r"q(?P<q>\d)(?:fy)?(?P<fy>[\d/-]+)", s) or re.fullmatch(
        r"(?:fy)?(?P<fy>\d{4}[/-]\d{2,4})-?q(?P<q>\d)", s
    )
    if quarter:
        q = int(quarter.group("q"))
        if not 1 <= q <= 4:
            raise _bad(raw, f"there is no quarter {q} (financial quarters are Q1 to Q4)")
        try:
            start = parse_financial_year(quarter.group("fy"))
        except ValidationError:
            raise ValidationError(
                f"'{raw}' is not a financial quarter; write it as 'Q1 2024/25', where the "
                "second year follows the first.",
                field="period",
            ) from None
        return Period.of_quarter(start, q)

    numeric = re.fullmatch(r"(\d{4})-(\d{1,2})", s)
    if numeric:
        year, month = int(numeric.group(1)), int(numeric.group(2))
    elif numeric := re.fullmatch(r"(\d{1,2})/(\d{4})", s):
        month, year = int(numeric.group(1)), int(numeric.group(2))
    elif named := re.fullmatch(r"([a-z]+)\.?,?(\d{4})", s):
        name = named.group(1)
        if name not in _MONTH_BY_NAME:
            raise _bad(raw, f"'{name}' is not the name of a month")
        month, year = _MONTH_BY_NAME[name], int(named.group(2))
    else:
        raise _bad(raw)
    if not 1 <= month <= 12:
        raise _bad(raw, f"there is no month {month}")
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _bad(raw, f"the year {year} is out of range")
    return Period(year, month, "month")


def month_range(start: Period | str, n: int) -> list[Period]:
    """`n` consecutive periods from `start` (of start's kind), oldest first."""
    if n < 0:
        raise ValidationError(f"Cannot list {n} periods; the count must be 0 or more.")
    first = parse_period(start)
    return [first.shift(i) for i in range(n)]


def quarter_bounds(label: str | Period) -> tuple[date, date]:
    """First and last day of a financial quarter, e.g. "Q1 2024/25" -> 1 Apr, 30 Jun 2024."""
    period = parse_period(label)
    if not period.is_quarter:
        raise ValidationError(
            f"'{label}' is a month, not a financial quarter; write a quarter as 'Q1 2024/25'.",
            field="period",
        )
    return period.start, period.end


def financial_year_bounds(fy: str) -> tuple[date, date]:
    """First and last day of a financial year: "2024/25" -> 1 Apr 2024, 31 Mar 2025."""
    start = parse_financial_year(fy)
    return date(start, 4, 1), date(start + 1, 3, 31)


def uk_date(d: date) -> str:
    """Long UK date as board papers print it: "3 November 2020"."""
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


def uk_long(d: date) -> str:
    """With the weekday, as on an agenda: "Tuesday, 19 January 2021"."""
    return f"{WEEKDAY_NAMES[d.weekday()]}, {uk_date(d)}"


def uk_short(d: date) -> str:
    """Short UK date: "03/11/2020"."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


# -- reporting periods of assurance packs (a financial quarter or a financial year) -----

_REPORT_EXAMPLES = (
    "Write a financial quarter such as '2024/25-Q3' or 'Q3 2024/25', "
    "or a financial year such as '2024/25'"
)


@dataclass(frozen=True)
class ReportingPeriod:
    """What an assurance pack covers: one financial quarter or one financial year."""

    kind: Literal["quarter", "year"]
    fy_start: int  # the financial year's first calendar year
    quarter: int | None = None  # 1–4 for a quarter

    @property
    def start(self) -> date:
        if self.quarter is None:
            return date(self.fy_start, 4, 1)
        return Period.of_quarter(self.fy_start, self.quarter).start

    @property
    def end(self) -> date:
        if self.quarter is None:
            return date(self.fy_start + 1, 3, 31)
        return Period.of_quarter(self.fy_start, self.quarter).end

    @property
    def key(self) -> str:
        """ "2024/25-Q3" or "2024/25", as the command line takes it."""
        fy = _fy_text(self.fy_start)
        return fy if self.quarter is None else f"{fy}-Q{self.quarter}"

    @property
    def label(self) -> str:
        """ "Q3 2024/25" or "2024/25", as a pack prints it."""
        fy = _fy_text(self.fy_start)
        return fy if self.quarter is None else f"Q{self.quarter} {fy}"

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    def previous(self) -> ReportingPeriod:
        """The quarter (or year) before, to compare with."""
        if self.quarter is None:
            return ReportingPeriod("year", self.fy_start - 1)
        if self.quarter == 1:
            return ReportingPeriod("quarter", self.fy_start - 1, 4)
        return ReportingPeriod("quarter", self.fy_start, self.quarter - 1)

    def __str__(self) -> str:
        return self.label


def parse_reporting_period(text: str) -> ReportingPeriod:
    """A quarter ("2024/25-Q3", "Q3 2024/25") or a financial year ("2024/25", "FY2024/25").
    Months are refused: an assurance pack reports on a quarter or a year."""
    raw = str(text).strip()
    s = re.sub(r"\s+", "", raw).casefold()
    # "q3" before the year (the digit, then the year) or after it ("2024/25-q3").
    quarter = re.fullmatch(r"q(?P<q>\d)(?P<fy>.*)", s) or re.fullmatch(
        r"(?P<fy>.*?)-?q(?P<q>\d+)", s
    )
    try:
        if not s:
            raise ValidationError("No period given.", field="period")
        if quarter:
            q = int(quarter.group("q"))
            if not 1 <= q <= 4:
                raise ValidationError(
                    f"'{raw}' names quarter {q}; financial quarters are Q1 to Q4.", field="period"
                )
            if not quarter.group("fy"):
                raise ValidationError(f"'{raw}' names no financial year.", field="period")
            return ReportingPeriod("quarter", parse_financial_year(quarter.group("fy")), q)
        if re.fullmatch(r"(fy)?\d{4}[/-]\d{2,4}", s) and not _month_note(raw):
            return ReportingPeriod("year", parse_financial_year(raw))
        raise ValidationError(f"'{raw}' is not a reporting period{_month_note(raw)}.", "period")
    except ValidationError as error:
        raise ValidationError(f"{error} {_REPORT_EXAMPLES}.", field="period") from None


def _month_note(raw: str) -> str:
    """Why text that reads as a month is refused ("" when it is no month, or is also a
    financial year, as "2024-25" is)."""
    try:
        month = parse_period(raw)
    except ValidationError:
        return ""
    try:
        parse_financial_year(raw)
    except ValidationError:
        return f": {month.label} is a month, and a pack covers a quarter or a financial year"
    return ""
