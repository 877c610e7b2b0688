"""The ICB view's table: one row per place, read-only, side by side.

The columns are the all-places assurance pack's comparison page (stage, RAG counts,
attendance, meetings, risks, overdue actions), then one per metric, matched by name
across places because each place keeps its own metric rows. RAG counts are coloured
with the RAG scale, yet the number and the column's name carry the meaning on their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from placeboard.domain.vocab import RAG, RAG_COLOURS, RAG_MEANINGS, RAG_TEXT_COLOURS
from placeboard.reports.assurance_data import (
    MetricIcons,
    assurance_short,
    format_rate,
    variation_short,
)
from placeboard.services.assurance import PlaceSideBySide
from placeboard.ui.models.lines import (
    ALERT_FILL,
    ALERT_TEXT,
    ROLE,
    Index,
    Line,
    LineModel,
    text_key,
)
from placeboard.ui.style import high_contrast

# The RAG columns, in the scale's order, under the words of the pack's key.
RAG_HEADERS = {
    "red": "Red",
    "amber": "Amber",
    "green": "Green",
    "blue": "Complete",
    "grey": "Not started",
}
FIXED_COLUMNS = (
    "Place",
    "Stage",
    *RAG_HEADERS.values(),
    "Attendance",
    "Meetings held / quorate",
    "High or extreme risks",
    "Overdue actions",
)
PLACE, STAGE, FIRST_RAG = 0, 1, 2
RAG_KEYS = tuple(RAG_HEADERS)
ATTENDANCE = FIRST_RAG + len(RAG_KEYS)
MEETINGS, RISKS, OVERDUE = ATTENDANCE + 1, ATTENDANCE + 2, ATTENDANCE + 3
FIRST_METRIC = len(FIXED_COLUMNS)
# What a count in a coloured column is, for screen readers (its colour says it on screen).
SPOKEN = {FIRST_RAG + n: f"rated {RAG[key].lower()}" for n, key in enumerate(RAG_KEYS)}
SPOKEN[OVERDUE] = "overdue"
NO_METRIC = "–"  # an en dash: the place keeps no such metric


def metric_names(rows: Sequence[PlaceSideBySide]) -> list[str]:
    """Every metric's name once, in the order the first place to keep it lists it."""
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(m.name for m in row.line.metrics))
    return list(names)


def metric_text(m: MetricIcons | None) -> str:
    """ "72.5%" over "Improving ↑ · Fail": the latest value, then both icons in words."""
    if m is None:
        return NO_METRIC
    if m.latest_value is None:
        return m.latest_text
    return f"{m.latest_text}\n{variation_short(m.variation)} · {assurance_short(m.assurance)}"


def metric_tip(m: MetricIcons | None, place: str) -> str:
    if m is None:
        return f"{place} keeps no values of this metric."
    if m.latest_value is None:
        return f"{m.name}: no values yet for {place}."
    return (
        f"{m.name}, {place}: {m.latest_text} ({m.latest_period}).\n"
        f"Variation: {m.variation_text}.\nAssurance: {m.assurance_text}."
    )


def metric_key(m: MetricIcons | None) -> tuple[int, float]:
    """Places without a value sort before every value, whatever the values' sign."""
    if m is None or m.latest_value is None:
        return (0, 0.0)
    return (1, m.latest_value)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def stage_text(row: PlaceSideBySide) -> str:
    """The stage reached over the next step (rows are two lines high)."""
    return f"{row.line.stage}\n{row.next_step}" if row.next_step else row.line.stage


