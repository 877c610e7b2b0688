"""The main window: areas down the side, the place switcher on top, one view per area.

Start-up time is measured against a bare Qt window, so what is only needed later (the
views, dialogs, the worker) is imported where it is first used.
The window is built and shown before the data is open (`attach` hands it the services
once the store is ready), so it is on screen as fast as a bare Qt window. Each area's
view is built the first time it is shown, and only the view on screen reads the data:
the others are marked stale and read again when they are next shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QSettings,
    QStringListModel,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QActionGroup, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from placeboard import APP_NAME
from placeboard.domain.errors import PlaceBoardError
from placeboard.ui.area_view import AreaView
from placeboard.ui.areas import AREAS
from placeboard.ui.commands import is_new_edit

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMessageBox

    from placeboard.services import Services
    from placeboard.services.new_board import NewBoard
    from placeboard.services.overview import PlaceSummary
    from placeboard.ui.about_dialog import AboutDialog
    from placeboard.ui.first_run import FirstRunDialog
    from placeboard.ui.help_window import HelpWindow
    from placeboard.ui.hub_dialog import HubSettingsDialog
    from placeboard.ui.new_board_wizard import NewBoardWizard
    from placeboard.ui.overview_view import OverviewView
    from placeboard.ui.sync_view import SyncView
    from placeboard.ui.worker import Task

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
LAST_PLACE_KEY = "places/last"
ICB_ROW = next(n for n, area in enumerate(AREAS) if area.key == "icb")
PACKS_ROW = next(n for n, area in enumerate(AREAS) if area.key == "packs")
SYNC_ROW = next(n for n, area in enumerate(AREAS) if area.key == "sync")


class MainWindow(QMainWindow):
    first_painted = Signal()  # once, when the window has first been drawn on screen
    data_shown = Signal()  # the first time a place's records are on screen

    def __init__(
        self,
        settings: QSettings,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.settings = settings
        self.undo_stack = undo_stack
        undo_stack.setParent(self)  # the window owns the one stack every view shares
        self.task: Task | None = None
        self.first_run_dialog: FirstRunDialog | None = None
        self.new_board_wizard: NewBoardWizard | None = None
        self.message_box: QMessageBox | None = None
        self.about_dialog: AboutDialog | None = None
        self.help_window: HelpWindow | None = None
        self._shown_data = False
        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_NAME)
        self.setWindowTitle(APP_NAME)

        self._build_central()
        self._build_tool_bar()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.show_area(0)
        self._show_icb_area()
        self._restore_window_state()
        self._enable_data_actions(False)
        self._paint_watch = _FirstPaint(self.menuBar(), self.first_painted)
        self.first_painted.connect(self.finish_after_first_paint)

    def finish_after_first_paint(self) -> None:
        """The touches that need Qt's enum namespace, whose first use costs 15 ms: they
        change nothing on the first paint, so they wait until it is done."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView

        self._bind_shortcuts()
        self.navigation.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def attach(self, services: Services) -> None:
        """Show the records of the now open data (the window is already on screen)."""
        self.services = services
        self._show_data_folder()
        self._enable_data_actions(True)
        self.reload_places()

    # -- building ----------------------------------------------------------------------

    def _build_central(self) -> None:
        self.stack = QStackedWidget()
        self.stack.setObjectName("areaStack")
        self.stack.setAccessibleName("Area")
        # A page per area, replaced by the area's view the first time it is shown.
        for area in AREAS:
            self.stack.addWidget(_waiting_page(area.name))
        self.pages: dict[int, QWidget] = {}
        self.stale: set[int] = set()
        # An undo or redo changes the data under every view.
        self.undo_stack.indexChanged.connect(self._on_undo_index_changed)

        self.nav_model = QStringListModel([area.name for area in AREAS], self)
        self.navigation = QListView()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName("Areas")
        self.navigation.setAccessibleDescription("Choose which area of the board's records to show")
        self.navigation.setModel(self.nav_model)
        # A list view chooses one row at a time by default; it is made read-only after
        # the first paint (see finish_after_first_paint).
        self.navigation.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_area(current.row())
        )

        splitter = QSplitter()  # side by side
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self._navigation_width(), 900])
        self.splitter = splitter
        self.setCentralWidget(splitter)

    def _page(self, row: int) -> QWidget | None:
        """The view of area `row`, built the first time it is asked for (None until the
        data is open)."""
        if row in self.pages:
            return self.pages[row]
        if self.services is None:
            return None
        from placeboard.ui.views import build_view  # the views import the services

        view = build_view(AREAS[row], self.services, self.undo_stack)
        if isinstance(view, AreaView):
            view.changed.connect(self._on_view_changed)
            view.status_message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self._connect_icb_view(view)
        _name_corner_buttons(view)
        waiting = self.stack.widget(row)
        current = self.stack.currentIndex()  # inserting and removing would move it
        self.stack.insertWidget(row, view)
        self.stack.removeWidget(waiting)
        waiting.deleteLater()
        self.stack.setCurrentIndex(current)
        self.pages[row] = view
        self.stale.add(row)
        return view

    @property
    def overview(self) -> OverviewView:
        view = self._page(0)
        assert view is not None, "the Overview is there once the data is open"
        return view  # type: ignore[return-value]

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
        self.place_combo.setPlaceholderText("Opening…")  # "No boards yet" once open
        self.place_combo.view().setAccessibleName("Places")
        self.place_combo.currentIndexChanged.connect(self._on_place_changed)
        place_label = QLabel("&Place:")
        place_label.setBuddy(self.place_combo)
        bar.addWidget(place_label)
        bar.addWidget(self.place_combo)
        self.addToolBar(bar)  # at the top
        self.tool_bar = bar
        _name_child(bar, "qt_toolbar_ext_button", "More tool bar items")

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.backup_action = self._action("&Back up now", self.backup_now)
        self.restore_action = self._action("&Restore from backup…", self.restore_from_backup)
        self.load_demo_action = self._action("&Load the demo boards…", self.load_demo)
        self.new_board_action = self._action("&New board…", self.new_board)
        self.quit_action = self._action("&Quit", self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.refresh_action = self._action("Re&fresh", self.refresh)
        self.guide_action = self._action("&Guide to this view", lambda: self.show_guide())
        self.getting_started_action = self._action(
            "Getting &started", lambda: self.show_guide("getting-started")
        )
        self.all_guides_action = self._action("All gu&ides…", self.show_all_guides)
        self.about_action = self._action("&About PlaceBoard", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._build_area_actions()

    def _bind_shortcuts(self) -> None:
        """Standard keys, and Ctrl+1 … Ctrl+0 for the areas. Set after the first paint:
        the first key sequence loads Qt's key enums (some 15 ms), and no key can be
        pressed before the event loop runs anyway."""
        from PySide6.QtGui import QKeySequence

        std = QKeySequence.StandardKey
        self.quit_action.setShortcuts(std.Quit)
        if self.quit_action.shortcut().isEmpty():  # Windows has no standard Quit key
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.undo_action.setShortcuts(std.Undo)
        self.redo_action.setShortcuts(std.Redo)
        self.refresh_action.setShortcut(QKeySequence(std.Refresh))
        self.new_board_action.setShortcut(QKeySequence("Ctrl+Shift+B"))  # Ctrl+N adds in views
        self.guide_action.setShortcuts(std.HelpContents)
        for number, action in enumerate(self.area_actions[:10]):  # Ctrl+1 … Ctrl+0
            action.setShortcut(QKeySequence(f"Ctrl+{(number + 1) % 10}"))

    def _build_area_actions(self) -> None:
        """View ▸ one entry per area, so the keyboard reaches each (see _bind_shortcuts)."""
        self.area_group = QActionGroup(self)
        self.area_actions: list[QAction] = []
        for number, area in enumerate(AREAS):
            action = QAction(area.name, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, row=number: self.show_area(row))
            self.area_group.addAction(action)
            self.area_actions.append(action)
        self.area_actions[0].setChecked(True)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        menu_bar.setAccessibleName("Menu bar")
        _name_child(menu_bar, "qt_menubar_ext_button", "More menus")
        file_menu = menu_bar.addMenu("&File")
        file_menu.addAction(self.new_board_action)
        file_menu.addSeparator()
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
        help_menu.addActions(
            [self.guide_action, self.getting_started_action, self.all_guides_action]
        )
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.menus = {"File": file_menu, "Edit": edit_menu, "View": view_menu, "Help": help_menu}

    def _build_status_bar(self) -> None:
        self.folder_label = QLabel()
        self.folder_label.setObjectName("folderLabel")
        self.folder_label.setAccessibleName("Data folder")
        self.records_label = QLabel()
        self.records_label.setObjectName("recordsLabel")
        self.records_label.setAccessibleName("Number of records")
        status = self.statusBar()
        status.setAccessibleName("Status bar")
        status.addPermanentWidget(self.records_label)
        status.addPermanentWidget(self.folder_label)

    def _show_data_folder(self) -> None:
        assert self.services is not None
        folder = self.services.maintenance.data_folder()
        self.folder_label.setText(f"Data folder: {folder}")
        self.folder_label.setToolTip(str(folder))

    def show_opening(self, folder: Path) -> None:
        """Say what the window is waiting for while the data is being opened."""
        self.folder_label.setText(f"Data folder: {folder}")
        self.folder_label.setToolTip(str(folder))
        self.statusBar().showMessage("Opening the data…")

    def _enable_data_actions(self, enabled: bool) -> None:
        for action in (
            self.backup_action,
            self.restore_action,
            self.load_demo_action,
            self.new_board_action,
            self.refresh_action,
        ):
            action.setEnabled(enabled)

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
        self._page(row)
        self.stack.setCurrentIndex(row)
        self.area_actions[row].setChecked(True)
        index = self.nav_model.index(row)
        if self.navigation.currentIndex() != index:
            self.navigation.setCurrentIndex(index)
        self._refresh_current()

    def _refresh_current(self) -> None:
        """Read the data again into the view on screen, if it is stale."""
        row = self.stack.currentIndex()
        self._page(row)  # built now if the data opened while it was on screen
        if row not in self.stale or self.services is None:
            return
        self.stale.discard(row)
        if row == 0:
            self._refresh_overview_page()
        else:
            view = self.pages[row]
            if isinstance(view, AreaView):
                view.set_place(self.current_place_id())
        if not self._shown_data and self.place_combo.count() > 0:
            self._shown_data = True
            self.data_shown.emit()

    def _mark_stale(self) -> None:
        """Every built view must read the data again; the one on screen does so now."""
        self._show_icb_area()  # the places kept, or the hub's role, may have changed
        self.stale.update(self.pages)
        self._refresh_current()

    # -- the ICB's area ----------------------------------------------------------------

    def icb_area_wanted(self) -> bool:
        """The ICB's view of every place is for the ICB's hub role, or a laptop keeping
        several places (the demo keeps the ICB's four); a place's board has no use for it."""
        if self.services is None:
            return False
        try:
            hub = self.services.hub.settings()
        except PlaceBoardError:  # unreadable settings: the Sync view says so
            hub = None
        return (hub is not None and hub.icb) or len(self.services.places.list_places()) > 1

    def _show_icb_area(self) -> None:
        wanted = self.icb_area_wanted()
        self.navigation.setRowHidden(ICB_ROW, not wanted)
        self.area_actions[ICB_ROW].setVisible(wanted)
        if not wanted and self.stack.currentIndex() == ICB_ROW:
            self.show_area(0)

    def _connect_icb_view(self, view: QWidget) -> None:
        from placeboard.ui.icb_view import IcbView  # built with the views, on demand

        if isinstance(view, IcbView):
            view.assurance_pack_requested.connect(self.open_assurance_pack)

    def open_assurance_pack(self, period: str) -> None:
        """The Packs view, set to build every place's assurance pack for `period`."""
        from placeboard.ui.packs_view import PacksView

        self.show_area(PACKS_ROW)
        view = self.pages.get(PACKS_ROW)
        if isinstance(view, PacksView):
            view.prepare_assurance(period, all_places=True)

    def offer_bundle(self, path: Path) -> QMessageBox:
        """A sync bundle opened from the desktop: the Sync view, and the question whether
        to load it (answered through the box's buttons; the load runs in a worker)."""
        from PySide6.QtWidgets import QMessageBox

        from placeboard.ui.sync_view import SyncView

        self.show_area(SYNC_ROW)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Load a sync bundle",
            f"Load the changes in {path.name} into PlaceBoard?\n\n"
            "The bundle is checked whole first; if anything in it is wrong, nothing changes.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setAccessibleName("Load a sync bundle")
        view = self.pages.get(SYNC_ROW)
        if isinstance(view, SyncView):
            box.accepted.connect(lambda: view.load_bundle(path))
        return self._open_box(box)

    def current_place_id(self) -> str | None:
        data = self.place_combo.currentData()
        return str(data) if data else None

    def reload_places(self, prefer: str | None = None) -> None:
        """Fill the place switcher again and show the preferred, last or first place."""
        if self.services is None:
            return
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
        self.place_combo.setPlaceholderText("No boards yet")
        self.load_demo_action.setEnabled(not places)
        self._show_record_count()
        self._show_place_title()
        self._mark_stale()

    def _on_place_changed(self, _index: int) -> None:
        place_id = self.current_place_id()
        if place_id:
            self.settings.setValue(LAST_PLACE_KEY, place_id)
        self._show_place_title()
        self._mark_stale()

    def _on_undo_index_changed(self, _index: int) -> None:
        # A new edit, an undo or a redo. The view that made a new edit reads its own
        # data and says so (`changed`); after an undo or redo the one on screen reads now.
        if self.services is not None:
            self._show_record_count()
            self._show_place_title()
        self.stale.update(self.pages)
        if not is_new_edit(self.undo_stack):
            self._refresh_current()

    def _on_view_changed(self) -> None:
        # The view that was edited has read its data; the others (the Overview) have not.
        current = self.stack.currentIndex()
        self.stale.update(row for row in self.pages if row != current)
        self.stale.discard(current)
        self._show_place_title()  # a sync or a pack may have changed what waits

    def reload_views(self) -> None:
        self._show_record_count()
        self._mark_stale()

    def refresh_overview(self) -> None:
        """Read the Overview again now (it is otherwise read when next shown)."""
        self._page(0)
        self.stale.discard(0)
        self._refresh_overview_page()

    def _refresh_overview_page(self) -> None:
        assert self.services is not None
        place_id = self.current_place_id()
        summary = self.services.overview.summary(place_id) if place_id else None
        self.overview.set_summary(summary)
        self._show_summary_status(summary)

    def refresh(self) -> None:
        self.reload_places()
        self.statusBar().showMessage("Refreshed.", 3000)

    def _show_place_title(self) -> None:
        place_id = self.current_place_id()
        if place_id is None or self.services is None:
            self.setWindowTitle(APP_NAME)
            return
        title = f"{APP_NAME} — {self.services.places.board(place_id).name}"
        waiting = self.services.sync.unsynced_changes()  # an indexed count, ~30 ms at most
        if waiting:
            title += f" · {waiting:,} unsynced change{'' if waiting == 1 else 's'}"
        self.setWindowTitle(title)

    def _show_summary_status(self, summary: PlaceSummary | None) -> None:
        if summary is None:
            self.statusBar().showMessage("No boards yet.")
            return
        self.statusBar().showMessage(
            f"{summary.place_name}: {summary.members} members, "
            f"{summary.priorities} priorities, {len(summary.metrics)} metrics with values."
        )

    def _show_record_count(self) -> None:
        assert self.services is not None
        count = self.services.maintenance.record_count()
        self.records_label.setText(f"{count:,} records")

    # -- first run and the demo --------------------------------------------------------

    def offer_first_run(self) -> FirstRunDialog | None:
        """On an empty database, offer the demo boards, a new board or the ICB hub
        (window-modal, so the event loop keeps running; the choice arrives through
        `accepted`)."""
        if self.services is None or not self.services.is_empty():
            return None
        from placeboard.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self)
        dialog.accepted.connect(lambda: self._first_run_chosen(dialog.choice))
        dialog.rejected.connect(lambda: self.statusBar().showMessage("Started empty.", 5000))
        self.first_run_dialog = dialog
        dialog.open()
        return dialog

    def _first_run_chosen(self, choice: str | None) -> None:
        from placeboard.ui.first_run import HUB, NEW_BOARD

        if choice == NEW_BOARD:
            self.new_board()
        elif choice == HUB:
            self.connect_to_hub()
        else:
            self.load_demo()

    def new_board(self) -> NewBoardWizard:
        """File ▸ New board…: the new-board wizard (window-modal). Finish creates the
        board in a worker, in one transaction; the window then shows it."""
        assert self.services is not None, "a board is made in open data"
        shown = self.new_board_wizard
        if shown is not None and shown.isVisible():
            return shown
        from placeboard.ui.new_board_wizard import NewBoardWizard

        if shown is not None:
            shown.setParent(None)  # the closed one is let go, for Python to free
        wizard = NewBoardWizard(self.services, self)
        wizard.creating.connect(self._track_task)
        wizard.created.connect(self._on_board_created)
        self.new_board_wizard = wizard
        wizard.open()
        return wizard

    def _track_task(self, task: Task) -> None:
        self.task = task  # so that closing the window waits for it

    def _on_board_created(self, made: NewBoard) -> None:
        self.settings.setValue(LAST_PLACE_KEY, made.place_id)
        self.reload_places(prefer=made.place_id)
        self.show_area(0)
        self.statusBar().showMessage(
            f"Created the board of {self.place_combo.currentText()}: {made.partners} partners, "
            f"{made.members} members, draft terms of reference.",
            10000,
        )

    def connect_to_hub(self) -> HubSettingsDialog | None:
        """The ICB hub's settings (as the Sync view opens them); once connected, the Sync
        area is shown and syncs, so the board arrives from the hub."""
        from placeboard.ui.sync_view import SyncView

        row = next(n for n, area in enumerate(AREAS) if area.key == "sync")
        view = self._page(row)
        if not isinstance(view, SyncView):
            return None
        dialog = view.edit_hub_settings()
        dialog.connected.connect(lambda _found: self._sync_from_hub(row, view))
        return dialog

    def _sync_from_hub(self, row: int, view: SyncView) -> None:
        self.show_area(row)
        task = view.sync_now()
        if task is not None:
            task.succeeded.connect(lambda _report: self.reload_places())

    def load_demo(self) -> Task:
        if self.task is not None and self.task.is_running():
            return self.task  # one long job at a time

        services = self.services
        assert services is not None, "the demo loads into open data"
        from placeboard.ui.worker import Cancelled, Progress, run_with_progress

        def work(progress: Progress, cancelled: Cancelled) -> None:
            services.demo.load(scale="normal", progress=progress, cancelled=cancelled)

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

    def _open_error(self, error: PlaceBoardError) -> None:
        from placeboard.ui.error_dialog import error_box

        self._open_box(error_box(self, error))

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
        from PySide6.QtWidgets import QMessageBox

        assert self.services is not None
        try:
            path = self.services.maintenance.backup_now()
        except PlaceBoardError as exc:
            self._open_error(exc)
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
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        assert self.services is not None
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
            self._open_error(exc)
            return
        self.undo_stack.clear()  # the edits on it no longer match the data
        self.reload_places()
        self.statusBar().showMessage(f"Restored from {Path(chosen).name}.", 10000)

    def show_guide(self, key: str | None = None) -> HelpWindow:
        """Help ▸ Guide to this view (F1): the guide to the area on screen, or guide `key`,
        in the one guide window, which stays open beside this one (not modal) and
        follows the area each time F1 is pressed again."""
        if self.help_window is None:
            from placeboard.ui.help_window import HelpWindow

            self.help_window = HelpWindow(self)
        self.help_window.show_guide(key or AREAS[self.stack.currentIndex()].key)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def show_all_guides(self) -> HelpWindow:
        """Help ▸ All guides…: the guide window with its list of guides to choose from."""
        shown = self.help_window.current_key() if self.help_window else "getting-started"
        window = self.show_guide(shown)
        window.guide_list.setFocus()
        return window

    def show_about(self) -> AboutDialog:
        if self.about_dialog is None:
            from placeboard.ui.about_dialog import AboutDialog

            self.about_dialog = AboutDialog(self)
        self.about_dialog.show_details(self.services)  # the data may have opened since
        self.about_dialog.open()
        return self.about_dialog


def _name_child(parent: QWidget, object_name: str, accessible_name: str) -> None:
    """Name a button Qt makes inside a widget (shown when space runs out), which a
    screen reader would otherwise announce as just "button"."""
    child = parent.findChild(QWidget, object_name)
    if child is not None:
        child.setAccessibleName(accessible_name)


def _name_corner_buttons(view: QWidget) -> None:
    """Every table's corner button (select all), which Qt leaves unnamed for a screen
    reader, named once here for every view rather than in each table."""
    from PySide6.QtWidgets import QAbstractButton  # after the first paint

    for button in view.findChildren(QAbstractButton, "qt_tableview_cornerbutton"):
        if not button.accessibleName():
            button.setAccessibleName("Select all rows")


def _waiting_page(name: str) -> QLabel:
    """What an area shows until its view is built: for the moment the data opens."""
    page = QLabel("Opening the data…")
    page.setObjectName("waitingPage")
    page.setAccessibleName(name)
    return page


class _FirstPaint(QObject):
    """Emits `signal` after the first paint of `widget`, then stops watching."""

    def __init__(self, widget: QWidget, signal: SignalInstance) -> None:
        super().__init__(widget)
        self._signal = signal
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._signal.emit)  # once the paint has been delivered
        return False
