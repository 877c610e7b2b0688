"""The new-board wizard's editable tables: the organisations to tick as partners, and
the members to add (with the delegates that edit their cells). Nothing here writes:
the wizard hands the plan to the service when the person chooses Finish."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from placeboard.domain.new_board import MemberPlan, PartnerPlan, PlanProblem, same_name
from placeboard.domain.periods import uk_short
from placeboard.domain.vocab import MEMBERSHIP_ROLES, SECTORS, label
from placeboard.ui.models.lines import ALERT_FILL, ALERT_TEXT, Index
from placeboard.ui.record_dialog import from_qdate, to_qdate

ROLE = Qt.ItemDataRole
CHECKED = Qt.CheckState.Checked
UNCHECKED = Qt.CheckState.Unchecked


def _check_state(value: object) -> bool:
    """A check state as setData receives it (an enum, or its int from a delegate)."""
    return value in (CHECKED, CHECKED.value)


# -- partners --------------------------------------------------------------------------


@dataclass(frozen=True)
class PartnerRow:
    plan: PartnerPlan
    ticked: bool = False
    note: str = ""  # why it is in the list, in words: "Named for Blackpool", "Added now"


class _PlanTable(QAbstractTableModel):
    """What the wizard's two tables share: named COLUMNS over a list of `_rows`."""

    COLUMNS: tuple[str, ...] = ()
    _rows: Sequence[object]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == ROLE.DisplayRole:
            return self.COLUMNS[section]
        return None


class PartnerListModel(_PlanTable):
    """Organisations with a tick each; the first column holds the tick."""

    COLUMNS = ("Organisation", "Short name", "Sector", "Note")
    ticks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PartnerRow] = []

    def set_rows(self, rows: Sequence[PartnerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.ticks_changed.emit()

    def rows(self) -> list[PartnerRow]:
        return list(self._rows)

    def ticked(self) -> list[PartnerPlan]:
        return [r.plan for r in self._rows if r.ticked]

    def row_named(self, name: str) -> int:
        return next((n for n, r in enumerate(self._rows) if same_name(r.plan.name, name)), -1)

    def add(self, plan: PartnerPlan, note: str) -> int:
        """A new organisation, ticked, at the top; one already listed is ticked instead."""
        row = self.row_named(plan.name)
        if row >= 0:
            self.set_ticked(row, True)
            return row
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, PartnerRow(plan, True, note))
        self.endInsertRows()
        self.ticks_changed.emit()
        return 0

    def set_ticked(self, row: int, ticked: bool) -> None:
        if self._rows[row].ticked == ticked:
            return
        self._rows[row] = replace(self._rows[row], ticked=ticked)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        self.ticks_changed.emit()

    def toggle(self, row: int) -> None:
        self.set_ticked(row, not self._rows[row].ticked)

    # -- the model ---------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = ROLE.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROLE.DisplayRole:
            plan = row.plan
            return (plan.name, plan.short_name, label(SECTORS, plan.sector), row.note)[
                index.column()
            ]
        if role == ROLE.CheckStateRole and index.column() == 0:
            return CHECKED if row.ticked else UNCHECKED
        if role == ROLE.ToolTipRole:
            return f"{row.plan.name}: {'ticked' if row.ticked else 'not ticked'}"
        return None

    def setData(self, index: Index, value: Any, role: int = ROLE.EditRole) -> bool:
        if role != ROLE.CheckStateRole or index.column() != 0:
            return False
        self.set_ticked(index.row(), _check_state(value))
        return True


# -- members ---------------------------------------------------------------------------

NAME, JOB, ORGANISATION, ROLE_COLUMN, VOTING, START = range(6)
FIELD_COLUMNS = {
    "full_name": NAME,
    "job_title": JOB,
    "organisation": ORGANISATION,
    "role": ROLE_COLUMN,
    "voting": VOTING,
    "start_date": START,
}


class MemberPlanModel(_PlanTable):
    """The members to add, one editable row each; cells with a problem are marked
    (fill, and the problem as the cell's tool tip and accessible description)."""

    COLUMNS = ("Name", "Job title", "Organisation", "Role", "Voting", "Starts")
    members_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberPlan] = []
        self._problems: dict[tuple[int, int], str] = {}
        self._fill = QBrush(QColor(ALERT_FILL))
        self._text = QBrush(QColor(ALERT_TEXT))

    def members(self) -> list[MemberPlan]:
        return list(self._rows)

    def add(self, member: MemberPlan) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(member)
        self.endInsertRows()
        self.members_changed.emit()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.members_changed.emit()

    def show_problems(self, problems: Sequence[PlanProblem]) -> None:
        """Mark the cells the problems name (a problem of the whole table marks none)."""
        marked: dict[tuple[int, int], str] = {}
        for p in problems:
            if p.row is not None and p.field in FIELD_COLUMNS:
                marked.setdefault((p.row, FIELD_COLUMNS[p.field]), str(p))
        changed = set(marked) | set(self._problems)
        self._problems = marked
        for row, column in changed:
            if row < len(self._rows):
                cell = self.index(row, column)
                self.dataChanged.emit(cell, cell)

    def problem_at(self, row: int, column: int) -> str:
        return self._problems.get((row, column), "")

    # -- the model ---------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == VOTING:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = ROLE.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member, column = self._rows[index.row()], index.column()
        problem = self._problems.get((index.row(), column), "")
        if role == ROLE.DisplayRole:
            return _shown(member, column)
        if role == ROLE.EditRole:
            return _edited(member, column)
        if role == ROLE.CheckStateRole and column == VOTING:
            return CHECKED if member.voting else UNCHECKED
        if role in (ROLE.ToolTipRole, ROLE.AccessibleDescriptionRole) and problem:
            return problem
        if role == ROLE.BackgroundRole and problem:
            return self._fill
        if role == ROLE.ForegroundRole and problem:
            return self._text
        return None

    def setData(self, index: Index, value: Any, role: int = ROLE.EditRole) -> bool:
        if not index.isValid():
            return False
        member, column = self._rows[index.row()], index.column()
        if column == VOTING and role == ROLE.CheckStateRole:
            changed = replace(member, voting=_check_state(value))
        elif role == ROLE.EditRole and column != VOTING:
            changed = _with(member, column, value)
        else:
            return False
        if changed == member:
            return True
        self._rows[index.row()] = changed
        self.dataChanged.emit(index, index)
        self.members_changed.emit()
        return True


