"""One start-up, timed: run in a fresh process by bench_startup.py.

    python startup_child.py bare MODULES...      a bare QMainWindow, after importing
                                                 the Qt and pyqtgraph MODULES
    python startup_child.py placeboard DATA_DIR  PlaceBoard as `placeboard --data-dir
                                                 DATA_DIR` starts it (cli.main)

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
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from placeboard.ui.main_window import MainWindow

QT_PREFIXES = ("PySide6", "shiboken6", "pyqtgraph")


def qt_modules() -> list[str]:
    return sorted(m for m in sys.modules if m.split(".")[0] in QT_PREFIXES)


def when_first_painted(window: QMainWindow, report: Callable[[], None]) -> None:
    """Call `report` on the event loop turn after the first paint of `window`.

    The filter watches the window alone: a filter on the whole application would run
    Python for every event of every widget, slowing most the window with more widgets.
    A top-level window is painted first in a paint pass, its children after it in the
    same pass, so the next turn comes after the whole window is drawn."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, report)
            return False

    window.installEventFilter(FirstPaint(window))


def painted(show_modules: bool) -> None:
    print(f"painted {time.time():.6f}", flush=True)
    if show_modules:
        print("modules " + " ".join(qt_modules()), flush=True)


def finish(show_modules: bool) -> None:
    from PySide6.QtWidgets import QApplication

    painted(show_modules)
    QApplication.exit(0)


REST_MS = 1000


def resident_kb() -> int:
    """This process's resident memory now (Linux), else its peak (other systems)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def painted_then_data(window: MainWindow, show_modules: bool) -> None:
    """After the first paint, wait for PlaceBoard's records to be on screen."""
    from PySide6.QtWidgets import QApplication

    painted(show_modules)

    def at_rest() -> None:
        print(f"rss {resident_kb()}", flush=True)
        QApplication.exit(0)

    def data_shown() -> None:
        from PySide6.QtCore import QTimer

        print(f"data {time.time():.6f}", flush=True)
        QTimer.singleShot(REST_MS, at_rest)  # memory at rest: once the start-up work is over

    window.data_shown.connect(data_shown)


def bare(modules: list[str], show_modules: bool) -> int:
    import importlib

    for name in modules:
        importlib.import_module(name)
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)  # PlaceBoard's first-run size
    when_first_painted(window, lambda: finish(show_modules))
    window.show()
    return app.exec()


def placeboard(data_dir: Path, show_modules: bool) -> int:
    import placeboard.app
    import placeboard.cli

    class Watched(placeboard.app.MainWindow):
        """PlaceBoard's window with the same first-paint watch as the bare one."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            when_first_painted(self, lambda: painted_then_data(self, show_modules))

    placeboard.app.MainWindow = Watched  # type: ignore[misc]
    return placeboard.cli.main(["--data-dir", str(data_dir)])


def main(argv: list[str]) -> int:
    show_modules = "--modules" in argv
    args = [a for a in argv if a != "--modules"]
    if args[0] == "bare":
        return bare(args[1:], show_modules)
    return placeboard(Path(args[1]), show_modules)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
