"""Table models of the Stage checklist: the criteria of every stage, and the chosen
criterion's evidence and history. A status is always a word; its colour only repeats it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor

from placeboard.domain.derived_checks import CHECKED_BY
from placeboard.domain.periods import uk_short
from placeboard.domain.vocab import CRITERION_STATUSES, RAG_COLOURS, RAG_TEXT_COLOURS, label
from placeboard.services.stages import CriterionRow, EvidenceRow, HistoryRow
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
from placeboard.ui.style import high_contrast

STATUS_ORDER = {key: n for n, key in enumerate(CRITERION_STATUSES)}
# (fill, text) per status: the RAG colours people already read on the board's reports.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "not_started": (RAG_COLOURS["grey"], RAG_TEXT_COLOURS["grey"]),
    "in_progress": (RAG_COLOURS["amber"], RAG_TEXT_COLOURS["amber"]),
    "met": (RAG_COLOURS["green"], RAG_TEXT_COLOURS["green"]),
    "not_applicable": ("#E8EDEE", "#231F20"),  # NHS pale grey: out of the count
}


def status_text(row: CriterionRow) -> str:
    text = label(CRITERION_STATUSES, row.status)
    if row.status == "not_applicable" and row.criterion.na_reason:
        return f"{text}: {row.criterion.na_reason}"
    return text


class CriteriaModel(LineModel[CriterionRow]):
    COLUMNS = ("Stage", "No.", "Criterion", "Status", "Owner", "Due", "Evidence", "Checked by")
    RIGHT_ALIGNED = frozenset({1, 6})
    STATUS_COLUMN = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._brushes = {
            key: (QBrush(QColor(fill)), QBrush(QColor(text)))
            for key, (fill, text) in STATUS_COLOURS.items()
        }

    def make_line(self, item: CriterionRow) -> Line:
        c = item.criterion
        order = (item.stage.position, item.number)
        due = uk_short(c.due_date) if c.due_date else ""
        if item.overdue:
            due += " (overdue)"
        checked = "PlaceBoard" if item.check else ""
        notes = [status_text(item)]
        if item.overdue:
            notes.append("Overdue")
        if item.check:
            notes.append(f"{CHECKED_BY}: {item.check.reason}")
        return Line(
            texts=(
                item.stage.name,
                str(item.number),
                " ".join(c.text.split()),
                status_text(item),
                c.owner,
                due,
                str(item.evidence),
                checked,
            ),
            keys=(
                order,
                order,
                text_key(c.text),
                (STATUS_ORDER.get(item.status, 9), order),
                text_key(c.owner),
                date_key(c.due_date, LAST_DAY),
                item.evidence,
                (checked, order),
            ),
            look=Look.ALERT if item.overdue else Look.PLAIN,
            tip=c.text,
            note=". ".join(notes),
        )

    def data(self, index: Index, role: int = ROLE.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.STATUS_COLUMN and not high_contrast():
            brushes = self._brushes.get(self.item(index.row()).status)
            if brushes and role == ROLE.BackgroundRole:
                return brushes[0]
            if brushes and role == ROLE.ForegroundRole:
                return brushes[1]
        if index.isValid() and index.column() == 7 and role == ROLE.ToolTipRole:
            check = self.item(index.row()).check
            return f"{CHECKED_BY}: {check.reason}" if check else None
        return super().data(index, role)


class EvidenceModel(LineModel[EvidenceRow]):
    COLUMNS = ("Added", "Kind", "Evidence", "Link or file")

    def make_line(self, item: EvidenceRow) -> Line:
        e, a = item.evidence, item.attachment
        kind = {"file": "File", "link": "Link"}.get(e.kind, "Text")
        where = a.filename if a is not None else e.url
        if a is not None:
            where += f" ({a.size:,} bytes)"
        return Line(
            texts=(uk_short(e.added_on) if e.added_on else "", kind, e.text, where),
            keys=(date_key(e.added_on), kind, text_key(e.text), text_key(where)),
            tip=e.text,
        )


class HistoryModel(LineModel[HistoryRow]):
    COLUMNS = ("When", "What changed", "New value")

    def make_line(self, item: HistoryRow) -> Line:
        when = f"{uk_short(item.when.date())} {item.when:%H:%M}"
        return Line(
            texts=(when, item.field, " ".join(item.value.split())),
            keys=(item.when.isoformat(), text_key(item.field), text_key(item.value)),
            tip=item.value,
        )
