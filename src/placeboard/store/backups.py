"""Backups with SQLite's online backup API: on open, on demand, a rolling set of ten."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from placeboard.domain.errors import DatabaseError

KEEP = 10
PREFIX = "placeboard-"
SUFFIX = ".sqlite3"


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _last_stamp(path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        # The log is only appended to, so its greatest rowid counts its rows; count(*)
        # would read the whole log (hundreds of thousands of rows) on every open. One
        # max() a query: SQLite answers a lone min/max from the index, two by a scan.
        hlc = conn.execute("SELECT max(hlc) FROM change_log").fetchone()[0]
        rows = conn.execute("SELECT max(rowid) FROM change_log").fetchone()[0]
        return f"{version[0] if version else ''}|{hlc}|{rows}"
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def list_backups(folder: Path) -> list[Path]:
    """Backups, newest first."""
    if not folder.exists():
        return []
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), reverse=True)


def take(
    database: Path, folder: Path, *, reason: str = "manual", skip_if_unchanged: bool = False
) -> Path | None:
    """Copy the live database into `folder`, then keep only the newest ten.

    With `skip_if_unchanged`, nothing is written when the newest backup already holds
    the same schema and change log (opening the app twice makes no second copy).
    """
    folder.mkdir(parents=True, exist_ok=True)
    existing = list_backups(folder)
    if skip_if_unchanged and existing and _last_stamp(existing[0]) == _last_stamp(database):
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    partial = target.with_suffix(".partial")
    try:
        _copy(database, partial)
        partial.replace(target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"Could not back up {database}: {exc}.") from None
    for old in list_backups(folder)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def set_aside(database: Path, folder: Path) -> Path:
    """Keep a copy of an unusable database file, byte for byte, beside the backups."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{PREFIX}{stamp}-unusable{SUFFIX}.set-aside"
    shutil.copy2(database, target)
    return target


def restore_file(backup: Path, database: Path) -> None:
    """Put a backup's content in place of the database file, in one rename.

    Nothing may have the database open. The copy is made beside the database and
    renamed over it, so a failure half-way leaves the old file as it was.
    """
    partial = database.with_name(database.name + ".restoring")
    try:
        _copy(backup, partial)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"Could not restore {backup.name}: {exc}.") from None
    for extra in ("-wal", "-shm"):
        database.with_name(database.name + extra).unlink(missing_ok=True)
    os.replace(partial, database)
