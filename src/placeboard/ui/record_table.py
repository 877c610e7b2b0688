"""A tab that lists records in a sortable, filterable table, with actions on the chosen
row: the pattern of the Members and Declarations tabs.

Actions are QActions on the tab, so their shortcuts work only while the tab shows;
each has a button beside the table with a mnemonic, and the table's context menu
(the right mouse button, or the context-menu key), which also sorts the rows by any
column: the keyboard's way to what a click on a column heading does.
Enter or a double-click on a row runs the tab's Edit action.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
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

SORTABLE_HEADINGS = (
    "The column headings: a click on one, or Sort by in the table's menu (the context-menu "
    "key), sorts the rows by that column"
)


def describe_headings(table: QTableView, name: str) -> None:
    """Name and describe a table's column headings for a screen reader."""
    header = table.horizontalHeader()
    header.setAccessibleName(f"{name} columns")
    header.setAccessibleDescription(
        SORTABLE_HEADINGS if table.isSortingEnabled() else f"The headings of the {name.lower()}"
    )


def sort_menu(table: QTableView, parent: QWidget) -> QMenu:
    """Sort by ▸ one entry per shown column; the column sorted by is checked, and
    choosing it again turns the order round, as a second click on its heading does."""
    menu = QMenu("&Sort by", parent)
    menu.setAccessibleName("Sort by")
    header = table.horizontalHeader()
    model = table.model()
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        action = menu.addAction(title.replace("&", "&&").replace("\n", " "))
        action.setCheckable(True)
        current = header.sortIndicatorSection() == column
        action.setChecked(current)
        ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        order = Qt.SortOrder.AscendingOrder
        if current and ascending:
            order = Qt.SortOrder.DescendingOrder
        action.triggered.connect(lambda _on=False, c=column, o=order: table.sortByColumn(c, o))
    return menu


def pop_up_menu(
    view: QAbstractItemView,
    where: QPoint,
    submenu: Callable[[QTableView, QWidget], QMenu] | None = None,
) -> QMenu | None:
    """Show `view`'s actions (and a submenu) as a menu at `where`, without a nested event
    loop (QMenu.exec, which Qt's own ActionsContextMenu uses, would hold one open)."""
    menu = QMenu(view)
    menu.setAccessibleName(f"{view.accessibleName()} menu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.addActions([a for a in view.actions() if a.isVisible()])
    if submenu is not None and isinstance(view, QTableView):
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addMenu(submenu(view, menu))
    if menu.isEmpty():
        menu.deleteLater()
        return None
    menu.popup(where)
    return menu


def actions_menu(view: QAbstractItemView) -> None:
    """A list's context menu (the right button, or the context-menu key): its actions."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(
        lambda pos: pop_up_menu(view, view.viewport().mapToGlobal(pos))
    )


def menu_position(view: QAbstractItemView, event: QContextMenuEvent) -> QPoint:
    """Where a context menu opens: at the mouse, or for the keyboard under the current
    row (Qt's own keyboard position is the middle of the cell, or the mouse pointer)."""
    if event.reason() != QContextMenuEvent.Reason.Keyboard:
        return event.globalPos()
    cell = view.visualRect(view.currentIndex())
    spot = cell.bottomLeft() if cell.isValid() else QPoint(0, 0)
    return view.viewport().mapToGlobal(spot)


class RowOpener(QObject):
    """Enter (or Return) on a list's current row, or a double-click on a row, runs
    `open_row`: the same on every platform. (Qt's `activated` follows the platform: on
    some a single click, on some a double-click, on others neither.)"""

    def __init__(self, view: QAbstractItemView, open_row: Callable[[], object]) -> None:
        super().__init__(view)
        self.view = view
        self.open_row = open_row
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.view
        if event.type() == QEvent.Type.KeyPress and watched is view:
            assert isinstance(event, QKeyEvent)
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if enter and plain and view.currentIndex().isValid():
                self.open_row()
                return True
        if event.type() == QEvent.Type.MouseButtonDblClick and watched is view.viewport():
            assert isinstance(event, QMouseEvent)
            left = event.button() == Qt.MouseButton.LeftButton
            if left and view.indexAt(event.position().toPoint()).isValid():
                self.open_row()
                return True
        return False


def open_rows_with(view: QAbstractItemView, open_row: Callable[[], object]) -> None:
    """Enter or a double-click on a row of `view` runs `open_row` (see RowOpener)."""
    RowOpener(view, open_row)


def bind_key(action: QAction, key: Shortcut, view: QWidget) -> QAction:
    """`key` (F2 to edit, Delete to remove) runs `action` while `view` has the focus, and
    only then: elsewhere the key means something else (Delete in a text box deletes
    text), and tables showing side by side each have their own. The action joins the
    view's menu, and its button's tooltip names the key."""
    if action not in view.actions():
        view.addAction(action)
    action.setShortcut(key if isinstance(key, QKeySequence) else QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    return action


class MenuTable(QTableView):
    """A table whose context menu (the right mouse button, or the context-menu key)
    lists its actions, then Sort by when it sorts; Tab leaves it, the arrows move in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)

    def setSortingEnabled(self, enable: bool) -> None:
        super().setSortingEnabled(enable)
        if self.accessibleName():
            describe_headings(self, self.accessibleName())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        sorts = self.isSortingEnabled() and self.model() is not None
        pop_up_menu(self, menu_position(self, event), sort_menu if sorts else None)
        event.accept()


class RecordTable(MenuTable):
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
