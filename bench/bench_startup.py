"""Start-up: PlaceBoard's window on the large demo against a bare Qt window, each started
in fresh processes (several runs, median) from spawn to the first event loop turn after
the first paint; and the attendance tables' sort and filter on the large demo.

The bare window's script imports exactly the Qt and pyqtgraph modules PlaceBoard has
loaded by its first paint, so the ratio shows what PlaceBoard adds on top of Qt.
"""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

CHILD = Path(__file__).with_name("startup_child.py")
RUNS = 7
AIM_RATIO = "≤ 1.5× the bare window"


@cache
def large_demo() -> Path:
    """A data folder with the large demo, built once per benchmark run (not timed)."""
    from placeboard.services import Services
    from placeboard.store.database import open_database

    folder = Path(tempfile.mkdtemp(prefix="placeboard-bench-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    services = Services(open_database(folder / "data"))
    try:
        services.demo.load(scale="large")
    finally:
        services.close()
    return folder / "data"


def _child_env(home: Path) -> dict[str, str]:
    """Offscreen, with settings and logs in a scratch home, never the user's; compiled
    bytecode is kept (in the scratch home), as an installed app has it."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    env.pop("PLACEBOARD_DATA_DIR", None)
    return env


def _start(args: list[str], home: Path) -> tuple[float, list[str], float | None, float | None]:
    """Seconds from spawning the child to its first turn after the first paint, its
    Qt modules, and (PlaceBoard only) seconds until the records are on screen and its
    resident memory (MB) a second after."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, str(CHILD), *args],
        capture_output=True,
        text=True,
        env=_child_env(home),
        timeout=300,
        check=False,
    )
    lines = done.stdout.splitlines()
    painted = [line for line in lines if line.startswith("painted ")]
    if done.returncode != 0 or not painted:
        raise RuntimeError(f"start-up child failed ({done.returncode}):\n{done.stderr}")
    modules = next((ln.split()[1:] for ln in lines if ln.startswith("modules ")), [])
    data = [float(line.split()[1]) - started for line in lines if line.startswith("data ")]
    rss = [int(line.split()[1]) / 1024 for line in lines if line.startswith("rss ")]
    return (
        float(painted[0].split()[1]) - started,
        modules,
        (data[0] if data else None),
        (rss[0] if rss else None),
    )


@dataclass(frozen=True)
class Startup:
    bare_ms: float
    placeboard_ms: float
    modules: tuple[str, ...]
    bare_pyqtgraph_ms: float  # the bare window importing pyqtgraph too (charts to come)
    data_ms: float  # PlaceBoard: until the last place's Overview is on screen
    rest_mb: float  # PlaceBoard: resident memory a second after that

    @property
    def ratio(self) -> float:
        return self.placeboard_ms / self.bare_ms


@cache
def measure() -> Startup:
    data = large_demo()
    home = Path(tempfile.mkdtemp(prefix="placeboard-bench-home-"))
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    # A first, untimed start: lists PlaceBoard's Qt modules and warms the disk cache and
    # the settings (window geometry), as for anyone who has used the app before.
    _, modules, _, _ = _start(["placeboard", str(data), "--modules"], home)
    with_charts = sorted({*modules, "pyqtgraph"})
    _start(["bare", *with_charts], home)
    bare, ours, charts, shown, rest = [], [], [], [], []
    for _ in range(RUNS):  # interleaved, so drift in the machine's load hits all alike
        bare.append(_start(["bare", *modules], home)[0])
        window, _, data_on_screen, resident = _start(["placeboard", str(data)], home)
        ours.append(window)
        shown.append(data_on_screen or float("nan"))
        rest.append(resident or float("nan"))
        charts.append(_start(["bare", *with_charts], home)[0])
    result = Startup(
        statistics.median(bare) * 1000,
        statistics.median(ours) * 1000,
        tuple(modules),
        statistics.median(charts) * 1000,
        statistics.median(shown) * 1000,
        statistics.median(rest),
    )
    print(
        f"  start-up (medians of {RUNS}): bare {result.bare_ms:.0f} ms, PlaceBoard "
        f"{result.placeboard_ms:.0f} ms, ratio {result.ratio:.2f}; records on screen "
        f"{result.data_ms:.0f} ms; bare with pyqtgraph "
        f"{result.bare_pyqtgraph_ms:.0f} ms; PlaceBoard loads {len(modules)} Qt/pyqtgraph "
        f"modules: {', '.join(m for m in modules if m.count('.') == 1 and 'Qt' in m)}…",
        file=sys.stderr,
    )
    return result


def startup_bare(_folder: Path) -> tuple[float, str, str]:
    return measure().bare_ms, "ms", "(the reference)"


def startup_bare_pyqtgraph(_folder: Path) -> tuple[float, str, str]:
    return measure().bare_pyqtgraph_ms, "ms", "(reference, once charts import it)"


def startup_placeboard(_folder: Path) -> tuple[float, str, str]:
    return measure().placeboard_ms, "ms", "large demo, to first paint"


def startup_data(_folder: Path) -> tuple[float, str, str]:
    return measure().data_ms, "ms", "large demo, until the Overview shows the place"


def memory_at_rest(_folder: Path) -> tuple[float, str, str]:
    return (
        measure().rest_mb,
        "MB resident, large demo, a second after the Overview is on screen",
        "≤ 300 MB",  # a locked-down laptop's share for one desktop app
    )


def startup_ratio(_folder: Path) -> tuple[float, str, str]:
    return measure().ratio, "× bare", AIM_RATIO


# -- attendance tables on the large demo ----------------------------------------------


def _attendance_rows(copies: int) -> list[object]:
    from placeboard.services import Services
    from placeboard.store.database import open_database

    services = Services(open_database(large_demo()))
    try:
        rows = [
            row
            for place in services.places.list_places()
            for row in services.attendance.rates(place.id, date(2000, 1, 1), date.today()).members
        ]
    finally:
        services.close()
    return rows * copies


def attendance_table(copies: int) -> tuple[float, str, str]:
    """Mean ms of one sort or one filter change over the member table's proxy, after
    `set_rows` (printed too) of every member row of the four large boards."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from placeboard.ui.attendance_model import MemberRateModel, RateProxy

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    rows = _attendance_rows(copies)
    model = MemberRateModel()
    proxy = RateProxy(model)
    started = time.perf_counter()
    model.set_rows(rows)  # type: ignore[arg-type]
    proxy.sort(0)
    proxy.index(0, 0).data()
    loaded = time.perf_counter() - started
    steps = 0
    started = time.perf_counter()
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            proxy.sort(column, order)
            proxy.index(0, 0).data()  # what a view asks for next (the proxy is lazy)
            steps += 1
    for text in ("t", "te", "tes", "test", "", "council", ""):
        proxy.setFilterFixedString(text)
        proxy.index(0, 0).data()
        steps += 1
    each = (time.perf_counter() - started) / steps * 1000
    print(
        f"  attendance table, {len(rows):,} rows: set_rows + first sort {loaded * 1000:.1f} ms, "
        f"then {each:.1f} ms a sort or filter",
        file=sys.stderr,
    )
    return each, f"ms a sort or filter ({len(rows):,} rows)", "no visible delay (< 100 ms)"
