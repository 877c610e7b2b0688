"""run_with_progress: work in a thread, results and errors back on the UI thread."""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from placeboard.domain.errors import PlaceBoardError
from placeboard.ui.worker import Cancelled, Progress, run_with_progress, step_text

from .conftest import close_message_boxes, open_message_boxes


def make_parent(qtbot: QtBot) -> QWidget:
    parent = QWidget()
    parent.setAccessibleName("Test parent")
    qtbot.addWidget(parent)
    parent.show()
    return parent


def test_result_arrives_on_the_ui_thread_after_progress(qtbot: QtBot) -> None:
    parent = make_parent(qtbot)
    seen: dict[str, object] = {}

    def work(progress: Progress, _cancelled: Cancelled) -> int:
        seen["thread"] = threading.current_thread()
        for done in range(1, 4):
            progress(done, 3, f"Step {done} of 3")
        return 42

    task = run_with_progress(parent, "Counting", work)
    dialog = task.dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Counting"
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    assert seen["thread"] is not threading.main_thread()
    assert QThread.currentThread() is parent.thread()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert open_message_boxes(parent) == []


def test_an_error_is_shown_as_a_sentence_with_the_details(qtbot: QtBot) -> None:
    parent = make_parent(qtbot)

    def work(_progress: Progress, _cancelled: Cancelled) -> None:
        raise ValueError("bad number in row 7")

    task = run_with_progress(parent, "Importing", work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)
    [box] = open_message_boxes(parent)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "did not expect" in box.text()
    assert "bad number in row 7" in box.detailedText()
    close_message_boxes(parent)


def test_a_placeboard_error_is_shown_as_its_own_sentence(qtbot: QtBot) -> None:
    parent = make_parent(qtbot)

    def work(_progress: Progress, _cancelled: Cancelled) -> None:
        raise PlaceBoardError("The file has no metric values for 2024/25.")

    task = run_with_progress(parent, "Importing", work)
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    [box] = open_message_boxes(parent)
    assert box.text() == "The file has no metric values for 2024/25."
    close_message_boxes(parent)


def test_cancel_button_reaches_the_work_which_stops(qtbot: QtBot) -> None:
    parent = make_parent(qtbot)
    started = threading.Event()

    def work(progress: Progress, cancelled: Cancelled) -> None:
        progress(0, 10, "Working")
        started.set()
        deadline = time.monotonic() + 5
        while not cancelled():
            if time.monotonic() > deadline:
                return
            time.sleep(0.01)
        raise PlaceBoardError("Counting was cancelled; nothing was changed.")

    task = run_with_progress(parent, "Counting", work)
    assert started.wait(5)
    cancel = task.dialog.findChild(QPushButton)
    assert cancel.accessibleName() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert str(blocker.args[0]) == "Counting was cancelled; nothing was changed."
    [box] = open_message_boxes(parent)
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text() == "Counting was cancelled; nothing was changed."
    close_message_boxes(parent)


def test_step_text_says_which_step() -> None:
    assert step_text(3, 76, "Partner organisations") == "Step 4 of 76: Partner organisations"
    assert step_text(76, 76, "The demo boards are loaded.") == "The demo boards are loaded."
    assert step_text(0, 0, "") == "Finishing…"
