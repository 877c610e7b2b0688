"""A table model whose rows are prepared once, and a proxy that filters and sorts them.

`set_rows()` turns each record into a `Line` (the cell texts, a sort key per column,
how the row looks) in one pass, so `data()` only looks things up. Sorting happens in
Python on those keys, in one `sorted()` call, rather than by the proxy asking the model
for two sort keys per comparison: tables stay quick with tens of thousands of rows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from placeboard.ui.style import high_contrast

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole
ROLE = Qt.ItemDataRole
LAST_DAY = "9999-12-31"  # sorts an open-ended date after every real one

# Tables have a white background (style.qss), so these hold their contrast: dark grey
# text is 7.6:1, near-black on the pale yellow 15:1. In high contrast no colour is set
# (the palette's own draw the table): past rows stay italic, alert rows turn bold.
PAST_TEXT = "#425563"  # NHS dark grey
ALERT_FILL = "#FFF1C2"  # a pale tint of NHS warm yellow
ALERT_TEXT = "#231F20"  # NHS black


class Look(Enum):
    PLAIN = "plain"
    PAST = "past"  # grey italic; the row's text says it has ended
    ALERT = "alert"  # highlighted; a column says what is wrong


@dataclass(frozen=True, slots=True)
class Line:
    texts: tuple[str, ...]
    keys: tuple[Any, ...]  # one sort key per column, all of one type within a column
    look: Look = Look.PLAIN
    tip: str = ""
    note: str = ""  # the row's state in words, for screen readers ("Past member")


# Letters that Unicode does not decompose into a base letter and an accent.
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe"})


def text_key(text: str) -> str:
    """Sorts names as people expect: accents and case aside, "Łukasz" among the Ls."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(c for c in folded if not unicodedata.combining(c))


def date_key(d: date | None, missing: str = "") -> str:
    return d.isoformat() if d is not None else missing


def _contrast_looks() -> dict[Look, dict[int, Any]]:
    italic, bold = QFont(), QFont()
    italic.setItalic(True)
    bold.setBold(True)
    return {Look.PLAIN: {}, Look.PAST: {ROLE.FontRole: italic}, Look.ALERT: {ROLE.FontRole: bold}}


def _looks() -> dict[Look, dict[int, Any]]:
    italic = QFont()
    italic.setItalic(True)
    return {
        Look.PLAIN: {},
        Look.PAST: {ROLE.ForegroundRole: QBrush(QColor(PAST_TEXT)), ROLE.FontRole: italic},
        Look.ALERT: {
            ROLE.BackgroundRole: QBrush(QColor(ALERT_FILL)),
            ROLE.ForegroundRole: QBrush(QColor(ALERT_TEXT)),
        },
    }


class LineModel(QAbstractTableModel, Generic[T]):
    """Subclasses name their COLUMNS and turn one record into a Line in `make_line`."""

    COLUMNS: tuple[str, ...] = ()
    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self._items: list[T] = []
        self._lines: list[Line] = []
        self._haystacks: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._looks = _looks()
        self._contrast_looks = _contrast_looks()

    # -- filling -----------------------------------------------------------------------

    def make_line(self, item: T) -> Line:
        raise NotImplementedError

    def set_rows(self, items: Sequence[T], today: date | None = None) -> None:
        self.beginResetModel()
        self.today = today or date.today()
        pairs = [(item, self.make_line(item)) for item in items]
        if self._sort is not None:
            column, order = self._sort
            descending = order == Qt.SortOrder.DescendingOrder
            pairs.sort(key=lambda pair: pair[1].keys[column], reverse=descending)
        self._items = [item for item, _line in pairs]
        self._lines = [line for _item, line in pairs]
        self._haystacks = [text_key("\n".join(line.texts)) for line in self._lines]
        self.endResetModel()

    def item(self, row: int) -> T:
        return self._items[row]

    def line(self, row: int) -> Line:
        return self._lines[row]

    def items(self) -> list[T]:
        return list(self._items)

    def accepts(self, row: int, words: Sequence[str], show_past: bool) -> bool:
        if not show_past and self._lines[row].look is Look.PAST:
            return False
        haystack = self._haystacks[row]
        return all(word in haystack for word in words)

    # -- sorting -----------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            self._sort = None
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        descending = order == Qt.SortOrder.DescendingOrder
        new_order = sorted(
            range(len(self._lines)), key=lambda r: self._lines[r].keys[column], reverse=descending
        )
        new_row = {old: new for new, old in enumerate(new_order)}
        self._items = [self._items[r] for r in new_order]
        self._lines = [self._lines[r] for r in new_order]
        self._haystacks = [self._haystacks[r] for r in new_order]
        before = self.persistentIndexList()
        after = [self.index(new_row[i.row()], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- Qt's model interface ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = ROLE.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role in (ROLE.DisplayRole, ROLE.AccessibleTextRole):
            return line.texts[column]
        if role == SORT_ROLE:
            return line.keys[column]
        if role == ROLE.ToolTipRole:  # the whole text, where a narrow column cuts it short
            return (line.tip if column == 0 else "") or line.texts[column] or None
        if role == ROLE.AccessibleDescriptionRole:
            return line.note or None
        if role == ROLE.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        looks = self._contrast_looks if high_contrast() else self._looks
        return looks[line.look].get(role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == ROLE.DisplayRole:
            return self.COLUMNS[section]
        return None


class LineProxy(QSortFilterProxyModel):
    """Filters a LineModel by words (every word, anywhere in the row, any case or accent),
    and optionally hides past rows. Sorting is handed to the model (see module doc)."""

    def __init__(self, source: LineModel[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self._words: tuple[str, ...] = ()
        self._show_past = True
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def set_filter_text(self, text: str) -> None:
        words = tuple(text_key(text).split())  # "lukasz" finds "Łukasz"
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_past(self, show: bool) -> None:
        if show != self._show_past:
            self.beginFilterChange()
            self._show_past = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self.source.accepts(source_row, self._words, self._show_past)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source.sort(column, order)

    def item(self, row: int) -> Any:
        """The record shown in proxy row `row`."""
        return self.source.item(self.mapToSource(self.index(row, 0)).row())

    def row_of(self, predicate: Any) -> int:
        """The proxy row of the first record for which predicate(record) is true, or -1."""
        for row in range(self.rowCount()):
            if predicate(self.item(row)):
                return row
        return -1
