"""A tab that lists records in a sortable, filterable table, with actions on the chosen
row: the pattern of the Members and Declarations tabs.

Actions are QActions on the tab, so their shortcuts work only while the tab shows;
each has a button beside the table with a mnemonic, and the table's context menu.
Enter or a double-click on a row runs the tab's Edit action.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from placeboard.services import Services
from placeboard.ui.area_view import AreaView
from placeboard.ui.dialog_host import DialogHost
from placeboard.ui.flow_layout import FlowLayout
from placeboard.ui.models.lines import LineModel, LineProxy

Shortcut = QKeySequence | QKeySequence.StandardKey | str


class RecordTable(QTableView):
    def __init__(self, proxy: LineProxy, name: str, description: str) -> None:
        super().__init__()
        self.proxy = proxy
        self.setModel(proxy)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Qt's default indicator is descending
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setAccessibleName(f"{name} rows")
        # Fixed row heights: the view need not measure every row to lay out or scroll.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setAccessibleName(f"{name} columns")
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        corner = self.findChild(QWidget, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(f"Select all {name.lower()}")

    def set_widths(self, widths: Sequence[int], stretch: int) -> None:
        """Starting widths, in column order; column `stretch` takes the space left."""
        header = self.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def current_row(self) -> int:
        """The proxy row chosen, or -1."""
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def current_item(self) -> Any | None:
        row = self.current_row()
        return self.proxy.item(row) if row >= 0 else None

    def select_where(self, predicate: Callable[[Any], bool]) -> bool:
        row = self.proxy.row_of(predicate)
        if row < 0:
            return False
        index = self.proxy.index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True


def filter_box(placeholder: str, description: str) -> tuple[QLabel, QLineEdit]:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setAccessibleName(placeholder)
    edit.setAccessibleDescription(description)
    clear = edit.findChild(QToolButton)  # the button Qt adds to empty the box
    if clear is not None:
        clear.setAccessibleName("Clear the filter")
    label = QLabel("Fi&lter:")
    label.setBuddy(edit)
    return label, edit


def action_button(action: QAction) -> QPushButton:
    """A push button that runs `action` and follows its text and enabled state."""
    button = QPushButton(action.text())
    button.setAutoDefault(False)

    def sync() -> None:
        button.setText(action.text())
        button.setEnabled(action.isEnabled())
        button.setAccessibleName(action.text().replace("&", ""))
        button.setAccessibleDescription(action.statusTip())
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{action.statusTip()} ({keys})" if keys else action.statusTip())

    button.clicked.connect(action.trigger)
    action.changed.connect(sync)
    sync()
    return button


class RecordTab(DialogHost, AreaView):
    """Subclasses call `_build()` with their model, then add actions."""

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, undo_stack, parent)
        self.row_actions: list[QAction] = []

    def _build(
        self, model: LineModel[Any], name: str, description: str, placeholder: str
    ) -> QVBoxLayout:
        self.model = model
        self.proxy = LineProxy(model, self)
        self.table = RecordTable(self.proxy, name, description)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.proxy.modelReset.connect(self._update_actions)
        self.filter_label, self.filter_edit = filter_box(
            placeholder, f"Show only the {name.lower()} whose text contains every word typed"
        )
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        self.filter_edit.returnPressed.connect(self.table.setFocus)
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.filter_label)
        self.filter_row.addWidget(self.filter_edit, 1)
        self.button_row = FlowLayout(spacing=8)  # wraps rather than widen the window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row)
        return layout

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        description: str,
        shortcuts: Sequence[Shortcut] = (),
        needs_row: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(description)
        keys = [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in shortcuts]
        action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # the shortcut works while this tab is showing
        self.table.addAction(action)
        self.button_row.addWidget(action_button(action))
        if needs_row:
            self.row_actions.append(action)
        return action

    def _update_actions(self) -> None:
        chosen = self.table.current_item() is not None
        for action in self.row_actions:
            action.setEnabled(chosen and self._can(action))

    def _can(self, _action: QAction) -> bool:
        """Whether a row action suits the chosen row (subclasses narrow it)."""
        return True

    # -- dialogs and edits -------------------------------------------------------------

    def _after_edit(self, select: Callable[[Any], bool] | None = None) -> None:
        self.reload()
        if select is not None:
            self.table.select_where(select)
        self.changed.emit()
