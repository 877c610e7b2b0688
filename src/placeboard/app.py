"""The composition root: show the window, open the store, build the services, run Qt.

This is the one module above the UI that may import `placeboard.store`; everything
else is handed what it needs through its constructor.

The window goes on screen first, before SQLAlchemy is even imported: the store is
imported and opened (checks, backup, migrations) in a worker thread, and the window is
handed the services when they are ready. A person sees PlaceBoard at once and the
records a moment later, instead of nothing for a second or two.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from placeboard import APP_NAME, __version__
from placeboard.domain.errors import DatabaseError
from placeboard.ui.main_window import MainWindow
from placeboard.ui.style import app_font, apply_style, follow_system, forced_high_contrast

if TYPE_CHECKING:
    from logging import Logger

    from placeboard.services import Services
    from placeboard.store.database import Database
    from placeboard.ui.worker import Task


def log() -> Logger:
    """The app's logger. `logging` costs 9 ms to import, and nothing is logged before the
    window's first paint, so it is imported then."""
    import logging

    return logging.getLogger("placeboard")


LOG_NAME = "placeboard.log"
LOG_BYTES = 1_000_000
LOG_KEEP = 5

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def configure_logging(folder: Path) -> Path | None:
    """Log to a rotating file in `folder`; None (and stderr only) if it cannot be made."""
    import logging
    from logging.handlers import RotatingFileHandler

    logger = logging.getLogger("placeboard")
    logger.setLevel(logging.INFO)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            folder / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_KEEP, encoding="utf-8"
        )
        log_file: Path | None = folder / LOG_NAME
    except OSError as exc:
        handler = logging.StreamHandler()
        log_file = None
        print(f"PlaceBoard cannot write its log in {folder}: {exc}", file=sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return log_file


def make_excepthook(log_file: Path | None) -> ExceptHook:
    """Log an unhandled error in full, then tell the person in a sentence."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        import traceback

        from placeboard.ui.error_dialog import error_box

        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log().error("unhandled error\n%s", details)
        if showing or QApplication.instance() is None:
            return  # an error while the dialog is up is logged, not stacked
        showing = True
        try:
            error_box(QApplication.activeWindow(), exc, details, log_file).exec()
        finally:
            showing = False

    return hook


def database_error_box(exc: DatabaseError, backups: Path, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(APP_NAME)
    box.setText(str(exc))
    box.setInformativeText(
        f"The file has been left exactly as it was. Backups are in {backups}; "
        "you can restore one now."
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    restore = box.addButton("Restore a backup…", QMessageBox.ButtonRole.AcceptRole)
    restore.setAccessibleName("Restore a backup")
    box.setAccessibleName("Cannot open the data")
    return box


def open_store(folder: Path, parent: QWidget | None = None) -> Database | None:
    """The open database, or None after telling the person why it cannot be used.

    The message offers to restore a backup; the unusable file is kept aside, never lost.
    """
    from placeboard.store import paths
    from placeboard.store.database import open_database, restore_database

    while True:
        try:
            return open_database(folder)
        except DatabaseError as exc:
            log().error("cannot open the database in %s: %s", folder, exc)
            box = database_error_box(exc, paths.backups_dir(folder), parent)
            box.exec()
            clicked = box.clickedButton()
            if clicked is None or box.buttonRole(clicked) != QMessageBox.ButtonRole.AcceptRole:
                return None
            chosen, _ = QFileDialog.getOpenFileName(
                parent,
                "Restore a backup",
                str(paths.backups_dir(folder)),
                "PlaceBoard backups (*.sqlite3)",
            )
            if not chosen:
                return None
            try:
                restore_database(folder, Path(chosen))
            except DatabaseError as failed:
                from placeboard.ui.error_dialog import error_box

                log().error("restore failed: %s", failed)
                error_box(parent, failed).exec()


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("placeboard")  # matches the installed .desktop file (Wayland)
    # Fusion: the same look on every platform, which the style sheet expects. Where it is
    # already the default (Linux) it is not made a second time (6 ms at start-up).
    if app.style().name() != "fusion":
        app.setStyle("Fusion")
    app.setFont(app_font(app.font()))  # the system's size: the sheet's em follow it
    # NHS colours, or the system's when PLACEBOARD_HIGH_CONTRAST=1; the system's own
    # contrast setting is taken after the first paint (follow_system in `run`).
    apply_style(app, high_contrast=bool(forced_high_contrast()))
    return app


def open_services(folder: Path) -> Services:
    """Import the store and the services, and open the data (run in a worker thread)."""
    from placeboard.services import Services
    from placeboard.store.database import open_database

    return Services(open_database(folder))


class Opening:
    """Opens the data behind the window already on screen, then hands it the services.

    A database that cannot be used is explained on the UI thread (with the offer to
    restore a backup); if the person gives up, the window closes.
    """

    def __init__(self, window: MainWindow, folder: Path, bundle: Path | None = None) -> None:
        self.window = window
        self.folder = folder
        self.bundle = bundle
        self.services: Services | None = None
        self.task: Task | None = None
        self.exit_code = 0

    def start(self) -> None:
        from placeboard.ui.worker import run_in_background

        self.window.show_opening(self.folder)
        self.task = run_in_background(self.window, lambda: open_services(self.folder))
        self.task.succeeded.connect(self._opened)
        self.task.failed.connect(self._failed)

    def _opened(self, services: Services) -> None:
        self.services = services
        log().info("data open: %s", self.folder)
        self.window.attach(services)
        # Ask about the bundle opened, or else about the demo, once the records are on
        # screen, from inside the event loop.
        if self.bundle is not None:
            bundle = self.bundle
            QTimer.singleShot(0, lambda: self.window.offer_bundle(bundle))
        else:
            QTimer.singleShot(0, self.window.offer_first_run)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, DatabaseError):
            from placeboard.ui.error_dialog import error_box

            log().error("cannot open the data in %s: %s", self.folder, error)
            error_box(self.window, error).exec()
            self._give_up()
            return
        from placeboard.services import Services

        db = open_store(self.folder, self.window)  # explains, offers a restore, retries
        if db is None:
            self._give_up()
            return
        self._opened(Services(db))

    def _give_up(self) -> None:
        self.exit_code = 1  # what `run` returns: the data could not be opened
        self.window.close()

    def close(self) -> None:
        if self.task is not None and self.task.is_running():
            self.task.wait()
        if self.services is not None:
            self.services.close()


def run(data_dir: Path | None, bundle: Path | None = None) -> int:
    """Open the PlaceBoard window on the data in `data_dir` (or the default folder);
    with a sync `bundle` (a file opened from the desktop), offer to load it."""
    app = make_application()
    window = MainWindow(QSettings(), QUndoStack())
    opening: Opening | None = None

    def after_first_paint() -> None:
        nonlocal opening
        follow_system(app)  # high contrast, if the system asks for it
        from placeboard.store import paths  # platformdirs: after the first paint

        log_file = configure_logging(paths.log_dir())
        sys.excepthook = make_excepthook(log_file)
        folder = paths.data_dir(data_dir)
        log().info("PlaceBoard %s starting; data in %s", __version__, folder)
        opening = Opening(window, folder, bundle)
        opening.start()

    window.first_painted.connect(after_first_paint)
    window.show()
    try:
        code = app.exec()
        return code or (opening.exit_code if opening is not None else 0)
    finally:
        if opening is not None:
            opening.close()
        log().info("PlaceBoard closed")
