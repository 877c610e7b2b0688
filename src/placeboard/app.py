"""The composition root: open the store, build the services and the window, run Qt.

This is the one module above the UI that may import `placeboard.store`; everything
else is handed what it needs through its constructor.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from placeboard import APP_NAME, __version__
from placeboard.domain.errors import DatabaseError
from placeboard.services import Services
from placeboard.store import paths
from placeboard.store.database import Database, open_database, restore_database
from placeboard.ui.error_dialog import error_box
from placeboard.ui.main_window import MainWindow
from placeboard.ui.style import app_font, style_sheet

log = logging.getLogger("placeboard")

LOG_NAME = "placeboard.log"
LOG_BYTES = 1_000_000
LOG_KEEP = 5

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def configure_logging(folder: Path) -> Path | None:
    """Log to a rotating file in `folder`; None (and stderr only) if it cannot be made."""
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
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled error\n%s", details)
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
    while True:
        try:
            return open_database(folder)
        except DatabaseError as exc:
            log.error("cannot open the database in %s: %s", folder, exc)
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
                log.error("restore failed: %s", failed)
                error_box(parent, failed).exec()


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")  # the same look on every platform, which the style sheet expects
    app.setFont(app_font(app.font()))
    app.setStyleSheet(style_sheet())
    return app


def run(data_dir: Path | None) -> int:
    """Open the PlaceBoard window on the data in `data_dir` (or the default folder)."""
    app = make_application()
    log_file = configure_logging(paths.log_dir())
    sys.excepthook = make_excepthook(log_file)
    folder = paths.data_dir(data_dir)
    log.info("PlaceBoard %s starting; data in %s", __version__, folder)

    db = open_store(folder)
    if db is None:
        return 1
    services = Services(db)
    window = MainWindow(services, QSettings(), QUndoStack())
    window.show()
    # Ask about the demo once the window is on screen, from inside the event loop.
    QTimer.singleShot(0, window.offer_first_run)
    try:
        return app.exec()
    finally:
        services.close()
        log.info("PlaceBoard closed")
