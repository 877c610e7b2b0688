"""Opening the one SQLite file: checks first, backup, migrations, then the engine.

Every connection runs in WAL mode with foreign keys on and a busy timeout, has the
clock functions the change-log triggers call, and uses real transactions (the
pysqlite driver's own transaction handling is switched off so that DDL and the first
read of a write transaction are inside BEGIN … COMMIT).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection
from sqlmodel import Session

from placeboard.domain.errors import DatabaseError
from placeboard.domain.hlc import HybridClock

from . import backups, migrator
from .changelog import ConnectionFunctions
from .inspection import inspect_file
from .paths import backups_dir, database_path, files_dir
from .tables.base import utc_now

BUSY_TIMEOUT_MS = 10_000


def _configure(engine: Engine, functions: ConnectionFunctions) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute("PRAGMA journal_mode=WAL")
        dbapi_conn.execute("PRAGMA foreign_keys=ON")
        dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        dbapi_conn.execute("PRAGMA synchronous=NORMAL")
        functions.register(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Writers take the write lock at once, so a busy database waits instead of failing.
        immediate = conn.get_execution_options().get("pb_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _ensure_site(conn: Connection) -> str:
    row = conn.execute(text("SELECT site FROM local_site WHERE id = 1")).fetchone()
    if row:
        return str(row[0])
    site = secrets.token_hex(8)
    conn.execute(
        text("INSERT INTO local_site(id, site, created_at) VALUES (1, :s, :t)"),
        {"s": site, "t": utc_now()},
    )
    return site


class Database:
    """An open PlaceBoard database: the engine, the clock and the data folder."""

    def __init__(self, folder: Path, engine: Engine, functions: ConnectionFunctions) -> None:
        self.folder = folder
        self.path = database_path(folder)
        self.engine = engine
        self._writer = engine.execution_options(pb_write=True)
        self.functions = functions
        # The write transaction open in this thread (each thread has its own context).
        self._open_write: ContextVar[Session | None] = ContextVar("pb_open_write", default=None)

    @property
    def clock(self) -> HybridClock:
        return self.functions.clock

    @property
    def site(self) -> str:
        return self.clock.site

    @property
    def backups_dir(self) -> Path:
        return backups_dir(self.folder)

    @property
    def files_dir(self) -> Path:
        return files_dir(self.folder)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session to read with; inside a write block of this thread, that block's own
        session, so a read sees what the block has written so far."""
        open_write = self._open_write.get()
        if open_write is not None:
            yield open_write
            return
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error.

        Re-entrant: a write inside another write of the same thread joins it through a
        SAVEPOINT, so a use case can make several service calls all or nothing
        (`with db.write(): ...`). An error in the inner block rolls back to the savepoint
        (the outer block may catch it and go on); nothing is committed until the
        outermost block ends.
        """
        open_write = self._open_write.get()
        if open_write is not None:
            with open_write.begin_nested():
                yield open_write
            return
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            token = self._open_write.set(session)
            try:
                yield session
            finally:
                self._open_write.reset(token)

    def close(self) -> None:
        self.engine.dispose()

    def restore_from(self, backup: Path) -> None:
        """Replace this database's content with a backup's, then reopen in place."""
        self.engine.dispose()
        restore_database(self.folder, backup)
        fresh = open_database(self.folder, backup_on_open=False)
        self.engine, self._writer, self.functions = fresh.engine, fresh._writer, fresh.functions


def restore_database(folder: Path, backup: Path) -> None:
    """Restore a backup into the data folder, whose database must not be open.

    The backup is checked first. The current data is backed up before it is replaced
    (or, if it cannot be opened, set aside byte for byte), so a restore can be undone.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise DatabaseError(f"There is no backup file at {backup}.")
    inspect_file(backup, migrator.known_revisions())
    path = database_path(folder)
    if path.exists():
        try:
            inspect_file(path, migrator.known_revisions())
            backups.take(path, backups_dir(folder), reason="before-restore")
        except DatabaseError:
            backups.set_aside(path, backups_dir(folder))
    backups.restore_file(backup, path)


def open_database(folder: Path, *, backup_on_open: bool = True) -> Database:
    """Open (creating or migrating as needed) the database in `folder`.

    Raises a DatabaseError, leaving the file untouched, if it cannot be used.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = database_path(folder)
    head = migrator.head_revision()
    state = inspect_file(path, migrator.known_revisions()) if path.exists() else None
    if state is not None and not state.empty and backup_on_open:
        reason = "open" if state.revision == head else "before-migration"
        backups.take(path, backups_dir(folder), reason=reason, skip_if_unchanged=reason == "open")

    functions = ConnectionFunctions(HybridClock(site="unset"))
    engine = create_engine(
        f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 10}
    )
    _configure(engine, functions)
    try:
        with engine.execution_options(pb_write=True).begin() as conn:
            if state is None or state.empty or state.revision != head:
                migrator.upgrade(conn)
            site = _ensure_site(conn)
            last = conn.execute(text("SELECT max(hlc) FROM change_log")).scalar()
    except Exception:
        engine.dispose()
        raise
    functions.clock = HybridClock(site=site, last=last)
    return Database(folder, engine, functions)
