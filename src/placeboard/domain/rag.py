"""RAG rules of the priority tracker: the current rating, what is overdue, what is stale,
and a priority's rating over time as steps for a chart.

The current RAG is the rating of the latest dated update; two updates on one day are
told apart by the order they were written (`created_at`). A priority with no update is
grey: not started.

Stale: a priority is flagged when it has had no update in the last three calendar
months. The cut-off is the same day three months before today, clipped to the month's
end (today 31 May 2026 → 28 February 2026); an update on the cut-off day still counts.
A complete (blue) priority needs no more updates, and one with no update yet is stale
only once it started three months ago or more (or has no start date at all).
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

NOT_STARTED = "grey"
COMPLETE = "blue"
STALE_MONTHS = 3


class RagUpdate(Protocol):
    update_date: date
    rag: str
    created_at: str


@dataclass(frozen=True)
class RagStep:
    """From `start` on, the priority was rated `rag` (until the next step)."""

    start: date
    rag: str


def add_months(d: date, n: int) -> date:
    """The same day `n` months later (earlier when negative), clipped to the month's end."""
    year, month = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(year, month + 1, min(d.day, monthrange(year, month + 1)[1]))


def in_order(updates: Iterable[RagUpdate]) -> list[RagUpdate]:
    """Oldest first: by date, then by the order they were written."""
    return sorted(updates, key=lambda u: (u.update_date, u.created_at))


def latest_update(updates: Iterable[RagUpdate]) -> RagUpdate | None:
    ordered = in_order(updates)
    return ordered[-1] if ordered else None


def current_rag(updates: Iterable[RagUpdate]) -> str:
    latest = latest_update(updates)
    return latest.rag if latest is not None else NOT_STARTED


def milestone_overdue(due: date | None, done_on: date | None, today: date) -> bool:
    """Due before today and not done (a milestone due today is not yet overdue)."""
    return due is not None and done_on is None and due < today


def priority_overdue(due: date | None, rag: str, today: date) -> bool:
    """Its due date has passed and it is not rated complete."""
    return due is not None and due < today and rag != COMPLETE


def stale_cutoff(today: date) -> date:
    """The earliest update date that still counts as recent."""
    return add_months(today, -STALE_MONTHS)


def is_stale(last_update: date | None, start: date | None, rag: str, today: date) -> bool:
    if rag == COMPLETE:
        return False
    cutoff = stale_cutoff(today)
    if last_update is None:
        return start is None or start <= cutoff
    return last_update < cutoff


def rag_steps(updates: Sequence[RagUpdate]) -> list[RagStep]:
    """The rating over time: one step per change, the last update of a day winning."""
    by_day: dict[date, str] = {}
    for u in in_order(updates):
        by_day[u.update_date] = u.rag
    steps: list[RagStep] = []
    for day, rag in by_day.items():
        if not steps or steps[-1].rag != rag:
            steps.append(RagStep(day, rag))
    return steps
