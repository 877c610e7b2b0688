"""Current RAG, overdue and stale rules, with their boundaries, and RAG history steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from placeboard.domain.rag import (
    RagStep,
    add_months,
    current_rag,
    is_stale,
    milestone_overdue,
    priority_overdue,
    rag_steps,
    stale_cutoff,
)


@dataclass
class U:
    update_date: date
    rag: str
    created_at: str = "2026-01-01T00:00:00.000Z"


def test_no_update_is_grey_not_started() -> None:
    assert current_rag([]) == "grey"


def test_current_rag_is_the_latest_dated_update_whatever_the_order_written() -> None:
    updates = [U(date(2026, 3, 1), "green"), U(date(2026, 1, 1), "red")]
    assert current_rag(updates) == "green"
    assert current_rag(list(reversed(updates))) == "green"


def test_same_day_updates_are_told_apart_by_the_order_written() -> None:
    later = U(date(2026, 3, 1), "amber", "2026-03-01T10:00:00.000Z")
    earlier = U(date(2026, 3, 1), "red", "2026-03-01T09:00:00.000Z")
    assert current_rag([later, earlier]) == "amber"


@pytest.mark.parametrize(
    ("due", "done", "today", "overdue"),
    [
        (date(2026, 5, 1), None, date(2026, 5, 2), True),
        (date(2026, 5, 1), None, date(2026, 5, 1), False),  # due today: not yet
        (date(2026, 5, 1), date(2026, 5, 3), date(2026, 6, 1), False),  # done, even late
        (None, None, date(2026, 6, 1), False),
    ],
)
def test_milestone_overdue(due: date | None, done: date | None, today: date, overdue: bool) -> None:
    assert milestone_overdue(due, done, today) is overdue


@pytest.mark.parametrize(
    ("due", "rag", "overdue"),
    [
        (date(2026, 5, 31), "green", True),
        (date(2026, 6, 1), "green", False),  # due today
        (date(2026, 5, 31), "blue", False),  # complete
        (date(2026, 5, 31), "grey", True),
        (None, "red", False),
    ],
)
def test_priority_overdue(due: date | None, rag: str, overdue: bool) -> None:
    assert priority_overdue(due, rag, date(2026, 6, 1)) is overdue


@pytest.mark.parametrize(
    ("today", "cutoff"),
    [
        (date(2026, 6, 3), date(2026, 3, 3)),
        (date(2026, 5, 31), date(2026, 2, 28)),  # clipped to the month's end
        (date(2024, 5, 31), date(2024, 2, 29)),  # leap year
        (date(2026, 2, 15), date(2025, 11, 15)),  # across the year
    ],
)
def test_stale_cutoff_is_three_calendar_months_back(today: date, cutoff: date) -> None:
    assert stale_cutoff(today) == cutoff
    assert add_months(cutoff, 0) == cutoff


def test_stale_boundary_an_update_on_the_cutoff_day_still_counts() -> None:
    today = date(2026, 6, 3)
    assert not is_stale(date(2026, 3, 3), None, "green", today)
    assert is_stale(date(2026, 3, 2), None, "green", today)
    assert not is_stale(date(2026, 6, 3), None, "red", today)


def test_complete_priorities_are_never_stale() -> None:
    assert not is_stale(date(2020, 1, 1), None, "blue", date(2026, 6, 3))


def test_no_update_yet_is_stale_only_once_started_three_months_ago() -> None:
    today = date(2026, 6, 3)
    assert is_stale(None, date(2026, 3, 3), "grey", today)
    assert not is_stale(None, date(2026, 3, 4), "grey", today)
    assert not is_stale(None, date(2026, 9, 1), "grey", today)  # not begun
    assert is_stale(None, None, "grey", today)


def test_rag_steps_collapse_repeats_and_keep_the_last_of_a_day() -> None:
    updates = [
        U(date(2026, 1, 5), "green"),
        U(date(2026, 2, 5), "green"),
        U(date(2026, 3, 5), "red", "2026-03-05T09:00:00.000Z"),
        U(date(2026, 3, 5), "amber", "2026-03-05T10:00:00.000Z"),
        U(date(2026, 4, 5), "blue"),
    ]
    assert rag_steps(list(reversed(updates))) == [
        RagStep(date(2026, 1, 5), "green"),
        RagStep(date(2026, 3, 5), "amber"),
        RagStep(date(2026, 4, 5), "blue"),
    ]
    assert rag_steps([]) == []
