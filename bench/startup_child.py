"""One start-up, timed: run in a fresh process by bench_startup.py.

    python startup_child.py bare MODULES...      a bare QMainWindow, after importing
                                                 the Qt and pyqtgraph MODULES
    python startup_child.py placeboard DATA_DIR  PlaceBoard's own `app.run`

Both print the wall-clock time (time.time(), which the parent shares) of the first event
loop turn after the window's first paint, and with `--modules` the Qt and pyqtgraph
modules loaded by then. PlaceBoard then also prints when the chosen place's records are
on screen (its window opens before the data does); then the child leaves.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

QT_PREFIXES = ("PySide6", "shiboken6", "pyqtgraph")


def qt_modules() -> list[str]:
    return sorted(m for m in sys.modules if m.split(".")[0] in QT_PREFIXES)


def when_first_painted(report: Callable[[], None]) -> None:
    """Call `report` on the event loop turn after the first paint of a main window."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.done
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow)
            ):
                self.done = True
                QTimer.singleShot(0, report)
            return False

    app = QApplication.instance()
    assert app is not None
    watcher = FirstPaint(app)
    app.installEventFilter(watcher)


def painted(show_modules: bool) -> None:
    print(f"painted {time.time():.6f}", flush=True)
    if show_modules:
        print("modules " + " ".join(qt_modules()), flush=True)


def finish(show_modules: bool) -> None:
    from PySide6.QtWidgets import QApplication

    painted(show_modules)
    QApplication.exit(0)


def painted_then_data(show_modules: bool) -> None:
    """After the first paint, wait for PlaceBoard's records to be on screen."""
    from PySide6.QtWidgets import QApplication

    from placeboard.ui.main_window import MainWindow

    painted(show_modules)
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]

    def data_shown() -> None:
        print(f"data {time.time():.6f}", flush=True)
        QApplication.exit(0)

    window.data_shown.connect(data_shown)


def bare(modules: list[str], show_modules: bool) -> int:
    import importlib

    for name in modules:
        importlib.import_module(name)
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)  # PlaceBoard's first-run size
    when_first_painted(lambda: finish(show_modules))
    window.show()
    return app.exec()


def placeboard(data_dir: Path, show_modules: bool) -> int:
    from placeboard.app import make_application, run

    make_application()  # the same application `run` makes, so the watcher can go on it
    when_first_painted(lambda: painted_then_data(show_modules))
    return run(data_dir)


def main(argv: list[str]) -> int:
    show_modules = "--modules" in argv
    args = [a for a in argv if a != "--modules"]
    if args[0] == "bare":
        return bare(args[1:], show_modules)
    return placeboard(Path(args[1]), show_modules)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
