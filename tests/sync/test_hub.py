"""Sync through a real PostgreSQL hub: two laptops of one place, a laptop of another
place and the ICB converge; a server stopped mid-push leaves both sides consistent
and the next sync completes; each failure says what is wrong in one sentence."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
import pytest

from placeboard.services import Services
from placeboard.store.database import Database
from placeboard.store.tables import Person
from placeboard.sync import outbox
from placeboard.sync.files import file_path
from placeboard.sync.hub_config import HubConfig
from placeboard.sync.hub_errors import (
    HubAuthFailed,
    HubClockSkew,
    HubNotInitialised,
    HubPlaceRevoked,
    HubUnreachable,
)
from placeboard.sync.hub_schema import place_key, revoke_places
from placeboard.sync.hub_sync import peer_id, sync_with_hub

from .hub_fixtures import *  # noqa: F403  (the fixtures)
from .hub_fixtures import Hub, laptop, organisation, person, rows_of
from .pg_server import PgServer, free_port
from .replicas import changes_of, conflicts, dump, rows

Make = Callable[..., Database]
PDF = b"%PDF-1.4\n% the Blackpool board paper\n" + bytes(range(256)) * 64


def hub_rows(hub: Hub, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with hub.admin() as conn:
        return list(conn.execute(sql, args).fetchall())


def test_two_laptops_and_the_icb_converge_through_the_hub(
    hub: Hub, make_replica: Make, tmp_path: Path
) -> None:
    a1_hub = hub.login("bpl_a", ("Blackpool",))
    a2_hub = hub.login("bpl_b", ("Blackpool",))
    b_hub = hub.login("lancs", ("Lancashire",))
    icb_hub = hub.login("icb", icb=True)
    a1 = laptop(make_replica, "a1", "Blackpool")
    a2 = laptop(make_replica, "a2", None)
    b = laptop(make_replica, "b", "Lancashire")
    icb = laptop(make_replica, "icb", None)
    chair = person(a1, "Blackpool", "Karen Smith", "Chair")
    organisation(a1, "Blackpool Teaching Hospitals NHS Foundation Trust")
    paper = tmp_path / "paper.pdf"
    paper.write_bytes(PDF)
    sha = Services(a1).files.store(place_key("Blackpool"), paper).sha256
    person(b, "Lancashire", "Amir Patel", "Director of Place")
    organisation(b, "Lancashire County Council")

    first = sync_with_hub(a1, a1_hub)
    assert first.pushed == len(changes_of(a1)) and first.pulled == 0 and first.files_sent == 1
    assert first.summary() == f"pushed {first.pushed:,}, pulled 0, conflicts 0"
    sync_with_hub(b, b_hub)
    joined = sync_with_hub(a2, a2_hub)
    assert joined.pushed == 0 and joined.files_received == 1
    assert file_path(a2.files_dir, sha).read_bytes() == PDF

    # The same field edited on both Blackpool laptops before either syncs: a conflict.
    for db, title in ((a1, "Chair of the board"), (a2, "Independent Chair")):
        with db.write() as s:
            row = s.get(Person, chair)
            assert row is not None
            row.job_title = title
    sync_with_hub(a1, a1_hub)
    crossed = sync_with_hub(a2, a2_hub)
    assert crossed.pushed == 1 and crossed.pulled == 1 and crossed.conflicts == 1
    assert sync_with_hub(a1, a1_hub).pulled == 1
    read_all = sync_with_hub(icb, icb_hub)
    assert read_all.icb and read_all.places == ["Blackpool", "Lancashire"]
    assert read_all.pushed == 0 and read_all.files_received == 1

    assert dump(a1) == dump(a2)
    assert conflicts(a2) and conflicts(a2)[0]["col"] == "job_title"
    assert rows_of(a1, {"Lancashire"}) == rows_of(a2, {"Lancashire"})
    assert all(not found for found in rows_of(a1, {"Lancashire"}).values())
    assert rows_of(icb, {"Blackpool"}) == rows_of(a1, {"Blackpool"})
    assert rows_of(icb, {"Lancashire"}) == rows_of(b, {"Lancashire"})
    icb_wide = rows_of(icb, {None})
    assert rows_of(a1, {None}) == icb_wide and rows_of(b, {None}) == icb_wide
    assert len(icb_wide["organisation"]) == 2
    assert {c.hlc for c in changes_of(icb)} == {c.hlc for db in (a1, b) for c in changes_of(db)} | {
        c.hlc for c in changes_of(a2)
    }
    again = sync_with_hub(a2, a2_hub)
    assert (again.pushed, again.pulled, again.sent) == (0, 0, 0)


def test_the_hub_numbers_each_places_rows_in_commit_order_and_refuses_far_ahead_stamps(
    hub: Hub, make_replica: Make
) -> None:
    config = hub.login("bpl", ("Blackpool",))
    a = laptop(make_replica, "a", "Blackpool")
    for n in range(30):
        person(a, "Blackpool", f"Member {n}")
    sync_with_hub(a, config, push_batch=7)
    found = hub_rows(
        hub,
        "SELECT hlc FROM placeboard.hub_change WHERE place_id = %s ORDER BY seq",
        place_key("Blackpool"),
    )
    local = [c.hlc for c in changes_of(a) if c.place_id == place_key("Blackpool")]
    assert [r[0] for r in found] == local  # arrival order kept within the place

    ahead = make_replica("ahead", offset_ms=2 * 24 * 3600 * 1000)
    assert sync_with_hub(ahead, config).pulled == len(local)  # a second laptop joins
    with ahead.write() as s:
        s.add(Person(place_id=place_key("Blackpool"), full_name="Clock Wrong"))
    before = hub_rows(hub, "SELECT count(*) FROM placeboard.hub_change")
    with pytest.raises(HubClockSkew, match="more than a day ahead"):
        sync_with_hub(ahead, config)
    assert hub_rows(hub, "SELECT count(*) FROM placeboard.hub_change") == before


def _stop_during_a_push(server: PgServer, role: str, go: threading.Event) -> None:
    """Wait for the laptop's push to hold a transaction open, then stop the server."""
    go.wait(30)
    try:
        with server.admin() as conn:
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                open_transaction = conn.execute(
                    "SELECT 1 FROM pg_stat_activity WHERE usename = %s "
                    "AND xact_start IS NOT NULL AND state <> 'idle'",
                    (role,),
                ).fetchone()
                if open_transaction:
                    break
            server.stop("immediate")
    except psycopg.OperationalError:
        pass  # our own watching connection went with the server


