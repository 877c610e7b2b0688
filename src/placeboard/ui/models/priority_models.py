"""Table models of the Priorities view: the tracker, milestones, updates, linked metrics
and the glossary. The RAG column carries its word as text and its key in RAG_ROLE, for
the chip delegate; flags are words, never colour alone."""

from __future__ import annotations

from datetime import date
from typing import Any

from placeboard.domain.periods import MONTH_ABBR, uk_date, uk_short
from placeboard.domain.rag import milestone_overdue
from placeboard.domain.vocab import RAG, label
from placeboard.services.priorities import PriorityRow
from placeboard.ui.models.lines import (
    LAST_DAY,
    ROLE,
    Index,
    Line,
    LineModel,
    Look,
    date_key,
    text_key,
)

RAG_ROLE = int(ROLE.UserRole) + 7  # the RAG key of a chip cell
RAG_ORDER = {key: n for n, key in enumerate(RAG)}  # red first: the worst sorts on top


def short_date(d: date) -> str:
    """ "3 Jun 2026": a date that reads at a glance in a flag."""
    return f"{d.day} {MONTH_ABBR[d.month - 1]} {d.year}"


def rag_label(rag: str) -> str:
    return label(RAG, rag)


def flags(row: PriorityRow) -> list[str]:
    found = []
    if row.overdue:
        found.append("Overdue")
    if row.milestones_overdue:
        n = row.milestones_overdue
        found.append(f"{n} milestone{'s' if n > 1 else ''} overdue")
    if row.stale:
        since = row.last_update
        found.append(f"No update since {short_date(since)}" if since else "No update yet")
    return found


class RagColumnModel(LineModel[Any]):
    """A LineModel with one column whose cells are RAG chips."""

    RAG_COLUMN = -1

    def rag_of(self, item: Any) -> str:
        raise NotImplementedError

    def data(self, index: Index, role: int = 0) -> Any:
        if role == RAG_ROLE:
            if index.isValid() and index.column() == self.RAG_COLUMN:
                return self.rag_of(self.item(index.row()))
            return None
        return super().data(index, role)


class PrioritiesModel(RagColumnModel):
    COLUMNS = (
        "Code", "Priority", "Phase", "Theme", "Lead", "Owner", "Due", "RAG", "Last update",
        "Flags",
    )  # fmt: skip
    RAG_COLUMN = 7

    def rag_of(self, item: PriorityRow) -> str:
        return item.rag

    def make_line(self, item: PriorityRow) -> Line:
        flagged = flags(item)
        due, last = item.due, item.last_update
        return Line(
            texts=(
                item.code,
                item.title,
                f"Phase {item.phase}",
                item.theme,
                item.lead,
                item.owner,
                uk_short(due) if due else "",
                rag_label(item.rag),
                uk_short(last) if last else "None yet",
                "; ".join(flagged),
            ),
            keys=(
                text_key(item.code),
                text_key(item.title),
                item.phase,
                text_key(item.theme),
                text_key(item.lead),
                text_key(item.owner),
                date_key(due, LAST_DAY),
                RAG_ORDER.get(item.rag, len(RAG_ORDER)),
                date_key(last),
                (-len(flagged), "; ".join(flagged)),
            ),
            look=Look.ALERT if flagged else Look.PLAIN,
            tip=self._tip(item),
            note="; ".join([f"RAG {rag_label(item.rag)}", *flagged]),
        )

    @staticmethod
    def _tip(item: PriorityRow) -> str:
        lines = [f"{item.code} {item.title}".strip(), f"Current RAG: {rag_label(item.rag)}"]
        if item.start or item.due:
            start = uk_date(item.start) if item.start else "no start date"
            due = uk_date(item.due) if item.due else "no due date"
            lines.append(f"From {start} to {due}")
        if item.metrics:
            lines.append("Metrics: " + ", ".join(item.metrics))
        return "\n".join(lines)


class MilestonesModel(LineModel[Any]):
    COLUMNS = ("Milestone", "Due", "Done", "Status")

    def make_line(self, item: Any) -> Line:
        overdue = milestone_overdue(item.due_date, item.done_on, self.today)
        status = "Done" if item.done_on else ("Overdue" if overdue else "Not yet done")
        return Line(
            texts=(
                item.title,
                uk_short(item.due_date) if item.due_date else "",
                uk_short(item.done_on) if item.done_on else "",
                status,
            ),
            keys=(
                text_key(item.title),
                date_key(item.due_date, LAST_DAY),
                date_key(item.done_on, LAST_DAY),
                status,
            ),
            look=Look.ALERT if overdue else (Look.PAST if item.done_on else Look.PLAIN),
            note=status,
        )


class UpdatesModel(RagColumnModel):
    COLUMNS = ("Date", "RAG", "Commentary", "Author")
    RAG_COLUMN = 1

    def rag_of(self, item: Any) -> str:
        return str(item.rag)

    def make_line(self, item: Any) -> Line:
        commentary = " ".join(item.commentary.split())
        return Line(
            texts=(uk_short(item.update_date), rag_label(item.rag), commentary, item.author),
            keys=(
                (date_key(item.update_date), item.created_at),
                RAG_ORDER.get(item.rag, len(RAG_ORDER)),
                text_key(commentary),
                text_key(item.author),
            ),
            tip=item.commentary,
        )

    def data(self, index: Index, role: int = 0) -> Any:
        # The whole commentary as the tooltip of every cell, not only the first.
        if role == ROLE.ToolTipRole and index.isValid():
            return self.item(index.row()).commentary or None
        return super().data(index, role)


class MetricsModel(LineModel[Any]):
    COLUMNS = ("Metric", "Unit")

    def make_line(self, item: Any) -> Line:
        return Line(texts=(item.name, item.unit), keys=(text_key(item.name), text_key(item.unit)))


class GlossaryModel(LineModel[Any]):
    COLUMNS = ("Term", "Meaning")

    def make_line(self, item: Any) -> Line:
        meaning = " ".join(item.meaning.split())
        return Line(
            texts=(item.term, meaning),
            keys=(text_key(item.term), text_key(meaning)),
            tip=item.meaning,
        )
