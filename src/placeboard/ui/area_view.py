"""What the main window expects of an area's view: a place to show, a signal on edits.

Each view is built with the services and the window's one undo stack; it shows one
place at a time and emits `changed` after an edit, so the window refreshes the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from placeboard.services import Services


class AreaView(QWidget):
    changed = Signal()
    status_message = Signal(str)  # a line for the window's status bar

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.place_id: str | None = None

    def set_place(self, place_id: str | None) -> None:
        """Show this place's records (None: no place yet)."""
        self.place_id = place_id
        self.reload()

    def reload(self) -> None:
        """Read the records again (after an edit, an undo or a restore)."""
