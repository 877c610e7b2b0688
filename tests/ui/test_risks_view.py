"""The Risks view over real services and a real SQLite file: the register, the heat map
that filters it (mouse and keyboard), the dialogs, and undo of every edit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from placeboard.services import Services
from placeboard.services.risks import RiskRow
from placeboard.ui.models.risk_models import CELL_ROLE
from placeboard.ui.risks_view import RisksView

TODAY = date.today()


def place_id(services: Services, name: str) -> str:
    return next(p.id for p in services.places.list_places() if p.name == name)


def shown(view: RisksView) -> list[RiskRow]:
    return [view.proxy.item(r) for r in range(view.proxy.rowCount())]


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def view(qtbot: QtBot, demo_services: Services, stack: QUndoStack) -> Iterator[RisksView]:
    """The view on Lancashire, reloading on undo and redo as the main window makes it."""
    v = RisksView(demo_services, stack)
    qtbot.addWidget(v)
    connection = stack.indexChanged.connect(lambda _i: v.reload())
    v.set_place(place_id(demo_services, "Lancashire"))
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    yield v
    stack.indexChanged.disconnect(connection)


def test_register_shows_scores_as_number_band_and_colour(
    view: RisksView, demo_services: Services
) -> None:
    rows = demo_services.risks.risk_rows(str(view.place_id))
    assert view.proxy.rowCount() == len(rows) == 10
    header = [view.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert header == ["Ref", "Risk", "Initial", "Current", "Target"]
    first = rows[0]
    index = view.proxy.index(view.proxy.row_of(lambda r: r.id == first.id), 3)
    assert index.data() == first.current.text()  # e.g. "20 Extreme"
    assert index.data().split()[1] in ("Low", "Moderate", "High", "Extreme")
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name().upper() in (
        "#007F3B", "#FFB81C", "#ED8B00", "#DA291C",
    )  # fmt: skip
    overdue = [r for r in rows if r.overdue]
    assert overdue
    row = view.proxy.row_of(lambda r: r.id == overdue[0].id)
    assert view.proxy.index(row, 5).data().endswith("— overdue")  # in words


def test_heat_map_counts_and_reads_each_cell(view: RisksView, demo_services: Services) -> None:
    counts = demo_services.risks.heat_map(str(view.place_id))
    heat = view.heat_map.heat
    total = sum(int(heat.index(r, c).data()) for r in range(5) for c in range(5))
    assert total == sum(counts.values()) == 9  # the open risks only
    top_left = heat.index(0, 0)
    assert top_left.data(CELL_ROLE) == (5, 1)  # likelihood 5 at the top, consequence 1 left
    n = counts[(4, 3)]
    text = heat.index(1, 2).data(Qt.ItemDataRole.AccessibleTextRole)
    assert text == (
        f"Likelihood 4 likely × consequence 3 moderate: score 12, high, {n} "
        f"risk{'' if n == 1 else 's'}"
    )


def _busiest_cell(view: RisksView, demo_services: Services) -> tuple[int, int]:
    counts = demo_services.risks.heat_map(str(view.place_id))
    return max(counts, key=lambda cell: counts[cell])


def test_clicking_a_cell_filters_the_table_then_show_all(
    qtbot: QtBot, view: RisksView, demo_services: Services
) -> None:
    cell = _busiest_cell(view, demo_services)
    index = view.heat_map.index_of(cell)
    rect = view.heat_map.visualRect(index)
    qtbot.mouseClick(view.heat_map.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    rows = shown(view)
    assert rows and len(rows) == int(index.data())
    assert all((r.current.likelihood, r.current.consequence) == cell for r in rows)
    assert all(r.status == "open" for r in rows)
    assert view.cell_bar.isVisible()
    assert f"scored L{cell[0]} × C{cell[1]}" in view.cell_note.text()
    assert view.heat_map.chosen_cell() == cell
    view.show_all_button.click()
    assert view.proxy.rowCount() == 10
    assert not view.cell_bar.isVisible()
    assert view.heat_map.chosen_cell() is None


def test_keyboard_moves_on_the_heat_map_and_enter_or_space_filters(
    qtbot: QtBot, view: RisksView, demo_services: Services
) -> None:
    counts = demo_services.risks.heat_map(str(view.place_id))
    heat_map = view.heat_map
    heat_map.setFocus()
    heat_map.setCurrentIndex(heat_map.index_of((1, 1)))
    qtbot.keyClick(heat_map, Qt.Key.Key_Up)  # likelihood 2
    qtbot.keyClick(heat_map, Qt.Key.Key_Right)  # consequence 2
    assert heat_map.currentIndex().data(CELL_ROLE) == (2, 2)
    qtbot.keyClick(heat_map, Qt.Key.Key_Return)
    assert view.cell == (2, 2)
    assert view.proxy.rowCount() == counts[(2, 2)]
    assert view.cell_bar.isVisible()
    qtbot.keyClick(heat_map, Qt.Key.Key_Up)
    qtbot.keyClick(heat_map, Qt.Key.Key_Right)
    qtbot.keyClick(heat_map, Qt.Key.Key_Space)
    assert view.cell == (3, 3)
    assert view.proxy.rowCount() == counts[(3, 3)]
    view.show_all_button.setFocus()
    qtbot.keyClick(view.show_all_button, Qt.Key.Key_Space)
    assert view.cell is None and view.proxy.rowCount() == 10


def test_add_a_risk_through_the_dialog_then_undo_and_redo(
    view: RisksView, demo_services: Services, stack: QUndoStack
) -> None:
    dialog = view.open_add_dialog()
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    ui.titleEdit.setText("Care home closures")
    ui.owningCombo.setCurrentIndex(ui.owningCombo.findText("Lancashire County Council"))
    ui.ownerEdit.setText("Director of Adult Services")
    # The owning partner cannot be ticked as contributing.
    for i in range(ui.contributorsList.count()):
        item = ui.contributorsList.item(i)
        if item.text() == "Lancashire County Council":
            assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
        if item.text() == "Lancashire VCFSE sector":
            item.setCheckState(Qt.CheckState.Checked)
    ui.currentLikelihood.setCurrentIndex(3)  # 4 Likely
    ui.currentConsequence.setCurrentIndex(2)  # 3 Moderate
    assert ui.currentScore.text() == "12 High"  # live
    ui.controlsEdit.setPlainText("Provider forum")
    dialog.ok_button().click()
    assert not dialog.isVisible()
    row = view.current()
    assert row is not None and row.title == "Care home closures"
    assert row.reference == "R11"
    assert view.proxy.index(view.table.current_row(), 3).data() == "12 High"
    [in_db] = [r for r in demo_services.risks.risk_rows(str(view.place_id)) if r.id == row.id]
    assert in_db.owning_partner == "Lancashire County Council"
    assert in_db.contributors == ("Lancashire VCFSE sector",)
    assert in_db.risk.opened_on == TODAY
    stack.undo()
    assert view.proxy.row_of(lambda r: r.id == row.id) < 0
    assert all(r.id != row.id for r in demo_services.risks.risk_rows(str(view.place_id)))
    stack.redo()
    assert view.proxy.row_of(lambda r: r.id == row.id) >= 0


def test_a_refused_risk_keeps_the_dialog_open(view: RisksView, stack: QUndoStack) -> None:
    dialog = view.open_add_dialog()
    assert dialog is not None
    dialog.ok_button().click()
    assert dialog.isVisible()
    assert "title" in dialog.error_text()
    assert stack.count() == 0


def test_edit_a_risk_scores_and_contributors_then_undo(
    view: RisksView, demo_services: Services, stack: QUndoStack
) -> None:
    view.table.selectRow(0)
    row = view.current()
    assert row is not None
    dialog = view.open_edit_dialog()
    assert dialog is not None
    dialog.ui.currentLikelihood.setCurrentIndex(0)  # 1 Rare
    dialog.ui.currentConsequence.setCurrentIndex(0)  # 1 Negligible
    for i in range(dialog.ui.contributorsList.count()):
        dialog.ui.contributorsList.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.ok_button().click()
    edited = next(r for r in demo_services.risks.risk_rows(str(view.place_id)) if r.id == row.id)
    assert edited.current.text() == "1 Low" and edited.contributors == ()
    stack.undo()
    back = next(r for r in demo_services.risks.risk_rows(str(view.place_id)) if r.id == row.id)
    assert back.current == row.current and back.contributors == row.contributors


def test_add_and_complete_a_mitigation_then_undo(
    view: RisksView, demo_services: Services, stack: QUndoStack
) -> None:
    view.table.selectRow(0)
    row = view.current()
    assert row is not None
    before = view.mitigations.proxy.rowCount()
    dialog = view.mitigations.open_add_dialog()
    assert dialog is not None
    dialog.ui.actionEdit.setText("Weekly market review")
    dialog.ui.ownerEdit.setText("Sam Provider")
    dialog.ok_button().click()
    assert view.mitigations.proxy.rowCount() == before + 1
    added = view.mitigations.current()
    assert added is not None and added.action == "Weekly market review"
    assert view.current() is not None
    assert view.current().open_mitigations == row.open_mitigations + 1  # type: ignore[union-attr]
    view.mitigations.done_action.trigger()
    done = [m for m in demo_services.risks.mitigations(row.id) if m.id == added.id]
    assert done[0].done_on == TODAY
    assert view.mitigations.done_action.text() == "Mark not &done"
    stack.undo()
    assert [m.done_on for m in demo_services.risks.mitigations(row.id) if m.id == added.id] == [
        None
    ]
    stack.undo()
    assert all(m.id != added.id for m in demo_services.risks.mitigations(row.id))
    assert view.mitigations.proxy.rowCount() == before


def test_record_a_review_clears_overdue_then_undo(
    view: RisksView, demo_services: Services, stack: QUndoStack
) -> None:
    view.overdue_check.setChecked(True)
    overdue = shown(view)
    assert overdue and all(r.overdue for r in overdue)
    view.overdue_check.setChecked(False)
    target = overdue[0]
    assert view.select_risk(target.id)
    dialog = view.open_review_dialog()
    assert dialog is not None
    next_review = TODAY + timedelta(days=60)
    dialog.ui.nextDate.setDate(QDate(next_review.year, next_review.month, next_review.day))
    dialog.ok_button().click()
    risk = demo_services.risks.get_risk(target.id)
    assert (risk.last_reviewed_on, risk.review_date) == (TODAY, next_review)
    assert view.current() is not None and not view.current().overdue  # type: ignore[union-attr]
    stack.undo()
    risk = demo_services.risks.get_risk(target.id)
    assert risk.review_date == target.review_date
    assert risk.last_reviewed_on == target.risk.last_reviewed_on


def test_close_reopen_and_remove_with_undo(
    view: RisksView, demo_services: Services, stack: QUndoStack
) -> None:
    open_before = sum(demo_services.risks.heat_map(str(view.place_id)).values())
    view.table.selectRow(0)
    row = view.current()
    assert row is not None and row.status == "open"
    view.close_action.trigger()
    assert demo_services.risks.get_risk(row.id).status == "closed"
    assert view.close_action.text() == "Re&open risk"
    heat_total = sum(view.heat_map.heat.counts.values())
    assert heat_total == open_before - 1
    stack.undo()
    assert demo_services.risks.get_risk(row.id).status == "open"
    assert view.select_risk(row.id)
    view.remove_action.trigger()
    assert view.proxy.row_of(lambda r: r.id == row.id) < 0
    stack.undo()
    assert view.proxy.row_of(lambda r: r.id == row.id) >= 0


def test_band_status_and_text_filters(view: RisksView) -> None:
    view.band_combo.setCurrentIndex(view.band_combo.findData("extreme"))
    assert shown(view) and all(r.current.band == "extreme" for r in shown(view))
    view.band_combo.setCurrentIndex(0)
    view.status_combo.setCurrentIndex(view.status_combo.findData("closed"))
    assert [r.status for r in shown(view)] == ["closed"]
    view.status_combo.setCurrentIndex(0)
    view.filter_edit.setText("workforce")
    assert shown(view) and all("workforce" in r.title.lower() for r in shown(view))


def test_every_control_has_an_accessible_name(view: RisksView) -> None:
    view.table.selectRow(0)
    dialogs = [
        view.open_add_dialog(),
        view.open_review_dialog(),
        view.mitigations.open_add_dialog(),
    ]
    for widget in [view, *dialogs]:
        assert widget is not None
        controls = widget.findChildren(QWidget)
        kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit)
        nameless = [
            w.objectName() or type(w).__name__
            for w in controls
            if isinstance(w, kinds) and w.isVisibleTo(widget) and not w.accessibleName()
        ]
        assert nameless == [], nameless
        widget.close() if widget is not view else None
    assert view.heat_map.accessibleName() == "Risk heat map"
    assert view.detail.accessibleName() == "Chosen risk"
