"""The Action log tab of the Meetings view: the chosen meeting's action sheet (seed
004) — actions raised at it and those carried forward from earlier meetings until
closed — with overdue rows flagged in words and colour, and a filter by owner."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.periods import uk_date
from placeboard.services import Services
from placeboard.ui.commands import minutes as commands
from placeboard.ui.flow_layout import FlowLayout
from placeboard.ui.meeting_tab import MeetingTab
from placeboard.ui.minutes_dialogs import ActionDialog, ActionUpdateDialog
from placeboard.ui.models.lines import LineModel, LineProxy
from placeboard.ui.models.minutes_models import ActionSheetModel
from placeboard.ui.record_dialog import fill_combo, select_data
from placeboard.ui.record_table import (
    RecordTable,
    action_button,
    bind_key,
    filter_box,
    open_rows_with,
)

Shortcut = QKeySequence | QKeySequence.StandardKey | str
ALL_OWNERS = "Every owner"


class TableTab(MeetingTab):
    """A Meetings tab built round one RecordTable with actions on the chosen row (the
    Record tab pattern, for a tab that follows the chosen meeting)."""

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.today = today
        self.row_actions: list[QAction] = []

    def _build(
        self, model: LineModel[Any], name: str, description: str, placeholder: str
    ) -> QVBoxLayout:
        self.model = model
        self.proxy = LineProxy(model, self)
        self.table = RecordTable(self.proxy, name, description)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.proxy.modelReset.connect(self._update_actions)
        self.filter_label, self.filter_edit = filter_box(
            placeholder, f"Show only the {name.lower()} whose text contains every word typed"
        )
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.heading.setAccessibleName(f"{name}: heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.filter_label)
        self.filter_row.addWidget(self.filter_edit, 1)
        self.button_row = FlowLayout(spacing=8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row)
        return layout

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        description: str,
        shortcuts: Sequence[Shortcut] = (),
        needs_row: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(description)
        action.setShortcuts(
            [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in shortcuts]
        )
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.table.addAction(action)
        self.button_row.addWidget(action_button(action))
        if needs_row:
            self.row_actions.append(action)
        return action

    def _update_actions(self) -> None:
        chosen = self.table.current_item() is not None
        for action in self.row_actions:
            action.setEnabled(chosen)

    def _after_edit(self, select: Callable[[Any], bool] | None = None) -> None:
        self.reload()
        if select is not None:
            self.table.select_where(select)
        self.changed.emit()


class ActionLogTab(TableTab):
    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(services, undo_stack, parent, today=today)
        self.setObjectName("actionLogTab")
        self.setAccessibleName("Action log")
        layout = self._build(
            ActionSheetModel(self),
            "Action sheet",
            "The meeting's actions and those carried forward from earlier meetings until "
            "closed; overdue actions are highlighted and say so in their status",
            "Action, owner, item or update",
        )
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("actionOwnerFilter")
        self.owner_combo.setAccessibleName("Owner")
        self.owner_combo.setAccessibleDescription("Show only one owner's actions")
        self.owner_combo.view().setAccessibleName("Owners")
        self.owner_combo.setMaximumWidth(420)  # owners' labels can be long
        self.owner_combo.currentIndexChanged.connect(lambda _i: self.reload())
        owner_label = QLabel("O&wner:")
        owner_label.setBuddy(self.owner_combo)
        self.filter_row.addSpacing(12)
        self.filter_row.addWidget(owner_label)
        self.filter_row.addWidget(self.owner_combo)
        self.setTabOrder(self.filter_edit, self.owner_combo)  # beside the filter, before the table
        self.summary = QLabel()
        self.summary.setObjectName("actionSummary")
        self.summary.setAccessibleName("Actions counted")
        layout.insertWidget(3, self.summary)
        self.table.set_widths((56, 90, 170, 300, 170, 90, 200, 230), 3)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by number, as raised
        self.raise_action = self._action(
            "&Raise action…",
            self.add,
            "Raise an action at an item of this meeting",
            ("Ctrl+Shift+N",),
            needs_row=False,
        )
        self.edit_action = self._action(
            "&Edit action…",
            self.edit,
            "Change the action's wording, owner or due date",
        )
        self.update_action = self._action(
            "&Update status…",
            self.update_status,
            "Record progress on the action with a note, and its new status",
        )
        bind_key(self.edit_action, "F2", self.table)
        open_rows_with(self.table, lambda: self.update_action.trigger())
        self.reload()

    # -- reading -----------------------------------------------------------------------

    def owner(self) -> str:
        data = self.owner_combo.currentData()
        return str(data) if data else ""

    def set_owner(self, owner: str) -> None:
        select_data(self.owner_combo, owner or None)

    def reload(self) -> None:
        self.raise_action.setEnabled(self.meeting_id is not None)
        if self.place_id is None or self.meeting_id is None:
            self.heading.setText("Choose a meeting to see its action sheet.")
            self.summary.setText("")
            self.model.set_rows([])
            return
        self._fill_owners()
        today = self.today()
        rows = self.services.minutes.action_log(self.meeting_id, today, self.owner())
        meeting = self._meeting()
        when = uk_date(meeting.meeting_date) if meeting else ""
        self.heading.setText(f"Actions, {when}")
        overdue = sum(1 for r in rows if r.overdue)
        carried = sum(1 for r in rows if r.carried)
        self.summary.setText(
            f"{len(rows)} actions: {carried} carried forward from earlier meetings, "
            f"{overdue} overdue (highlighted, with “overdue” in the status)."
        )
        chosen = self.table.current_item()
        self.model.set_rows(rows, today)
        if chosen is not None:
            self.table.select_where(lambda r: r.action.id == chosen.action.id)

    def _meeting(self) -> Any | None:
        meetings = self.services.meetings.list_meetings(self.place_id or "")
        return next((m for m in meetings if m.id == self.meeting_id), None)

    def _fill_owners(self) -> None:
        owner = self.owner()
        self.owner_combo.blockSignals(True)
        owners = self.services.minutes.owners(self.place_id or "")
        fill_combo(self.owner_combo, [(ALL_OWNERS, None), *((o, o) for o in owners)])
        select_data(self.owner_combo, owner or None)
        self.owner_combo.blockSignals(False)

    # -- edits -------------------------------------------------------------------------

    def _items(self) -> list[tuple[str, str | None]]:
        agenda = self.services.meetings.agenda(self.meeting_id or "")
        return [(f"{i.position}. {i.title}", i.id) for i in agenda]

    def add(self, item_id: str | None = None) -> None:
        if self.meeting_id is None:
            return
        owners = self.services.minutes.owners(self.place_id or "")
        dialog = ActionDialog(self._items(), owners, self)
        dialog.start_new(self.today(), item_id)
        meeting_id = self.meeting_id

        def submit(a: commands.ActionInput) -> None:
            new_id = commands.raise_action(self.undo_stack, self.services, meeting_id, a)
            self._after_edit(lambda r: r.action.id == new_id)

        dialog.submit = submit
        self._open(dialog)

    def edit(self) -> None:
        row = self.table.current_item()
        if row is None:
            return
        owners = self.services.minutes.owners(self.place_id or "")
        dialog = ActionDialog(self._items(), owners, self)
        dialog.start_edit(row.action, self.today())

        def submit(a: commands.ActionInput) -> None:
            commands.edit_action(self.undo_stack, self.services, row.action, a)
            self._after_edit(lambda r: r.action.id == row.action.id)

        dialog.submit = submit
        self._open(dialog)

    def update_status(self) -> None:
        row = self.table.current_item()
        if row is None:
            return
        dialog = ActionUpdateDialog(self)
        dialog.start_new(row.action, self.today())
        meeting_id = self.meeting_id

        def submit(s: commands.StatusInput) -> None:
            commands.update_status(self.undo_stack, self.services, row.action, s, meeting_id)
            self._after_edit(lambda r: r.action.id == row.action.id)

        dialog.submit = submit
        self._open(dialog)
