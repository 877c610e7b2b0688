"""Help ▸ About: the versions of PlaceBoard and what it runs on, where the data lives,
Copy details and Open data folder, read by a screen reader as label: value pairs."""

from __future__ import annotations

import os
import platform
import sqlite3
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from placeboard import __version__
from placeboard.services import Services
from placeboard.ui.about_dialog import LIBRARIES, NOT_INSTALLED, STILL_OPENING, AboutDialog
from placeboard.ui.main_window import MainWindow

from .conftest import MakeWindow


def rows(dialog: AboutDialog) -> list[tuple[QLabel, QLabel]]:
    """Every (label, value) pair of the dialog's forms, in order."""
    pairs = []
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            value = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            assert isinstance(label, QLabel) and isinstance(value, QLabel)
            pairs.append((label, value))
    return pairs


def installed_version(distributions: tuple[str, ...]) -> str | None:
    for name in distributions:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def test_about_shows_the_versions_of_what_placeboard_runs_on(
    make_window: MakeWindow, services: Services
) -> None:
    ui = make_window(services).show_about().ui
    assert ui.versionValue.text() == __version__
    assert ui.pythonVersionValue.text() == platform.python_version()
    assert ui.qtVersionValue.text() == qVersion()
    assert ui.sqliteVersionValue.text() == sqlite3.sqlite_version
    assert ui.systemVersionValue.text()
    for library in LIBRARIES:
        shown = getattr(ui, library.field).text()
        assert shown == installed_version(library.distributions), library.name
    assert ui.pysideVersionValue.text().startswith("6.")


def test_a_library_that_is_not_there_says_so() -> None:
    from placeboard.ui.about_dialog import Library, library_version

    missing = Library("nothing", ("placeboard-no-such-package",), "no_such_module", "x")
    assert library_version(missing) == NOT_INSTALLED
    bare = Library("PySide6", ("placeboard-no-such-package",), "PySide6", "x")
    assert library_version(bare) == installed_version(("PySide6-Essentials", "PySide6"))


def test_about_shows_where_the_data_lives(make_window: MakeWindow, services: Services) -> None:
    ui = make_window(services).show_about().ui
    folder = services.maintenance.data_folder()
    assert ui.dataFolderValue.text() == str(folder)
    assert Path(ui.databaseFileValue.text()) == folder / "placeboard.sqlite3"
    assert Path(ui.databaseFileValue.text()).is_file()
    assert Path(ui.backupsFolderValue.text()) == folder / "backups"
    assert Path(ui.filesFolderValue.text()) == folder / "files"
    assert ui.schemaRevisionValue.text() == services.maintenance.check().head
    config_home = Path(os.environ["XDG_CONFIG_HOME"])  # the tests' own (tests/conftest.py)
    assert Path(ui.hubSettingsValue.text()) == config_home / "PlaceBoard" / "hub.json"
    assert Path(ui.logFolderValue.text()) == services_log_folder()


def services_log_folder() -> Path:
    from placeboard.services import log_folder

    return log_folder()


def test_copy_details_puts_everything_on_the_clipboard(
    make_window: MakeWindow, services: Services, qtbot: QtBot
) -> None:
    dialog = make_window(services).show_about()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.ui.copyButton, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"Data folder: {services.maintenance.data_folder()}\n" in copied
    assert f"Python: {platform.python_version()}\n" in copied
    assert f"Qt: {qVersion()}\n" in copied
    assert copied.startswith(f"PlaceBoard\nVersion: {__version__}\n")
    for label, value in rows(dialog):
        assert f"{label.text()} {value.text()}" in copied  # every line of the dialog
    assert "Copied" in dialog.ui.copiedLabel.text()


class _Opened(QObject):
    """Stands in for the file manager: QDesktopServices hands it the URL to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_data_folder_opens_it_in_the_file_manager(
    make_window: MakeWindow, services: Services, qtbot: QtBot
) -> None:
    dialog = make_window(services).show_about()
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        qtbot.mouseClick(dialog.ui.openFolderButton, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(url.toLocalFile()) for url in opened.urls] == [services.maintenance.data_folder()]


def test_about_before_the_data_opens_then_after(
    settings: QSettings, services: Services, qtbot: QtBot
) -> None:
    window = MainWindow(settings, QUndoStack())
    qtbot.addWidget(window)
    dialog = window.show_about()
    assert dialog.ui.dataFolderValue.text() == STILL_OPENING
    assert not dialog.ui.openFolderButton.isEnabled()
    assert dialog.ui.qtVersionValue.text() == qVersion()  # known without the data
    dialog.close()
    window.attach(services)
    assert window.show_about() is dialog
    assert dialog.ui.dataFolderValue.text() == str(services.maintenance.data_folder())
    assert dialog.ui.openFolderButton.isEnabled()


def test_a_screen_reader_reads_label_value_pairs(
    make_window: MakeWindow, services: Services
) -> None:
    dialog = make_window(services).show_about()
    pairs = rows(dialog)
    # PlaceBoard; the system, Python, Qt, SQLite and the libraries; eight data locations
    assert len(pairs) == 1 + (4 + len(LIBRARIES)) + 8
    for label, value in pairs:
        assert label.buddy() is value
        assert value.accessibleName() == label.text().removesuffix(":")
        assert value.text(), f"{value.accessibleName()} shows nothing"
        assert value.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    for button in (dialog.ui.copyButton, dialog.ui.openFolderButton):
        assert button.accessibleName() and button.accessibleDescription()
