"""Look at a database file, read-only, before anything is allowed to write to it.

A file that is not SQLite, is truncated or damaged, is some other program's database,
or comes from a newer PlaceBoard gets a one-line explanation and is left exactly as it
was: it is only ever opened with `mode=ro`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from placeboard.domain.errors import DamagedDatabase, NewerDatabase, NotPlaceBoardDatabase

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
MARKER_TABLES = frozenset({"change_log", "field_clock", "local_site", "place"})


@dataclass(frozen=True)
class FileState:
    """What a database file holds: empty (0 bytes) or at a schema revision."""

    empty: bool
    revision: str | None


def _check_header(path: Path) -> None:
    size = path.stat().st_size
    with path.open("rb") as f:
        header = f.read(HEADER_SIZE)
    if header[:16] != SQLITE_MAGIC:
        raise NotPlaceBoardDatabase(f"{path} is not a PlaceBoard database (not an SQLite file).")
    if len(header) < HEADER_SIZE:
        raise DamagedDatabase(f"{path} is damaged: the file is cut short.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    change_counter = header[24:28]
    valid_for = header[92:96]
    # The in-header page count is trustworthy only when the two counters agree.
    if change_counter == valid_for and pages and size < pages * page_size:
        raise DamagedDatabase(
            f"{path} is damaged: it is cut short ({size} of {pages * page_size} bytes)."
        )
    if size % page_size:
        raise DamagedDatabase(f"{path} is damaged: its size is not a whole number of pages.")


def _read_state(path: Path) -> FileState:
    uri = f"file:{path.as_posix()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DamagedDatabase(f"{path} cannot be opened: {exc}.") from None
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise DamagedDatabase(f"{path} is damaged: {check[0] if check else 'no answer'}.")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return FileState(empty=True, revision=None)
        if "alembic_version" not in tables or not tables >= MARKER_TABLES:
            raise NotPlaceBoardDatabase(
                f"{path} is an SQLite database of another program, not PlaceBoard's."
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return FileState(empty=False, revision=row[0] if row else None)
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(f"{path} is damaged: {exc}.") from None
    finally:
        conn.close()


def inspect_file(path: Path, known_revisions: set[str]) -> FileState:
    """Check a database file without changing it; raise a DatabaseError if unusable."""
    if path.stat().st_size == 0:
        return FileState(empty=True, revision=None)
    _check_header(path)
    state = _read_state(path)
    if state.revision is not None and state.revision not in known_revisions:
        raise NewerDatabase(
            f"{path} was written by a newer version of PlaceBoard (schema {state.revision}); "
            "install the newer version to open it."
        )
    if not state.empty and state.revision is None:
        raise NotPlaceBoardDatabase(f"{path} has no PlaceBoard schema version.")
    return state
