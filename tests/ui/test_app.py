"""The composition root's pieces: logging, the error hook, a database that cannot open."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from placeboard.app import Opening, configure_logging, make_excepthook, open_store
from placeboard.services import Services
from placeboard.store.database import open_database
from placeboard.store.paths import backups_dir, database_path
from placeboard.ui.error_dialog import UNEXPECTED
from placeboard.ui.main_window import MainWindow


def answer_next_message_box(qtbot: QtBot, seen: list[QMessageBox]) -> None:
    """Close the message box that is about to run its own event loop, noting it."""

    def close_it() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box)
            box.done(0)
        else:
            QTimer.singleShot(20, close_it)

    QTimer.singleShot(0, close_it)


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    logger = logging.getLogger("placeboard")
    before = list(logger.handlers)
    yield folder
    for handler in logger.handlers[len(before) :]:
        handler.close()
        logger.removeHandler(handler)


def test_logging_goes_to_a_file_in_a_new_folder(log_folder: Path) -> None:
    log_file = configure_logging(log_folder)
    assert log_file == log_folder / "placeboard.log"
    logging.getLogger("placeboard.test").info("hello from the test")
    assert "hello from the test" in log_file.read_text(encoding="utf-8")


def test_unhandled_error_is_logged_and_shown_as_a_sentence(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    hook = make_excepthook(tmp_path / "placeboard.log")
    try:
        raise KeyError("missing_column")
    except KeyError:
        exc_type, exc, tb = sys.exc_info()
    seen: list[QMessageBox] = []
    answer_next_message_box(qtbot, seen)
    with caplog.at_level(logging.ERROR, logger="placeboard"):
        hook(exc_type, exc, tb)  # type: ignore[arg-type]
    assert "missing_column" in caplog.text
    [box] = seen
    assert box.text() == UNEXPECTED
    assert "missing_column" in box.detailedText()
    assert str(tmp_path / "placeboard.log") in box.informativeText()


def test_a_damaged_database_is_explained_and_left_alone(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    damaged = database_path(folder)
    damaged.write_bytes(b"this is not a database" * 100)
    seen: list[QMessageBox] = []
    answer_next_message_box(qtbot, seen)
    assert open_store(folder) is None
    [box] = seen
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.text() and "\n" not in box.text()
    assert f"Backups are in {backups_dir(folder)}" in box.informativeText()
    assert damaged.read_bytes() == b"this is not a database" * 100


def test_a_good_folder_opens(tmp_path: Path) -> None:
    db = open_store(tmp_path / "data")
    assert db is not None
    db.close()


def test_a_damaged_database_can_be_restored_from_a_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    services = Services(open_database(folder))
    services.places.create_place("Blackpool", "unitary")
    backup = services.maintenance.backup_now()
    services.close()
    database_path(folder).write_bytes(b"damaged" * 1000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))

    def choose_restore() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            [restore] = [
                b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
            ]
            restore.click()
        else:
            QTimer.singleShot(20, choose_restore)

    QTimer.singleShot(0, choose_restore)
    db = open_store(folder)
    assert db is not None
    assert [p.name for p in Services(db).places.list_places()] == ["Blackpool"]
    # The damaged file was kept aside, byte for byte.
    [aside] = backups_dir(folder).glob("*.set-aside")
    assert aside.read_bytes() == b"damaged" * 1000
    db.close()



# -- opening behind the window -------------------------------------------------------


def opening_window(qtbot: QtBot, settings: QSettings, folder: Path) -> Opening:
    window = MainWindow(settings, QUndoStack())
    qtbot.addWidget(window)
    opening = Opening(window, folder)
    opening.start()
    window.show()
    return opening


def test_the_data_opens_behind_the_window(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    services = Services(open_database(folder))
    services.places.create_place("Blackpool", "unitary")
    services.close()
    opening = opening_window(qtbot, settings, folder)
    window = opening.window
    assert window.services is None  # the window is on screen first
    with qtbot.waitSignal(window.data_shown, timeout=30_000):
        pass
    assert window.services is opening.services is not None
    assert window.place_combo.currentText() == "Blackpool"
    assert window.backup_action.isEnabled()
    assert window.windowTitle().startswith("PlaceBoard — ")
    window.close()
    opening.close()


def test_a_damaged_database_found_on_opening_is_explained_and_the_window_closes(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    database_path(folder).write_bytes(b"this is not a database" * 100)
    seen: list[QMessageBox] = []
    answer_next_message_box(qtbot, seen)
    opening = opening_window(qtbot, settings, folder)
    qtbot.waitUntil(lambda: not opening.window.isVisible(), timeout=30_000)
    [box] = seen
    assert box.accessibleName() == "Cannot open the data"
    assert opening.services is None and opening.exit_code == 1
    assert database_path(folder).read_bytes() == b"this is not a database" * 100
    opening.close()
