"""Fixtures for the hub tests: a hub database on the real PostgreSQL server, login
roles with their places, the keyring (keyrings.alt's file backend in the test's own
folder, chosen explicitly as a person would), and laptops made of real SQLite files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest

from placeboard.services import Services
from placeboard.store.database import Database
from placeboard.store.tables import Organisation, Person, synced_tables
from placeboard.sync import hub_config
from placeboard.sync.hub_config import HubConfig
from placeboard.sync.hub_schema import InitResult, grant_icb, grant_places, init_hub, place_key

from .pg_server import PgServer, pg_server
from .replicas import rows

# The fixtures, for test modules to take with `from .hub_fixtures import *`.
__all__ = ["hub", "keyring_file", "pg_server"]
PASSWORD = "correct horse battery staple"
PLAINTEXT = "keyrings.alt.file.PlaintextKeyring"


@pytest.fixture
def keyring_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A real keyring that works headless: a file under this test's XDG_DATA_HOME."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    previous = keyring.get_keyring()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", PLAINTEXT)
    backend = PlaintextKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@dataclass
class Hub:
    server: PgServer
    init: InitResult

    @property
    def database(self) -> str:
        return self.init.database

    def admin(self) -> psycopg.Connection[Any]:
        return self.server.admin(self.database)

    def login(
        self,
        stem: str,
        places: tuple[str, ...] = (),
        *,
        icb: bool = False,
        password: str = PASSWORD,
    ) -> HubConfig:
        """A login role with these places (by name), its settings and keyring entry."""
        role = self.server.create_login(stem, password)
        with self.admin() as conn:
            if places:
                grant_places(conn, role, [place_key(p) for p in places])
            if icb:
                grant_icb(conn, role)
        config = HubConfig(self.server.dsn(role, self.database), "Test ICB hub")
        hub_config.store_password(config, password)
        return config


@pytest.fixture
def hub(pg_server: PgServer, keyring_file: Any) -> Hub:
    database = pg_server.create_database()
    with pg_server.admin(database) as conn:
        return Hub(pg_server, init_hub(conn))


def add(db: Database, *rows: Any) -> list[str]:
    with db.write() as s:
        for row in rows:
            s.add(row)
    return [str(r.id) for r in rows]


def laptop(make_replica: Callable[..., Database], name: str, place: str | None) -> Database:
    """A laptop whose database keeps `place` (made as PlaceBoard makes places)."""
    db = make_replica(name)
    if place:
        Services(db).places.create_place(place, kind="unitary")
    return db


def person(db: Database, place: str, full_name: str, job_title: str = "") -> str:
    return add(db, Person(place_id=place_key(place), full_name=full_name, job_title=job_title))[0]


def organisation(db: Database, name: str) -> str:
    return add(db, Organisation(name=name, sector="nhs_trust"))[0]


def rows_of(db: Database, places: set[str | None]) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table's rows of these places (None: the ICB-wide ones), comparable."""
    ids = sorted(place_key(p) for p in places if p is not None)
    marks = ", ".join(f"'{i}'" for i in ids) or "NULL"
    icb_wide = "place_id IS NULL OR " if None in places else ""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table in synced_tables():
        where = f"{icb_wide}place_id IN ({marks})"
        out[table] = rows(db, f'SELECT * FROM "{table}" WHERE {where} ORDER BY id')
    return out


def files_in(db: Database) -> set[str]:
    folder = Path(db.files_dir)
    return {p.name for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()
