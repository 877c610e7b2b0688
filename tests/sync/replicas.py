"""Replicas for sync tests: real SQLite files made with the project's store, each with
its own site id and, if asked, a clock running ahead of or behind the wall clock."""

from __future__ import annotations

import json
import secrets
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import text

from placeboard.domain.hlc import HybridClock, wall_millis
from placeboard.store.database import Database, open_database
from placeboard.store.paths import database_path
from placeboard.store.tables import synced_tables
from placeboard.sync.change import FIELDS, Change


def make_template(folder: Path) -> Path:
    """One migrated, empty database to copy (an Alembic upgrade per replica is slow)."""
    open_database(folder, backup_on_open=False).close()
    return database_path(folder)


def replica(template: Path, folder: Path, offset_ms: int = 0) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        source = Path(f"{template}{suffix}")
        if source.exists():
            shutil.copy(source, Path(f"{database_path(folder)}{suffix}"))
    conn = sqlite3.connect(database_path(folder))
    conn.execute("UPDATE local_site SET site = ?", (secrets.token_hex(8),))
    conn.commit()
    conn.close()
    db = open_database(folder, backup_on_open=False)
    if offset_ms:
        db.functions.clock = HybridClock(
            db.site, last=db.clock.last, wall=lambda: wall_millis() + offset_ms
        )
    return db


def changes_of(db: Database, after: int = 0) -> list[Change]:
    """Every change in the log, in the order it arrived."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT {', '.join(FIELDS)} FROM change_log WHERE rowid > :a ORDER BY rowid"),
            {"a": after},
        ).all()
    return [Change(*r) for r in rows]


def dump(db: Database) -> dict[str, Any]:
    """Every synced table's rows, the field clock and the change log, comparable."""
    out: dict[str, Any] = {}
    with db.engine.connect() as conn:
        for table in synced_tables():
            rows = conn.execute(text(f'SELECT * FROM "{table}" ORDER BY id')).all()
            out[table] = [tuple(r) for r in rows]
        out["field_clock"] = [
            tuple(r) for r in conn.execute(text("SELECT * FROM field_clock ORDER BY 1, 2, 3"))
        ]
        out["change_log"] = [
            tuple(r)
            for r in conn.execute(text(f"SELECT {', '.join(FIELDS)} FROM change_log ORDER BY hlc"))
        ]
    return out


def rows(db: Database, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def conflicts(db: Database, kinds: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    with db.engine.connect() as conn:
        found = [dict(r) for r in conn.execute(text("SELECT * FROM conflict")).mappings()]
    return [c for c in found if kinds is None or c["kind"] in kinds]


def record(change: Change) -> dict[str, Any]:
    return json.loads(change.val) if change.col == "*" else {change.col: change.val}
