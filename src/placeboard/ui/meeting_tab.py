"""What a tab of the Meetings view is: it shows one meeting of one place (or that
place's logs), reads its data again on `reload`, and says `changed` after an edit it
made (and has read back), so the view refreshes the other tabs.

The Meetings view hands every tab the place and the chosen meeting; tabs that keep a
place-wide log (actions, forward plan) use the meeting to know "this meeting" (the one
an action is raised at, the one a plan entry is for).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from placeboard.ui.dialog_host import DialogHost

if TYPE_CHECKING:
    from placeboard.services import Services


class MeetingTab(DialogHost, QWidget):
    changed = Signal()

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        self.place_id: str | None = None
        self.meeting_id: str | None = None

    def set_meeting(self, place_id: str | None, meeting_id: str | None) -> None:
        """Show this meeting of this place (None: no place, or no meeting chosen)."""
        self.place_id = place_id
        self.meeting_id = meeting_id
        self.reload()

    def reload(self) -> None:
        """Read the records again (after an edit, an undo, or another tab's edit)."""
