"""The first-run choice: load the demo boards or start empty."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from placeboard.ui.forms.ui_first_run import Ui_FirstRunDialog


class FirstRunDialog(QDialog):
    """Accepted means "Load the demo boards"; rejected (Start empty, Escape) means not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.ui.loadDemoButton.setFocus()

    def wants_demo(self) -> bool:
        return self.result() == QDialog.DialogCode.Accepted
