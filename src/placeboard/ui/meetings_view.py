"""The Meetings view: the place's meetings on the left, the chosen meeting's tabs on the
right (its own Agenda tab, and the tabs others add through `add_meeting_tab`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from placeboard.domain.errors import PlaceBoardError
from placeboard.domain.periods import financial_year, uk_long
from placeboard.domain.vocab import MEETING_FORMATS, MEETING_STATUSES
from placeboard.services import Services
from placeboard.services.agenda import Meeting
from placeboard.ui.agenda_tab import AgendaTab
from placeboard.ui.area_view import AreaView
from placeboard.ui.commands import meetings as commands
from placeboard.ui.commands.meetings import MeetingInput
from placeboard.ui.dialog_host import DialogHost
from placeboard.ui.flow_layout import FlowLayout
from placeboard.ui.meeting_dialogs import MeetingDialog
from placeboard.ui.meeting_tab import MeetingTab
from placeboard.ui.models.lines import LineProxy
from placeboard.ui.models.meeting_models import MeetingsModel
from placeboard.ui.record_table import RecordTable, action_button, bind_key, open_rows_with

# Date, Time, Status, Format, Venue (which takes the rest).
COLUMN_WIDTHS = (135, 45, 70, 70, 80)


def describe(m: Meeting) -> str:
    """The chosen meeting in one line, above its tabs."""
    parts = [
        f"{uk_long(m.meeting_date)}, {m.start_time}",
        m.venue,
        MEETING_FORMATS.get(m.format, m.format),
        MEETING_STATUSES.get(m.status, m.status),
    ]
    title = f"{m.title}: " if m.title else ""
    return title + " · ".join(p for p in parts if p)


class MeetingsView(DialogHost, AreaView):
    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.setObjectName("meetingsView")
        self.setAccessibleName("Meetings")
        self.meeting_id: str | None = None
        self.today = date.today
        self.tabs_list: list[MeetingTab] = []
        self._build_list()
        self._build_tabs()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("meetingsSplitter")
        splitter.setAccessibleName("Meetings and the chosen meeting")
        splitter.addWidget(self.list_panel)
        splitter.addWidget(self.meeting_panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 1026])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.agenda_tab = AgendaTab(services, undo_stack)
        self.add_meeting_tab(
            self.agenda_tab, "A&genda", "The meeting's items in Part I and Part II, with papers"
        )
        self._update_actions()

    def _build_list(self) -> None:
        self.model = MeetingsModel(self)
        self.proxy = LineProxy(self.model, self)
        self.table = RecordTable(
            self.proxy, "Meetings", "The board's meetings: date, time, status, format and venue"
        )
        self.table.setObjectName("meetingsTable")
        self.table.set_widths(COLUMN_WIDTHS, stretch=4)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._on_chosen)
        open_rows_with(self.table, lambda: self.edit_action.trigger())
        label = QLabel("&Meetings:")
        label.setBuddy(self.table)
        self.buttons = FlowLayout(spacing=8)
        self.new_action = self._action(
            "&New meeting…", self.open_new_dialog, "Add a meeting with the standing items"
        )
        self.edit_action = self._action(
            "&Edit meeting…", self.open_edit_dialog, "Change the chosen meeting"
        )
        bind_key(self.edit_action, "F2", self.table)  # the agenda's F2 edits its items
        self.cancel_action = self._action(
            "Cance&l meeting", self.cancel_meeting, "Mark the chosen meeting cancelled"
        )
        self.calendar_meeting_action = self._action(
            "Meeting to calen&dar…",
            lambda: self.export_calendar("meeting"),
            "Save the chosen meeting as an iCalendar (.ics) file for Outlook or other calendars",
        )
        self.calendar_year_action = self._action(
            "&Year to calendar…",
            lambda: self.export_calendar("year"),
            "Save the meetings of the chosen meeting's financial year as an iCalendar file",
        )
        self.list_panel = QWidget()
        layout = QVBoxLayout(self.list_panel)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def _build_tabs(self) -> None:
        self.heading = QLabel("Choose a meeting.")
        self.heading.setObjectName("meetingHeading")
        self.heading.setAccessibleName("Chosen meeting")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.setAccessibleName("Meeting")
        self.tabs.setAccessibleDescription("The chosen meeting's agenda, attendance and more")
        self.tabs.tabBar().setAccessibleName("Meeting tabs")
        self.meeting_panel = QWidget()
        layout = QVBoxLayout(self.meeting_panel)
        layout.setContentsMargins(6, 12, 12, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

    def _action(self, text: str, slot: object, description: str, keys: str = "") -> QAction:
        action = QAction(text, self)
        action.setStatusTip(description)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        self.table.addAction(action)
        self.buttons.addWidget(action_button(action))
        return action

    # -- tabs --------------------------------------------------------------------------

    def add_meeting_tab(self, tab: MeetingTab, title: str, tip: str) -> None:
        """Add a tab that shows the chosen meeting; its edits refresh the others. `tip`
        says what it holds (its tooltip, and its description to a screen reader)."""
        self.tabs_list.append(tab)
        index = self.tabs.addTab(tab, title)
        self.tabs.setTabToolTip(index, tip)
        tab.changed.connect(lambda: self._on_tab_changed(tab))
        tab.set_meeting(self.place_id, self.meeting_id)

    def _on_tab_changed(self, source: MeetingTab) -> None:
        self._reload_list()
        for tab in self.tabs_list:
            if tab is not source:
                tab.reload()
        self.changed.emit()

    # -- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        self._reload_list()
        self._show_meeting(self.current_id())

    def _reload_list(self) -> None:
        """Read the meetings again, keeping the choice (or choosing the next meeting)."""
        wanted = self.meeting_id
        rows = self.services.meetings.list_meetings(self.place_id) if self.place_id else []
        with QSignalBlocker(self.table.selectionModel()):
            self.model.set_rows(rows, self.today())
            if wanted is None or not self.select_meeting(wanted, show=False):
                upcoming = [m for m in rows if m.meeting_date >= self.today()]
                chosen = upcoming[0] if upcoming else (rows[-1] if rows else None)
                if chosen is not None:
                    self.select_meeting(chosen.id, show=False)
        self.table.viewport().update()
        self._update_actions()

    def current(self) -> Meeting | None:
        item = self.table.current_item()
        return item if isinstance(item, Meeting) else None

    def current_id(self) -> str | None:
        m = self.current()
        return m.id if m is not None else None

    def select_meeting(self, meeting_id: str, show: bool = True) -> bool:
        found = self.table.select_where(lambda m: m.id == meeting_id)
        if found and show:
            self._show_meeting(meeting_id)
        return found

    def _on_chosen(self) -> None:
        self._show_meeting(self.current_id())
        self._update_actions()

    def _show_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        m = self.current()
        self.heading.setText(describe(m) if m is not None else "Choose a meeting.")
        for tab in self.tabs_list:
            tab.set_meeting(self.place_id, meeting_id)

    def _update_actions(self) -> None:
        m = self.current()
        self.new_action.setEnabled(self.place_id is not None)
        self.edit_action.setEnabled(m is not None)
        self.cancel_action.setEnabled(m is not None and m.status == "planned")
        self.calendar_meeting_action.setEnabled(m is not None)
        self.calendar_year_action.setEnabled(m is not None)

    # -- edits -------------------------------------------------------------------------

    def _venues(self) -> list[str]:
        return [m.venue for m in self.model.items() if m.venue]

    def open_new_dialog(self) -> MeetingDialog | None:
        if self.place_id is None:
            return None
        dialog = MeetingDialog(self._venues(), self)
        dialog.start_new(self.today())
        dialog.submit = self._add
        self._open(dialog)
        return dialog

    def _add(self, new: MeetingInput) -> None:
        made = commands.new_meeting(self.undo_stack, self.services, str(self.place_id), new)
        self.meeting_id = made.meeting.id
        self._after_edit()

    def open_edit_dialog(self) -> MeetingDialog | None:
        m = self.current()
        if m is None:
            return None
        dialog = MeetingDialog(self._venues(), self)
        dialog.start_edit(m)
        dialog.submit = lambda new: self._edit(m, new)
        self._open(dialog)
        return dialog

    def _edit(self, m: Meeting, new: MeetingInput) -> None:
        if commands.edit_meeting(self.undo_stack, self.services, m, new):
            self._after_edit()

    def cancel_meeting(self) -> None:
        m = self.current()
        if m is None:
            return
        if self._attempt(lambda: commands.cancel_meeting(self.undo_stack, self.services, m)):
            self._after_edit()

    def export_calendar(self, scope: str, path: Path | None = None) -> Path | None:
        """Save the chosen meeting ("meeting") or its financial year's meetings ("year")
        as an .ics file; `path` None asks where."""
        m = self.current()
        if m is None or self.place_id is None:
            return None
        year = financial_year(m.meeting_date)
        if path is None:
            stem = m.meeting_date.isoformat() if scope == "meeting" else year.replace("/", "-")
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                "Save to calendar",
                str(Path.home() / f"board-meetings-{stem}.ics"),
                "iCalendar files (*.ics)",
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            count = self.services.calendar.export(
                path,
                self.place_id,
                meeting_id=m.id if scope == "meeting" else None,
                financial_year=year if scope == "year" else None,
            )
        except PlaceBoardError as exc:
            self._show_error(exc)
            return None
        noun = "meeting" if count == 1 else "meetings"
        self.status_message.emit(f"Saved {count} {noun} to {path}.")
        return path

    def _after_edit(self) -> None:
        self.reload()
        self.changed.emit()
