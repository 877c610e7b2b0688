"""Hub benchmarks on a real PostgreSQL server started here (as the tests start one):
the first sync of the large demo dataset to the hub, and an incremental sync of 100
changes, each beside a plain PostgreSQL `COPY` of the same rows in the same run (the
floor any transport could reach)."""

from __future__ import annotations

import atexit
import importlib.util
import shutil
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from types import ModuleType
from typing import Any

from psycopg import sql
from sqlmodel import select

from placeboard.services import Services
from placeboard.store.database import Database, open_database
from placeboard.store.tables import Person
from placeboard.sync import hub_config
from placeboard.sync.change import FIELDS, Change
from placeboard.sync.hub import encode
from placeboard.sync.hub_config import HubConfig
from placeboard.sync.hub_schema import grant_places, init_hub
from placeboard.sync.hub_sync import sync_with_hub

PASSWORD = "benchmark password"
EDITS = 100
_state: dict[str, Any] = {}


def _pg_server_module() -> ModuleType:
    """The tests' server starter (initdb, pg_ctl, runuser when root)."""
    path = Path(__file__).parents[1] / "tests" / "sync" / "pg_server.py"
    spec = importlib.util.spec_from_file_location("placeboard_bench_pg_server", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _password_in_memory() -> None:
    """The benchmark's own keyring: a plain dictionary, chosen explicitly."""
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    keyring.set_keyring(Memory())


def _setup() -> dict[str, Any]:
    """Once per run: a server, a hub, and a laptop holding the large demo."""
    if _state:
        return _state
    pg = _pg_server_module()
    bindir = pg.find_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL is not installed (packaging/system-deps.sh installs it)")
    stack = ExitStack()
    atexit.register(stack.close)
    work = Path(tempfile.mkdtemp(prefix="placeboard-bench-hub-"))
    stack.callback(shutil.rmtree, work, True)
    server = stack.enter_context(pg.running_server(bindir, work / "pg"))
    print("  hub bench: loading the large demo…", file=sys.stderr)
    db = open_database(work / "laptop", backup_on_open=False)
    stack.callback(db.close)
    services = Services(db)
    services.demo.load(scale="large")
    database = server.create_database("bench_hub")
    role = server.create_login("laptop", PASSWORD)
    with server.admin(database) as conn:
        init_hub(conn)
        grant_places(conn, role, [p.id for p in services.places.list_places()])
    _password_in_memory()
    config = HubConfig(server.dsn(role, database), "Benchmark hub")
    hub_config.store_password(config, PASSWORD)
    _state.update(server=server, database=database, db=db, services=services, config=config)
    return _state


def _changes(db: Database, after: int = 0) -> list[Change]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT {', '.join(FIELDS)} FROM change_log WHERE rowid > ? ORDER BY rowid", (after,)
        ).all()
    return [Change(*r) for r in rows]


def _copy_seconds(state: dict[str, Any], changes: list[Change]) -> float:
    """COPY the same rows into a plain table of the same columns, in one transaction."""
    with state["server"].admin(state["database"]) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS copy_floor (hlc text PRIMARY KEY, site text, "
            "place_id text, tbl text, pk text, col text, val text, base_hlc text)"
        )
        conn.execute("TRUNCATE copy_floor")
        started = time.perf_counter()
        with (
            conn.transaction(),
            conn.cursor() as cur,
            cur.copy(sql.SQL("COPY copy_floor FROM STDIN")) as copy,
        ):
            for c in changes:
                copy.write_row(
                    (c.hlc, c.site, c.place_id, c.tbl, c.pk, c.col, encode(c.val), c.base_hlc)
                )
        return time.perf_counter() - started


def first_sync_large(folder: Path) -> tuple[float, str, str]:
    state = _setup()
    db: Database = state["db"]
    changes = _changes(db)
    started = time.perf_counter()
    report = sync_with_hub(db, state["config"])
    elapsed = time.perf_counter() - started
    assert report.pushed == len(changes), report
    ratio = elapsed / _copy_seconds(state, changes)
    state["first"] = (elapsed, ratio, len(changes))
    return elapsed, f"s for {len(changes):,} changes = {ratio:.1f}× COPY", "a minute at most"


def incremental_sync_100(folder: Path) -> tuple[float, str, str]:
    state = _setup()
    if "first" not in state:
        first_sync_large(folder)
    db: Database = state["db"]
    with db.engine.connect() as conn:
        before = int(conn.exec_driver_sql("SELECT max(rowid) FROM change_log").scalar() or 0)
    with db.write() as s:
        people = s.exec(select(Person).limit(EDITS)).all()
        for n, person in enumerate(people):
            person.job_title = f"Board member {n}"
    changes = _changes(db, before)
    started = time.perf_counter()
    report = sync_with_hub(db, state["config"])
    elapsed = time.perf_counter() - started
    assert report.pushed == len(changes) == EDITS, (report, len(changes))
    ratio = elapsed / _copy_seconds(state, changes)
    return elapsed * 1000, f"ms = {ratio:.0f}× COPY of the {EDITS} rows", "under a second"
