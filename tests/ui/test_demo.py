"""The window over the demo boards, and loading them from the first-run dialog."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from placeboard.domain.vocab import RAG
from placeboard.services import Services
from placeboard.ui.main_window import MainWindow
from placeboard.ui.worker import Cancelled, Progress, Task

from .conftest import MakeWindow, close_message_boxes, open_message_boxes
from .test_main_window import choose_place

CANCELLED = "Loading the demo boards was cancelled; nothing was loaded."


def test_overview_for_blackpool_shows_the_store_s_figures(
    make_window: MakeWindow, demo_services: Services
) -> None:
    window = make_window(demo_services)
    choose_place(window, "Blackpool")
    place_id = window.current_place_id()
    assert place_id is not None
    expected = demo_services.overview.summary(place_id)
    view = window.overview
    assert expected.members > 0
    assert view.members.number.text() == str(expected.members)
    assert view.voting_members.number.text() == str(expected.voting_members)
    assert view.partners.number.text() == str(expected.partners)
    assert view.open_risks.number.text() == str(expected.open_risks)
    assert view.board_name.text() == expected.board_name
    assert window.windowTitle().startswith(f"PlaceBoard — {expected.board_name} · ")
    assert window.windowTitle().endswith(" unsynced changes")
    assert view.metric_model.rowCount() == len(expected.metrics) > 0
    assert set(view.readiness.bars) == {s.key for s in expected.readiness}
    for rag in RAG:
        assert view.rag_counts.counts[rag].text() == str(expected.rag_counts.get(rag, 0))


def test_every_place_switch_updates_the_overview(
    make_window: MakeWindow, demo_services: Services
) -> None:
    window = make_window(demo_services)
    places = demo_services.places.list_places()
    assert len(places) >= 4
    for place in places:
        choose_place(window, place.name)
        expected = demo_services.overview.summary(place.id)
        assert window.overview.place_line.text().startswith(place.name)
        assert window.overview.members.number.text() == str(expected.members)


def load_from_first_run(qtbot: QtBot, window: MainWindow) -> Task:
    dialog = window.offer_first_run()
    assert dialog is not None
    qtbot.mouseClick(dialog.ui.loadDemoButton, Qt.MouseButton.LeftButton)
    assert window.task is not None
    return window.task


def test_load_the_demo_from_the_first_run_dialog(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    window = make_window(services)
    task = load_from_first_run(qtbot, window)
    assert task.dialog.isVisible() and task.is_running()
    outcome: list[object] = []
    task.succeeded.connect(lambda _result: outcome.append("loaded"))
    task.failed.connect(outcome.append)
    with qtbot.waitSignal(task.finished, timeout=120_000):
        pass
    assert outcome == ["loaded"]
    assert not services.is_empty()
    names = [window.place_combo.itemText(i) for i in range(window.place_combo.count())]
    assert names == [p.name for p in services.places.list_places()]
    assert "Blackpool" in names
    assert window.overview.pages.currentIndex() == 1
    assert not window.load_demo_action.isEnabled()
    assert open_message_boxes(window) == []


def test_cancel_during_the_demo_load_loads_nothing(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    window = make_window(services)
    task = window.load_demo()
    qtbot.waitUntil(lambda: task.dialog.labelText().startswith("Step "), timeout=10_000)
    outcome: list[object] = []
    task.failed.connect(outcome.append)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        qtbot.mouseClick(task.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert [str(e) for e in outcome] == [CANCELLED]
    assert task.cancel_requested
    [box] = open_message_boxes(window)
    assert box.text() == CANCELLED
    close_message_boxes(window)
    assert services.is_empty()
    assert window.place_combo.count() == 0
    assert window.load_demo_action.isEnabled()


def test_cancelled_before_the_first_step(
    qtbot: QtBot, make_window: MakeWindow, services: Services
) -> None:
    window = make_window(services)

    def work(progress: Progress, cancelled: Cancelled) -> None:
        services.demo.load(scale="normal", progress=progress, cancelled=cancelled)

    task = Task(window, "Loading the demo boards", work)
    task.cancel()
    task.start()
    with qtbot.waitSignal(task.failed, timeout=60_000) as blocker:
        pass
    assert str(blocker.args[0]) == CANCELLED
    close_message_boxes(window)
    assert services.is_empty()


def test_screenshots(
    qtbot: QtBot,
    make_window: MakeWindow,
    demo_services: Services,
    services: Services,
    tmp_path: Path,
) -> None:
    """Grab the Overview and the first-run dialog (into $PLACEBOARD_SHOTS when set, to
    look at; otherwise into tmp_path, just to prove they render)."""
    folder = Path(os.environ.get("PLACEBOARD_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    window = make_window(demo_services)
    window.resize(1280, 860)
    choose_place(window, "Blackpool")
    qtbot.wait(50)
    assert window.grab().save(str(folder / "overview.png"))
    window.show_area(6)
    assert window.grab().save(str(folder / "coming.png"))

    empty = make_window(services)
    dialog = empty.offer_first_run()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(folder / "first_run.png"))
    assert empty.show_about().grab().save(str(folder / "about.png"))
    assert empty.grab().save(str(folder / "empty.png"))
