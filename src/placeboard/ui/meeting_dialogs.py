"""The meeting dialog (forms/meeting.ui) and the agenda item dialog
(forms/agenda_item.ui)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QCompleter, QWidget

from placeboard.domain.errors import ValidationError
from placeboard.domain.vocab import ITEM_FOR, MEETING_FORMATS, MEETING_STATUSES
from placeboard.services.agenda import AgendaItem, Meeting
from placeboard.ui.commands.meetings import ItemInput, MeetingInput
from placeboard.ui.forms.ui_agenda_item import Ui_AgendaItemDialog
from placeboard.ui.forms.ui_meeting import Ui_MeetingDialog
from placeboard.ui.models.meeting_models import PART_HEADINGS
from placeboard.ui.record_dialog import (
    RecordDialog,
    fill_combo,
    from_qdate,
    select_data,
    to_qdate,
)


def _time(text: str) -> QTime:
    parsed = QTime.fromString(text, "HH:mm")
    return parsed if parsed.isValid() else QTime(14, 0)


class MeetingDialog(RecordDialog):
    FIELDS = {
        "meeting_date": "dateEdit",
        "start_time": "timeEdit",
        "venue": "venueEdit",
        "format": "formatCombo",
        "status": "statusCombo",
        "title": "titleEdit",
    }

    def __init__(self, venues: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.formatCombo, ((t, k) for k, t in MEETING_FORMATS.items()))
        fill_combo(self.ui.statusCombo, ((t, k) for k, t in MEETING_STATUSES.items()))
        completer = QCompleter(sorted(set(venues)), self)  # the board's venues so far
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.venueEdit.setCompleter(completer)
        self._finish_setup("&Add meeting")

    def start_new(self, day: date) -> None:
        self.setWindowTitle("New meeting")
        self.ui.dateEdit.setDate(to_qdate(day))
        self.ui.timeEdit.setTime(QTime(14, 0))
        self.ui.dateEdit.setFocus()

    def start_edit(self, m: Meeting) -> None:
        self.setWindowTitle("Edit meeting")
        self.set_ok_text("&Save")
        self.ui.standingNote.hide()  # only a new meeting gets the standing items
        self.ui.dateEdit.setDate(to_qdate(m.meeting_date))
        self.ui.timeEdit.setTime(_time(m.start_time))
        self.ui.venueEdit.setText(m.venue)
        select_data(self.ui.formatCombo, m.format)
        select_data(self.ui.statusCombo, m.status)
        self.ui.titleEdit.setText(m.title)
        self.ui.dateEdit.setFocus()

    def values(self) -> MeetingInput:
        return MeetingInput(
            meeting_date=from_qdate(self.ui.dateEdit.date()),
            start_time=self.ui.timeEdit.time().toString("HH:mm"),
            venue=self.ui.venueEdit.text().strip(),
            format=str(self.ui.formatCombo.currentData()),
            status=str(self.ui.statusCombo.currentData()),
            title=self.ui.titleEdit.text().strip(),
        )


class AgendaItemDialog(RecordDialog):
    FIELDS = {
        "title": "titleEdit",
        "part": "partCombo",
        "item_for": "forCombo",
        "start_time": "timeEdit",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgendaItemDialog()
        self.ui.setupUi(self)
        fill_combo(self.ui.partCombo, ((t, k) for k, t in PART_HEADINGS.items()))
        fill_combo(self.ui.forCombo, ((t, k) for k, t in ITEM_FOR.items()))
        self._finish_setup("&Add item")

    def start_new(self, part: int = 1) -> None:
        self.setWindowTitle("Add agenda item")
        select_data(self.ui.partCombo, part)
        select_data(self.ui.forCombo, "discussion")
        self.ui.titleEdit.setFocus()

    def start_edit(self, item: AgendaItem) -> None:
        self.setWindowTitle(f"Edit agenda item: {item.title}")
        self.set_ok_text("&Save")
        self.ui.titleEdit.setText(item.title)
        select_data(self.ui.partCombo, item.part)
        select_data(self.ui.forCombo, item.item_for)
        self.ui.outcomeEdit.setPlainText(item.intended_outcome)
        self.ui.leadEdit.setText(item.lead)
        self.ui.timeEdit.setText(item.start_time)
        self.ui.minutesSpin.setValue(item.minutes_allowed)
        self.ui.topicsEdit.setText(item.topics)
        self.ui.titleEdit.setFocus()

    def values(self) -> ItemInput:
        start = self.ui.timeEdit.text().strip()
        if start and not QTime.fromString(start, "HH:mm").isValid():
            raise ValidationError(f"Give the time as hours:minutes, like 14:05 (not {start}).",
                                  "start_time")  # fmt: skip
        return ItemInput(
            title=self.ui.titleEdit.text().strip(),
            part=int(self.ui.partCombo.currentData()),
            item_for=str(self.ui.forCombo.currentData()),
            intended_outcome=self.ui.outcomeEdit.toPlainText().strip(),
            lead=self.ui.leadEdit.text().strip(),
            start_time=start,
            minutes_allowed=self.ui.minutesSpin.value(),
            topics=self.ui.topicsEdit.text().strip(),
        )