def _shown(member: MemberPlan, column: int) -> str:
    if column == ROLE_COLUMN:
        return label(MEMBERSHIP_ROLES, member.role)
    if column == VOTING:
        return "Yes" if member.voting else "No"
    if column == START:
        return uk_short(member.start_date) if member.start_date else ""
    return str(_edited(member, column))


def _edited(member: MemberPlan, column: int) -> Any:
    if column == START:
        return to_qdate(member.start_date) if member.start_date else QDate()
    return (member.full_name, member.job_title, member.organisation, member.role,
            member.voting, None)[column]  # fmt: skip


def _with(member: MemberPlan, column: int, value: Any) -> MemberPlan:
    if column == START:
        day = value if isinstance(value, date) else from_qdate(value) if value else None
        return replace(member, start_date=day)
    field = {NAME: "full_name", JOB: "job_title", ORGANISATION: "organisation",
             ROLE_COLUMN: "role"}[column]  # fmt: skip
    return replace(member, **{field: str(value or "")})


# -- delegates -------------------------------------------------------------------------


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of (label, key) choices for a column whose EditRole is the key."""

    def __init__(
        self, choices: Callable[[], Sequence[tuple[str, str]]], what: str, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.choices = choices
        self.what = what

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for text, key in self.choices():
            combo.addItem(text, key)
        combo.setAccessibleName(f"{self.what} of member {index.row() + 1}")
        combo.view().setAccessibleName(f"{self.what} choices")
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(index.data(ROLE.EditRole)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), ROLE.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A UK date field with a calendar for the start date."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(f"Start date of member {index.row() + 1}")
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(ROLE.EditRole)
        editor.setDate(
            value if isinstance(value, QDate) and value.isValid() else QDate.currentDate()
        )

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date(), ROLE.EditRole)


class TextDelegate(QStyledItemDelegate):
    """The plain line edit, named for a screen reader after the column and row."""

    def __init__(self, what: str, parent: QObject) -> None:
        super().__init__(parent)
        self.what = what

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(f"{self.what} of member {index.row() + 1}")
        return editor
