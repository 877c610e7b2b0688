"""The Meetings view and its Agenda tab over real services: meetings made with their
standing items and planned entries, items added, dragged and moved by keyboard with the
numbers following, cover sheets and PDFs, every edit undone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfWriter
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from placeboard.services import Services
from placeboard.ui.agenda_tab import AgendaTab
from placeboard.ui.meeting_dialogs import AgendaItemDialog, MeetingDialog
from placeboard.ui.meetings_view import MeetingsView
from placeboard.ui.paper_dialog import PaperDialog

from .conftest import close_message_boxes, open_message_boxes

DAY = date(2031, 5, 15)  # after every demo meeting


def place_id(services: Services, name: str) -> str:
    return next(p.id for p in services.places.list_places() if p.name == name)


def make_pdf(path: Path, pages: int = 2) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    with path.open("wb") as f:
        writer.write(f)
    return path


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def view(qtbot: QtBot, demo_services: Services, stack: QUndoStack) -> Iterator[MeetingsView]:
    v = MeetingsView(demo_services, stack)
    qtbot.addWidget(v)
    connection = stack.indexChanged.connect(lambda _i: v.reload())
    v.set_place(place_id(demo_services, "Blackpool"))
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    yield v
    stack.indexChanged.disconnect(connection)


def new_meeting(view: MeetingsView, day: date = DAY, venue: str = "Grand Theatre") -> str:
    dialog = view.open_new_dialog()
    assert isinstance(dialog, MeetingDialog)
    dialog.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
    dialog.ui.venueEdit.setText(venue)
    dialog.accept()
    assert dialog.error_text() == ""
    assert view.meeting_id is not None
    return view.meeting_id


def add_item(tab: AgendaTab, title: str, part: int = 1) -> None:
    dialog = tab.open_add_dialog()
    assert isinstance(dialog, AgendaItemDialog)
    dialog.ui.titleEdit.setText(title)
    dialog.ui.partCombo.setCurrentIndex(dialog.ui.partCombo.findData(part))
    dialog.accept()
    assert dialog.error_text() == ""


def titles(tab: AgendaTab) -> list[str]:
    return [t for _n, t in tab.numbers()]


def test_the_view_shows_meetings_and_the_agenda(view: MeetingsView) -> None:
    place = str(view.place_id)
    assert view.proxy.rowCount() == len(view.services.meetings.list_meetings(place)) > 5
    assert view.meeting_id is not None
    assert view.agenda_tab.numbers()[0][0] == 1
    view.agenda_tab.select_item(view.agenda_tab.model.rows[5].item.id)  # type: ignore[union-attr]
    view.grab().save("/tmp/meetings_view.png")
    dialog = view.agenda_tab.open_paper_dialog()
    assert dialog is not None
    dialog.grab().save("/tmp/paper_dialog.png")
    dialog.reject()


def test_new_meeting_has_standing_items_and_undo(view: MeetingsView, stack: QUndoStack) -> None:
    meeting = new_meeting(view)
    names = titles(view.agenda_tab)
    assert names[:3] == [
        "Welcome, introductions and apologies",
        "Declarations of interest",
        "Minutes of the last meeting",
    ]
    assert names[-2:] == ["Urgent business", "Date of next meeting"]
    assert [n for n, _t in view.agenda_tab.numbers()] == list(range(1, len(names) + 1))
    assert "Grand Theatre" in view.heading.text()
    stack.undo()
    assert meeting not in {m.id for m in view.model.items()}
    stack.redo()
    assert view.select_meeting(meeting)
    assert titles(view.agenda_tab) == names


def test_forward_plan_entry_appears_on_new_agenda(
    view: MeetingsView, demo_services: Services, stack: QUndoStack
) -> None:
    place = str(view.place_id)
    entry = demo_services.meetings.plan(place, "Healthy weight strategy", "2031-05", owner="DPH")
    new_meeting(view)
    assert "Healthy weight strategy" in titles(view.agenda_tab)
    plan = {e.id: e for e in demo_services.meetings.forward_plan(place)}
    assert plan[entry.id].meeting_id == view.meeting_id
    stack.undo()
    plan = {e.id: e for e in demo_services.meetings.forward_plan(place)}
    assert plan[entry.id].meeting_id is None


def test_add_reorder_by_keyboard_and_drop(
    view: MeetingsView, stack: QUndoStack, qtbot: QtBot
) -> None:
    new_meeting(view)
    tab = view.agenda_tab
    add_item(tab, "Finance report")
    add_item(tab, "Contract award", part=2)
    names = titles(tab)
    assert names[-1] == "Contract award" and names[-4] == "Finance report"
    assert tab.model.rows[-1].part == 2

    # Ctrl+Up on the Part II item: it leaves Part II, the last of Part I.
    assert tab.select_item(tab.model.rows[-1].item.id)  # type: ignore[union-attr]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    after = titles(tab)
    assert after[-1] == "Contract award"
    assert tab.model.rows[-2].item is not None and tab.model.rows[-2].item.part == 1
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(tab)[-2] == "Contract award"
    assert tab.current() is not None and tab.current().title == "Contract award"  # type: ignore[union-attr]
    stack.undo()
    stack.undo()
    assert titles(tab) == names

    # Drag "Finance report" to the top of Part I, through the model's mime data.
    finance = next(r.item for r in tab.model.rows if r.item and r.item.title == "Finance report")
    data = tab.model.mimeData([tab.model.index(tab.model.row_of(finance.id), 0)])
    tab.model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, tab.model.index(-1, -1))
    assert tab.numbers()[0] == (1, "Finance report")
    assert [n for n, _t in tab.numbers()] == list(range(1, len(names) + 1))
    stored = view.services.meetings.agenda(str(view.meeting_id))
    assert [i.position for i in stored] == list(range(1, len(names) + 1))
    stack.undo()
    assert titles(tab) == names


def test_remove_item_numbers_close_up(view: MeetingsView, stack: QUndoStack) -> None:
    new_meeting(view)
    tab = view.agenda_tab
    names = titles(tab)
    assert tab.select_item(tab.model.rows[2].item.id)  # type: ignore[union-attr]
    tab.remove_item()
    assert titles(tab) == names[:1] + names[2:]
    assert [n for n, _t in tab.numbers()] == list(range(1, len(names)))
    stack.undo()
    assert titles(tab) == names


def test_cover_sheet_and_pdfs(view: MeetingsView, stack: QUndoStack, tmp_path: Path) -> None:
    new_meeting(view)
    tab = view.agenda_tab
    add_item(tab, "Finance report")
    assert not tab.attach_action.isEnabled()
    dialog = tab.open_paper_dialog()
    assert isinstance(dialog, PaperDialog)
    assert dialog.ui.titleEdit.text() == "Finance report"
    dialog.ui.authorEdit.setText("Chief Finance Officer")
    dialog.ui.financialCombo.setCurrentIndex(dialog.ui.financialCombo.findData("yes"))
    dialog.accept()
    assert dialog.error_text() == ""
    paper = tab.current_paper()
    assert paper is not None and paper.author == "Chief Finance Officer"
    assert paper.financial_impact == "yes"
    assert tab.attach_action.isEnabled()

    pdf = make_pdf(tmp_path / "finance.pdf", pages=4)
    assert tab.attach_file(str(pdf))
    assert tab.pdf_list.count() == 1 and "finance.pdf (4 pages)" in tab.pdf_list.item(0).text()
    assert tab.model.rows[tab.model.row_of(paper.agenda_item_id)].papers == "Cover sheet, 1 PDF"

    text = tmp_path / "notes.pdf"
    text.write_text("minutes in plain text")
    assert not tab.attach_file(str(text))
    boxes = open_message_boxes(tab)
    assert boxes and "notes.pdf is not a PDF" in boxes[0].text()
    close_message_boxes(tab)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(pdf.read_bytes()[:300])
    assert not tab.attach_file(str(cut))
    assert "cut.pdf" in open_message_boxes(tab)[0].text()
    close_message_boxes(tab)
    assert tab.pdf_list.count() == 1

    stack.undo()  # the PDF
    assert tab.pdf_list.count() == 0
    stack.redo()
    assert tab.pdf_list.count() == 1
    tab.remove_pdf()
    assert tab.pdf_list.count() == 0
    stack.undo()
    stack.undo()
    stack.undo()  # the cover sheet
    assert tab.current_paper() is None


def test_edit_and_cancel_meeting(view: MeetingsView, stack: QUndoStack) -> None:
    meeting = new_meeting(view)
    dialog = view.open_edit_dialog()
    assert isinstance(dialog, MeetingDialog)
    dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData("hybrid"))
    dialog.accept()
    assert "Hybrid" in view.heading.text()
    view.cancel_meeting()
    assert "Cancelled" in view.heading.text()
    assert not view.cancel_action.isEnabled()
    stack.undo()
    stack.undo()
    assert view.meeting_id == meeting and "In person" in view.heading.text()


def test_every_control_has_an_accessible_name(view: MeetingsView, qtbot: QtBot) -> None:
    tab = view.agenda_tab
    dialogs: list[QWidget] = [view, view.open_new_dialog(), tab.open_add_dialog()]  # type: ignore[list-item]
    tab.select_item(tab.model.rows[1].item.id)  # type: ignore[union-attr]
    dialogs.append(tab.open_paper_dialog())  # type: ignore[arg-type]
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit)
    for widget in dialogs:
        for control in widget.findChildren(QWidget):
            if isinstance(control, kinds) and control.isVisibleTo(widget):
                assert control.accessibleName(), (type(widget).__name__, control.objectName())
    view.dialog.reject()  # type: ignore[union-attr]
    tab.dialog.reject()  # type: ignore[union-attr]


def test_edit_item_into_part_two(view: MeetingsView, stack: QUndoStack) -> None:
    new_meeting(view)
    tab = view.agenda_tab
    add_item(tab, "Estates strategy")
    names = titles(tab)
    dialog = tab.open_edit_dialog()
    assert isinstance(dialog, AgendaItemDialog)
    dialog.ui.partCombo.setCurrentIndex(dialog.ui.partCombo.findData(2))
    dialog.ui.topicsEdit.setText("estates, leases")
    dialog.accept()
    assert titles(tab)[-1] == "Estates strategy" and tab.model.rows[-1].part == 2
    stored = view.services.meetings.agenda(str(view.meeting_id))
    assert [i.position for i in stored] == list(range(1, len(names) + 1))
    assert stored[-1].topics == "estates, leases"
    stack.undo()
    assert titles(tab) == names
    stack.redo()
    assert titles(tab)[-1] == "Estates strategy"


def test_the_chosen_meeting_and_its_year_go_to_a_calendar_file(
    view: MeetingsView, demo_services: Services, tmp_path: Path
) -> None:
    from icalendar import Calendar

    from placeboard.domain.periods import financial_year

    messages: list[str] = []
    view.status_message.connect(messages.append)
    meetings = demo_services.meetings.list_meetings(str(view.place_id))
    chosen = meetings[2]
    assert view.select_meeting(chosen.id)
    assert view.calendar_meeting_action.isEnabled()

    one = view.export_calendar("meeting", tmp_path / "one")  # .ics added
    assert one == tmp_path / "one.ics"
    events = Calendar.from_ical(one.read_bytes()).walk("VEVENT")
    assert [e.decoded("dtstart").date() for e in events] == [chosen.meeting_date]
    assert messages[-1] == f"Saved 1 meeting to {one}."

    year = financial_year(chosen.meeting_date)
    same_year = [m for m in meetings if financial_year(m.meeting_date) == year]
    whole = view.export_calendar("year", tmp_path / "year.ics")
    assert whole is not None
    events = Calendar.from_ical(whole.read_bytes()).walk("VEVENT")
    assert sorted(e.decoded("dtstart").date() for e in events) == sorted(
        m.meeting_date for m in same_year
    )
    assert len(same_year) > 1 and messages[-1].startswith(f"Saved {len(same_year)} meetings")
