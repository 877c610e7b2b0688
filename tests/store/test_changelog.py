"""Every write appends change rows in its own transaction, whichever code path writes."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from placeboard.domain.hlc import Stamp
from placeboard.store.changelog import expand
from placeboard.store.tables import Place


def changes(db) -> list[tuple]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text("SELECT hlc, tbl, pk, col, val, base_hlc, site FROM change_log ORDER BY hlc")
            )
        ]


def field_clock(db) -> dict[tuple[str, str, str], str]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return {
            (r[0], r[1], r[2]): r[3]
            for r in conn.execute(text("SELECT tbl, pk, col, hlc FROM field_clock"))
        }


def add_place(db, name: str = "Blackpool") -> Place:  # type: ignore[no-untyped-def]
    with db.write() as s:
        place = Place(name=name, kind="unitary")
        place.place_id = place.id
        s.add(place)
    return place


def test_an_insert_logs_the_whole_record_in_one_row(services) -> None:  # type: ignore[no-untyped-def]
    db = services.db
    place = add_place(db)
    [row] = changes(db)
    hlc, tbl, pk, col, val, base, site = row
    assert (tbl, pk, col, base, site) == ("place", place.id, "*", None, db.site)
    assert dict(expand(col, val)) == {
        "place_id": place.id,
        "created_at": place.created_at,
        "updated_at": place.updated_at,
        "deleted": 0,
        "name": "Blackpool",
        "icb_name": place.icb_name,
        "kind": "unitary",
        "population": place.population,
    }
    assert Stamp.parse(hlc).site == db.site
    assert field_clock(db) == {("place", place.id, "*"): hlc}


def test_stamps_increase_across_inserts(services) -> None:  # type: ignore[no-untyped-def]
    db = services.db
    for name in ("Blackpool", "Lancashire", "Blackburn with Darwen", "South Cumbria"):
        add_place(db, name)
    stamps = [r[0] for r in changes(db)]
    assert len(stamps) == 4 and stamps == sorted(stamps) and len(set(stamps)) == 4


def test_update_logs_only_changed_fields_with_the_stamp_the_editor_saw(services) -> None:  # type: ignore[no-untyped-def]
    db = services.db
    place = add_place(db)
    before = changes(db)
    [(name_stamp, *_)] = before  # the insert's stamp stands for every field
    with db.write() as s:
        row = s.get(Place, place.id)
        row.name = "Blackpool (renamed)"
        row.kind = "unitary"  # unchanged: not logged
    after = changes(db)[len(before) :]
    assert [(r[3], r[4], r[5]) for r in after] == [("name", "Blackpool (renamed)", name_stamp)]
    assert after[0][0] > before[-1][0]
    assert field_clock(db)[("place", place.id, "name")] == after[0][0]


def test_a_rolled_back_write_leaves_no_change_rows(services) -> None:  # type: ignore[no-untyped-def]
    db = services.db
    add_place(db)
    before = changes(db)
    with pytest.raises(RuntimeError), db.write() as s:
        s.add(Place(name="Ghost"))
        s.flush()  # the triggers have fired inside the transaction
        raise RuntimeError("validation failed after the insert")
    assert changes(db) == before
    with db.read() as s:
        assert s.exec(text("SELECT count(*) FROM place")).scalar() == 1


def test_raw_sql_writes_are_logged_too(services) -> None:  # type: ignore[no-untyped-def]
    db = services.db
    place = add_place(db)
    with db.write() as s:
        s.exec(text("UPDATE place SET population = 141000 WHERE id = :id"), params={"id": place.id})
    last = changes(db)[-1]
    assert (last[3], last[4]) == ("population", 141000)


def test_hard_deletes_and_key_changes_are_refused(services) -> None:  # type: ignore[no-untyped-def]
    db = services.db
    place = add_place(db)
    with pytest.raises(IntegrityError, match="never deleted"), db.write() as s:
        s.exec(text("DELETE FROM place"))
    with pytest.raises(IntegrityError, match="never change"), db.write() as s:
        s.exec(
            text("UPDATE place SET place_id = 'elsewhere' WHERE id = :id"), params={"id": place.id}
        )


def test_clock_continues_after_reopening(data_dir) -> None:  # type: ignore[no-untyped-def]
    from placeboard.store.database import open_database

    db = open_database(data_dir)
    add_place(db)
    last = changes(db)[-1][0]
    db.close()
    db = open_database(data_dir)
    assert db.clock.last >= last
    add_place(db, "Lancashire")
    assert changes(db)[-1][0] > last
    db.close()
