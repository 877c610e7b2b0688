"""The latest value of each metric for a place, as a table model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from placeboard.domain.errors import ValidationError
from placeboard.domain.periods import parse_period
from placeboard.domain.spc import (
    ASSURANCE_LABELS,
    ASSURANCE_SHORT,
    NEUTRAL,
    POINT_COLOURS,
    VARIATION_LABELS,
    VARIATION_SHORT,
)
from placeboard.services.overview import MetricLatest
from placeboard.ui.style import high_contrast

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole

# The variation icon's kind ("improvement_high" -> "improvement") to its MDC colour as
# text: the MDC blue and orange darkened to 5.4:1 on the table's white (4.9:1 on its
# alternate rows); the words carry the meaning, the colour only repeats it.
VARIATION_COLOURS = {
    "improvement": "#176FA2",
    "concern": "#8E6003",
    "neutral": POINT_COLOURS[NEUTRAL],
}
COMMON_CAUSE_TEXT = "#425563"  # NHS dark grey

NO_SPACE_UNITS = {"%"}
PREFIX_UNITS = {"£"}


def format_number(value: float) -> str:
    """Up to two decimals, no trailing zeros, thousands separated: 1,234.5."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def period_label(period: str) -> str:
    """ "2026-03" as people write it, "Mar 2026"; text that is not a period stays as it is."""
    try:
        return parse_period(period).label
    except ValidationError:
        return period


def period_sort_key(period: str) -> str:
    """Months and quarters in time order (their first day), whatever their stored form."""
    try:
        return parse_period(period).start.isoformat()
    except ValidationError:
        return period


def format_value(value: float, unit: str) -> str:
    number = format_number(value)
    unit = unit.strip()
    if not unit:
        return number
    if unit in PREFIX_UNITS:
        return f"{unit}{number}"
    if unit in NO_SPACE_UNITS:
        return f"{number}{unit}"
    return f"{number} {unit}"


class MetricLatestModel(QAbstractTableModel):
    COLUMNS = ("Metric", "Latest period", "Value", "Number of values", "Variation", "Assurance")
    NUMERIC = {2, 3}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MetricLatest] = []

    def set_rows(self, rows: Sequence[MetricLatest]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> MetricLatest:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        metric = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(metric, column)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self._full(metric, column) or self._display(metric, column)
        if role == SORT_ROLE:
            return self._sort_key(metric, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and not high_contrast():
            kind = metric.variation.split("_")[0]
            return QColor(VARIATION_COLOURS.get(kind, COMMON_CAUSE_TEXT))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    @staticmethod
    def _display(metric: MetricLatest, column: int) -> str:
        if column == 0:
            return metric.name
        if column == 1:
            return period_label(metric.period)
        if column == 2:
            return format_value(metric.value, metric.unit)
        if column == 3:
            return str(metric.values)
        if column == 4:
            return VARIATION_SHORT.get(metric.variation, metric.variation)
        return ASSURANCE_SHORT.get(metric.assurance or "", "No target")

    @staticmethod
    def _full(metric: MetricLatest, column: int) -> str | None:
        """The icon's whole sentence, for the tooltip and a screen reader."""
        if column == 4:
            return VARIATION_LABELS.get(metric.variation, metric.variation)
        if column == 5:
            return ASSURANCE_LABELS.get(metric.assurance or "", "No target to give assurance")
        return None

    @classmethod
    def _sort_key(cls, metric: MetricLatest, column: int) -> Any:
        if column >= 4:
            return cls._display(metric, column)
        keys = (metric.name.casefold(), period_sort_key(metric.period), metric.value, metric.values)
        return keys[column]
