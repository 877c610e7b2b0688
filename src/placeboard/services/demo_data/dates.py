"""Calendar arithmetic for the demo: months, nth weekdays, the board meeting grid."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date


def add_months(d: date, n: int) -> date:
    """The same day `n` months later (earlier when negative), clipped to the month's end."""
    year, month = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(year, month + 1, min(d.day, monthrange(year, month + 1)[1]))


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The `n`th (1-based) `weekday` (Monday 0) of a month."""
    first = date(year, month, 1)
    return date(year, month, 1 + (weekday - first.weekday()) % 7 + 7 * (n - 1))


@dataclass(frozen=True)
class Schedule:
    """When a board meets: the nth weekday of every `cadence`-th month, at a time."""

    weekday: int
    nth: int
    parity: int  # which months, for a two-monthly cadence (month index % 2)
    start_time: str


def meeting_dates(
    schedule: Schedule, today: date, past: int, future: int, cadence: int
) -> tuple[list[date], list[date]]:
    """The last `past` meeting dates before today and the next `future` after it."""

    def slot(index: int) -> date | None:
        year, month = divmod(index, 12)
        if cadence == 2 and index % 2 != schedule.parity:
            return None
        return nth_weekday(year, month + 1, schedule.weekday, schedule.nth)

    now = today.year * 12 + today.month - 1
    before: list[date] = []
    index = now
    while len(before) < past:
        d = slot(index)
        if d is not None and d < today:
            before.append(d)
        index -= 1
    after: list[date] = []
    index = now
    while len(after) < future:
        d = slot(index)
        if d is not None and d > today:
            after.append(d)
        index += 1
    return sorted(before), after
