"""The Membership view over real services and a real SQLite file: its tabs, tables and
dialogs driven as a person would, with every edit undone and redone on the one stack."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAccessible, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from placeboard.services import Services
from placeboard.services.membership import MemberRow
from placeboard.store.database import open_database
from placeboard.ui.attendance_tab import AttendanceTab
from placeboard.ui.declaration_dialog import DeclarationDialog
from placeboard.ui.deputy_dialog import DeputyDialog
from placeboard.ui.membership_dialog import EndMembershipDialog, MembershipDialog
from placeboard.ui.membership_view import MembershipView
from placeboard.ui.models.lines import Look, text_key
from placeboard.ui.partners_tab import gaps_summary
from placeboard.ui.record_dialog import RecordDialog

from .conftest import MakeWindow

HOUSING = "Blackpool housing providers"
DISTRICTS = "Lancashire district councils (Lancashire Leaders Group)"


# -- helpers -----------------------------------------------------------------------------


def place_id(services: Services, name: str) -> str:
    return next(p.id for p in services.places.list_places() if p.name == name)


def org_id(services: Services, name: str) -> str:
    return services.organisations.find(name).id


def table_texts(tab: Any, column: int) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def row_texts(tab: Any, predicate: Callable[[Any], bool]) -> list[str]:
    row = tab.proxy.row_of(predicate)
    assert row >= 0, "the record is not in the table"
    return [tab.proxy.index(row, c).data() for c in range(tab.proxy.columnCount())]


def members_in_db(services: Services, place: str) -> dict[str, MemberRow]:
    return {r.membership.id: r for r in services.membership.list_members(place)}


def deputies_of(services: Services, place: str, membership_id: str) -> list[str]:
    return [d.full_name for d in members_in_db(services, place)[membership_id].deputies]


def choose_member(view: MembershipView, name: str) -> MemberRow:
    assert view.members.table.select_where(lambda r: r.person.full_name == name), name
    row = view.members.current()
    assert row is not None
    return row


def set_date(edit: QDateEdit, d: date) -> None:
    edit.setDate(QDate(d.year, d.month, d.day))


def click_ok(dialog: RecordDialog) -> None:
    dialog.ok_button().click()


def fill_new_member(dialog: MembershipDialog, name: str, organisation: str, role: str) -> None:
    ui = dialog.ui
    ui.personCombo.setEditText(name)
    ui.jobTitleEdit.setText("Director of Testing")
    ui.organisationCombo.setCurrentIndex(ui.organisationCombo.findText(organisation))
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findText(role))
    set_date(ui.fromDate, date(2025, 4, 1))


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def view(qtbot: QtBot, demo_services: Services, stack: QUndoStack) -> Iterator[MembershipView]:
    """The view on Blackpool, reloading on undo and redo as the main window makes it."""
    v = MembershipView(demo_services, stack)
    qtbot.addWidget(v)
    connection = stack.indexChanged.connect(lambda _i: v.reload())
    v.set_place(place_id(demo_services, "Blackpool"))
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    yield v
    stack.indexChanged.disconnect(connection)  # before the view goes


# -- the tabs ----------------------------------------------------------------------------


def test_four_tabs_all_showing_the_same_place(view: MembershipView) -> None:
    titles = [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())]
    assert titles == ["Members", "Partners", "Declarations of interest", "Attendance"]
    assert isinstance(view.attendance, AttendanceTab)
    assert {tab.place_id for tab in view.tab_views} == {view.place_id}
    view.set_place(None)
    assert view.members.proxy.rowCount() == 0
    assert view.partners.summary.text() == ""
    assert not view.members.add_action.isEnabled()


def test_members_are_current_by_default_past_on_request(
    view: MembershipView, demo_services: Services
) -> None:
    tab = view.members
    today = date.today()
    current = demo_services.membership.list_members(view.place_id or "", current_on=today)
    assert tab.proxy.rowCount() == len(current) == 14
    assert not tab.show_past.isChecked()

    tab.show_past.setChecked(True)
    every = demo_services.membership.list_members(view.place_id or "")
    assert tab.proxy.rowCount() == len(every) > len(current)
    past = [r for r in every if r.membership.end_date and r.membership.end_date < today]
    assert past
    texts = row_texts(tab, lambda r: r.membership.id == past[0].membership.id)
    end = past[0].membership.end_date
    assert end is not None
    assert texts[6] == f"{end:%d/%m/%Y} (ended)"  # in words, not only in grey
    row = tab.proxy.row_of(lambda r: r.membership.id == past[0].membership.id)
    source = tab.proxy.mapToSource(tab.proxy.index(row, 0)).row()
    assert tab.model.line(source).look is Look.PAST
    assert tab.proxy.index(row, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert tab.proxy.index(row, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
        "Past member"
    )


def test_member_columns_read_as_people_write_them(view: MembershipView) -> None:
    tab = view.members
    header = [tab.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert header == [
        "Person",
        "Organisation",
        "Sector",
        "Role",
        "Voting",
        "From",
        "To",
        "Deputies",
    ]
    chair = row_texts(tab, lambda r: r.membership.role == "chair")
    assert chair[0] == "Łukasz Przykładowy"
    assert chair[1:5] == ["Blackpool Council", "Unitary council", "Chair", "Yes"]
    assert len(chair[5]) == 10 and chair[5][2] == "/" and chair[5][5] == "/"
    assert chair[6] == ""
    assert chair[7]  # the chair's named deputy


def test_filter_is_case_and_accent_blind_and_every_word_counts(view: MembershipView) -> None:
    tab = view.members
    tab.filter_edit.setText("HOUSING")
    assert table_texts(tab, 1) == [HOUSING]
    tab.filter_edit.setText("lukasz chair")
    assert table_texts(tab, 0) == ["Łukasz Przykładowy"]
    tab.filter_edit.setText("lukasz vice")
    assert tab.proxy.rowCount() == 0
    tab.filter_edit.clear()
    assert tab.proxy.rowCount() == 14


def test_sorting_by_dates_follows_the_calendar_not_the_text(view: MembershipView) -> None:
    tab = view.members
    tab.show_past.setChecked(True)
    tab.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    starts = [tab.proxy.item(r).membership.start_date for r in range(tab.proxy.rowCount())]
    assert starts == sorted(starts)
    assert table_texts(tab, 5) != sorted(table_texts(tab, 5))  # dd/mm/yyyy text order differs
    tab.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    ends = [tab.proxy.item(r).membership.end_date for r in range(tab.proxy.rowCount())]
    open_ended = [e for e in ends if e is None]
    assert ends[: len(open_ended)] == open_ended  # still serving: the latest "end"
    tab.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert tab.proxy.item(0).membership.role == "chair"  # roles in the board's order


def test_names_sort_with_accents_among_their_letters() -> None:
    names = ["Zoë", "Łukasz", "Aoife", "Ngozi", "lara", "Émile"]
    assert sorted(names, key=text_key) == ["Aoife", "Émile", "lara", "Łukasz", "Ngozi", "Zoë"]


# -- adding, editing, ending, removing members --------------------------------------------


def test_add_a_new_person_as_member_then_undo_and_redo(
    view: MembershipView, demo_services: Services, stack: QUndoStack
) -> None:
    place = view.place_id or ""
    people_before = {p.id for p in demo_services.membership.list_people(place)}
    view.members.add_action.trigger()
    dialog = view.members.dialog
    assert isinstance(dialog, MembershipDialog) and dialog.isVisible()
    assert dialog.ui.organisationCombo.count() == len(
        demo_services.organisations.list_partners(place)
    )
    fill_new_member(dialog, "Alex Newmember", HOUSING, "Member")
    assert dialog.ui.personHint.text().startswith("Someone new")
    click_ok(dialog)

    assert not dialog.isVisible()
    added = [
        r for r in members_in_db(demo_services, place).values() if r.person.id not in people_before
    ]
    assert len(added) == 1
    new = added[0]
    assert (new.person.full_name, new.person.job_title) == ("Alex Newmember", "Director of Testing")
    assert new.organisation.name == HOUSING and new.membership.start_date == date(2025, 4, 1)
    assert row_texts(view.members, lambda r: r.membership.id == new.membership.id)[0] == (
        "Alex Newmember"
    )
    assert view.members.current() is not None  # the new row is chosen
    assert stack.undoText() == "Add Alex Newmember as a member"

    stack.undo()
    assert new.membership.id not in members_in_db(demo_services, place)
    assert new.person.id not in {p.id for p in demo_services.membership.list_people(place)}
    assert view.members.proxy.row_of(lambda r: r.membership.id == new.membership.id) < 0

    stack.redo()
    assert new.membership.id in members_in_db(demo_services, place)  # the same row, back
    assert new.person.id in {p.id for p in demo_services.membership.list_people(place)}
    assert view.members.proxy.row_of(lambda r: r.membership.id == new.membership.id) >= 0


def test_add_someone_already_recorded_keeps_them_on_undo(
    view: MembershipView, demo_services: Services, stack: QUndoStack
) -> None:
    place = view.place_id or ""
    someone = next(p for p in demo_services.membership.list_people(place) if p.full_name)
    dialog = view.members.open_add_dialog()
    assert dialog is not None
    fill_new_member(dialog, someone.full_name, HOUSING, "Observer")
    assert dialog.ui.personHint.text().startswith("Already in the board's records")
    dialog.ui.votingCheck.setChecked(False)
    click_ok(dialog)
    rows = [r for r in members_in_db(demo_services, place).values() if r.person.id == someone.id]
    assert any(r.membership.role == "observer" and not r.membership.voting for r in rows)
    stack.undo()
    assert someone.id in {p.id for p in demo_services.membership.list_people(place)}
    person = next(p for p in demo_services.membership.list_people(place) if p.id == someone.id)
    assert person.job_title == someone.job_title  # the job title the dialog changed, put back


def test_a_second_chair_is_refused_in_the_dialog_and_nothing_is_written(
    view: MembershipView, demo_services: Services, stack: QUndoStack
) -> None:
    place = view.place_id or ""
    members = members_in_db(demo_services, place)
    people = demo_services.membership.list_people(place)
    dialog = view.members.open_add_dialog()
    assert dialog is not None
    fill_new_member(dialog, "Second Chair", "Blackpool Council", "Chair")
    click_ok(dialog)

    assert dialog.isVisible()
    assert "The board already has a chair (Łukasz Przykładowy)" in dialog.error_text()
    assert "end that membership first" in dialog.error_text()
    assert dialog.ui.errorLabel.isVisible()
    assert members_in_db(demo_services, place).keys() == members.keys()
    assert len(demo_services.membership.list_people(place)) == len(people)
    assert stack.count() == 0

    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findText("Member"))
    click_ok(dialog)  # corrected: it goes through, and the message goes away
    assert not dialog.isVisible()
    assert stack.count() == 1


def test_an_empty_name_is_refused_in_the_dialog(view: MembershipView, stack: QUndoStack) -> None:
    dialog = view.members.open_add_dialog()
    assert dialog is not None
    click_ok(dialog)
    assert dialog.isVisible() and "Type the person's name" in dialog.error_text()
    assert stack.count() == 0


def test_edit_a_membership_with_enter_and_undo(
    qtbot: QtBot, view: MembershipView, demo_services: Services, stack: QUndoStack
) -> None:
    row = choose_member(view, "Chidi Stubworth")
    view.members.table.setFocus()
    qtbot.keyClick(view.members.table, Qt.Key.Key_Return)
    dialog = view.members.dialog
    assert isinstance(dialog, MembershipDialog) and dialog.isVisible()
    assert not dialog.ui.personCombo.isEnabled()  # a membership stays with its person
    assert dialog.ui.organisationCombo.currentText() == HOUSING
    dialog.ui.notesEdit.setPlainText("Nominated by the housing forum.")
    dialog.ui.jobTitleEdit.setText("Head of Housing")
    click_ok(dialog)

    after = members_in_db(demo_services, view.place_id or "")[row.membership.id]
    assert after.membership.notes == "Nominated by the housing forum."
    assert after.person.job_title == "Head of Housing"
    stack.undo()
    before = members_in_db(demo_services, view.place_id or "")[row.membership.id]
    assert before.membership.notes == row.membership.notes
    assert before.person.job_title == row.person.job_title


def test_end_a_membership_and_undo(
    view: MembershipView, demo_services: Services, stack: QUndoStack
) -> None:
    row = choose_member(view, "Chidi Stubworth")
    view.members.end_action.trigger()
    dialog = view.members.dialog
    assert isinstance(dialog, EndMembershipDialog)
    assert "Chidi Stubworth" in dialog.ui.questionLabel.text()
    last_day = date.today() - timedelta(days=1)
    set_date(dialog.ui.endDate, last_day)
    click_ok(dialog)

    ended = members_in_db(demo_services, view.place_id or "")[row.membership.id]
    assert ended.membership.end_date == last_day
    assert view.members.show_past.isChecked()  # the ended row stays in sight, marked
    texts = row_texts(view.members, lambda r: r.membership.id == row.membership.id)
    assert texts[6] == f"{last_day:%d/%m/%Y} (ended)"
    partners = table_texts(view.partners, 4)
    assert "No current voting member" in partners  # the other tabs read again

    stack.undo()
    assert (
        members_in_db(demo_services, view.place_id or "")[row.membership.id].membership.end_date
        is None
    )


def test_an_end_before_the_start_is_refused(view: MembershipView, stack: QUndoStack) -> None:
    row = choose_member(view, "Chidi Stubworth")
    dialog = view.members.open_end_dialog()
    assert dialog is not None
    set_date(dialog.ui.endDate, row.membership.start_date - timedelta(days=1))
    click_ok(dialog)
    assert dialog.isVisible() and "is before its start" in dialog.error_text()
    assert stack.count() == 0


def test_name_a_deputy_then_remove_them_with_undo(
    view: MembershipView, demo_services: Services, stack: QUndoStack
) -> None:
    place = view.place_id or ""
    row = choose_member(view, "Chidi Stubworth")
    assert not view.members.remove_deputy_action.isEnabled()
    assert "No deputy" in row_texts(view.partners, lambda c: c.organisation.name == HOUSING)
    view.members.deputy_action.trigger()
    dialog = view.members.dialog
    assert isinstance(dialog, DeputyDialog)
    names = [dialog.ui.personCombo.itemText(i) for i in range(dialog.ui.personCombo.count())]
    assert "Chidi Stubworth" not in names  # nobody deputises for themselves
    dialog.ui.personCombo.setEditText("Pat Standin")
    dialog.ui.jobTitleEdit.setText("Tenancy Sustainment Manager")
    click_ok(dialog)

    assert deputies_of(demo_services, place, row.membership.id) == ["Pat Standin"]
    assert row_texts(view.members, lambda r: r.membership.id == row.membership.id)[7] == (
        "Pat Standin"
    )
    assert row_texts(view.partners, lambda c: c.organisation.name == HOUSING)[3:] == ["1", ""]
    assert view.members.remove_deputy_action.isEnabled()

    view.members.remove_deputy_action.trigger()
    assert deputies_of(demo_services, place, row.membership.id) == []
    assert row_texts(view.members, lambda r: r.membership.id == row.membership.id)[7] == ""

    stack.undo()  # the removal
    assert [
        d.full_name for d in members_in_db(demo_services, place)[row.membership.id].deputies
    ] == ["Pat Standin"]
    stack.undo()  # the naming: the deputy and the new person go
    assert members_in_db(demo_services, place)[row.membership.id].deputies == []
    assert "Pat Standin" not in {p.full_name for p in demo_services.membership.list_people(place)}
    stack.redo()
    assert [
        d.full_name for d in members_in_db(demo_services, place)[row.membership.id].deputies
    ] == ["Pat Standin"]


def test_with_two_deputies_remove_deputy_asks_which(
    view: MembershipView, demo_services: Services, stack: QUndoStack
) -> None:
    place = view.place_id or ""
    row = choose_member(view, "Chidi Stubworth")
    for name in ("First Standin", "Second Standin"):
        demo_services.membership.name_deputy(row.membership.id, full_name=name)
    view.reload()
    view.members.remove_deputy_action.trigger()
    dialog = view.members.dialog
    assert isinstance(dialog, QInputDialog) and dialog.isVisible()
    assert dialog.comboBoxItems() == ["First Standin", "Second Standin"]
    assert unnamed_controls(dialog) == []
    dialog.findChild(QComboBox).setCurrentIndex(1)
    dialog.accept()
    assert deputies_of(demo_services, place, row.membership.id) == ["First Standin"]
    stack.undo()
    assert sorted(deputies_of(demo_services, place, row.membership.id)) == [
        "First Standin",
        "Second Standin",
    ]


def test_remove_a_member_with_delete_and_undo(
    qtbot: QtBot, view: MembershipView, demo_services: Services, stack: QUndoStack
) -> None:
    row = choose_member(view, "Chidi Stubworth")
    view.members.table.setFocus()
    qtbot.keyClick(view.members.table, Qt.Key.Key_Delete)
    assert row.membership.id not in members_in_db(demo_services, view.place_id or "")
    assert view.members.proxy.row_of(lambda r: r.membership.id == row.membership.id) < 0
    stack.undo()
    assert row.membership.id in members_in_db(demo_services, view.place_id or "")
    assert view.members.proxy.row_of(lambda r: r.membership.id == row.membership.id) >= 0


# -- partners ----------------------------------------------------------------------------


def test_partners_tab_shows_the_demo_boards_gaps(
    view: MembershipView, demo_services: Services
) -> None:
    tab = view.partners
    housing = row_texts(tab, lambda c: c.organisation.name == HOUSING)
    assert housing[1] == "Housing" and housing[3] == "0" and housing[4] == "No deputy"
    row = tab.proxy.row_of(lambda c: c.organisation.name == HOUSING)
    assert tab.proxy.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.summary.text() == "1 partner has no deputy (of 10 partners)."
    others = [t for t in table_texts(tab, 4) if t]
    assert others == ["No deputy"]

    view.set_place(place_id(demo_services, "Lancashire"))
    districts = row_texts(tab, lambda c: c.organisation.name == DISTRICTS)
    assert districts[2] == "None" and districts[4] == "No current voting member"
    assert tab.summary.text().startswith("1 partner has no current voting member")

    tab.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert tab.proxy.index(0, 4).data() == "No current voting member"  # gaps first


def test_gaps_summary_sentences() -> None:
    class Cover:  # what gaps_summary reads of a PartnerCover
        def __init__(self, vacant: bool, no_deputy: bool) -> None:
            self.no_voting_member = vacant
            self.no_deputy = no_deputy

    def summary(*gaps: tuple[bool, bool]) -> str:
        covers: list[Any] = [Cover(*g) for g in gaps]
        return gaps_summary(covers)

    assert summary((True, False), (True, False), (False, True)) == (
        "2 partners have no current voting member; 1 has no deputy (of 3 partners)."
    )
    assert summary((False, False), (False, False)) == (
        "All 2 partners have a current voting member and a named deputy."
    )
    assert summary((False, True)) == "1 partner has no deputy (of 1 partner)."
    assert summary((False, False)) == "The partner has a current voting member and a named deputy."
    assert summary() == "This board has no partner organisations yet."


# -- declarations of interest ------------------------------------------------------------


def test_record_a_declaration_and_a_nil_one(
    view: MembershipView, demo_services: Services, stack: QUndoStack
) -> None:
    tab = view.declarations
    place = view.place_id or ""
    before = len(demo_services.membership.declaration_register(place))
    view.tabs.setCurrentWidget(tab)
    tab.add_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, DeclarationDialog)
    ui = dialog.ui
    ui.personCombo.setCurrentIndex(ui.personCombo.findText("Chidi Stubworth"))
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findText("Indirect interest"))
    ui.descriptionEdit.setPlainText("Sister is a tenant of a housing provider in Blackpool.")
    ui.topicsEdit.setText("housing")
    ui.privateCheck.setChecked(True)
    click_ok(dialog)

    register = demo_services.membership.declaration_register(place)
    assert len(register) == before + 1
    new = next(r for r in register if r.declaration.topics == "housing" and r.declaration.private)
    texts = row_texts(tab, lambda r: r.declaration.id == new.declaration.id)
    assert texts[:3] == [
        "Chidi Stubworth",
        "Indirect interest",
        "Sister is a tenant of a housing provider in Blackpool.",
    ]
    assert texts[5:] == ["Yes", "Up to date"]

    dialog = tab.open_add_dialog()
    assert dialog is not None
    dialog.ui.personCombo.setCurrentIndex(dialog.ui.personCombo.findText("Wendy Testwood"))
    dialog.ui.nilCheck.setChecked(True)
    assert not dialog.ui.typeCombo.isEnabled() and not dialog.ui.descriptionEdit.isEnabled()
    click_ok(dialog)
    nil = [r for r in demo_services.membership.declaration_register(place) if r.declaration.is_nil]
    newest = max(nil, key=lambda r: r.declaration.created_at)
    texts = row_texts(tab, lambda r: r.declaration.id == newest.declaration.id)
    assert texts[:3] == ["Wendy Testwood", "", "Nil declaration"]

    stack.undo()
    stack.undo()
    assert len(demo_services.membership.declaration_register(place)) == before
    stack.redo()
    assert len(demo_services.membership.declaration_register(place)) == before + 1


def test_a_declaration_needs_a_description_unless_nil(view: MembershipView) -> None:
    dialog = view.declarations.open_add_dialog()
    assert dialog is not None
    click_ok(dialog)
    assert "Choose who is making the declaration" in dialog.error_text()
    dialog.ui.personCombo.setCurrentIndex(0)
    click_ok(dialog)
    assert dialog.isVisible()
    assert "description of the interest cannot be empty" in dialog.error_text()


def test_overdue_reviews_are_flagged_and_marked_reviewed(
    view: MembershipView, demo_services: Services, stack: QUndoStack
) -> None:
    tab = view.declarations
    statuses = table_texts(tab, 6)
    overdue = statuses.count("Review overdue")
    assert overdue == len(demo_services.membership.declarations_overdue(view.place_id or ""))
    assert overdue > 0
    assert f"{overdue} are overdue for review" in tab.summary.text()
    row = statuses.index("Review overdue")
    assert tab.proxy.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.proxy.index(row, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
        "Review overdue"
    )
    chosen = tab.proxy.item(row)
    tab.table.select_where(lambda r: r.declaration.id == chosen.declaration.id)
    tab.review_action.trigger()

    texts = row_texts(tab, lambda r: r.declaration.id == chosen.declaration.id)
    assert texts[4] == f"{date.today():%d/%m/%Y}" and texts[6] == "Up to date"
    assert table_texts(tab, 6).count("Review overdue") == overdue - 1
    stack.undo()
    texts = row_texts(tab, lambda r: r.declaration.id == chosen.declaration.id)
    assert texts[6] == "Review overdue"


def test_edit_and_remove_a_declaration(
    view: MembershipView, demo_services: Services, stack: QUndoStack
) -> None:
    tab = view.declarations
    tab.table.selectRow(0)
    chosen = tab.current()
    assert chosen is not None
    dialog = tab.open_edit_dialog()
    assert dialog is not None and not dialog.ui.personCombo.isEnabled()
    dialog.ui.topicsEdit.setText("edited topic")
    click_ok(dialog)
    place = view.place_id or ""
    by_id = {r.declaration.id: r for r in demo_services.membership.declaration_register(place)}
    assert by_id[chosen.declaration.id].declaration.topics == "edited topic"

    tab.remove_action.trigger()
    by_id = {r.declaration.id: r for r in demo_services.membership.declaration_register(place)}
    assert chosen.declaration.id not in by_id
    stack.undo()
    stack.undo()
    by_id = {r.declaration.id: r for r in demo_services.membership.declaration_register(place)}
    assert by_id[chosen.declaration.id].declaration.topics == chosen.declaration.topics


# -- keyboard and screen readers -----------------------------------------------------------

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QDateEdit,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTabBar,
)
INNER_PARENTS = (QAbstractSpinBox, QComboBox, QTabBar, QLineEdit)


def unnamed_controls(root: QWidget) -> list[str]:
    """Shown controls without a spoken name; our own ones also need a name and a
    description of their own and must be reachable with Tab."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        spoken = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        inner = (
            widget.objectName().startswith(("qt_", "_q_"))
            or isinstance(widget.parent(), INNER_PARENTS)
            or isinstance(widget, QHeaderView)
            or widget.window() is not root.window()
        )
        what = f"{type(widget).__name__} {widget.objectName()!r} {widget.accessibleName()!r}"
        if not spoken:
            found.append(f"{what}: no spoken name")
        elif not inner and not widget.accessibleName():
            found.append(f"{what}: no accessible name")
        elif not inner and not widget.accessibleDescription():
            found.append(f"{what}: no accessible description")
        elif not inner and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(f"{what}: not reachable with Tab")
    return found


