"""The hub's walls, tried for real: a place's role can neither read nor write another
place's rows on any hub table (select, insert, update, delete, moving a row to another
place); the ICB's role reads every place and writes none; the tables belong to a role
nobody logs in as, with row-level security forced; `hub init` takes only an empty
database, and a second run changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from placeboard.services import Services
from placeboard.store.database import Database
from placeboard.sync.hub_config import HubConfig
from placeboard.sync.hub_errors import HubInitRefused
from placeboard.sync.hub_schema import ALL_TABLES, PLACE_STATE, SCHEMA, init_hub, place_key
from placeboard.sync.hub_sync import sync_with_hub

from .hub_fixtures import *  # noqa: F403  (the fixtures)
from .hub_fixtures import PASSWORD, Hub, laptop, person
from .pg_server import PgServer

Make = Callable[..., Database]
BLACKPOOL, LANCASHIRE = place_key("Blackpool"), place_key("Lancashire")
DENIED = (psycopg.errors.InsufficientPrivilege,)


@pytest.fixture
def two_places(hub: Hub, make_replica: Make, tmp_path: Path) -> tuple[HubConfig, HubConfig]:
    """Blackpool's and Lancashire's laptops have synced records and a file each."""
    configs = (hub.login("bpl", ("Blackpool",)), hub.login("lancs", ("Lancashire",)))
    for n, (config, place) in enumerate(zip(configs, ("Blackpool", "Lancashire"), strict=True)):
        db = laptop(make_replica, f"laptop{n}", place)
        person(db, place, f"{place} Chair", "Chair")
        paper = tmp_path / f"{place}.pdf"
        paper.write_bytes(b"%PDF-1.4\n" + place.encode() * 100)
        Services(db).files.store(place_key(place), paper)
        sync_with_hub(db, config)
    return configs


def as_role(config: HubConfig) -> psycopg.Connection[Any]:
    return psycopg.connect(config.dsn, password=PASSWORD, autocommit=True)


def count(conn: psycopg.Connection[Any], table: str, where: str = "true", *args: Any) -> int:
    query = sql.SQL("SELECT count(*) FROM {} WHERE ").format(sql.Identifier(SCHEMA, table))
    row = conn.execute(query + sql.SQL(where), args).fetchone()  # type: ignore[operator]
    return int(row[0]) if row else 0


def snapshot(hub: Hub) -> dict[str, list[tuple[Any, ...]]]:
    with hub.admin() as conn:
        return {
            t: conn.execute(
                sql.SQL("SELECT * FROM {} ORDER BY 1, 2").format(sql.Identifier(SCHEMA, t))
            ).fetchall()
            for t in ALL_TABLES
        }


# What a role might try against Lancashire's rows, table by table.
ATTEMPTS: dict[str, list[tuple[str, tuple[Any, ...]]]] = {
    "hub_change": [
        (
            "INSERT INTO placeboard.hub_change (hlc, site, place_id, tbl, pk, col, val) "
            "VALUES ('001700000000000-000000-aa', 'aa', %s, 'person', 'x', 'full_name', '\"X\"')",
            (LANCASHIRE,),
        ),
        ("UPDATE placeboard.hub_change SET val = '\"X\"' WHERE place_id = %s", (LANCASHIRE,)),
        ("UPDATE placeboard.hub_change SET place_id = %s WHERE place_id = %s",
         (BLACKPOOL, LANCASHIRE)),
        ("UPDATE placeboard.hub_change SET place_id = %s WHERE place_id = %s",
         (LANCASHIRE, BLACKPOOL)),
        ("DELETE FROM placeboard.hub_change WHERE place_id = %s", (LANCASHIRE,)),
    ],
    "hub_file": [
        (
            "INSERT INTO placeboard.hub_file (sha256, place_id, bytes) "
            "VALUES (encode(sha256('x'::bytea), 'hex'), %s, 'x'::bytea)",
            (LANCASHIRE,),
        ),
        ("UPDATE placeboard.hub_file SET place_id = %s WHERE place_id = %s",
         (BLACKPOOL, LANCASHIRE)),
        ("DELETE FROM placeboard.hub_file WHERE place_id = %s", (LANCASHIRE,)),
    ],
    "place_access": [
        ("INSERT INTO placeboard.place_access (role, place_id) VALUES (current_user, %s)",
         (LANCASHIRE,)),
        ("UPDATE placeboard.place_access SET place_id = %s", (LANCASHIRE,)),
        ("DELETE FROM placeboard.place_access WHERE place_id = %s", (LANCASHIRE,)),
    ],
    "icb_access": [
        ("INSERT INTO placeboard.icb_access (role) VALUES (current_user)", ()),
        ("UPDATE placeboard.icb_access SET role = current_user", ()),
        ("DELETE FROM placeboard.icb_access", ()),
    ],
    "hub_meta": [
        ("INSERT INTO placeboard.hub_meta (key, value) VALUES ('hub_id', 'mine')", ()),
        ("UPDATE placeboard.hub_meta SET value = 'mine' WHERE key = 'hub_id'", ()),
        ("DELETE FROM placeboard.hub_meta", ()),
    ],
}  # fmt: skip


def test_a_place_role_can_neither_read_nor_write_another_places_rows(
    hub: Hub, two_places: tuple[HubConfig, HubConfig]
) -> None:
    blackpool, lancashire = two_places
    with hub.admin() as conn:
        assert count(conn, "hub_change", "place_id = %s", LANCASHIRE) > 0
        assert count(conn, "hub_file", "place_id = %s", LANCASHIRE) == 1
    before = snapshot(hub)
    with as_role(blackpool) as conn:
        # select: Lancashire's rows are not there, in any table
        assert count(conn, "hub_change", "place_id = %s", LANCASHIRE) == 0
        assert count(conn, "hub_change", "place_id = %s", BLACKPOOL) > 0
        assert count(conn, "hub_file", "place_id = %s", LANCASHIRE) == 0
        assert count(conn, "hub_file", "place_id = %s", BLACKPOOL) == 1
        assert count(conn, "place_access", "role <> current_user") == 0
        assert count(conn, "place_access") == 1
        assert count(conn, "icb_access") == 0
        assert count(conn, "hub_change") == count(
            conn, "hub_change", "place_id IS NULL OR place_id = %s", BLACKPOOL
        )
        # insert, update, delete, moving a row between places: all refused
        for attempts in ATTEMPTS.values():
            for statement, args in attempts:
                with pytest.raises(DENIED):
                    conn.execute(statement, args)
        assert conn.execute(
            "SELECT has_table_privilege('placeboard.hub_change', 'UPDATE'), "
            "has_table_privilege('placeboard.hub_change', 'DELETE')"
        ).fetchone() == (False, False)
    assert snapshot(hub) == before
    with as_role(lancashire) as conn:  # and the other way round
        assert count(conn, "hub_change", "place_id = %s", BLACKPOOL) == 0


def test_not_even_the_owner_or_a_superuser_can_move_a_row_to_another_place(
    hub: Hub, two_places: tuple[HubConfig, HubConfig]
) -> None:
    before = snapshot(hub)
    move = "UPDATE {} SET place_id = %s WHERE place_id = %s"
    with hub.admin() as conn:
        for as_owner in (True, False):  # the superuser passes row-level security
            if as_owner:
                conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(hub.init.roles.owner)))
            else:
                conn.execute("RESET ROLE")
            for table in ("hub_change", "hub_file", "place_access"):
                statement = sql.SQL(move).format(sql.Identifier(SCHEMA, table))
                if as_owner and table != "place_access":
                    # the owner may only read the change log and files: nothing to move
                    assert conn.execute(statement, (BLACKPOOL, LANCASHIRE)).rowcount == 0
                    continue
                with pytest.raises(psycopg.Error) as caught:
                    conn.execute(statement, (BLACKPOOL, LANCASHIRE))
                assert caught.value.sqlstate == PLACE_STATE, table
    assert snapshot(hub) == before


def test_the_icb_role_reads_every_place_and_writes_none(
    hub: Hub, two_places: tuple[HubConfig, HubConfig]
) -> None:
    icb = hub.login("icb", icb=True)
    with hub.admin() as admin:
        everything = {t: count(admin, t) for t in ("hub_change", "hub_file")}
    with as_role(icb) as conn:
        assert {t: count(conn, t) for t in everything} == everything
        assert count(conn, "icb_access") == 1
        with pytest.raises(DENIED):
            conn.execute(*ATTEMPTS["hub_change"][0])
        for statement, args in ATTEMPTS["hub_change"][1:]:
            with pytest.raises(DENIED):
                conn.execute(statement, args)


def test_every_hub_table_is_owned_by_a_role_nobody_logs_in_as_with_forced_security(
    hub: Hub,
) -> None:
    with hub.admin() as conn:
        found = conn.execute(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, r.rolname, "
            "r.rolcanlogin FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_roles r ON r.oid = c.relowner WHERE n.nspname = %s AND c.relkind = 'r'",
            (SCHEMA,),
        ).fetchall()
        policies = {
            r[0] for r in conn.execute("SELECT tablename FROM pg_policies WHERE schemaname = %s",
                                       (SCHEMA,))
        }  # fmt: skip
    assert sorted(r[0] for r in found) == sorted(ALL_TABLES)
    for name, rls, forced, owner, can_login in found:
        assert (rls, forced, owner, can_login) == (True, True, hub.init.roles.owner, False), name
    assert policies == set(ALL_TABLES)


@pytest.fixture
def empty_database(pg_server: PgServer) -> Iterator[str]:
    yield pg_server.create_database("empty")


def test_hub_init_takes_only_an_empty_database_and_a_second_run_changes_nothing(
    pg_server: PgServer,
    empty_database: str,
) -> None:
    with pg_server.admin(empty_database) as conn:
        conn.execute("CREATE TABLE public.minutes (id int)")
        with pytest.raises(HubInitRefused, match=r"already holds other tables \(public.minutes\)"):
            init_hub(conn)
        assert conn.execute("SELECT to_regnamespace('placeboard')").fetchone() == (None,)
        conn.execute("DROP TABLE public.minutes")
        first = init_hub(conn)
        second = init_hub(conn)
    assert first.created and not second.created and second.hub_id == first.hub_id


def test_hub_init_needs_an_administrator(pg_server: PgServer, empty_database: str) -> None:
    role = pg_server.create_login("clerk", "pw")
    with pg_server.admin(empty_database) as conn:
        conn.execute(sql.SQL("GRANT CREATE ON DATABASE {} TO {}").format(
            sql.Identifier(empty_database), sql.Identifier(role)))  # fmt: skip
    dsn = pg_server.dsn(role, empty_database)
    with psycopg.connect(dsn, password="pw", autocommit=True) as conn:
        with pytest.raises(HubInitRefused, match="owner with the right to create roles"):
            init_hub(conn)
        assert conn.execute("SELECT to_regnamespace('placeboard')").fetchone() == (None,)
