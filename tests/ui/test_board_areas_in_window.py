"""The stage checklist, priority tracker and risk register inside the main window: an
edit in one area shows on the Overview, and Edit ▸ Undo takes it back everywhere."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from placeboard.services import Services
from placeboard.ui.areas import AREAS
from placeboard.ui.main_window import MainWindow
from placeboard.ui.priorities_view import PrioritiesView
from placeboard.ui.risks_view import RisksView
from placeboard.ui.stages_view import StagesView

from .conftest import MakeWindow

ROW = {area.key: n for n, area in enumerate(AREAS)}


def window_on(make_window: MakeWindow, services: Services, place: str) -> MainWindow:
    window = make_window(services)
    window.place_combo.setCurrentIndex(window.place_combo.findText(place))
    return window


def test_a_priority_update_changes_the_rag_on_the_overview_and_undo_restores_it(
    make_window: MakeWindow, demo_services: Services
) -> None:
    window = window_on(make_window, demo_services, "Blackpool")
    before = dict(window.overview.summary.rag_counts)  # type: ignore[union-attr]
    window.show_area(ROW["priorities"])
    view = window.stack.currentWidget()
    assert isinstance(view, PrioritiesView)
    view.tracker.table.selectRow(0)
    chosen = view.tracker.current()
    assert chosen is not None and chosen.rag != "red"
    dialog = view.tracker.open_update_dialog()
    assert dialog is not None
    dialog.ui.updateDate.setDate(QDate.currentDate())
    dialog.ui.ragCombo.setCurrentIndex(dialog.ui.ragCombo.findData("red"))
    dialog.ui.commentaryEdit.setPlainText("Funding withdrawn; recovery plan to the next board.")
    dialog.ok_button().click()
    window.show_area(ROW["overview"])
    after = window.overview.summary.rag_counts  # type: ignore[union-attr]
    assert after["red"] == before["red"] + 1
    assert after[chosen.rag] == before[chosen.rag] - 1
    assert window.overview.rag_counts.counts["red"].text() == str(after["red"])
    window.undo_action.trigger()
    assert window.overview.summary.rag_counts == before  # type: ignore[union-attr]


def test_a_stage_passed_with_criteria_unmet_shows_on_the_overview_with_its_rationale(
    make_window: MakeWindow, demo_services: Services
) -> None:
    window = window_on(make_window, demo_services, "Blackpool")
    before = window.overview.stage_note.text()
    window.show_area(ROW["stages"])
    view = window.stack.currentWidget()
    assert isinstance(view, StagesView) and view.board is not None
    ready = next(s for s in view.board.stages if s.key == "ready_for_delegation")
    dialog = view.open_decision_dialog()
    assert dialog is not None
    dialog.ui.stageCombo.setCurrentIndex(dialog.ui.stageCombo.findData(ready.id))
    dialog.ui.rationaleEdit.setPlainText("The ICB Board asked us to take delegation in April.")
    dialog.accept()
    window.show_area(ROW["overview"])
    overview = window.overview
    assert "Ready for delegation" in overview.place_line.text()
    assert not overview.stage_note.isHidden()
    assert "passed on" in overview.stage_note.text() and "unmet" in overview.stage_note.text()
    assert "take delegation in April" in overview.stage_note.text()
    window.undo_action.trigger()
    assert overview.stage_note.text() == before and "April" not in before


def test_the_heat_map_filters_and_a_new_high_risk_counts_on_the_overview(
    qtbot: QtBot, make_window: MakeWindow, demo_services: Services
) -> None:
    window = window_on(make_window, demo_services, "Lancashire")
    high_before = window.overview.summary.high_risks  # type: ignore[union-attr]
    window.show_area(ROW["risks"])
    view = window.stack.currentWidget()
    assert isinstance(view, RisksView)
    dialog = view.open_add_dialog()
    assert dialog is not None
    dialog.ui.titleEdit.setText("Care home closures")
    dialog.ui.currentLikelihood.setCurrentIndex(4)  # 5 almost certain
    dialog.ui.currentConsequence.setCurrentIndex(3)  # 4 major: 20, extreme
    dialog.ok_button().click()
    index = view.heat_map.index_of((5, 4))
    rect = view.heat_map.visualRect(index)
    qtbot.mouseClick(view.heat_map.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    titles = [view.proxy.index(r, 1).data() for r in range(view.proxy.rowCount())]
    assert "Care home closures" in titles and len(titles) == int(index.data())
    window.show_area(ROW["overview"])
    assert window.overview.summary.high_risks == high_before + 1  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert window.overview.summary.high_risks == high_before  # type: ignore[union-attr]