def test_every_control_in_the_view_is_named_and_reachable(view: MembershipView) -> None:
    for tab in (view.members, view.partners, view.declarations):  # Attendance: its own tests
        view.tabs.setCurrentWidget(tab)
        tab.table.selectRow(0)
        assert unnamed_controls(view) == [], tab.objectName()


def test_every_control_in_each_dialog_is_named_and_reachable(view: MembershipView) -> None:
    choose_member(view, "Łukasz Przykładowy")
    view.declarations.table.selectRow(0)
    dialogs: list[RecordDialog | None] = [
        view.members.open_add_dialog(),
        view.members.open_edit_dialog(),
        view.members.open_end_dialog(),
        view.members.open_deputy_dialog(),
        view.declarations.open_add_dialog(),
        view.declarations.open_edit_dialog(),
    ]
    for dialog in dialogs:
        assert dialog is not None
        assert dialog.accessibleName() and dialog.accessibleDescription()
        assert unnamed_controls(dialog) == [], dialog.objectName()
        texts = [b.text() for b in dialog.findChildren(QAbstractButton)]
        texts += [lab.text() for lab in dialog.findChildren(QLabel) if lab.buddy() is not None]
        letters = [m for m in map(mnemonic, texts) if m]
        assert len(letters) == len(set(letters)), (dialog.objectName(), sorted(letters))
        dialog.reject()


