"""Dialogs of the minutes, action log and forward plan tabs (forms/minute_resolution.ui,
action.ui, action_update.ui, forward_plan_entry.ui): each hands its values to
`submit`, and shows a refusal in itself."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from placeboard.domain.vocab import ACTION_STATUSES
from placeboard.ui.commands.minutes import ActionInput, PlanInput, StatusInput
from placeboard.ui.forms.ui_action import Ui_ActionDialog
from placeboard.ui.forms.ui_action_update import Ui_ActionUpdateDialog
from placeboard.ui.forms.ui_forward_plan_entry import Ui_ForwardPlanEntryDialog
from placeboard.ui.forms.ui_minute_resolution import Ui_MinuteResolutionDialog
from placeboard.ui.priorities_dialogs import optional, set_optional
from placeboard.ui.record_dialog import RecordDialog, fill_combo, from_qdate, select_data, to_qdate

RESOLVED = "Resolved: That the Board "


class ResolutionDialog(RecordDialog):
    FIELDS = {"text": "textEdit"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MinuteResolutionDialog()
        self.ui.setupUi(self)
        self._finish_setup("&Add resolution")

    def start_new(self, item_title: str) -> None:
        self.ui.itemText.setText(item_title)
        self.ui.textEdit.setPlainText(RESOLVED)
        self.ui.textEdit.moveCursor(self.ui.textEdit.textCursor().MoveOperation.End)
        self.ui.textEdit.setFocus()

    def start_edit(self, item_title: str, number: str, text: str) -> None:
        self.setWindowTitle(f"Edit resolution {number}")
        self.set_ok_text("&Save")
        self.ui.itemText.setText(item_title)
        self.ui.textEdit.setPlainText(text)
        self.ui.textEdit.setFocus()

    def values(self) -> str:
        return self.ui.textEdit.toPlainText().strip()


class ActionDialog(RecordDialog):
    FIELDS = {"description": "descriptionEdit", "due_date": "dueDate"}

    def __init__(
        self,
        items: Sequence[tuple[str, str | None]],
        owners: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        """`items`: (number and title, id) of the meeting's agenda items."""
        super().__init__(parent)
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.itemCombo, [("Not raised at an item", None), *items])
        fill_combo(self.ui.ownerCombo, ((name, name) for name in owners))
        self.ui.dueCheck.toggled.connect(self.ui.dueDate.setEnabled)
        self._finish_setup("&Raise action")

    def start_new(self, today: date, item_id: str | None) -> None:
        select_data(self.ui.itemCombo, item_id)
        self.ui.ownerCombo.setCurrentIndex(-1)
        self.ui.ownerCombo.setEditText("")
        set_optional(self.ui.dueCheck, self.ui.dueDate, None, today)
        self.ui.descriptionEdit.setFocus()

    def start_edit(self, action: Any, today: date) -> None:
        self.setWindowTitle(f"Edit action {action.reference}")
        self.set_ok_text("&Save")
        select_data(self.ui.itemCombo, action.agenda_item_id)
        self.ui.itemCombo.setEnabled(False)  # where it was raised is history
        self.ui.descriptionEdit.setPlainText(action.description)
        self.ui.ownerCombo.setEditText(action.owner)
        set_optional(self.ui.dueCheck, self.ui.dueDate, action.due_date, today)
        self.ui.descriptionEdit.setFocus()

    def values(self) -> ActionInput:
        item = self.ui.itemCombo.currentData()
        return ActionInput(
            description=self.ui.descriptionEdit.toPlainText().strip(),
            owner=" ".join(self.ui.ownerCombo.currentText().split()),
            due_date=optional(self.ui.dueCheck, self.ui.dueDate),
            item_id=str(item) if item else None,
        )


class ActionUpdateDialog(RecordDialog):
    FIELDS = {"status": "statusCombo", "note": "noteEdit"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ActionUpdateDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.statusCombo, ((text, key) for key, text in ACTION_STATUSES.items()))
        self._finish_setup("&Add update")

    def start_new(self, action: Any, today: date) -> None:
        self.setWindowTitle(f"Update action {action.reference}")
        self.ui.actionText.setText(f"{action.reference}: {action.description}")
        select_data(self.ui.statusCombo, action.status)
        self.ui.updateDate.setDate(to_qdate(today))
        self.ui.noteEdit.setFocus()

    def values(self) -> StatusInput:
        return StatusInput(
            status=str(self.ui.statusCombo.currentData()),
            note=self.ui.noteEdit.toPlainText().strip(),
            on=from_qdate(self.ui.updateDate.date()),
        )


class PlanEntryDialog(RecordDialog):
    FIELDS = {"topic": "topicEdit", "planned_month": "monthEdit"}

    def __init__(self, meetings: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`meetings`: (date in words, id) of the future meetings."""
        super().__init__(parent)
        self.ui = Ui_ForwardPlanEntryDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.meetingCombo, [("No meeting fixed yet", None), *meetings])
        self.ui.meetingCombo.currentIndexChanged.connect(self._month_enabled)
        self._finish_setup("&Add entry")

    def _month_enabled(self) -> None:
        self.ui.monthEdit.setEnabled(self.ui.meetingCombo.currentData() is None)

    def start_new(self, meeting_id: str | None) -> None:
        select_data(self.ui.meetingCombo, meeting_id)
        self._month_enabled()
        self.ui.topicEdit.setFocus()

    def start_edit(self, entry: Any) -> None:
        self.setWindowTitle(f"Edit forward plan entry: {entry.topic}")
        self.set_ok_text("&Save")
        if entry.meeting_id and self.ui.meetingCombo.findData(entry.meeting_id) < 0:
            self.ui.meetingCombo.addItem("The meeting it was planned for", entry.meeting_id)
        select_data(self.ui.meetingCombo, entry.meeting_id)
        self.ui.monthEdit.setText(entry.planned_month)
        self.ui.topicEdit.setText(entry.topic)
        self.ui.summaryEdit.setPlainText(entry.summary)
        self.ui.ownerEdit.setText(entry.owner)
        self._month_enabled()
        self.ui.topicEdit.setFocus()

    def values(self) -> PlanInput:
        meeting = self.ui.meetingCombo.currentData()
        return PlanInput(
            topic=self.ui.topicEdit.text().strip(),
            meeting_id=str(meeting) if meeting else None,
            planned_month=self.ui.monthEdit.text().strip() if not meeting else "",
            summary=self.ui.summaryEdit.toPlainText().strip(),
            owner=self.ui.ownerEdit.text().strip(),
        )
