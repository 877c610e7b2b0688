"""Store benchmarks: field changes written per second through the services (with the
change log), and the time to build the demo datasets."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import text

from placeboard.services import Services
from placeboard.services.metrics import ValueInput
from placeboard.store.database import open_database

AIM_FIELDS = "≥ 10,000 field changes/s"


def _change_rows(services: Services) -> int:
    """Field changes in the log: an insert's one row counts each field it records."""
    sql = (
        "SELECT coalesce(sum(CASE WHEN col = '*' THEN (SELECT count(*) FROM json_each(val)) "
        "ELSE 1 END), 0) FROM change_log"
    )
    with services.db.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar() or 0)


def _board(services: Services) -> tuple[str, str]:
    place = services.places.create_place("Benchmark Place", "unitary", 150_000)
    org = services.organisations.create_organisation("Benchmark Council", "unitary_council")
    services.organisations.add_partner(place.id, org.id)
    return place.id, org.id


def field_changes_per_call(folder: Path) -> tuple[float, str, str]:
    """People added one service call (one transaction) at a time."""
    services = Services(open_database(folder))
    place_id, _ = _board(services)
    before = _change_rows(services)
    started = time.perf_counter()
    for i in range(2_000):
        services.membership.add_person(place_id, f"Person {i}", job_title="Member", email="x@y")
    elapsed = time.perf_counter() - started
    rate = (_change_rows(services) - before) / elapsed
    services.close()
    return rate, "field changes/s", AIM_FIELDS


def field_changes_batched(folder: Path) -> tuple[float, str, str]:
    """Metric values written by one `set_values` call (an import's pattern)."""
    services = Services(open_database(folder))
    place_id, _ = _board(services)
    metrics = [services.metrics.define_metric(f"Metric {i}", "%") for i in range(20)]
    values = [
        ValueInput(place_id, m.id, f"{2000 + n // 12}-{n % 12 + 1:02d}", float(n))
        for m in metrics
        for n in range(500)
    ]
    before = _change_rows(services)
    started = time.perf_counter()
    services.metrics.set_values(values)
    elapsed = time.perf_counter() - started
    rate = (_change_rows(services) - before) / elapsed
    services.close()
    return rate, "field changes/s", AIM_FIELDS


def demo_load(folder: Path, scale: str) -> tuple[float, str, str]:
    services = Services(open_database(folder))
    started = time.perf_counter()
    services.demo.load(scale=scale)
    elapsed = time.perf_counter() - started
    services.close()
    return elapsed, "s", "a few seconds" if scale == "normal" else "under a minute"