class IcbModel(LineModel[PlaceSideBySide]):
    """Places side by side; the metric columns follow the places given to `set_rows`."""

    RIGHT_ALIGNED = frozenset(range(FIRST_RAG, FIRST_METRIC))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.COLUMNS = FIXED_COLUMNS
        self.metrics: list[str] = []
        self._rag_brushes = {
            key: (QBrush(QColor(RAG_COLOURS[key])), QBrush(QColor(RAG_TEXT_COLOURS[key])))
            for key in RAG_KEYS
        }
        self._alert = (QBrush(QColor(ALERT_FILL)), QBrush(QColor(ALERT_TEXT)))

    def set_rows(self, items: Sequence[PlaceSideBySide], today: date | None = None) -> None:
        # The columns change with the places' metrics; a reset inside set_rows tells
        # the view about both the columns and the rows at once.
        self.metrics = metric_names(items)
        self.COLUMNS = FIXED_COLUMNS + tuple(self.metrics)
        if self._sort is not None and self._sort[0] >= len(self.COLUMNS):
            self._sort = None
        super().set_rows(items, today)

    def metric_of(self, row: PlaceSideBySide, column: int) -> MetricIcons | None:
        name = self.metrics[column - FIRST_METRIC]
        return next((m for m in row.line.metrics if m.name == name), None)

    def make_line(self, item: PlaceSideBySide) -> Line:
        c = item.line
        counts = [c.rag_counts.get(key, 0) for key in RAG_KEYS]
        metrics = [self.metric_of(item, n + FIRST_METRIC) for n in range(len(self.metrics))]
        risks = f"{c.open_high_risks} of {item.open_risks} open"
        rate = c.attendance_rate
        return Line(
            texts=(
                c.place,
                stage_text(item),
                *(str(n) for n in counts),
                format_rate(rate),
                f"{c.meetings_held} / {c.quorate_meetings}",
                risks,
                str(c.overdue_actions),
                *(metric_text(m) for m in metrics),
            ),
            keys=(
                text_key(c.place),
                (text_key(c.stage), text_key(item.next_step)),
                *counts,
                -1.0 if rate is None else rate,
                (c.meetings_held, c.quorate_meetings),
                (c.open_high_risks, item.open_risks),
                c.overdue_actions,
                *(metric_key(m) for m in metrics),
            ),
            tip=c.place,
            note=self._note(item),
        )

    @staticmethod
    def _note(item: PlaceSideBySide) -> str:
        """The row in a sentence for screen readers."""
        c = item.line
        rag = ", ".join(f"{c.rag_counts.get(k, 0)} {RAG_HEADERS[k].lower()}" for k in RAG_KEYS)
        stage = ". ".join(t for t in (c.stage, item.next_step) if t)
        return f"{c.place}: {stage}. Priorities: {rag}."

    # -- cells ---------------------------------------------------------------------------

    def data(self, index: Index, role: int = ROLE.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role in (ROLE.BackgroundRole, ROLE.ForegroundRole) and not high_contrast():
            brushes = self._brushes(index.row(), column)
            if brushes is not None:
                return brushes[0] if role == ROLE.BackgroundRole else brushes[1]
        if role == ROLE.ToolTipRole:
            return self._tip(self.item(index.row()), column)
        if role == ROLE.AccessibleTextRole and column in SPOKEN:
            return f"{super().data(index, role)} {SPOKEN[column]}"  # "2 rated red"
        if role == ROLE.TextAlignmentRole and column >= FIRST_METRIC:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def _brushes(self, row: int, column: int) -> tuple[QBrush, QBrush] | None:
        """A RAG count above nought in its colour; overdue actions and a metric of
        concern on the pale alert fill, as other tables mark what needs attention."""
        item = self.item(row)
        if FIRST_RAG <= column < FIRST_RAG + len(RAG_KEYS):
            key = RAG_KEYS[column - FIRST_RAG]
            return self._rag_brushes[key] if item.line.rag_counts.get(key) else None
        if column == OVERDUE and item.line.overdue_actions:
            return self._alert
        if column >= FIRST_METRIC:
            m = self.metric_of(item, column)
            if m is not None and m.variation.startswith("concern"):
                return self._alert
        return None

    def _tip(self, item: PlaceSideBySide, column: int) -> str:
        c = item.line
        if column == STAGE:
            return "\n".join(t for t in (c.stage, item.next_step, item.stage_note) if t)
        if FIRST_RAG <= column < ATTENDANCE:
            key = RAG_KEYS[column - FIRST_RAG]
            rated = _count(c.rag_counts.get(key, 0), "priority", "priorities")
            return f"{rated} rated {RAG[key]}: {RAG_MEANINGS[key]}"
        if column >= FIRST_METRIC:
            return metric_tip(self.metric_of(item, column), c.place)
        tips = {
            ATTENDANCE: f"Members' attendance at meetings in the period: "
            f"{format_rate(c.attendance_rate)}",
            MEETINGS: f"{_count(c.meetings_held, 'meeting', 'meetings')} held in the period, "
            f"{c.quorate_meetings} quorate",
            RISKS: f"{_count(c.open_high_risks, 'open risk', 'open risks')} scored high or "
            f"extreme, of {item.open_risks} open",
            OVERDUE: f"{_count(c.overdue_actions, 'action', 'actions')} overdue: past the due "
            "date and not done",
        }
        return tips.get(column, c.place)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == ROLE.ToolTipRole:
            if section >= FIRST_METRIC:
                return f"{self.COLUMNS[section]}: latest value · variation · assurance"
            if FIRST_RAG <= section < FIRST_RAG + len(RAG_KEYS):
                key = RAG_KEYS[section - FIRST_RAG]
                return f"Priorities rated {RAG[key]}"
        return super().headerData(section, orientation, role)