def is_tab_stop(widget: QWidget) -> bool:
    """As Qt's Tab chooses: takes Tab focus, is enabled, and hands focus to no other."""
    return bool(
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isEnabled()
        and widget.focusProxy() is None
    )


def next_tab_stop(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    while not is_tab_stop(following):
        following = following.nextInFocusChain()
    return following


def tab_chain(first: QWidget, count: int) -> list[str]:
    chain, widget = [], first
    for _ in range(count):
        chain.append(widget.objectName())
        widget = next_tab_stop(widget)
    return chain


def test_tab_order_of_the_dialogs(view: MembershipView) -> None:
    dialog = view.members.open_add_dialog()
    assert dialog is not None
    dialog.ui.endedCheck.setChecked(True)
    assert tab_chain(dialog.ui.personCombo, 9) == [
        "personCombo",
        "jobTitleEdit",
        "organisationCombo",
        "roleCombo",
        "votingCheck",
        "fromDate",
        "endedCheck",
        "toDate",
        "notesEdit",
    ]
    dialog.reject()
    declaration = view.declarations.open_add_dialog()
    assert declaration is not None
    assert tab_chain(declaration.ui.personCombo, 8) == [
        "personCombo",
        "nilCheck",
        "typeCombo",
        "descriptionEdit",
        "topicsEdit",
        "privateCheck",
        "declaredDate",
        "reviewedCheck",
    ]


def test_buttons_have_mnemonics_or_shortcuts(view: MembershipView) -> None:
    for tab in (view.members, view.declarations):
        for action in tab.actions():
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()
    assert view.members.edit_action.shortcut().toString() == "F2"
    assert view.members.add_action.shortcuts()


WINDOW_MNEMONICS = ["f", "e", "v", "h", "p"]  # File, Edit, View, Help menus; Place


def mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def test_mnemonics_never_clash_with_each_other_or_the_window(view: MembershipView) -> None:
    tab_letters = [mnemonic(view.tabs.tabText(i)) for i in range(view.tabs.count())]
    for tab in (view.members, view.partners, view.declarations):
        view.tabs.setCurrentWidget(tab)
        texts = [b.text() for b in tab.findChildren(QAbstractButton) if b.isVisible()]
        texts += [lab.text() for lab in tab.findChildren(QLabel) if lab.buddy() is not None]
        letters = [m for m in map(mnemonic, texts) if m] + tab_letters + WINDOW_MNEMONICS
        assert len(letters) == len(set(letters)), sorted(letters)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    if modifier is None:
        qtbot.keyClick(focused, key)
    else:
        qtbot.keyClick(focused, key, modifier)


def test_add_a_member_with_the_keyboard_only(
    qtbot: QtBot, view: MembershipView, demo_services: Services
) -> None:
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.members.table.setFocus()
    qtbot.keyClick(view.members.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = view.members.dialog
    assert isinstance(dialog, MembershipDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.focusWidget() is not None)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClicks(QApplication.focusWidget(), "Quinn Keyboard")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.jobTitleEdit
    qtbot.keyClicks(dialog.ui.jobTitleEdit, "Housing Lead")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.organisationCombo
    while dialog.ui.organisationCombo.currentText() != HOUSING:
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # the default button: Add member

    qtbot.waitUntil(lambda: not dialog.isVisible())
    rows = demo_services.membership.list_members(view.place_id or "")
    new = next(r for r in rows if r.person.full_name == "Quinn Keyboard")
    assert new.person.job_title == "Housing Lead"
    assert new.organisation.name == HOUSING
    assert new.membership.role == "member" and new.membership.voting


# -- in the main window --------------------------------------------------------------------


def test_the_window_hosts_the_view_and_its_undo_reloads_it(
    make_window: MakeWindow, demo_services: Services
) -> None:
    window = make_window(demo_services)
    window.place_combo.setCurrentIndex(window.place_combo.findText("Blackpool"))
    window.show_area(1)
    view = window.stack.currentWidget()
    assert isinstance(view, MembershipView)
    assert view.place_id == place_id(demo_services, "Blackpool")
    reads: list[str] = []
    original = view.members.reload

    def counted_reload() -> None:
        reads.append("members")
        original()

    view.members.reload = counted_reload  # type: ignore[method-assign]
    row = choose_member(view, "Chidi Stubworth")
    view.members.remove_action.trigger()
    assert view.members.proxy.row_of(lambda r: r.membership.id == row.membership.id) < 0
    assert reads == ["members"], "an edit reads the table once, not once more from the window"
    assert 0 in window.stale, "the Overview reads the change when it is next shown"
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert view.members.proxy.row_of(lambda r: r.membership.id == row.membership.id) >= 0
    assert reads == ["members", "members"]


# -- many rows -----------------------------------------------------------------------------

BIG_MEMBERS = 1400  # ten times the large demo's memberships of one board


@pytest.fixture(scope="module")
def big_board(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """One board with many members, deputies and declarations, built once per module."""
    folder = tmp_path_factory.mktemp("big-board") / "data"
    services = Services(open_database(folder))
    place = services.places.create_place("Bigshire", "upper_tier_county", 1_250_000)
    orgs = []
    for n in range(12):
        org = services.organisations.create_organisation(f"Bigshire Partner {n:02d}", "nhs_trust")
        services.organisations.add_partner(place.id, org.id)
        orgs.append(org.id)
    for n in range(BIG_MEMBERS):
        start = date(2015, 1, 1) + timedelta(days=3 * n)
        new = services.membership.add_member(
            place.id,
            orgs[n % len(orgs)],
            full_name=f"Member {n:04d} Sampleton",
            start_date=start,
            end_date=start + timedelta(days=700) if n % 3 == 0 else None,
        )
        if n % 4 == 0:
            services.membership.name_deputy(new.membership.id, full_name=f"Deputy {n:04d}")
        services.membership.declare(
            place.id, new.person.id, "financial", f"Interest number {n}", start
        )
    services.close()
    yield folder, place.id


def test_many_rows_filter_and_sort_quickly(
    qtbot: QtBot, big_board: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, place = big_board
    services = Services(open_database(folder, backup_on_open=False))
    try:
        view = MembershipView(services, QUndoStack())
        qtbot.addWidget(view)
        view.set_place(place)
        view.resize(1366, 768)
        view.show()
        qtbot.waitExposed(view)
        tab = view.members

        calls: list[str] = []
        original = services.membership.list_members

        def counted(*args: Any, **kwargs: Any) -> Any:
            calls.append("list_members")
            return original(*args, **kwargs)

        monkeypatch.setattr(services.membership, "list_members", counted)
        started = time.perf_counter()
        tab.reload()
        reload_time = time.perf_counter() - started
        assert calls == ["list_members"]  # one service call per reload, none per row

        tab.show_past.setChecked(True)
        assert tab.proxy.rowCount() == BIG_MEMBERS
        started = time.perf_counter()
        tab.filter_edit.setText("sampleton 01")
        filtered = tab.proxy.rowCount()
        tab.filter_edit.clear()
        filter_time = time.perf_counter() - started
        assert 0 < filtered < BIG_MEMBERS

        started = time.perf_counter()
        for column in range(tab.model.columnCount()):
            tab.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
            tab.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        sort_time = time.perf_counter() - started
        view.tabs.setCurrentWidget(view.declarations)
        started = time.perf_counter()
        view.declarations.filter_edit.setText("interest 13")
        view.declarations.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        declarations_time = time.perf_counter() - started
        qtbot.wait(1)
        print(
            f"\n{BIG_MEMBERS} members: reload {reload_time * 1000:.0f} ms, filter and clear "
            f"{filter_time * 1000:.0f} ms, 16 sorts {sort_time * 1000:.0f} ms; "
            f"{view.declarations.proxy.rowCount()} declarations filtered and sorted in "
            f"{declarations_time * 1000:.0f} ms"
        )
        view.tabs.setCurrentWidget(tab)
        tab.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
        starts = [tab.proxy.item(r).membership.start_date for r in range(tab.proxy.rowCount())]
        assert starts == sorted(starts)
    finally:
        services.close()
