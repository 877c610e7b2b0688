"""Backup then restore returns exactly the data that was backed up."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from placeboard.domain.errors import DatabaseError
from placeboard.services import Services
from placeboard.store.database import open_database, restore_database
from placeboard.store.paths import database_path


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def fill(services: Services, name: str) -> str:
    place = services.places.create_place(name, "unitary", 141000)
    org = services.organisations.create_organisation(f"{name} Council", "unitary_council")
    services.organisations.add_partner(place.id, org.id)
    person = services.membership.add_person(place.id, "Dr Avery Testwood")
    services.membership.add_membership(
        place.id, person.id, org.id, role="chair", start_date=date(2024, 4, 1)
    )
    return place.id


def test_backup_then_restore_returns_exactly_the_backed_up_data(services: Services) -> None:
    fill(services, "Blackpool")
    backup = services.maintenance.backup_now()
    saved = dump(backup)
    fill(services, "Lancashire")
    assert dump(services.db.path) != saved
    services.maintenance.restore(backup)
    assert dump(services.db.path) == saved
    assert [p.name for p in services.places.list_places()] == ["Blackpool"]
    # The data replaced by the restore was itself backed up first.
    assert any("before-restore" in p.name for p in services.maintenance.list_backups())
    # And the restored database takes new writes, logged as ever.
    fill(services, "South Cumbria")
    assert len(services.places.list_places()) == 2


def test_restore_into_a_damaged_database_sets_the_damaged_file_aside(data_dir: Path) -> None:
    services = Services(open_database(data_dir))
    fill(services, "Blackpool")
    backup = services.maintenance.backup_now()
    services.close()
    path = database_path(data_dir)
    path.write_bytes(b"not a database any more")
    restore_database(data_dir, backup)
    assert dump(path) == dump(backup)
    assert list((data_dir / "backups").glob("*.set-aside"))


def test_a_bad_backup_is_refused_and_the_data_kept(services: Services, tmp_path: Path) -> None:
    fill(services, "Blackpool")
    before = dump(services.db.path)
    bad = tmp_path / "placeboard-bad.sqlite3"
    bad.write_bytes(b"\x00" * 4096)
    with pytest.raises(DatabaseError):
        services.maintenance.restore(bad)
    assert dump(services.db.path) == before
