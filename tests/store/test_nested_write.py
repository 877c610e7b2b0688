"""`Database.write()` inside another write of the same thread joins it through a
SAVEPOINT: a use case can make several service calls all or nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from placeboard.services import Services
from placeboard.store.database import Database
from placeboard.store.tables import Place

from .test_changelog import add_place, changes


def place_names(db: Database) -> list[str]:
    with db.engine.connect() as conn:  # its own connection: only what is committed
        return [r[0] for r in conn.execute(text("SELECT name FROM place ORDER BY name"))]


def test_a_nested_write_shares_the_outer_session_and_commits_with_it(
    services: Services,
) -> None:
    db = services.db
    with db.write() as outer:
        with db.write() as inner:
            assert inner is outer
            inner.add(Place(name="Blackpool"))
        assert place_names(db) == []  # nothing is committed until the outer block ends
        with db.read() as reading:
            assert reading is outer  # a read inside the block sees what it wrote
            assert reading.exec(text("SELECT count(*) FROM place")).scalar() == 1
    assert place_names(db) == ["Blackpool"]


def test_an_inner_failure_caught_rolls_back_only_to_its_savepoint(services: Services) -> None:
    db = services.db
    with db.write():
        add_place(db, "Blackpool")
        with pytest.raises(RuntimeError, match="refused"), db.write() as s:
            s.add(Place(name="Ghost"))
            s.flush()  # the insert and its change-log row are in the savepoint
            raise RuntimeError("refused")
        add_place(db, "Lancashire")
    assert place_names(db) == ["Blackpool", "Lancashire"]
    logged = changes(db)
    assert [(row[1], row[3]) for row in logged] == [("place", "*"), ("place", "*")]
    assert not [row for row in logged if "Ghost" in str(row[4])]


def test_an_outer_failure_rolls_back_every_inner_write(services: Services) -> None:
    db = services.db
    add_place(db, "Blackpool")
    before = changes(db)
    with pytest.raises(RuntimeError, match="late"), db.write():
        services.places.create_place("Lancashire")  # its own write()
        services.organisations.create_organisation("Lancashire County Council", "unitary_council")
        raise RuntimeError("late")
    assert place_names(db) == ["Blackpool"]
    assert changes(db) == before
    assert services.organisations.list_organisations() == []


def test_an_uncaught_inner_failure_rolls_back_the_whole_transaction(
    services: Services,
) -> None:
    db = services.db
    with pytest.raises(Exception, match="already a place called Blackpool"), db.write():
        services.places.create_place("Blackpool")
        services.places.create_place("Blackpool")  # refused inside the savepoint
    assert place_names(db) == []
    assert changes(db) == []


def test_the_change_log_triggers_fire_in_nested_writes(services: Services) -> None:
    db = services.db
    with db.write():
        place = services.places.create_place("Blackpool", "unitary")
        services.places.update_place(place.id, population=141_000)
    logged = changes(db)
    assert [(row[1], row[3]) for row in logged] == [
        ("place", "*"),
        ("board", "*"),
        ("place", "updated_at"),
        ("place", "population"),
    ]
    stamps = [row[0] for row in logged]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(logged)


def test_another_thread_opens_its_own_transaction(services: Services, data_dir: Path) -> None:
    """The open write belongs to its thread: a write from another thread does not join
    it (it waits for the lock, so here it is only started after the outer one ends)."""
    db = services.db
    seen: list[object] = []

    def other() -> None:
        with db.write() as s:
            seen.append(s)
            s.add(Place(name="Lancashire"))

    with db.write() as outer:
        outer.add(Place(name="Blackpool"))
        worker = threading.Thread(target=other)
    worker.start()
    worker.join(10)
    assert seen and seen[0] is not outer
    assert place_names(db) == ["Blackpool", "Lancashire"]
