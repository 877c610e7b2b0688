"""UI fixtures: a styled application, settings in a temporary folder, real services."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from placeboard.app import make_application
from placeboard.services import Services
from placeboard.store.database import open_database
from placeboard.ui.main_window import MainWindow
from placeboard.ui.style import follow_system

MakeWindow = Callable[[Services], MainWindow]

UI_TESTS = Path(__file__).parent

# The offscreen platform has no window manager to hand size hints to, and its stub
# logs this for every top-level window with a layout (Qt's QPlatformWindow default).
# It says nothing about our code and cannot be avoided under offscreen, so exactly this
# message is let through (still shown, marked IGNORED); every other warning fails.
OFFSCREEN_NOISE = r"^This plugin does not support propagateSizeHints\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if UI_TESTS in Path(item.fspath).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def styled_app(qapp: QApplication) -> QApplication:
    """The test application dressed as the real one (names, style, style sheet), so a
    style sheet that Qt cannot parse fails the tests with its warning."""
    app = make_application()
    follow_system(app)  # as `run` does after the first paint
    return app


@pytest.fixture(autouse=True)
def temporary_settings(tmp_path: Path) -> Path:
    """Every QSettings() of a test reads and writes an INI file under tmp_path."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder


@pytest.fixture
def settings(temporary_settings: Path) -> QSettings:
    return QSettings()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo boards, loaded once; tests get copies of it."""
    folder = tmp_path_factory.mktemp("demo-template") / "data"
    services = Services(open_database(folder))
    try:
        services.demo.load(scale="normal")
    finally:
        services.close()
    return folder


@pytest.fixture
def demo_services(demo_template: Path, tmp_path: Path) -> Iterator[Services]:
    folder = tmp_path / "demo-data"
    shutil.copytree(demo_template, folder)
    services = Services(open_database(folder))
    yield services
    services.close()


@pytest.fixture
def make_window(qtbot: QtBot, settings: QSettings) -> MakeWindow:
    def make(services: Services) -> MainWindow:
        window = MainWindow(settings, QUndoStack())
        window.attach(services)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.first_painted):  # shortcuts are bound after it
            window.show()
        return window

    return make


def open_message_boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]


def close_message_boxes(parent: QWidget) -> None:
    for box in open_message_boxes(parent):
        box.close()
