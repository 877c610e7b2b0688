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
