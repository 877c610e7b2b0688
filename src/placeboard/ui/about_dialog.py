"""Help ▸ About: the version, where the data lives, and what it runs on."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QWidget

from placeboard import __version__
from placeboard.ui.forms.ui_about import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.versionValue.setText(__version__)
        self.ui.dataFolderValue.setText(str(data_folder) if data_folder else "(still opening)")
        self.ui.qtVersionValue.setText(qVersion())
        self.ui.pythonVersionValue.setText(platform.python_version())
