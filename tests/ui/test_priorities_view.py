"""The Priorities view over the demo boards: updates through the dialog change the RAG in
the table, filters, milestone flags, the glossary, the history chart, undo of each, and
names and keys for every control."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from placeboard.domain.vocab import RAG_COLOURS
from placeboard.services import Services
from placeboard.ui.priorities_view import PrioritiesView
from placeboard.ui.rag_widgets import RagHistoryChart

from .test_membership_view import unnamed_controls

TODAY = date(2026, 11, 24)


def place_id(services: Services, name: str) -> str:
    return next(p.id for p in services.places.list_places() if p.name == name)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def view(qtbot: QtBot, demo_services: Services, stack: QUndoStack) -> Iterator[PrioritiesView]:
    v = PrioritiesView(demo_services, stack, today=lambda: TODAY)
    qtbot.addWidget(v)
    connection = stack.indexChanged.connect(lambda _i: v.reload())
    v.set_place(place_id(demo_services, "Blackpool"))
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    yield v
    stack.indexChanged.disconnect(connection)


def column(view: PrioritiesView, n: int) -> list[str]:
    proxy = view.tracker.proxy
    return [proxy.index(r, n).data() for r in range(proxy.rowCount())]


def rag_of(view: PrioritiesView, title: str) -> str:
    proxy = view.tracker.proxy
    row = proxy.row_of(lambda r: r.title == title)
    return str(proxy.index(row, 7).data())


def choose(view: PrioritiesView, row: int = 0) -> str:
    view.tracker.table.selectRow(row)
    chosen = view.tracker.current()
    assert chosen is not None
    return chosen.title


def test_table_shows_rag_words_and_the_key(view: PrioritiesView) -> None:
    assert view.tracker.proxy.rowCount() == 5
    assert set(column(view, 7)) <= {
        "Red",
        "Amber",
        "Green",
        "Blue (complete)",
        "Grey (not started)",
    }
    key = [c.text() for c in view.tracker.key.chips.values()]
    assert key == ["Red", "Amber", "Green", "Blue = complete", "Grey = not started"]
    assert view.tracker.key.isVisible()


def test_add_update_through_the_dialog_changes_the_rag_and_undo(
    view: PrioritiesView, stack: QUndoStack, demo_services: Services
) -> None:
    title = choose(view, 0)
    before = rag_of(view, title)
    dialog = view.tracker.open_update_dialog()
    assert dialog is not None
    dialog.ui.updateDate.setDate(QDate(2026, 11, 24))
    dialog.ui.ragCombo.setCurrentIndex(dialog.ui.ragCombo.findData("blue"))
    dialog.ui.commentaryEdit.setPlainText("Delivered and closed.")
    dialog.ok_button().click()
    assert not dialog.isVisible()
    assert rag_of(view, title) == "Blue (complete)"
    assert view.tracker.updates.proxy.index(0, 2).data() == "Delivered and closed."
    assert "Blue (complete)" in view.tracker.chart.accessibleDescription()
    stack.undo()
    assert rag_of(view, title) == before
    stack.redo()
    assert rag_of(view, title) == "Blue (complete)"


def test_a_refused_update_keeps_the_dialog_open(view: PrioritiesView, stack: QUndoStack) -> None:
    choose(view, 0)
    dialog = view.tracker.open_update_dialog()
    assert dialog is not None
    dialog.ui.ragCombo.addItem("Purple", "purple")
    dialog.ui.ragCombo.setCurrentIndex(dialog.ui.ragCombo.count() - 1)
    dialog.ok_button().click()
    assert "RAG rating must be one of" in dialog.error_text()
    assert stack.count() == 0
    dialog.reject()


def test_filters_by_phase_rag_lead_and_overdue(view: PrioritiesView) -> None:
    t = view.tracker
    t.phase_combo.setCurrentIndex(t.phase_combo.findData(2))
    assert set(column(view, 2)) == {"Phase 2"}
    t.phase_combo.setCurrentIndex(0)
    t.rag_combo.setCurrentIndex(t.rag_combo.findData("red"))
    assert set(column(view, 7)) == {"Red"}
    t.rag_combo.setCurrentIndex(0)
    t.lead_combo.setCurrentIndex(t.lead_combo.findText("Blackpool Council"))
    assert set(column(view, 4)) == {"Blackpool Council"}
    t.lead_combo.setCurrentIndex(0)
    t.overdue_check.setChecked(True)
    flagged = column(view, 9)
    assert flagged and all("overdue" in f.casefold() for f in flagged)
    t.overdue_check.setChecked(False)
    assert t.proxy.rowCount() == 5


def test_milestone_overdue_flag_mark_done_and_undo(view: PrioritiesView, stack: QUndoStack) -> None:
    t = view.tracker
    title = choose(view, 0)
    t.tabs.setCurrentWidget(t.milestones)
    dialog = t.milestones.open_add_dialog()
    assert dialog is not None
    dialog.ui.titleEdit.setText("Test milestone")
    dialog.ui.dueCheck.setChecked(True)
    dialog.ui.dueDate.setDate(QDate(2026, 10, 1))
    dialog.ok_button().click()
    row = t.proxy.row_of(lambda r: r.title == title)
    assert "milestone" in t.proxy.index(row, 9).data() and "overdue" in t.proxy.index(row, 9).data()
    m_row = t.milestones.proxy.row_of(lambda m: m.title == "Test milestone")
    assert t.milestones.proxy.index(m_row, 3).data() == "Overdue"
    t.milestones.table.selectRow(m_row)
    t.milestones.done_action.trigger()
    m_row = t.milestones.proxy.row_of(lambda m: m.title == "Test milestone")
    assert t.milestones.proxy.index(m_row, 3).data() == "Done"
    stack.undo()
    m_row = t.milestones.proxy.row_of(lambda m: m.title == "Test milestone")
    assert t.milestones.proxy.index(m_row, 3).data() == "Overdue"
    stack.undo()
    assert t.milestones.proxy.row_of(lambda m: m.title == "Test milestone") == -1


def test_edit_and_remove_a_priority_with_undo(view: PrioritiesView, stack: QUndoStack) -> None:
    title = choose(view, 0)
    dialog = view.tracker.open_edit_dialog()
    assert dialog is not None
    dialog.ui.titleEdit.setText("Renamed priority")
    dialog.ok_button().click()
    assert "Renamed priority" in column(view, 1)
    stack.undo()
    assert title in column(view, 1)
    choose(view, 0)
    view.tracker.remove_action.trigger()
    assert title not in column(view, 1)
    stack.undo()
    assert title in column(view, 1)


def test_glossary_add_remove_and_seed_with_undo(
    view: PrioritiesView, stack: QUndoStack, demo_services: Services
) -> None:
    g = view.glossary
    view.tabs.setCurrentWidget(g)
    count = g.proxy.rowCount()
    assert not g.seed_action.isEnabled()  # the demo has every standard term
    dialog = g.open_add_dialog()
    assert dialog is not None
    dialog.ui.termEdit.setText("send")
    dialog.ui.meaningEdit.setPlainText("Special educational needs and disabilities")
    dialog.ok_button().click()
    assert "already has SEND" in dialog.error_text()  # the demo has it
    dialog.ui.termEdit.setText("MDC")
    dialog.ui.meaningEdit.setPlainText("Making Data Count")
    dialog.ok_button().click()
    assert dialog.error_text() == ""
    assert g.proxy.rowCount() == count + 1
    assert g.table.select_where(lambda t: t.term == "PCN")
    g.remove_action.trigger()
    assert g.seed_action.isEnabled()
    assert g.seed() == 1
    assert g.proxy.row_of(lambda t: t.term == "PCN") >= 0
    stack.undo()  # the seeding
    assert g.proxy.row_of(lambda t: t.term == "PCN") == -1
    stack.undo()  # the removal
    stack.undo()  # the add
    assert g.proxy.rowCount() == count


def test_a_new_board_can_be_seeded(qtbot: QtBot, services: Services, stack: QUndoStack) -> None:
    place = services.places.create_place("Blackpool", "unitary", 141000)
    v = PrioritiesView(services, stack, today=lambda: TODAY)
    qtbot.addWidget(v)
    v.set_place(place.id)
    assert v.glossary.proxy.rowCount() == 0
    assert v.glossary.seed() > 40
    terms = {t.term for t in services.priorities.glossary(place.id)}
    assert {"ICB", "ICP", "PBP", "DHCI", "BCF", "CHC", "INT", "PCN", "VCFSE", "SORD"} <= terms
    assert {"JSNA", "D2A"} <= terms


def test_chart_shows_the_steps(view: PrioritiesView, demo_services: Services) -> None:
    choose(view, 0)
    chart: RagHistoryChart = view.tracker.chart
    updates = demo_services.priorities.list_updates(view.tracker.current().id)  # type: ignore[union-attr]
    assert chart.steps and chart.steps[-1].rag == updates[-1].rag
    rags = [s.rag for s in chart.steps]
    assert all(a != b for a, b in itertools.pairwise(rags))
    assert chart.accessibleDescription().startswith("RAG over time:")
    image = chart.grab().toImage()
    right = image.pixelColor(image.width() - 12, 12).name().upper()
    assert right == RAG_COLOURS[chart.steps[-1].rag]


def test_every_control_is_named_and_reachable(view: PrioritiesView) -> None:
    choose(view, 0)
    t = view.tracker
    for tab in t.detail_tabs:
        t.tabs.setCurrentWidget(tab)
        tab.table.selectRow(0)
        assert unnamed_controls(view) == [], tab.objectName()
    view.tabs.setCurrentWidget(view.glossary)
    view.glossary.table.selectRow(0)
    assert unnamed_controls(view) == []
    view.tabs.setCurrentWidget(view.tracker)
    dialogs = [
        t.open_add_dialog(),
        t.open_edit_dialog(),
        t.open_update_dialog(),
        t.milestones.open_add_dialog(),
    ]
    view.tabs.setCurrentWidget(view.glossary)
    dialogs.append(view.glossary.open_add_dialog())
    for dialog in dialogs:
        assert dialog is not None
        assert dialog.accessibleName() and dialog.accessibleDescription()
        assert unnamed_controls(dialog) == [], dialog.objectName()
        dialog.reject()


def test_keyboard_shortcuts(view: PrioritiesView, qtbot: QtBot, stack: QUndoStack) -> None:
    choose(view, 0)
    view.tracker.table.setFocus()
    qtbot.keyClick(view.tracker.table, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    dialog = view.tracker.updates.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    qtbot.keyClick(view.tracker.table, Qt.Key.Key_F2)
    assert view.tracker.dialog is not None and view.tracker.dialog.isVisible()
    view.tracker.dialog.reject()
