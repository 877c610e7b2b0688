"""The Attendance and quorum tab of the Meetings view: the meeting's register (members
present, apologies, deputies, observers, in attendance), the quorum forecast from the
apologies received, each item's quorum less those who declared and withdrew, the
declared interests that touch the agenda, and the interests declared at items."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from placeboard.services import Services
from placeboard.services.meeting_quorum import Conflict, ItemDeclaration, RegisterLine
from placeboard.ui.attendance_dialogs import AttendanceDialog, ItemDeclarationDialog
from placeboard.ui.commands import attendance as commands
from placeboard.ui.commands.attendance import AttendanceInput
from placeboard.ui.flow_layout import FlowLayout
from placeboard.ui.meeting_tab import MeetingTab
from placeboard.ui.models.lines import LineModel, LineProxy
from placeboard.ui.models.meeting_attendance_models import (
    ConflictModel,
    ItemDeclarationModel,
    ItemQuorumModel,
    RegisterModel,
    item_number,
)
from placeboard.ui.record_table import RecordTable, action_button, bind_key, open_rows_with

# Pale fills with dark text (over 7:1); the words say quorate or not, the colour repeats it.
FORECAST_STYLE = {
    True: "background: #E8F5EC; border-left: 6px solid #007F3B; color: #00401E;",
    False: "background: #FDECEA; border-left: 6px solid #DA291C; color: #8A1538;",
    None: "background: #F0F4F5; border-left: 6px solid #425563; color: #231F20;",
}
MARK = {True: "✔ ", False: "✖ ", None: ""}


def _heading(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _table(model: LineModel[object], name: str, description: str) -> RecordTable:
    return RecordTable(LineProxy(model), name, description)


class AttendanceQuorumTab(MeetingTab):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("attendanceQuorumTab")
        self.setAccessibleName("Attendance and quorum")
        self._build()
        self.reload()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.forecast = QLabel()
        self.forecast.setObjectName("quorumForecast")
        self.forecast.setAccessibleName("Quorum forecast")
        self.forecast.setWordWrap(True)
        self.forecast.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.register_model = RegisterModel(self)
        self.register = _table(
            self.register_model,
            "Register",
            "Every member on the meeting date with their attendance, then deputies and guests",
        )
        self.register.set_widths([165, 150, 170, 150], 4)
        self.register.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # members as they joined
        open_rows_with(self.register, lambda: self.record_action.trigger())
        self.register.selectionModel().selectionChanged.connect(self._update_actions)

        self.quorum_model = ItemQuorumModel(self)
        self.quorum = _table(
            self.quorum_model,
            "Quorum per item",
            "Each item's voting members present and needed, less those who withdrew",
        )
        self.quorum.set_widths([80, 170, 60, 60, 100], 5)
        self.conflict_model = ConflictModel(self)
        self.conflicts = _table(
            self.conflict_model,
            "Conflicts to watch for",
            "Declared interests that touch an item, by organisation or topic keyword",
        )
        self.conflicts.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.conflicts.set_widths([140, 80, 200, 260], 4)
        open_rows_with(self.conflicts, lambda: self.declare_action.trigger())
        self.declared_model = ItemDeclarationModel(self)
        self.declared = _table(
            self.declared_model,
            "Declared at the meeting",
            "Interests declared at the meeting's items, and who withdrew",
        )
        self.declared.set_widths([80, 200, 150, 200], 4)
        self.declared.selectionModel().selectionChanged.connect(self._update_actions)

        self.present_action = self._action(
            "Mark &present", lambda: self.quick("present"), "Record the chosen member as present"
        )
        self.apologies_action = self._action(
            "&Apologies", lambda: self.quick("apologies"), "Record the chosen member's apologies"
        )
        self.record_action = self._action(
            "&Record attendance…",
            self.record,
            "Record the chosen member's attendance, or a deputy in their place",
        )
        self.guest_action = self._action(
            "Add &observer or guest…",
            self.add_guest,
            "Add an observer or someone in attendance by name",
            ("Ctrl+Shift+N",),
        )
        self.clear_action = self._action(
            "C&lear attendance", self.clear, "Take the chosen person's attendance off the register"
        )
        self.declare_action = self._action(
            "Record &declaration…",
            self.declare,
            "Record an interest declared at an item, and whether the person withdrew",
            ("Ctrl+D",),
        )
        self.undeclare_action = self._action(
            "Re&move declaration",
            self.remove_declaration,
            "Take the chosen declaration at an item off the record",
        )
        self.register.addActions(
            [self.present_action, self.apologies_action, self.record_action, self.clear_action]
        )
        delete = QKeySequence(QKeySequence.StandardKey.Delete)
        bind_key(self.clear_action, delete, self.register)
        bind_key(self.undeclare_action, delete, self.declared)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.forecast)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("attendanceSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(
            self._panel(
                "R&egister",
                self.register,
                [
                    self.present_action,
                    self.apologies_action,
                    self.record_action,
                    self.guest_action,
                    self.clear_action,
                ],
            )
        )
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self._panel("&Quorum per item", self.quorum, []))
        right.addWidget(
            self._panel("Co&nflicts to watch for", self.conflicts, [self.declare_action])
        )
        right.addWidget(
            self._panel("Declared a&t the meeting", self.declared, [self.undeclare_action])
        )
        right.setSizes([320, 170, 170])
        splitter.addWidget(right)
        splitter.setSizes([560, 600])
        layout.addWidget(splitter, 1)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    @staticmethod
    def _panel(title: str, table: RecordTable, actions: list[QAction]) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(_heading(title, table))
        box.addWidget(table, 1)
        if actions:
            row = FlowLayout(spacing=8)
            for action in actions:
                row.addWidget(action_button(action))
            box.addLayout(row)
        return panel

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        description: str,
        shortcuts: tuple[str, ...] = (),
    ) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(description)
        action.setShortcuts([QKeySequence(k) for k in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.current_line()
        chosen_id = chosen.person.id if chosen else None
        if self.meeting_id is None:
            for model in (
                self.register_model,
                self.quorum_model,
                self.conflict_model,
                self.declared_model,
            ):
                model.set_rows([])
            self._show_forecast("Choose a meeting to see its register and quorum.", None)
            self._update_actions()
            return
        svc = self.services.meeting_quorum
        self.register_model.set_rows(svc.register(self.meeting_id))
        self.quorum_model.set_rows(svc.item_quorum(self.meeting_id))
        self.conflict_model.set_rows(svc.conflicts(self.meeting_id))
        self.declared_model.set_rows(svc.item_declarations(self.meeting_id))
        result = svc.forecast(self.meeting_id)
        rule = self.services.terms.quorum_rule_text(self.place_id or "")
        quorate = result.quorate if result and not result.rule.is_empty else None
        text = svc.forecast_text(self.meeting_id)
        self._show_forecast(f"{text}\nQuorum rule: {rule}" if result else text, quorate)
        if chosen_id:
            self.register.select_where(lambda line: line.person.id == chosen_id)
        self._update_actions()

    def _show_forecast(self, text: str, quorate: bool | None) -> None:
        self.forecast.setText(MARK[quorate] + text)
        self.forecast.setStyleSheet(
            f"QLabel#quorumForecast {{ {FORECAST_STYLE[quorate]} padding: 6px 10px; }}"
        )
        state = {True: "Quorate", False: "Not quorate", None: "No quorum worked out"}[quorate]
        self.forecast.setAccessibleDescription(f"{state}: the forecast from apologies received")

    def current_line(self) -> RegisterLine | None:
        item = self.register.current_item()
        return item if isinstance(item, RegisterLine) else None

    def current_declaration(self) -> ItemDeclaration | None:
        item = self.declared.current_item()
        return item if isinstance(item, ItemDeclaration) else None

    def _update_actions(self) -> None:
        line = self.current_line()
        member = line is not None and line.member is not None
        for action in (self.present_action, self.apologies_action):
            action.setEnabled(member)
        self.record_action.setEnabled(line is not None)
        self.clear_action.setEnabled(line is not None and line.attendance is not None)
        has_meeting = self.meeting_id is not None
        self.guest_action.setEnabled(has_meeting)
        self.declare_action.setEnabled(has_meeting and self.quorum_model.rowCount() > 0)
        self.undeclare_action.setEnabled(self.current_declaration() is not None)

    # -- edits -------------------------------------------------------------------------

    def _after_edit(self) -> None:
        self.reload()
        self.changed.emit()

    def quick(self, status: str) -> None:
        line = self.current_line()
        if line is None or line.member is None or self.meeting_id is None:
            return
        values = AttendanceInput(status, None, "", None, "", "")
        self._set_member(line, values, attempt=True)

    def _set_member(self, line: RegisterLine, values: AttendanceInput, attempt: bool) -> None:
        meeting_id, member = self.meeting_id or "", line.member
        if member is None:
            return

        def edit() -> None:
            commands.set_member_attendance(
                self.undo_stack,
                self.services,
                meeting_id,
                member.membership.id,
                line.person.full_name,
                values,
            )

        if attempt:
            if self._attempt(edit):
                self._after_edit()
        else:
            edit()
            self._after_edit()

    def record(self) -> None:
        line = self.current_line()
        if line is None:
            return
        if line.member is None:  # a deputy or guest: their own line says what they are
            self.add_guest(line)
            return
        dialog = AttendanceDialog(self)
        dialog.start_member(line)
        dialog.submit = lambda values: self._set_member(line, values, attempt=False)
        self._open(dialog)

    def add_guest(self, line: RegisterLine | None = None) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None or self.place_id is None:
            return
        seated = {ln.person.id for ln in self.register_model.items() if ln.member}
        people = [
            (p.full_name, p.id)
            for p in self.services.membership.list_people(self.place_id)
            if p.id not in seated
        ]
        dialog = AttendanceDialog(self)
        dialog.start_guest(sorted(people))
        if line is not None:
            dialog.ui.personCombo.setEditText(line.person.full_name)
            if line.status in ("observer", "in_attendance"):
                dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData(line.status))
            dialog.ui.noteEdit.setText(line.attendance.note if line.attendance else "")

        def submit(values: AttendanceInput) -> None:
            commands.add_guest(self.undo_stack, self.services, meeting_id, values)
            self._after_edit()

        dialog.submit = submit
        self._open(dialog)

    def clear(self) -> None:
        line, meeting_id = self.current_line(), self.meeting_id
        if line is None or meeting_id is None:
            return
        if self._attempt(
            lambda: commands.clear_attendance(
                self.undo_stack, self.services, meeting_id, line.person.id, line.person.full_name
            )
        ):
            self._after_edit()

    def declare(self) -> None:
        meeting_id, place_id = self.meeting_id, self.place_id
        if meeting_id is None or place_id is None:
            return
        items = [
            (f"{item_number(q.item)}. {q.item.title}", q.item.id) for q in self.quorum_model.items()
        ]
        people = sorted((ln.person.full_name, ln.person.id) for ln in self.register_model.items())
        register = [
            (row.person.id, row.declaration.description, row.declaration.id)
            for row in self.services.membership.declaration_register(place_id)
            if not row.declaration.is_nil
        ]
        dialog = ItemDeclarationDialog(items, people, register, self)
        conflict = self.conflicts.current_item()
        if isinstance(conflict, Conflict):
            dialog.start_new(conflict.item.id, conflict.person.id)
            dialog.ui.registerCombo.setCurrentIndex(
                max(0, dialog.ui.registerCombo.findData(conflict.declaration.id))
            )
        else:
            dialog.start_new(None, None)

        def submit(values: commands.DeclarationInput) -> None:
            commands.record_declaration(self.undo_stack, self.services, values)
            self._after_edit()

        dialog.submit = submit
        self._open(dialog)

    def remove_declaration(self) -> None:
        chosen = self.current_declaration()
        if chosen is None:
            return
        row_id = chosen.row.id
        if self._attempt(
            lambda: commands.remove_declaration(self.undo_stack, self.services, row_id)
        ):
            self._after_edit()
