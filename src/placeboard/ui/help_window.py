"""Help ▸ the guides: a window beside the main one (not modal, so a person can follow a
guide's steps in the view behind it), the list of guides on the left and the chosen
guide on the right. Tab goes list → text → Close; Escape closes.

Sizes come from the font, so the window and its text grow with the system's text size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QStringListModel, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from placeboard import APP_NAME
from placeboard.ui.help_guides import GETTING_STARTED, GUIDE_SCHEME, Guide, load_guides


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setModal(False)
        self.setAccessibleName(f"{APP_NAME} guides")
        self.setAccessibleDescription("A short guide to each area of the window")
        self.guides: list[Guide] = load_guides()
        self._build()
        self._size_from_font()
        self.show_guide(GETTING_STARTED)

    def _build(self) -> None:
        self.model = QStringListModel([guide.title for guide in self.guides], self)
        self.guide_list = QListView()
        self.guide_list.setObjectName("guideList")
        self.guide_list.setModel(self.model)
        self.guide_list.setAccessibleName("Guides")
        self.guide_list.setAccessibleDescription("Choose the guide to read")
        self.guide_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.guide_list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_row(current.row())
        )
        list_label = QLabel("&Guides:")
        list_label.setBuddy(self.guide_list)

        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setAccessibleName("Guide")
        self.text.setOpenLinks(False)  # links to other guides are followed here
        self.text.setTabChangesFocus(True)  # Tab leaves the text rather than walk its links
        self.text.anchorClicked.connect(self._follow_link)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setAccessibleName("Dialog buttons")
        self.buttons.rejected.connect(self.reject)  # the Close button, and Escape

        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.guide_list, 1)
        panes = QHBoxLayout()
        panes.addLayout(left)
        panes.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.guide_list, self.text)
        QWidget.setTabOrder(self.text, self.buttons)

    def _size_from_font(self) -> None:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(guide.title) for guide in self.guides)
        self.guide_list.setFixedWidth(widest + 4 * metrics.averageCharWidth())
        wanted = self.wanted_size()
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(wanted.boundedTo(screen.size() * 0.9))

    def wanted_size(self) -> QSize:
        """Some 90 characters a line and 50 lines, so that a guide fits without scrolling
        (where the screen has room for it)."""
        metrics = self.fontMetrics()
        return QSize(
            self.guide_list.width() + 100 * metrics.averageCharWidth(),
            50 * metrics.lineSpacing(),
        )

    # -- choosing a guide --------------------------------------------------------------

    def keys(self) -> list[str]:
        return [guide.key for guide in self.guides]

    def current_key(self) -> str:
        return self.guides[max(self.guide_list.currentIndex().row(), 0)].key

    def show_guide(self, key: str) -> None:
        """Show the guide `key` (an area's key or "getting-started")."""
        row = self.keys().index(key)
        index = self.model.index(row)
        if self.guide_list.currentIndex() != index:
            self.guide_list.setCurrentIndex(index)  # shows it, through currentRowChanged
        else:
            self._show_row(row)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.guides):
            return
        guide = self.guides[row]
        self.text.setMarkdown(guide.markdown)
        self.text.setAccessibleDescription(f"The guide: {guide.title}")
        self.setWindowTitle(f"{guide.title} — {APP_NAME} guide")

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() == GUIDE_SCHEME and url.path() in self.keys():
            self.show_guide(url.path())
            self.text.setFocus()
        else:
            QDesktopServices.openUrl(url)
