"""Long work off the UI thread, behind a progress dialog that can be cancelled.

`run_with_progress(parent, title, fn)` calls `fn(progress, cancelled)` in a QThread:
`progress(done, total, message)` may be called from that thread, and `cancelled()`
turns True once the person presses Cancel. The result, or the error, comes back to
the UI thread through the returned task's signals after the thread has ended.

`run_in_background(parent, fn)` is the same without the dialog, for short work the
window shows in its own way (opening the data), with errors left to the caller.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressBar, QProgressDialog, QPushButton, QWidget

from placeboard.domain.errors import PlaceBoardError
from placeboard.ui.error_dialog import error_box

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
TaskFn = Callable[[Progress, Cancelled], Any]


class _Thread(QThread):
    progressed = Signal(int, int, str)

    def __init__(self, fn: TaskFn, cancel: threading.Event, parent: QObject) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = cancel
        self.result: Any = None
        self.error: BaseException | None = None
        self.details = ""

    def run(self) -> None:
        try:
            self.result = self._fn(self._report, self._cancel.is_set)
        except Exception as exc:  # handed to the UI thread, which reports it
            self.error = exc
            self.details = traceback.format_exc()

    def _report(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)


class Task(QObject):
    """One run of a function in a worker thread, with its progress dialog (none when
    `quiet`: then a failure is only signalled, for the caller to report).

    The task and its dialog are children of `parent` and live as long as it: deleting
    them with deleteLater while Python still refers to them crashed PySide 6.12.
    """

    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception; already shown to the person
    finished = Signal()  # after either of the above

    def __init__(self, parent: QWidget, title: str, fn: TaskFn, *, quiet: bool = False) -> None:
        super().__init__(parent)
        self._parent = parent
        self._cancel = threading.Event()
        self.dialog: QProgressDialog | None = None
        if not quiet:
            self.dialog = _progress_dialog(parent, title)
            self.dialog.canceled.connect(self.cancel)
        self.message_box: QMessageBox | None = None
        self._thread = _Thread(fn, self._cancel, self)
        self._thread.progressed.connect(self._on_progress)
        self._thread.finished.connect(self._on_finished)

    def start(self) -> None:
        if self.dialog is not None:
            self.dialog.show()
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        """Ask the function to stop; it decides when it safely can."""
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText("Cancelling…")

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self._cancel.is_set() or self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        self.dialog.setLabelText(step_text(done, total, message))

    @Slot()
    def _on_finished(self) -> None:
        # QThread.finished is emitted from the thread just before it ends: wait for the
        # end, or deleting the task (and its thread) could race the thread's exit.
        self._thread.wait()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
        error = self._thread.error
        if error is None:
            self.succeeded.emit(self._thread.result)
        else:
            if self.dialog is not None:
                self._report_error(error, self._thread.details)
            else:
                log.info("background work failed: %s\n%s", error, self._thread.details)
            self.failed.emit(error)
        self.finished.emit()

    def _report_error(self, error: BaseException, details: str) -> None:
        if self._cancel.is_set() and isinstance(error, PlaceBoardError):
            log.info("cancelled: %s", error)
            box = QMessageBox(
                QMessageBox.Icon.Information,
                "PlaceBoard",
                str(error),
                QMessageBox.StandardButton.Ok,
                self._parent,
            )
            box.setAccessibleName("Cancelled")
        else:
            log.error("task failed: %s\n%s", error, details)
            box = error_box(self._parent, error, details)
        self.message_box = box
        box.open()


def step_text(done: int, total: int, message: str) -> str:
    """ "Step 4 of 76: Partner organisations", the words that go with the bar."""
    if total <= 0 or done >= total:
        return message or "Finishing…"
    step = f"Step {done + 1} of {total}"
    return f"{step}: {message}" if message else step


def _progress_dialog(parent: QWidget, title: str) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(f"{title}…")
    dialog.setAccessibleName(title)
    cancel = QPushButton("Cancel", dialog)
    cancel.setAccessibleName("Cancel")
    dialog.setCancelButton(cancel)
    bar = QProgressBar(dialog)
    bar.setTextVisible(False)  # the label says which step; text on the bar reads badly
    bar.setAccessibleName(f"{title}: progress")
    dialog.setBar(bar)
    dialog.setRange(0, 0)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    # The task decides when the dialog goes, not the value reaching its maximum.
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(420)
    return dialog


def run_with_progress(parent: QWidget, title: str, fn: TaskFn) -> Task:
    """Start `fn` in a worker thread; connect to the returned task's signals for the
    outcome (they are delivered through the event loop, so connecting right after this
    call is in time)."""
    task = Task(parent, title, fn)
    task.start()
    return task


def run_in_background(parent: QWidget, fn: Callable[[], Any]) -> Task:
    """Start `fn()` in a worker thread with no dialog; the returned task signals the
    result or the error (which it does not show: the caller knows what to say)."""
    task = Task(parent, "", lambda _progress, _cancelled: fn(), quiet=True)
    task.start()
    return task