def test_the_server_stopped_mid_push_leaves_both_sides_consistent_and_the_next_sync_completes(
    hub: Hub, pg_server: PgServer, make_replica: Make
) -> None:
    config = hub.login("bpl", ("Blackpool",))
    a = laptop(make_replica, "a", "Blackpool")
    with a.write() as s:
        for n in range(1_500):
            s.add(Person(place_id=place_key("Blackpool"), full_name=f"Member {n}"))
    go = threading.Event()
    stopper = threading.Thread(target=_stop_during_a_push, args=(pg_server, config.role, go))
    stopper.start()
    progress: list[int] = []

    def seen(done: int, total: int, message: str) -> None:
        progress.append(done)
        go.set()  # one batch is in: stop the server during one of the next

    try:
        with pytest.raises(HubUnreachable, match="lost during the sync"):
            sync_with_hub(a, config, seen, push_batch=100)
    finally:
        stopper.join(30)
        pg_server.start()
    assert progress and progress[-1] < len(changes_of(a))

    # Consistent: the laptop's cursor never claims a change the hub does not hold, the
    # hub holds only whole batches, and the laptop's database is intact.
    assert rows(a, "PRAGMA integrity_check") == [("ok",)]
    cursor = outbox.peer_state(a, peer_id(hub.init.hub_id), place_key("Blackpool")).pushed_upto
    on_hub = {r[0] for r in hub_rows(hub, "SELECT hlc FROM placeboard.hub_change")}
    sent = [c.hlc for c in changes_of(a)[:cursor]]
    assert cursor >= 100 and set(sent) <= on_hub
    assert len(on_hub) % 100 == 0 and on_hub <= {c.hlc for c in changes_of(a)}
    assert outbox.peer_state(a, peer_id(hub.init.hub_id)).last_error

    done = sync_with_hub(a, config, push_batch=100)
    assert done.pushed == len(changes_of(a)) - len(on_hub)
    assert {r[0] for r in hub_rows(hub, "SELECT hlc FROM placeboard.hub_change")} == {
        c.hlc for c in changes_of(a)
    }
    state = outbox.peer_state(a, peer_id(hub.init.hub_id))
    assert state.last_ok_at and state.last_error is None


