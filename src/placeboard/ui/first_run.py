"""The first-run choice: explore the demo boards, start a new board, or connect to the
ICB hub — or start empty."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from placeboard.ui.forms.ui_first_run import Ui_FirstRunDialog

DEMO = "demo"
NEW_BOARD = "new_board"
HUB = "hub"


class FirstRunDialog(QDialog):
    """Accepted with `choice` one of DEMO, NEW_BOARD, HUB; rejected (Start empty,
    Escape, closing it) means none of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.choice: str | None = None
        for button, choice in (
            (self.ui.loadDemoButton, DEMO),
            (self.ui.newBoardButton, NEW_BOARD),
            (self.ui.hubButton, HUB),
        ):
            button.clicked.connect(lambda _checked=False, c=choice: self.choose(c))
        self.ui.loadDemoButton.setFocus()

    def choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def wants_demo(self) -> bool:
        return self.result() == QDialog.DialogCode.Accepted and self.choice == DEMO
