"""Table and list models of the Terms of reference view.

Each has `set_rows()` so tests can fill it without a widget. Whatever a colour says is
also said in words ("Review overdue", "Outstanding"), for people who cannot see it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from placeboard.domain.periods import uk_short
from placeboard.domain.vocab import SECTORS, TOR_STATUSES, label
from placeboard.services.terms import PartnerApproval, VersionRow
from placeboard.ui.metric_model import SORT_ROLE, Index

Role = Qt.ItemDataRole
ID_ROLE = Role.UserRole + 1

# Pale fills that keep black text readable (and say nothing the text does not).
AMBER_FILL = "#FFF1CC"
GREEN_FILL = "#E3F2E1"
RED_FILL = "#FBE3E1"


def _date(d: date | None) -> str:
    return uk_short(d) if d else ""


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class RowsTableModel(QAbstractTableModel):
    """A read-only table of prepared rows with fixed column headings."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return self.COLUMNS[section]
        return None


class VersionTableModel(RowsTableModel):
    """One row per version: label, status, dates, review and approvals."""

    COLUMNS = ("Version", "Status", "Effective from", "Agreed on", "Review by", "Approvals")
    REVIEW = 4

    def row_of(self, version_id: str) -> int:
        for n, row in enumerate(self._rows):
            if row.version.id == version_id:
                return n
        return -1

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return self.text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column, index.row())
        if role == ID_ROLE:
            return row.version.id
        if role == Role.ToolTipRole:
            return self._tip(row, column)
        overdue = row.review_overdue and column == self.REVIEW
        if role == Role.BackgroundRole and overdue:
            return QBrush(QColor(AMBER_FILL))
        if role == Role.ForegroundRole and overdue:
            return QBrush(QColor("#231F20"))  # dark on the pale fill, whatever the theme
        if role == Role.FontRole and (overdue or row.version.status == "agreed"):
            return _bold()
        return None

    @staticmethod
    def text(row: VersionRow, column: int) -> str:
        v = row.version
        if column == 0:
            return v.label
        if column == 1:
            status = label(TOR_STATUSES, v.status)
            return f"{status} (in force)" if v.status == "agreed" else status
        if column == 2:
            return _date(v.effective_from)
        if column == 3:
            return _date(v.agreed_on)
        if column == 4:
            if row.review_overdue:
                return f"Review overdue ({_date(v.review_date)})"
            return _date(v.review_date)
        if v.status == "draft":
            return "Not yet sent"
        return f"{row.approved} of {row.partners}"

    @staticmethod
    def _tip(row: VersionRow, column: int) -> str | None:
        if column == 4 and row.review_overdue:
            return "The review date has passed: start a new version to review these terms."
        if column == 5 and row.version.status == "out_for_approval":
            waiting = row.partners - row.approved
            return f"{waiting} partner organisation{'s' if waiting != 1 else ''} still to approve"
        return None

    @staticmethod
    def _sort_key(row: VersionRow, column: int, number: int) -> Any:
        v = row.version
        dates = (v.effective_from, v.agreed_on, v.review_date)
        if column in (2, 3, 4):
            when = dates[column - 2]
            return when.isoformat() if when else ""
        if column == 5:
            return row.approved
        if column == 1:
            return list(TOR_STATUSES).index(v.status) if v.status in TOR_STATUSES else 9
        return number  # versions in the order they were made


class SectionListModel(QAbstractListModel):
    """A version's sections, numbered: "1. Purpose"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []  # TorSection rows from the service

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def section(self, number: int) -> Any:
        return self._rows[number]

    def row_of(self, section_id: str) -> int:
        return next((n for n, s in enumerate(self._rows) if s.id == section_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        section = self._rows[index.row()]
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return f"{index.row() + 1}. {section.heading}"
        if role == ID_ROLE:
            return section.id
        return None


class ApprovalTableModel(RowsTableModel):
    """Per partner organisation: approved (by whom, when, where minuted) or outstanding."""

    COLUMNS = ("Partner organisation", "Approval", "Approving body", "Date", "Minute reference")

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return self.text(row, column)
        if role == SORT_ROLE:
            return (
                row.approved_on.isoformat()
                if column == 3 and row.approved_on
                else self.text(row, column).casefold()
            )
        if role == ID_ROLE:
            return row.organisation_id
        if role == Role.ToolTipRole and column == 0:
            return f"{row.organisation} ({label(SECTORS, row.sector)})"
        if role == Role.ToolTipRole and column == 2:
            return row.approved_by or None
        if row.outstanding and column == 1:
            if role == Role.BackgroundRole:
                return QBrush(QColor(AMBER_FILL))
            if role == Role.ForegroundRole:
                return QBrush(QColor("#231F20"))
            if role == Role.FontRole:
                return _bold()
        return None

    @staticmethod
    def text(row: PartnerApproval, column: int) -> str:
        if column == 0:
            return row.organisation
        if column == 1:
            return "Outstanding" if row.outstanding else "Approved"
        if column == 2:
            return row.approved_by
        if column == 3:
            return _date(row.approved_on)
        return row.minute_reference


class SectorChecklistModel(QAbstractListModel):
    """The sectors, each ticked when a voting member from it must be present."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._keys = list(SECTORS)
        self._ticked: set[str] = set()
        self._editable = False

    def set_ticked(self, keys: Iterable[str], editable: bool) -> None:
        self.beginResetModel()
        self._ticked = set(keys)
        self._editable = editable
        self.endResetModel()

    def ticked(self) -> list[str]:
        """The ticked sector keys, in the vocabulary's order."""
        return [k for k in self._keys if k in self._ticked]

    def key(self, number: int) -> str:
        return self._keys[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self._keys[index.row()]
        ticked = key in self._ticked
        if role == Role.DisplayRole:
            return SECTORS[key]
        if role == Role.AccessibleTextRole:
            return f"{SECTORS[key]}: {'required' if ticked else 'not required'}"
        if role == Role.CheckStateRole:
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or role != Role.CheckStateRole or not self._editable:
            return False
        key = self._keys[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        (self._ticked.add if checked else self._ticked.discard)(key)
        self.dataChanged.emit(index, index, [Role.CheckStateRole, Role.AccessibleTextRole])
        return True
