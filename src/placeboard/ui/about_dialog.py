"""Help ▸ About: PlaceBoard's version, the versions of what it runs on and where its
data lives, with "Copy details" (all of it as plain text, for an email to support)
and "Open data folder".

The libraries' versions are read from their installed metadata when About first
opens, never at start-up, and without importing the libraries (a frozen build may
lack the metadata: then a module's own __version__ is read).
"""

from __future__ import annotations

import importlib
import platform
import sys
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from placeboard import APP_NAME, __version__
from placeboard.ui.forms.ui_about import Ui_AboutDialog

if TYPE_CHECKING:
    from placeboard.services import Services

NOT_INSTALLED = "not installed"
STILL_OPENING = "(still opening)"
NO_LOG_FILE = "none: this session logs to the terminal"


class Library(NamedTuple):
    name: str  # as people know it
    distributions: tuple[str, ...]  # the names it may be installed under
    module: str  # whose __version__ is read when the metadata is missing
    field: str  # its value label in forms/about.ui


LIBRARIES: tuple[Library, ...] = (
    Library("PySide6", ("PySide6", "PySide6-Essentials"), "PySide6", "pysideVersionValue"),
    Library("SQLAlchemy", ("SQLAlchemy",), "sqlalchemy", "sqlalchemyVersionValue"),
    Library("SQLModel", ("sqlmodel",), "sqlmodel", "sqlmodelVersionValue"),
    Library("Alembic", ("alembic",), "alembic", "alembicVersionValue"),
    Library("reportlab", ("reportlab",), "reportlab", "reportlabVersionValue"),
    Library("pyqtgraph", ("pyqtgraph",), "pyqtgraph", "pyqtgraphVersionValue"),
    Library("psycopg", ("psycopg",), "psycopg", "psycopgVersionValue"),
    Library("pypdf", ("pypdf",), "pypdf", "pypdfVersionValue"),
)


def library_version(library: Library) -> str:
    """The installed version of `library`, or "not installed"."""
    for name in library.distributions:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    module = sys.modules.get(library.module)
    if module is None:
        if find_spec(library.module) is None:
            return NOT_INSTALLED
        module = importlib.import_module(library.module)  # only when About opens
    return str(getattr(module, "__version__", "version unknown"))


def log_file() -> str:
    """The file this session's log is written to (the app's rotating file handler)."""
    import logging

    for handler in logging.getLogger("placeboard").handlers:
        name = getattr(handler, "baseFilename", None)
        if name:
            return str(name)
    return NO_LOG_FILE


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.copyButton.clicked.connect(self.copy_details)
        self.ui.openFolderButton.clicked.connect(self.open_data_folder)
        self.data_folder: Path | None = None
        self._show_versions()
        self.show_details(None)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _show_versions(self) -> None:
        self.ui.versionValue.setText(__version__)
        self.ui.systemVersionValue.setText(platform.platform())
        self.ui.pythonVersionValue.setText(platform.python_version())
        self.ui.qtVersionValue.setText(qVersion())  # the Qt running, not the one built against
        for library in LIBRARIES:
            value: QLabel = getattr(self.ui, library.field)
            value.setText(library_version(library))

    def show_details(self, services: Services | None) -> None:
        """What depends on the open data (services is None while it is opening)."""
        ui = self.ui
        self.data_folder = None
        values = dict.fromkeys(
            (
                ui.dataFolderValue,
                ui.databaseFileValue,
                ui.schemaRevisionValue,
                ui.backupsFolderValue,
                ui.filesFolderValue,
                ui.logFolderValue,
                ui.sqliteVersionValue,
            ),
            STILL_OPENING,
        )
        if services is not None:
            where = services.maintenance.locations()
            self.data_folder = where.data_folder
            values = {
                ui.dataFolderValue: str(where.data_folder),
                ui.databaseFileValue: str(where.database_file),
                ui.schemaRevisionValue: services.maintenance.schema_revision(),
                ui.backupsFolderValue: str(where.backups_folder),
                ui.filesFolderValue: str(where.files_folder),
                ui.logFolderValue: str(where.log_folder),
                ui.sqliteVersionValue: services.maintenance.sqlite_version(),
                ui.hubSettingsValue: str(services.hub.settings_file()),
            }
        else:
            values[ui.hubSettingsValue] = STILL_OPENING
        values[ui.logFileValue] = log_file()
        for label, text in values.items():
            label.setText(text)
        ui.openFolderButton.setEnabled(self.data_folder is not None)
        ui.copiedLabel.setText("")

    # -- the buttons -------------------------------------------------------------------

    def details_text(self) -> str:
        """Every line of the dialog as "Label: value", in its order, for a support email."""
        ui = self.ui
        lines = []
        for title, form in (
            (APP_NAME, ui.detailsLayout),
            (ui.versionsBox.title(), ui.versionsLayout),
            (ui.locationsBox.title(), ui.locationsLayout),
        ):
            lines += ["", title] if lines else [title]
            for row in range(form.rowCount()):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
                value = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
                assert isinstance(label, QLabel) and isinstance(value, QLabel)
                lines.append(f"{label.text()} {value.text()}")
        return "\n".join(lines) + "\n"

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.ui.copiedLabel.setText("Copied these details to the clipboard.")

    def open_data_folder(self) -> None:
        if self.data_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))
