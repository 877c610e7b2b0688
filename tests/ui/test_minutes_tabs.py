"""The Minutes, Action log and Forward plan tabs of the Meetings view over the demo
boards: driven as a person would, each edit undone and redone on one stack."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from placeboard.services import Services
from placeboard.ui.action_log_tab import ActionLogTab
from placeboard.ui.forward_plan_tab import ForwardPlanTab
from placeboard.ui.meeting_tab import MeetingTab
from placeboard.ui.minutes_dialogs import ActionDialog, ActionUpdateDialog, PlanEntryDialog
from placeboard.ui.minutes_tab import MinutesTab
from placeboard.ui.models.lines import Look

from .test_membership_view import unnamed_controls

TODAY = date.today()
CARE_HOMES = "Circulate the list of care homes"


def place_id(services: Services, name: str = "Blackpool") -> str:
    return next(p.id for p in services.places.list_places() if p.name == name)


def meetings(services: Services) -> list[Any]:
    return services.meetings.list_meetings(place_id(services))


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


def make_tab(qtbot: QtBot, tab: MeetingTab, stack: QUndoStack) -> MeetingTab:
    qtbot.addWidget(tab)
    stack.indexChanged.connect(lambda _i: tab.reload())
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def minutes(qtbot: QtBot, demo_services: Services, stack: QUndoStack) -> Iterator[MinutesTab]:
    tab = MinutesTab(demo_services, stack, today=lambda: TODAY)
    make_tab(qtbot, tab, stack)
    yield tab
    stack.clear()


@pytest.fixture
def action_log(qtbot: QtBot, demo_services: Services, stack: QUndoStack) -> Iterator[ActionLogTab]:
    tab = ActionLogTab(demo_services, stack, today=lambda: TODAY)
    make_tab(qtbot, tab, stack)
    yield tab
    stack.clear()


@pytest.fixture
def plan(qtbot: QtBot, demo_services: Services, stack: QUndoStack) -> Iterator[ForwardPlanTab]:
    tab = ForwardPlanTab(demo_services, stack, today=lambda: TODAY)
    make_tab(qtbot, tab, stack)
    yield tab
    stack.clear()


def resolution_texts(tab: MinutesTab) -> list[str]:
    return [tab.resolutions.item(i).text() for i in range(tab.resolutions.count())]


def column(tab: Any, name: str) -> list[str]:
    c = tab.model.COLUMNS.index(name)
    return [tab.proxy.index(r, c).data() for r in range(tab.proxy.rowCount())]


# -- minutes ------------------------------------------------------------------------------


def test_minute_a_resolution_and_see_it_numbered(
    minutes: MinutesTab, demo_services: Services, stack: QUndoStack
) -> None:
    planned = next(m for m in meetings(demo_services) if m.status == "planned")
    minutes.set_meeting(place_id(demo_services), planned.id)
    assert minutes.status_label.text() == "Minutes: No minutes written yet."
    assert not minutes.approve.isEnabled()
    minutes.items.setCurrentRow(3)
    assert resolution_texts(minutes) == []
    for wording in ("noted the report.", "approved the plan."):
        minutes.add_resolution.trigger()
        dialog = minutes.dialog
        dialog.ui.textEdit.insertPlainText(wording)
        dialog.accept()
    assert resolution_texts(minutes) == [
        "i) Resolved: That the Board noted the report.",
        "ii) Resolved: That the Board approved the plan.",
    ]
    assert "Draft" in minutes.status_label.text()
    assert "2 resolutions" in minutes.items.currentItem().text()
    stack.undo()
    assert resolution_texts(minutes) == ["i) Resolved: That the Board noted the report."]
    stack.redo()
    assert len(resolution_texts(minutes)) == 2
    # Removing i renumbers ii as i; undo brings i back.
    minutes.resolutions.setCurrentRow(0)
    minutes.remove_resolution.trigger()
    assert resolution_texts(minutes) == ["i) Resolved: That the Board approved the plan."]
    stack.undo()
    assert resolution_texts(minutes)[1].startswith("ii) ")


def test_edit_a_resolution_and_the_discussion(
    minutes: MinutesTab, demo_services: Services, stack: QUndoStack
) -> None:
    held = [m for m in meetings(demo_services) if m.status == "held"][-1]
    minutes.set_meeting(place_id(demo_services), held.id)
    row = next(i for i, r in enumerate(minutes.rows) if r.resolutions)
    minutes.items.setCurrentRow(row)
    before = minutes.rows[row].resolutions[0].text
    minutes.edit_resolution.trigger()
    minutes.dialog.ui.textEdit.setPlainText("Resolved: That the Board deferred the item.")
    minutes.dialog.accept()
    assert resolution_texts(minutes)[0] == "i) Resolved: That the Board deferred the item."
    stack.undo()
    assert resolution_texts(minutes)[0] == f"i) {before}"
    old = minutes.discussion.toPlainText()
    minutes.discussion.setPlainText("The Board discussed the item at length.")
    minutes.discussion.document().setModified(True)
    minutes.items.setCurrentRow(row + 1)  # moving on saves the minute
    assert minutes.rows[row].discussion == "The Board discussed the item at length."
    assert minutes.items.currentRow() == row + 1
    stack.undo()
    assert minutes.rows[row].discussion == old


def test_approve_draft_minutes_at_the_next_meeting(
    minutes: MinutesTab, demo_services: Services, stack: QUndoStack
) -> None:
    draft = next(m for m in meetings(demo_services) if m.minutes_status == "draft")
    following = demo_services.minutes.next_meeting(draft.id)
    assert following is not None
    minutes.set_meeting(place_id(demo_services), draft.id)
    assert minutes.approve.isEnabled()
    assert minutes.approve.text().replace("&", "") == (
        f"Approve at {following.meeting_date.day} "
        f"{following.meeting_date:%B} {following.meeting_date.year}"
    )
    minutes.approve.trigger()
    state = demo_services.minutes.minutes_state(draft.id)
    assert state.status == "approved" and state.approved_at.id == following.id
    assert minutes.status_label.text().startswith("Minutes: Approved at the meeting of")
    assert not minutes.approve.isEnabled()
    stack.undo()
    assert demo_services.minutes.minutes_state(draft.id).status == "draft"
    assert minutes.approve.isEnabled()
    stack.redo()
    assert demo_services.minutes.minutes_state(draft.id).approved_at.id == following.id


# -- the action log ---------------------------------------------------------------------


def raise_in_dialog(tab: ActionLogTab, text: str, owner: str, due: date) -> None:
    tab.raise_action.trigger()
    dialog = tab.dialog
    assert isinstance(dialog, ActionDialog)
    dialog.ui.itemCombo.setCurrentIndex(2)
    dialog.ui.descriptionEdit.setPlainText(text)
    dialog.ui.ownerCombo.setEditText(owner)
    dialog.ui.dueCheck.setChecked(True)
    dialog.ui.dueDate.setDate(QDate(due.year, due.month, due.day))
    dialog.accept()
    assert not dialog.isVisible(), dialog.error_text()


def test_raise_an_action_and_see_it_carried_until_closed(
    action_log: ActionLogTab, demo_services: Services, stack: QUndoStack
) -> None:
    place = place_id(demo_services)
    all_meetings = [m for m in meetings(demo_services) if m.status != "cancelled"]
    first, second, third = all_meetings[-3:]
    action_log.set_meeting(place, first.id)
    before = action_log.proxy.rowCount()
    raise_in_dialog(action_log, CARE_HOMES, "Louise Taylor", TODAY)
    assert action_log.proxy.rowCount() == before + 1
    assert action_log.table.current_item().action.description == CARE_HOMES
    stack.undo()
    assert action_log.proxy.rowCount() == before
    stack.redo()
    assert CARE_HOMES in column(action_log, "Action")

    action_log.set_meeting(place, second.id)  # carried into the next meeting's log
    assert action_log.table.select_where(lambda r: r.action.description == CARE_HOMES)
    row = action_log.table.current_item()
    assert (
        row.carried
        and "carried forward" in column(action_log, "Status")[action_log.table.current_row()]
    )
    action_log.update_action.trigger()
    dialog = action_log.dialog
    assert isinstance(dialog, ActionUpdateDialog)
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("closed"))
    dialog.ui.noteEdit.setPlainText("List circulated.")
    dialog.accept()
    assert not dialog.isVisible(), dialog.error_text()
    action_log.set_meeting(place, third.id)
    assert CARE_HOMES not in column(action_log, "Action")
    stack.undo()  # the action is open again, and back on the later sheet
    assert CARE_HOMES in column(action_log, "Action")
    assert demo_services.minutes.action_updates(row.action.id) == []


def test_overdue_actions_are_flagged_in_words_and_colour(
    action_log: ActionLogTab, demo_services: Services
) -> None:
    first = [m for m in meetings(demo_services) if m.status == "held"][-1]
    action_log.set_meeting(place_id(demo_services), first.id)
    raise_in_dialog(action_log, "Report back on waiting times", "Sam Gorton", TODAY - timedelta(1))
    r = action_log.table.current_row()
    assert column(action_log, "Status")[r] == "Open, overdue"
    source = action_log.proxy.mapToSource(action_log.proxy.index(r, 0)).row()
    assert action_log.model.line(source).look is Look.ALERT
    assert action_log.model.line(source).note == "Overdue action"
    assert "overdue" in action_log.summary.text()


def test_owner_filter_and_edit_action(
    action_log: ActionLogTab, demo_services: Services, stack: QUndoStack
) -> None:
    latest = [m for m in meetings(demo_services) if m.status == "held"][-1]
    action_log.set_meeting(place_id(demo_services), latest.id)
    raise_in_dialog(action_log, "Draft the winter letter", "Sam Gorton", TODAY)
    everyone = action_log.proxy.rowCount()
    action_log.set_owner("Sam Gorton")
    assert column(action_log, "Owner") == ["Sam Gorton"]
    action_log.set_owner("")
    assert action_log.proxy.rowCount() == everyone
    action_log.table.select_where(lambda r: r.action.owner == "Sam Gorton")
    action_log.edit_action.trigger()
    action_log.dialog.ui.ownerCombo.setEditText("Louise Taylor")
    action_log.dialog.accept()
    assert "Louise Taylor" in column(action_log, "Owner")
    stack.undo()
    assert "Sam Gorton" in column(action_log, "Owner")


# -- the forward plan -------------------------------------------------------------------


def test_forward_plan_entry_added_edited_and_removed(
    plan: ForwardPlanTab, demo_services: Services, stack: QUndoStack
) -> None:
    upcoming = next(m for m in meetings(demo_services) if m.status == "planned")
    plan.set_meeting(place_id(demo_services), upcoming.id)
    count = plan.proxy.rowCount()
    plan.add_entry.trigger()
    dialog = plan.dialog
    assert isinstance(dialog, PlanEntryDialog)
    assert dialog.ui.meetingCombo.currentData() == upcoming.id
    dialog.ui.topicEdit.setText("VCFS strategy")
    dialog.ui.summaryEdit.setPlainText("To receive the VCFS strategy.")
    dialog.ui.ownerEdit.setText("Lynne Johnstone")
    dialog.accept()
    assert not dialog.isVisible(), dialog.error_text()
    assert plan.proxy.rowCount() == count + 1
    row = plan.table.current_row()
    assert column(plan, "Topic")[row] == "VCFS strategy"
    assert column(plan, "Date of meeting")[row].endswith(str(upcoming.meeting_date.year))

    plan.edit_entry.trigger()
    plan.dialog.ui.meetingCombo.setCurrentIndex(0)  # no meeting fixed yet
    plan.dialog.ui.monthEdit.setText("2030-03")
    plan.dialog.ui.topicEdit.setText("VCFS strategy refresh")
    plan.dialog.accept()
    assert not plan.dialog.isVisible(), plan.dialog.error_text()
    assert column(plan, "Date of meeting")[-1] == "March 2030"
    assert column(plan, "Topic")[-1] == "VCFS strategy refresh"
    stack.undo()
    assert "VCFS strategy" in column(plan, "Topic")
    assert "March 2030" not in column(plan, "Date of meeting")
    plan.table.select_where(lambda r: r.entry.topic == "VCFS strategy")
    plan.remove_entry.trigger()
    assert plan.proxy.rowCount() == count
    stack.undo()
    assert plan.proxy.rowCount() == count + 1
    stack.undo()
    stack.undo()  # the add itself
    assert plan.proxy.rowCount() == count


def test_a_plan_entry_needs_a_topic(plan: ForwardPlanTab, demo_services: Services) -> None:
    plan.set_meeting(place_id(demo_services), None)
    plan.add_entry.trigger()
    plan.dialog.accept()
    assert plan.dialog.isVisible()
    assert plan.dialog.error_text() == "The topic cannot be empty."
    plan.dialog.reject()


# -- keyboard and screen readers ----------------------------------------------------------


def test_every_control_is_named(
    minutes: MinutesTab,
    action_log: ActionLogTab,
    plan: ForwardPlanTab,
    demo_services: Services,
) -> None:
    held = [m for m in meetings(demo_services) if m.status == "held"][-1]
    tabs: list[QWidget] = [minutes, action_log, plan]
    for tab in (minutes, action_log, plan):
        tab.set_meeting(place_id(demo_services), held.id)
    action_log.table.selectRow(0)
    plan.table.selectRow(0)
    for tab in tabs:
        assert tab.accessibleName()
        assert unnamed_controls(tab) == [], tab.objectName()
    minutes.add_resolution.trigger()
    action_log.raise_action.trigger()
    dialogs = [minutes.dialog, action_log.dialog]
    action_log.update_action.trigger()
    plan.add_entry.trigger()
    dialogs += [action_log.dialog, plan.dialog]
    for dialog in dialogs:
        assert dialog is not None
        assert dialog.accessibleName() and dialog.accessibleDescription()
        assert unnamed_controls(dialog) == [], dialog.objectName()
        dialog.reject()


def test_without_a_meeting(minutes: MinutesTab, action_log: ActionLogTab) -> None:
    assert minutes.status_label.text() == "Choose a meeting to see its minutes."
    assert not minutes.add_resolution.isEnabled()
    assert action_log.proxy.rowCount() == 0
    assert not action_log.raise_action.isEnabled()
