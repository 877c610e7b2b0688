"""A placeholder for an area whose view is still to be built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from placeboard.ui.areas import Area


class ComingView(QWidget):
    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName(f"{area.key}View")
        self.setAccessibleName(area.name)

        title = QLabel(area.name, self)
        title.setObjectName("comingTitle")
        status = QLabel("Coming in a later release.", self)
        status.setObjectName("comingStatus")
        self.note = QLabel(area.purpose, self)
        self.note.setObjectName("comingNote")
        self.note.setWordWrap(True)
        self.note.setMaximumWidth(720)  # a readable line length on a wide window
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(status)
        layout.addWidget(self.note)
        layout.addStretch(1)