def test_a_sync_can_be_cancelled_and_picks_up_where_it_stopped(
    hub: Hub, make_replica: Make
) -> None:
    config = hub.login("bpl", ("Blackpool",))
    a = laptop(make_replica, "a", "Blackpool")
    with a.write() as s:
        for n in range(250):
            s.add(Person(place_id=place_key("Blackpool"), full_name=f"Member {n}"))
    batches: list[int] = []
    report = sync_with_hub(
        a, config, lambda done, total, msg: batches.append(done), lambda: len(batches) >= 2,
        push_batch=50,
    )  # fmt: skip
    assert report.cancelled and report.pushed == 100
    assert outbox.peer_state(a, peer_id(hub.init.hub_id)).last_ok_at is None
    rest = sync_with_hub(a, config, push_batch=50)
    assert not rest.cancelled and rest.pushed == len(changes_of(a)) - 100


def test_a_wrong_password_says_so(hub: Hub, make_replica: Make) -> None:
    config = hub.login("bpl", ("Blackpool",))
    a = laptop(make_replica, "a", "Blackpool")
    with pytest.raises(HubAuthFailed, match=f"refused the password for role {config.role}"):
        sync_with_hub(a, config, password="not the password")


def test_an_unreachable_server_says_so_quickly(hub: Hub, make_replica: Make) -> None:
    config = hub.login("bpl", ("Blackpool",))
    away = HubConfig(f"host=127.0.0.1 port={free_port()} user=x dbname=hub", "Test ICB hub")
    a = laptop(make_replica, "a", "Blackpool")
    started = time.monotonic()
    with pytest.raises(HubUnreachable, match=r"Cannot reach the hub Test ICB hub at 127\.0\.0\.1"):
        sync_with_hub(a, away, password="secret")
    assert time.monotonic() - started < 6
    assert config.role  # the hub itself is up: only the address was wrong


def test_a_database_that_is_not_a_hub_says_so(
    pg_server: PgServer, make_replica: Make, keyring_file: Any
) -> None:
    plain = pg_server.create_database("plain")
    role = pg_server.create_login("bpl", "pw")
    config = HubConfig(pg_server.dsn(role, plain), "Test ICB hub")
    with pytest.raises(HubNotInitialised, match="not a PlaceBoard hub"):
        sync_with_hub(laptop(make_replica, "a", "Blackpool"), config, password="pw")


def test_a_revoked_place_is_named_and_the_rest_still_syncs(hub: Hub, make_replica: Make) -> None:
    config = hub.login("both", ("Blackpool", "Lancashire"))
    a = laptop(make_replica, "a", "Blackpool")
    Services(a).places.create_place("Lancashire", kind="county")
    person(a, "Blackpool", "Karen Smith")
    sync_with_hub(a, config)
    with hub.admin() as conn:
        assert revoke_places(conn, config.role, [place_key("Blackpool")]) == 1
    quiet = sync_with_hub(a, config)
    assert quiet.revoked == ["Blackpool"] and quiet.not_shared == {}

    person(a, "Blackpool", "Added After The Revocation")
    person(a, "Lancashire", "Amir Patel")
    with pytest.raises(HubPlaceRevoked, match="no longer has access to Blackpool") as caught:
        sync_with_hub(a, config)
    assert caught.value.places == ["Blackpool"]
    assert caught.value.report.pushed == 1  # Lancashire's change went
    assert hub_rows(
        hub,
        "SELECT count(*) FROM placeboard.hub_change WHERE pk IN "
        "(SELECT id FROM (VALUES (%s)) v(id))",
        rows(a, "SELECT id FROM person WHERE full_name = 'Added After The Revocation'")[0][0],
    ) == [(0,)]


def test_a_role_with_every_place_revoked_is_told_which_places(hub: Hub, make_replica: Make) -> None:
    config = hub.login("bpl", ("Blackpool",))
    a = laptop(make_replica, "a", "Blackpool")
    sync_with_hub(a, config)
    with hub.admin() as conn:
        revoke_places(conn, config.role, [place_key("Blackpool")])
    with pytest.raises(HubPlaceRevoked, match=r"no longer has access to the hub.*Blackpool"):
        sync_with_hub(a, config)
