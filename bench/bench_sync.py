"""Sync benchmarks: merge throughput (field changes applied per second, new records and
edits), the longest write transaction of a merge, and a bundle of 10,000 changes
written and read."""

from __future__ import annotations

import json
import time
from pathlib import Path

from sqlalchemy import text

from placeboard.services import Services
from placeboard.services.metrics import ValueInput
from placeboard.store.database import Database, open_database
from placeboard.sync.bundle import read_bundle, write_bundle
from placeboard.sync.change import FIELDS, Change
from placeboard.sync.merge import MergeReport, apply_changes

AIM_MERGE = "≥ 20,000 field changes/s"
METRICS, MONTHS = 20, 500  # 10,000 metric values


def _changes(db: Database, after: int = 0) -> list[Change]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT {', '.join(FIELDS)} FROM change_log WHERE rowid > :a ORDER BY rowid"),
            {"a": after},
        ).all()
    return [Change(*r) for r in rows]


def _fields(changes: list[Change]) -> int:
    """Field changes: an insert's one row counts each field it records."""
    return sum(len(json.loads(c.val)) if c.col == "*" else 1 for c in changes)


def _source(folder: Path, values: int = METRICS * MONTHS) -> Services:
    """A board with `values` metric values, written the way an import writes them."""
    services = Services(open_database(folder / "source", backup_on_open=False))
    place = services.places.create_place("Benchmark Place", "unitary", 150_000)
    metrics = [services.metrics.define_metric(f"Metric {i}", "%") for i in range(METRICS)]
    services.metrics.set_values(
        [
            ValueInput(place.id, metrics[n % METRICS].id, _period(n // METRICS), float(n) + 0.5)
            for n in range(values)
        ]
    )
    return services


def _period(n: int) -> str:
    return f"{2000 + n // 12}-{n % 12 + 1:02d}"


def _timed_apply(target: Database, changes: list[Change]) -> tuple[float, MergeReport]:
    started = time.perf_counter()
    report = apply_changes(target, changes)
    return time.perf_counter() - started, report


def merge_new_records(folder: Path) -> tuple[float, str, str]:
    """A first sync: 10,000 new metric values (and their board) into an empty database."""
    source = _source(folder)
    changes = _changes(source.db)
    target = open_database(folder / "target", backup_on_open=False)
    elapsed, _report = _timed_apply(target, changes)
    source.close()
    target.close()
    return _fields(changes) / elapsed, "field changes/s", AIM_MERGE


def merge_edits(folder: Path) -> tuple[float, str, str]:
    """An incremental sync: the same 10,000 values edited (value and updated_at each)."""
    source = _source(folder)
    target = open_database(folder / "target", backup_on_open=False)
    apply_changes(target, _changes(source.db))
    after = _last(source.db)
    place = source.places.list_places()[0].id
    metrics = [m.id for m in source.metrics.list_metrics()]
    source.metrics.set_values(
        [
            ValueInput(place, metrics[n % METRICS], _period(n // METRICS), float(n) + 0.25)
            for n in range(METRICS * MONTHS)
        ]
    )
    edits = _changes(source.db, after)
    elapsed, _report = _timed_apply(target, edits)
    source.close()
    target.close()
    return _fields(edits) / elapsed, "field changes/s", AIM_MERGE


def merge_longest_batch(folder: Path) -> tuple[float, str, str]:
    """The longest write transaction (one batch) of the first sync above."""
    source = _source(folder)
    target = open_database(folder / "target", backup_on_open=False)
    _elapsed, report = _timed_apply(target, _changes(source.db))
    source.close()
    target.close()
    return report.longest_batch_ms, "ms", "well under 100 ms"


def _last(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT max(rowid) FROM change_log")).scalar() or 0)


def _ten_thousand(folder: Path) -> Services:
    """A source whose log holds 10,000 changes."""
    services = _source(folder, values=10_000)
    while (count := _last(services.db)) < 10_000:
        services.places.create_place(f"Place {count}", "unitary")
    return services


def bundle_export_10k(folder: Path) -> tuple[float, str, str]:
    source = _ten_thousand(folder)
    changes = _last(source.db)
    started = time.perf_counter()
    info = write_bundle(source.db, folder / "out.pbsync", since=changes - 10_000)
    elapsed = time.perf_counter() - started
    source.close()
    kb = info.size / 1024
    return elapsed * 1000, f"ms for {info.changes:,} changes ({kb:,.0f} KB)", "< 1 s"


def bundle_import_10k(folder: Path) -> tuple[float, str, str]:
    source = _ten_thousand(folder)
    info = write_bundle(source.db, folder / "out.pbsync", since=_last(source.db) - 10_000)
    source.close()
    target = open_database(folder / "target", backup_on_open=False)
    started = time.perf_counter()
    done = read_bundle(target, info.path)
    elapsed = time.perf_counter() - started
    target.close()
    return elapsed * 1000, f"ms for {done.merge.applied:,} changes, checked and applied", "< 2 s"
