"""A sync bundle opened from the desktop (`placeboard FILE.pbsync`, the file
association's command line): the window shows the Sync view and asks; Yes loads it in
the worker, Cancel leaves the data as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from placeboard.cli import opened_bundle
from placeboard.services import Services, open_services
from placeboard.ui.main_window import SYNC_ROW
from placeboard.ui.sync_view import SyncView

from .conftest import MakeWindow


def bundle_from_another_laptop(tmp_path: Path) -> Path:
    other = open_services(tmp_path / "laptop-b")
    try:
        other.places.create_place("Blackpool", "unitary")
        return other.sync.write_bundle(tmp_path / "blackpool.pbsync").path
    finally:
        other.close()


def test_the_window_asks_then_loads_the_bundle_opened(
    make_window: MakeWindow, services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    bundle = bundle_from_another_laptop(tmp_path)
    window = make_window(services)

    box = window.offer_bundle(bundle)
    assert window.stack.currentIndex() == SYNC_ROW
    assert box.isVisible() and "blackpool.pbsync" in box.text()
    view = window.pages[SYNC_ROW]
    assert isinstance(view, SyncView)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert view.task is not None
    with qtbot.waitSignal(view.task.finished, timeout=30_000):
        pass
    assert [p.name for p in services.places.list_places()] == ["Blackpool"]
    assert view.result_label.text().startswith("Took in ")


def test_cancel_leaves_the_data_as_it_was(
    make_window: MakeWindow, services: Services, tmp_path: Path
) -> None:
    bundle = bundle_from_another_laptop(tmp_path)
    window = make_window(services)
    box = window.offer_bundle(bundle)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert services.places.list_places() == []


def test_the_command_line_of_a_file_association_names_the_bundle() -> None:
    assert opened_bundle(["C:/Users/ann/Downloads/blackpool.pbsync"]) is not None
    assert opened_bundle(["--data-dir", "D", "x.PBSYNC"]) == "x.PBSYNC"
    assert opened_bundle(["--data-dir=D", "old.pbbundle"]) == "old.pbbundle"
    assert opened_bundle(["sync", "--bundle-in", "x.pbsync"]) is None
    assert opened_bundle(["--data-dir", "x.pbsync"]) is None  # the folder, not a bundle
    assert opened_bundle(["report.pdf"]) is None
