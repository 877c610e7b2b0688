"""What every view and tab that opens record dialogs and makes edits shares: the
dialog on screen (kept, so tests can drive it) and edits whose refusal is shown in a
message box rather than raised."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from placeboard.domain.errors import PlaceBoardError
from placeboard.ui.error_dialog import error_box

D = TypeVar("D", bound=QDialog)


class DialogHost:
    """A mixin for QWidget subclasses: list it before the Qt base class."""

    dialog: QDialog | None = None
    message_box: QMessageBox | None = None

    def _open(self, dialog: D) -> D:
        """Show a dialog window-modally, keeping only the latest (the one tests drive)."""
        previous = self.dialog
        if previous is not None and not previous.isVisible():
            previous.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    def _attempt(self, edit: Callable[[], object]) -> bool:
        """Run an edit made outside a dialog; a refusal is shown in a message box."""
        try:
            edit()
        except PlaceBoardError as exc:
            self._show_error(exc)
            return False
        return True

    def _show_error(self, exc: BaseException) -> None:
        """Say what went wrong in a sentence, window-modally."""
        self.message_box = error_box(cast(QWidget, self), exc)
        self.message_box.open()
