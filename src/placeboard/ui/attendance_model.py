"""Attendance rates as table models: one row per member, or per partner organisation.

Every cell's text and sort key is worked out once in `set_rows`, so painting only looks
values up. Sorting is done by the model itself, with Python's sort over those keys: a
QSortFilterProxyModel sorting by `lessThan` would call back into Python twice for each
of n·log n comparisons (seconds at 20,000 rows). The proxy (`RateProxy`) passes sorts
to the model and filters on FILTER_ROLE.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from placeboard.domain.attendance import Counts
from placeboard.domain.vocab import SECTORS
from placeboard.services.attendance import MemberRate, OrganisationRate

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
FILTER_ROLE = Qt.ItemDataRole.UserRole + 1

LOW_BACKGROUND = QColor("#FBE3E1")  # pale NHS red: readable with black text
LOW_FOREGROUND = QColor("#8A1538")  # NHS dark red
NO_RATE = "–"

# No typing.Generic here: mixed into a Qt class it upsets shiboken's reference counts
# (the interpreter crashed at exit when the models were collected).
Row = MemberRate | OrganisationRate

# Counts columns shared by both tables: (header, tooltip, value).
COUNT_COLUMNS: tuple[tuple[str, str, Callable[[Counts], int]], ...] = (
    ("Expected", "Held meetings while the membership was current", lambda c: c.expected),
    ("In person", "Meetings attended in person", lambda c: c.in_person),
    ("By deputy", "Meetings a named deputy attended in their place", lambda c: c.by_deputy),
    ("Apologies", "Apologies sent and no deputy came", lambda c: c.apologies),
    ("Absent", "Expected, but no apologies and no record of attending", lambda c: c.absent),
)
RATE_HEADER = ("Rate", "(In person + by deputy) ÷ expected; below 50% is marked low")


def rate_text(counts: Counts) -> str:
    """ "83%", "40% (low)", or a dash when no meeting was expected."""
    if counts.rate is None:
        return NO_RATE
    text = f"{counts.rate:.0%}"
    return f"{text} (low)" if counts.is_low else text


def rate_spoken(counts: Counts) -> str:
    if counts.rate is None:
        return "no meetings expected"
    spoken = f"{counts.rate:.0%}"
    return f"{spoken}, low attendance" if counts.is_low else spoken


class _Cells:
    """One row's prepared texts and sort keys."""

    __slots__ = ("filter", "low", "sort", "spoken", "text")

    def __init__(self, text: list[str], sort: list[Any], spoken: str, low: bool) -> None:
        self.text = text
        self.sort = sort
        self.spoken = spoken  # the rate as a screen reader says it
        self.low = low
        self.filter = " ".join(text).casefold()


class RateTableModel(QAbstractTableModel):
    """Text columns first, then the counts, then the rate (the last column)."""

    TEXT_COLUMNS: tuple[tuple[str, str], ...] = ()  # (header, tooltip)
    NUMERIC_TEXT_COLUMNS: frozenset[int] = frozenset()  # text columns that hold numbers
    STRETCH_COLUMN = 0  # takes the width left over (long organisation names elide)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._cells: list[_Cells] = []
        self._longest: list[list[str]] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._headers = [*self.TEXT_COLUMNS, *((h, t) for h, t, _ in COUNT_COLUMNS), RATE_HEADER]
        self.first_number = len(self.TEXT_COLUMNS)
        self.rate_column = len(self._headers) - 1
        self._bold = QFont()
        self._bold.setBold(True)
        self._low_background = QBrush(LOW_BACKGROUND)
        self._low_foreground = QBrush(LOW_FOREGROUND)

    # Rows -----------------------------------------------------------------------------
    def texts(self, row: Row) -> tuple[list[str], list[Any]]:
        """Texts and sort keys of the text columns."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [self._prepare(r) for r in self._rows]
        self._longest = [
            heapq.nlargest(3, (c.text[column] for c in self._cells), key=len)
            for column in range(len(self._headers))
        ]
        if self._sorted_by is not None:
            self._reorder(*self._sorted_by)  # new rows keep the order the person chose
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's keys (stable: ties keep their order)."""
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        moved_from = self._reorder(column, order)
        old = self.persistentIndexList()
        if old:
            new_row = {was: now for now, was in enumerate(moved_from)}
            self.changePersistentIndexList(
                old, [self.index(new_row[i.row()], i.column()) for i in old]
            )
        self.layoutChanged.emit()

    def _reorder(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Put the rows in order; returns, for each new position, the old row."""
        keys = [c.sort[column] for c in self._cells]
        descending = order == Qt.SortOrder.DescendingOrder
        moved_from = sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
        self._rows = [self._rows[i] for i in moved_from]
        self._cells = [self._cells[i] for i in moved_from]
        self._sorted_by = (column, order)
        return moved_from

    def longest_texts(self, column: int) -> list[str]:
        """The few longest texts of a column, to size it without measuring every cell."""
        return self._longest[column] if self._longest else []

    def _prepare(self, row: Row) -> _Cells:
        text, sort = self.texts(row)
        counts = row.counts
        numbers = [value(counts) for _, _, value in COUNT_COLUMNS]
        rate = -1.0 if counts.rate is None else counts.rate  # no rate sorts first
        return _Cells(
            [*text, *map(str, numbers), rate_text(counts)],
            [*sort, *numbers, rate],
            rate_spoken(counts),
            counts.is_low,
        )

    def row(self, number: int) -> Row:
        return self._rows[number]

    def low_rows(self) -> int:
        return sum(1 for c in self._cells if c.low)

    # Qt -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cells = self._cells[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.text[column]
        if role == SORT_ROLE:
            return cells.sort[column]
        if role == FILTER_ROLE:
            return cells.filter
        return self._decoration(cells, column, role)

    def _decoration(self, cells: _Cells, column: int, role: int) -> Any:
        is_rate = column == self.rate_column
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cells.spoken if is_rate else cells.text[column]
        numeric = column >= self.first_number or column in self.NUMERIC_TEXT_COLUMNS
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and not numeric:
            return cells.text[column]
        if not (is_rate and cells.low):
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._low_background
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._low_foreground
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        header, tip = self._headers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return header
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None


class MemberRateModel(RateTableModel):
    TEXT_COLUMNS = (
        ("Member", "The member's name"),
        ("Organisation", "The partner organisation they sit for"),
        ("Role", "Their role on the board"),
        ("Voting", "Whether the member has a vote"),
    )
    STRETCH_COLUMN = 1

    def texts(self, row: MemberRate) -> tuple[list[str], list[Any]]:
        voting = "Yes" if row.voting else "No"
        text = [row.name, row.organisation, row.role, voting]
        return text, [t.casefold() for t in text]


class OrganisationRateModel(RateTableModel):
    TEXT_COLUMNS = (
        ("Organisation", "The partner organisation"),
        ("Sector", "The organisation's sector"),
        ("Members", "Its memberships current at some time in the period"),
    )
    NUMERIC_TEXT_COLUMNS = frozenset({2})

    def texts(self, row: OrganisationRate) -> tuple[list[str], list[Any]]:
        sector = SECTORS.get(row.sector, row.sector)
        return [row.name, sector, str(row.members)], [
            row.name.casefold(),
            sector.casefold(),
            row.members,
        ]


class RateProxy(QSortFilterProxyModel):
    """Filters a rate model on FILTER_ROLE (case-insensitive) and hands sorting to it."""

    def __init__(self, source: RateTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The proxy itself stays unsorted (source order), so it never calls lessThan.
        self.sourceModel().sort(column, order)
