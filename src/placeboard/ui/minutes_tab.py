"""The Minutes tab of the Meetings view: per agenda item its minute (the discussion)
and its resolutions ("Resolved: That the Board …", numbered i, ii, iii), and the
minutes' draft → approved-at-the-next-meeting status."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.periods import uk_date
from placeboard.services import Services
from placeboard.services.minutes import ItemMinute, NumberedResolution
from placeboard.ui.commands import minutes as commands
from placeboard.ui.meeting_tab import MeetingTab
from placeboard.ui.minutes_dialogs import ResolutionDialog
from placeboard.ui.record_table import action_button, actions_menu, bind_key, open_rows_with

ROW_ID = Qt.ItemDataRole.UserRole


def _heading(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setObjectName("sectionHeading")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _list(name: str, description: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    widget.setWordWrap(True)
    widget.setUniformItemSizes(False)
    return widget


class MinutesTab(MeetingTab):
    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("minutesTab")
        self.setAccessibleName("Minutes")
        self.today = today
        self.rows: list[ItemMinute] = []
        self._shown: ItemMinute | None = None  # the item whose minute is in the editor
        self._build()
        self.reload()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.status_label = QLabel()
        self.status_label.setObjectName("minutesStatus")
        self.status_label.setAccessibleName("Minutes status")
        self.status_label.setWordWrap(True)
        self.approve = self._action(
            "A&pprove at next meeting",
            self.approve_minutes,
            "Record that the draft minutes were approved at the next meeting",
        )
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        self.approve_button = action_button(self.approve)
        top.addWidget(self.approve_button)

        self.items = _list("Agenda items", "The meeting's items; choose one to minute it")
        self.items.currentRowChanged.connect(self._on_item_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(_heading("&Items", self.items))
        left_layout.addWidget(self.items)

        self.discussion = QPlainTextEdit()
        self.discussion.setObjectName("minuteDiscussion")
        self.discussion.setAccessibleName("Discussion")
        self.discussion.setAccessibleDescription(
            "The minute of the chosen item: what was presented and discussed"
        )
        self.discussion.setTabChangesFocus(True)
        self.save_minute = self._action(
            "&Save minute",
            self.save_discussion,
            "Save the discussion of the chosen item",
            (QKeySequence.StandardKey.Save,),
        )
        self.resolutions = _list(
            "Resolutions", "The item's resolutions, numbered i, ii, iii as the minutes print them"
        )
        open_rows_with(self.resolutions, lambda: self.edit_resolution.trigger())
        self.resolutions.currentRowChanged.connect(lambda _r: self._update_actions())
        self.add_resolution = self._action(
            "&Add resolution…", self.add, "Add a resolution to the chosen item", ("Ctrl+Shift+N",)
        )
        self.edit_resolution = self._action(
            "&Edit resolution…", self.edit, "Change the chosen resolution's wording"
        )
        self.remove_resolution = self._action(
            "Re&move resolution", self.remove, "Take the chosen resolution out of the minutes"
        )
        self.resolutions.addActions([self.edit_resolution, self.remove_resolution])
        bind_key(self.edit_resolution, "F2", self.resolutions)
        bind_key(
            self.remove_resolution, QKeySequence(QKeySequence.StandardKey.Delete), self.resolutions
        )
        actions_menu(self.resolutions)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.item_title = QLabel()
        self.item_title.setObjectName("minuteItemTitle")
        self.item_title.setAccessibleName("Chosen item")
        self.item_title.setWordWrap(True)
        right_layout.addWidget(self.item_title)
        right_layout.addWidget(_heading("&Discussion", self.discussion))
        right_layout.addWidget(self.discussion, 3)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(action_button(self.save_minute))
        right_layout.addLayout(save_row)
        right_layout.addWidget(_heading("Resol&utions", self.resolutions))
        right_layout.addWidget(self.resolutions, 2)
        buttons = QHBoxLayout()
        for action in (self.add_resolution, self.edit_resolution, self.remove_resolution):
            buttons.addWidget(action_button(action))
        buttons.addStretch(1)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("minutesSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        description: str,
        shortcuts: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = (),
    ) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(description)
        action.setShortcuts(
            [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in shortcuts]
        )
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        if self.meeting_id is None:
            self.rows = []
            self.items.clear()
            self.status_label.setText("Choose a meeting to see its minutes.")
            self._show_item(-1)
            return
        chosen = self.current_row()
        chosen_id = chosen.item.id if chosen else None
        self.rows = self.services.minutes.item_minutes(self.meeting_id)
        self.items.blockSignals(True)
        self.items.clear()
        for row in self.rows:
            self.items.addItem(self._item_entry(row))
        ids = [r.item.id for r in self.rows]
        self.items.setCurrentRow(ids.index(chosen_id) if chosen_id in ids else 0)
        self.items.blockSignals(False)
        self._show_item(self.items.currentRow())
        self._show_status()

    @staticmethod
    def _item_entry(row: ItemMinute) -> QListWidgetItem:
        part = " (Part II)" if row.item.part == 2 else ""
        n = len(row.resolutions)
        written = "minuted" if row.discussion else "not minuted yet"
        said = f"{written}; {n} resolution{'s' if n != 1 else ''}"
        entry = QListWidgetItem(f"{row.item.position}. {row.item.title}{part}\n    {said}")
        entry.setData(ROW_ID, row.item.id)
        return entry

    def _show_status(self) -> None:
        state = self.services.minutes.minutes_state(self.meeting_id or "")
        self.status_label.setText(f"Minutes: {state.describe()}")
        can = state.status == "draft" and state.next_meeting is not None
        when = uk_date(state.next_meeting.meeting_date) if state.next_meeting else "next meeting"
        self.approve.setText(f"A&pprove at {when}" if can else "A&pprove at next meeting")
        self.approve.setEnabled(can)

    def current_row(self) -> ItemMinute | None:
        index = self.items.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def current_resolution(self) -> NumberedResolution | None:
        row = self.current_row()
        index = self.resolutions.currentRow()
        if row is None or not 0 <= index < len(row.resolutions):
            return None
        return row.resolutions[index]

    def _on_item_changed(self, index: int) -> None:
        # A discussion typed and not saved is saved on moving to another item.
        if self._shown is not None and self.discussion.document().isModified():
            self._save(self._shown, self.discussion.toPlainText().strip())
            return  # the reload has shown the newly chosen item
        self._show_item(index)

    def _show_item(self, index: int) -> None:
        row = self.rows[index] if 0 <= index < len(self.rows) else None
        self._shown = row
        self.item_title.setText(
            f"Item {row.item.position}: {row.item.title}" if row else "No item chosen."
        )
        self.discussion.setPlainText(row.discussion if row else "")
        self.discussion.document().setModified(False)
        self.discussion.setEnabled(row is not None)
        self.resolutions.clear()
        for numbered in row.resolutions if row else []:
            self.resolutions.addItem(f"{numbered.number}) {numbered.text}")
        if self.resolutions.count():
            self.resolutions.setCurrentRow(0)
        self._update_actions()

    def _update_actions(self) -> None:
        has_item = self.current_row() is not None
        self.save_minute.setEnabled(has_item)
        self.add_resolution.setEnabled(has_item)
        chosen = self.current_resolution() is not None
        self.edit_resolution.setEnabled(chosen)
        self.remove_resolution.setEnabled(chosen)

    # -- edits -------------------------------------------------------------------------

    def _after_edit(self) -> None:
        self.reload()
        self.changed.emit()

    def save_discussion(self) -> None:
        row = self.current_row()
        if row is not None:
            self._save(row, self.discussion.toPlainText().strip())

    def _save(self, row: ItemMinute, text: str) -> None:
        self.discussion.document().setModified(False)
        if text == row.discussion:
            return
        item_id = row.item.id
        if self._attempt(
            lambda: commands.write_minute(
                self.undo_stack, self.services, item_id, row.discussion, text
            )
        ):
            self._after_edit()

    def add(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = ResolutionDialog(self)
        dialog.start_new(row.item.title)
        item_id = row.item.id

        def submit(text: str) -> None:
            commands.add_resolution(self.undo_stack, self.services, item_id, text)
            self._after_edit()
            self.resolutions.setCurrentRow(self.resolutions.count() - 1)

        dialog.submit = submit
        self._open(dialog)

    def edit(self) -> None:
        row, numbered = self.current_row(), self.current_resolution()
        if row is None or numbered is None:
            return
        dialog = ResolutionDialog(self)
        dialog.start_edit(row.item.title, numbered.number, numbered.text)
        res_id, before = numbered.resolution.id, numbered.text

        def submit(text: str) -> None:
            commands.edit_resolution(self.undo_stack, self.services, res_id, before, text)
            self._after_edit()

        dialog.submit = submit
        self._open(dialog)

    def remove(self) -> None:
        numbered = self.current_resolution()
        if numbered is None:
            return
        res_id = numbered.resolution.id
        if self._attempt(
            lambda: commands.remove_resolution(self.undo_stack, self.services, res_id)
        ):
            self._after_edit()

    def approve_minutes(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        if self._attempt(
            lambda: commands.approve_minutes(self.undo_stack, self.services, meeting_id)
        ):
            self._after_edit()
