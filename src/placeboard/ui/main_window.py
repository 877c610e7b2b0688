"""The main window: areas down the side, the place switcher on top, one view per area."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QStringListModel, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from placeboard import APP_NAME
from placeboard.domain.errors import PlaceBoardError
from placeboard.services.overview import PlaceSummary
from placeboard.ui.about_dialog import AboutDialog
from placeboard.ui.area_view import AreaView
from placeboard.ui.areas import AREAS
from placeboard.ui.coming_view import ComingView
from placeboard.ui.error_dialog import error_box
from placeboard.ui.first_run import FirstRunDialog
from placeboard.ui.overview_view import OverviewView
from placeboard.ui.views import VIEWS
from placeboard.ui.worker import Cancelled, Progress, Task, run_with_progress

if TYPE_CHECKING:
    from placeboard.services import Services

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
LAST_PLACE_KEY = "places/last"


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        settings: QSettings,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.undo_stack = undo_stack
        undo_stack.setParent(self)  # the window owns the one stack every view shares
        self.task: Task | None = None
        self.first_run_dialog: FirstRunDialog | None = None
        self.message_box: QMessageBox | None = None
        self.about_dialog: AboutDialog | None = None
        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_NAME)
        self.setWindowTitle(APP_NAME)

        self._build_central()
        self._build_tool_bar()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.show_area(0)
        self._restore_window_state()
        self.reload_places()

    # -- building ----------------------------------------------------------------------

    def _build_central(self) -> None:
        self.overview = OverviewView()
        self.stack = QStackedWidget()
        self.stack.setObjectName("areaStack")
        self.stack.setAccessibleName("Area")
        self.stack.addWidget(self.overview)
        self.area_views: list[AreaView] = []
        for area in AREAS[1:]:
            factory = VIEWS.get(area.key)
            if factory is None:
                self.stack.addWidget(ComingView(area))
                continue
            view = factory(self.services, self.undo_stack)
            view.changed.connect(self.refresh_overview)
            self.area_views.append(view)
            self.stack.addWidget(view)
        # An undo or redo changes the data under every view.
        self.undo_stack.indexChanged.connect(self._on_undo_index_changed)

        self.nav_model = QStringListModel([area.name for area in AREAS], self)
        self.navigation = QListView()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName("Areas")
        self.navigation.setAccessibleDescription("Choose which area of the board's records to show")
        self.navigation.setModel(self.nav_model)
        self.navigation.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_area(current.row())
        )

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self._navigation_width(), 900])
        self.splitter = splitter
        self.setCentralWidget(splitter)

    def _navigation_width(self) -> int:
        # The style sheet sets a larger font on the list than it has before it is polished.
        self.navigation.ensurePolished()
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(area.name) for area in AREAS)
        return widest + 64  # item padding, the selection marker and some air

    def _build_tool_bar(self) -> None:
        bar = QToolBar("Board")
        bar.setObjectName("boardToolBar")  # saveState() needs every tool bar named
        bar.setAccessibleName("Board tool bar")
        bar.setMovable(False)
        self.place_combo = QComboBox()
        self.place_combo.setObjectName("placeCombo")
        self.place_combo.setAccessibleName("Place")
        self.place_combo.setAccessibleDescription("The place whose board is shown")
        self.place_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.place_combo.setPlaceholderText("No boards yet")
        self.place_combo.view().setAccessibleName("Places")
        self.place_combo.currentIndexChanged.connect(self._on_place_changed)
        place_label = QLabel("&Place:")
        place_label.setBuddy(self.place_combo)
        bar.addWidget(place_label)
        bar.addWidget(self.place_combo)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.tool_bar = bar
        _name_child(bar, "qt_toolbar_ext_button", "More tool bar items")

    def _action(self, text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.backup_action = self._action("&Back up now", self.backup_now)
        self.restore_action = self._action("&Restore from backup…", self.restore_from_backup)
        self.load_demo_action = self._action("&Load the demo boards…", self.load_demo)
        self.quit_action = self._action("&Quit", self.close)
        self.quit_action.setShortcuts(std.Quit)
        if self.quit_action.shortcut().isEmpty():  # Windows has no standard Quit key
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(std.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(std.Redo)

        self.refresh_action = self._action("Re&fresh", self.refresh, QKeySequence(std.Refresh))
        self.about_action = self._action("&About PlaceBoard", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._build_area_actions()

    def _build_area_actions(self) -> None:
        """View ▸ one entry per area, Ctrl+1 … Ctrl+0, so the keyboard reaches each."""
        self.area_group = QActionGroup(self)
        self.area_actions: list[QAction] = []
        for number, area in enumerate(AREAS):
            action = QAction(area.name, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{(number + 1) % 10}"))
            action.triggered.connect(lambda _checked=False, row=number: self.show_area(row))
            self.area_group.addAction(action)
            self.area_actions.append(action)
        self.area_actions[0].setChecked(True)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        menu_bar.setAccessibleName("Menu bar")
        _name_child(menu_bar, "qt_menubar_ext_button", "More menus")
        file_menu = menu_bar.addMenu("&File")
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addAction(self.load_demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = menu_bar.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])

        view_menu = menu_bar.addMenu("&View")
        view_menu.addActions(self.area_actions)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.tool_bar.toggleViewAction())

        help_menu = menu_bar.addMenu("&Help")
        help_menu.addAction(self.about_action)
        self.menus = {"File": file_menu, "Edit": edit_menu, "View": view_menu, "Help": help_menu}

    def _build_status_bar(self) -> None:
        self.folder_label = QLabel()
        self.folder_label.setObjectName("folderLabel")
        self.folder_label.setAccessibleName("Data folder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.records_label = QLabel()
        self.records_label.setObjectName("recordsLabel")
        self.records_label.setAccessibleName("Number of records")
        status = self.statusBar()
        status.setAccessibleName("Status bar")
        status.addPermanentWidget(self.records_label)
        status.addPermanentWidget(self.folder_label)
        self._show_data_folder()

    def _show_data_folder(self) -> None:
        folder = self.services.maintenance.data_folder()
        self.folder_label.setText(f"Data folder: {folder}")
        self.folder_label.setToolTip(str(folder))

    # -- window state ------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        state = self.settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def save_window_state(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A worker thread must end before its QThread object goes, so stop it first.
        if self.task is not None and self.task.is_running():
            self.task.cancel()
            self.task.wait()
        self.save_window_state()
        super().closeEvent(event)

    # -- areas and places --------------------------------------------------------------

    def show_area(self, row: int) -> None:
        if not 0 <= row < len(AREAS):
            return
        self.stack.setCurrentIndex(row)
        self.area_actions[row].setChecked(True)
        index = self.nav_model.index(row)
        if self.navigation.currentIndex() != index:
            self.navigation.setCurrentIndex(index)

    def current_place_id(self) -> str | None:
        data = self.place_combo.currentData()
        return str(data) if data else None

    def reload_places(self, prefer: str | None = None) -> None:
        """Fill the place switcher again and show the preferred, last or first place."""
        places = self.services.places.list_places()
        wanted = prefer or self.current_place_id() or self.settings.value(LAST_PLACE_KEY)
        self.place_combo.blockSignals(True)
        self.place_combo.clear()
        for place in places:
            self.place_combo.addItem(place.name, place.id)
        found = self.place_combo.findData(wanted) if wanted else -1
        self.place_combo.setCurrentIndex(max(found, 0) if places else -1)
        self.place_combo.blockSignals(False)
        self.place_combo.setEnabled(bool(places))
        self.load_demo_action.setEnabled(not places)
        self._show_record_count()
        self._show_place_in_views()
        self.refresh_overview()

    def _on_place_changed(self, _index: int) -> None:
        place_id = self.current_place_id()
        if place_id:
            self.settings.setValue(LAST_PLACE_KEY, place_id)
        self._show_place_in_views()
        self.refresh_overview()

    def _show_place_in_views(self) -> None:
        for view in self.area_views:
            view.set_place(self.current_place_id())

    def _on_undo_index_changed(self, _index: int) -> None:
        self.reload_views()

    def reload_views(self) -> None:
        for view in self.area_views:
            view.reload()
        self.refresh_overview()

    def refresh_overview(self) -> None:
        place_id = self.current_place_id()
        summary = self.services.overview.summary(place_id) if place_id else None
        self.overview.set_summary(summary)
        self._show_summary_title(summary)

    def refresh(self) -> None:
        self.reload_places()
        self.statusBar().showMessage("Refreshed.", 3000)

    def _show_summary_title(self, summary: PlaceSummary | None) -> None:
        if summary is None:
            self.setWindowTitle(APP_NAME)
            self.statusBar().showMessage("No boards yet.")
            return
        self.setWindowTitle(f"{APP_NAME} — {summary.board_name}")
        self.statusBar().showMessage(
            f"{summary.place_name}: {summary.members} members, "
            f"{summary.priorities} priorities, {len(summary.metrics)} metrics with values."
        )

    def _show_record_count(self) -> None:
        count = self.services.maintenance.record_count()
        self.records_label.setText(f"{count:,} records")

    # -- first run and the demo --------------------------------------------------------

    def offer_first_run(self) -> FirstRunDialog | None:
        """On an empty database, ask whether to load the demo boards (window-modal, so
        the event loop keeps running; the answer arrives through `finished`)."""
        if not self.services.is_empty():
            return None
        dialog = FirstRunDialog(self)
        dialog.accepted.connect(self.load_demo)
        dialog.rejected.connect(lambda: self.statusBar().showMessage("Started empty.", 5000))
        self.first_run_dialog = dialog
        dialog.open()
        return dialog

    def load_demo(self) -> Task:
        if self.task is not None and self.task.is_running():
            return self.task  # one long job at a time

        def work(progress: Progress, cancelled: Cancelled) -> None:
            self.services.demo.load(scale="normal", progress=progress, cancelled=cancelled)

        self.load_demo_action.setEnabled(False)
        self.task = run_with_progress(self, "Loading the demo boards", work)
        self.task.succeeded.connect(self._on_demo_loaded)
        self.task.failed.connect(lambda _error: self.reload_places())
        return self.task

    def _on_demo_loaded(self, _result: object) -> None:
        self.reload_places()
        self.show_area(0)
        self.statusBar().showMessage("Loaded the demo boards.", 5000)

    # -- File and Help -----------------------------------------------------------------

    def _open_box(self, box: QMessageBox) -> QMessageBox:
        """Show a message without a nested event loop. The window keeps the latest box;
        an earlier one that is closed is let go, for Python to free."""
        previous = self.message_box
        if previous is not None and not previous.isVisible():
            previous.setParent(None)
        self.message_box = box
        box.open()
        return box

    def backup_now(self) -> Path | None:
        try:
            path = self.services.maintenance.backup_now()
        except PlaceBoardError as exc:
            self._open_box(error_box(self, exc))
            return None
        self.statusBar().showMessage(f"Backed up to {path}", 10000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Back up now",
            f"The data has been backed up to:\n{path}",
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAccessibleName("Backed up")
        self._open_box(box)
        return path

    def restore_from_backup(self) -> None:
        folder = self.services.maintenance.backups_folder()
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            "Restore from backup",
            str(folder),
            "PlaceBoard backups (*.sqlite3);;All files (*)",
        )
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            "Restore from backup",
            f"Replace the data in PlaceBoard with the backup {Path(chosen).name}?\n\n"
            "The data as it is now is backed up first, so you can go back to it.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.maintenance.restore(Path(chosen))
        except PlaceBoardError as exc:
            self._open_box(error_box(self, exc))
            return
        self.undo_stack.clear()  # the edits on it no longer match the data
        self.reload_places()
        self.statusBar().showMessage(f"Restored from {Path(chosen).name}.", 10000)

    def show_about(self) -> AboutDialog:
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self.services.maintenance.data_folder(), self)
        self.about_dialog.open()
        return self.about_dialog


def _name_child(parent: QWidget, object_name: str, accessible_name: str) -> None:
    """Name a button Qt makes inside a widget (shown when space runs out), which a
    screen reader would otherwise announce as just "button"."""
    child = parent.findChild(QWidget, object_name)
    if child is not None:
        child.setAccessibleName(accessible_name)
