"""Metric benchmarks: SPC for every chart of a large ICB, and a 50,000-row import."""

from __future__ import annotations

import random
import time
from pathlib import Path

from placeboard.domain.spc import analyse
from placeboard.services import Services
from placeboard.store.database import open_database

METRICS, PLACES, POINTS = 40, 4, 120


def spc_all(_folder: Path) -> tuple[float, str, str]:
    """The engine over 40 metrics × 4 places × 120 points (one rebase each), best of 5."""
    rng = random.Random(20261124)
    series = [
        [100 + rng.gauss(0, 5) + (8 if n > 80 else 0) for n in range(POINTS)]
        for _ in range(METRICS * PLACES)
    ]
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for values in series:
            analyse(values, polarity="higher", target=105, rebases=[60])
        best = min(best, time.perf_counter() - started)
    return best * 1000, f"ms for {len(series)} charts × {POINTS} points", "< 50 ms"


def import_50k(folder: Path) -> tuple[float, str, str]:
    """Check and import a CSV of 50,000 values (all new) into one database."""
    services = Services(open_database(folder / "data"))
    try:
        places = [services.places.create_place(f"Place {p}", "unitary").name for p in range(5)]
        metrics = [services.metrics.define_metric(f"Metric {m}").name for m in range(50)]
        lines = ["metric,place,period,value"]
        for m in metrics:
            for p in places:
                for n in range(200):
                    lines.append(f"{m},{p},{2000 + n // 12}-{n % 12 + 1:02d},{n * 1.5}")
        path = folder / "values.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        started = time.perf_counter()
        result = services.metric_files.import_file(path)
        elapsed = time.perf_counter() - started
        assert result.count("new") == 50_000
        return elapsed, f"s for {len(result.rows):,} rows", "< 5 s"
    finally:
        services.close()


def draw_chart(_folder: Path) -> tuple[float, str, str]:
    """Draw one 120-point chart with its icons and table offscreen (median of 9), as the
    Metrics view does on choosing a metric."""
    import os
    import statistics
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from placeboard.services.metric_charts import MetricChart, MetricInfo
    from placeboard.ui.spc_chart import SpcChartView

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(7)
    values = [100 + rng.gauss(0, 5) + (9 if n > 90 else 0) for n in range(POINTS)]
    periods = [f"{2015 + n // 12}-{n % 12 + 1:02d}" for n in range(POINTS)]
    chart = MetricChart(
        metric=MetricInfo("m", "Emergency admissions", "%", "lower", 98.0, "monthly", "", ""),
        place_id="p",
        place_name="Blackpool",
        periods=periods,
        labels=periods,
        values=values,
        rebases=[],
        annotations=[],
        result=analyse(values, "lower", 98.0),
        notes={},
    )
    view = SpcChartView()
    view.resize(900, 600)
    view.show()
    times = []
    for _ in range(9):
        started = time.perf_counter()
        view.set_chart(chart)
        view.grab()  # lay out and paint, as on screen
        times.append(time.perf_counter() - started)
    view.close()
    return statistics.median(times) * 1000, "ms to draw a 120-point chart", "no visible delay"
