"""Convergence (hypothesis): 3–5 replicas, each a real SQLite file made with the store,
with clocks running ahead or behind, make random inserts, edits, tombstones and
restores; each receives the others' changes shuffled, duplicated and in random
batches, some of which fail half-way (and must leave the database as it was). After a
last full exchange every replica is identical — every synced table's rows, the field
clock, the change log — nothing waits, foreign keys hold, and each replica's open
conflicts are exactly the edits that lost unseen and the edits made under records
deleted elsewhere, computed here again from the final change log."""

from __future__ import annotations

import contextlib
import json
import random
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from placeboard.store.database import Database
from placeboard.store.tables import Organisation, Person, Place, Risk, RiskMitigation
from placeboard.store.tables.base import utc_now
from placeboard.sync import merge
from placeboard.sync.change import Change
from placeboard.sync.conflicts import CONCURRENT_KINDS, DELETED_KINDS
from placeboard.sync.merge import apply_changes, refresh_conflicts
from placeboard.sync.resolve import CHOICES, resolve

from .replicas import changes_of, conflicts, dump, replica, rows

MODELS: dict[str, Any] = {
    "organisation": Organisation,
    "person": Person,
    "risk": Risk,
    "risk_mitigation": RiskMitigation,
}
EDITABLE = {
    "organisation": ("name", "short_name"),
    "person": ("full_name", "job_title"),
    "risk": ("title", "description", "owning_organisation_id"),
    "risk_mitigation": ("action", "owner"),
}
PARENTS = {"risk_mitigation": (("risk_id", "risk"),)}  # required references, not the place
NOT_CONFLICTING = {"id", "place_id", "created_at", "updated_at"}
# Clock offsets: in step, behind, and ahead by more than the five-minute warning.
OFFSETS = st.sampled_from([0, 0, -90_000, 45_000, 7 * 60_000])


class Injected(RuntimeError):
    pass


@contextmanager
def failing_after(records: int) -> Iterator[None]:
    """Make the apply fail inside its transaction after merging `records` records (or,
    with fewer, after the last one, before the commit)."""
    real_merge, real_run = merge.MergeBatch.merge_record, merge.MergeBatch.run
    done = [0]

    def merge_record(self: Any, *args: Any) -> None:
        if done[0] >= records:
            raise Injected("the laptop lost power")
        done[0] += 1
        real_merge(self, *args)

    def run(self: Any, batch: Any) -> None:
        real_run(self, batch)
        raise Injected("the laptop lost power before the commit")

    with (
        mock.patch.object(merge.MergeBatch, "merge_record", merge_record),
        mock.patch.object(merge.MergeBatch, "run", run),
    ):
        yield


class World:
    def __init__(self, template: Path, folder: Path, offsets: list[int]) -> None:
        self.dbs = [replica(template, folder / f"r{n}", off) for n, off in enumerate(offsets)]
        self.count = 0
        first = self.dbs[0]
        place = Place(name="Blackpool", kind="unitary")
        place.place_id = place.id
        self.place = place.id
        self.write(first, place)
        # A few records every laptop holds from the start, so that edits meet often.
        org = Organisation(name="Blackpool Council", sector="unitary_council")
        risk = Risk(place_id=self.place, title="Workforce", owning_organisation_id=org.id)
        person = Person(place_id=self.place, full_name="Karen Smith")
        step = RiskMitigation(place_id=self.place, risk_id=risk.id, action="Recruit")
        for row in (org, person, risk, step):
            self.write(first, row)
        self.shared = {org.id, person.id, risk.id, step.id}
        for db in self.dbs[1:]:
            apply_changes(db, changes_of(first))

    def close(self) -> None:
        for db in self.dbs:
            db.close()

    def write(self, db: Database, row: Any) -> None:
        with db.write() as s:
            s.add(row)

    def text(self, n: int, rnd: random.Random, long: bool = False) -> str:
        self.count += 1
        words = f"replica {n} edit {self.count}"
        return words + " with a paragraph of detail" * rnd.randint(8, 12) if long else words

    def ids(self, db: Database, table: str, deleted: bool) -> list[str]:
        sql = f'SELECT t.id FROM "{table}" t'
        if table in PARENTS:
            col, parent = PARENTS[table][0]
            sql += f' JOIN "{parent}" p ON p.id = t.{col} AND p.deleted = 0'
        return [r[0] for r in rows(db, sql + " WHERE t.deleted = :d ORDER BY t.id", d=int(deleted))]

    # what a person does on one laptop

    def add(self, n: int, rnd: random.Random) -> None:
        db = self.dbs[n]
        table = rnd.choice(list(MODELS))
        orgs = self.ids(db, "organisation", False)
        risks = self.ids(db, "risk", False)
        if table == "organisation":
            row: Any = Organisation(name=self.text(n, rnd), sector="vcfse")
        elif table == "person":
            row = Person(place_id=self.place, full_name=self.text(n, rnd))
        elif table == "risk":
            owner = rnd.choice([None, *orgs])
            row = Risk(place_id=self.place, title=self.text(n, rnd), owning_organisation_id=owner)
        elif risks:
            row = RiskMitigation(place_id=self.place, risk_id=rnd.choice(risks), action="Act")
        else:
            return
        self.write(db, row)

    def change(self, n: int, rnd: random.Random, action: str) -> None:
        db = self.dbs[n]
        table = rnd.choice(list(MODELS))
        candidates = self.ids(db, table, deleted=action == "restore")
        if not candidates:
            return
        shared = sorted(self.shared & set(candidates))
        row_id = rnd.choice(shared if shared and rnd.random() < 0.5 else candidates)
        with db.write() as s:
            row = s.get(MODELS[table], row_id)
            if action == "edit":
                name = rnd.choice(EDITABLE[table])
                if name == "owning_organisation_id":
                    value: Any = rnd.choice([None, *self.ids(db, "organisation", False)])
                else:
                    value = self.text(n, rnd, long=rnd.random() < 0.2)
                setattr(row, name, value)
            else:
                row.deleted = action == "delete"
            row.updated_at = utc_now()

    def settle(self, n: int, rnd: random.Random) -> None:
        """A person settles one open conflict on this laptop (a write like any other)."""
        db = self.dbs[n]
        refresh_conflicts(db)
        waiting = [c for c in conflicts(db) if c["resolution"] is None]
        if waiting:
            chosen = rnd.choice(waiting)
            options = CHOICES[chosen["kind"]]
            choice = rnd.choice(options)
            resolve(db, chosen["id"], choice, self.text(n, rnd) if choice == "edit" else None)
            event(f"settled: {choice}")

    # how the changes travel

    def deliver(self, n: int, changes: list[Change], rnd: random.Random, failures: bool) -> None:
        db = self.dbs[n]
        pool = rnd.sample(changes, rnd.randint(0, len(changes))) if failures else list(changes)
        pool += rnd.choices(changes, k=rnd.randint(0, 3)) if changes else []
        rnd.shuffle(pool)
        while pool:
            size = rnd.randint(1, 8)
            batch, pool = pool[:size], pool[size:]
            if failures and rnd.random() < 0.2:
                self.fail_half_way(db, batch, rnd)
                if rnd.random() < 0.5:
                    pool += batch  # tried again later in this delivery
                continue
            apply_changes(db, batch, batch_size=rnd.randint(1, len(batch)))

    def fail_half_way(self, db: Database, batch: list[Change], rnd: random.Random) -> None:
        before = dump(db)
        with contextlib.suppress(Injected), failing_after(rnd.randint(0, len(batch) - 1)):
            apply_changes(db, batch, batch_size=len(batch))
        assert dump(db) == before, "a failed batch left changes behind"

    def exchange_all(self, rnd: random.Random) -> None:
        everything = {c.hlc: c for db in self.dbs for c in changes_of(db)}
        for n in range(len(self.dbs)):
            self.deliver(n, list(everything.values()), rnd, failures=False)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), offsets=st.lists(OFFSETS, min_size=3, max_size=5))
def test_replicas_converge_and_list_every_lost_edit(
    template: Path, data: st.DataObject, offsets: list[int]
) -> None:
    rnd = random.Random(data.draw(st.integers(0, 2**32), label="seed"))
    actions = st.sampled_from(
        ["add", "edit", "edit", "edit", "edit", "delete", "restore", "sync", "sync", "settle"]
    )
    steps = data.draw(st.lists(actions, min_size=4, max_size=30))
    with tempfile.TemporaryDirectory() as tmp:
        world = World(template, Path(tmp), offsets)
        try:
            for action in steps:
                n = rnd.randrange(len(world.dbs))
                if action == "add":
                    world.add(n, rnd)
                elif action == "settle":
                    world.settle(n, rnd)
                elif action == "sync":
                    source = rnd.choice([m for m in range(len(world.dbs)) if m != n])
                    world.deliver(n, changes_of(world.dbs[source]), rnd, failures=True)
                else:
                    world.change(n, rnd, action)
            world.exchange_all(rnd)
            for _ in range(rnd.randint(0, 3)):  # people settle what the sync showed them
                world.settle(rnd.randrange(len(world.dbs)), rnd)
            world.exchange_all(rnd)
            check(world)
        finally:
            world.close()


def check(world: World) -> None:
    first = dump(world.dbs[0])
    for db in world.dbs:
        refresh_conflicts(db)  # edits made here since the last sync
        assert dump(db) == first
        assert rows(db, "SELECT * FROM sync_pending") == []
        assert rows(db, "PRAGMA foreign_key_check") == []
        lost = expected_losers(changes_of(db))
        listed, settled = split(
            db,
            CONCURRENT_KINDS,
            lambda c: (c["tbl"], c["pk"], c["col"], min(c["mine_hlc"], c["theirs_hlc"])),
        )
        assert listed <= lost <= listed | settled
        flagged, dismissed = split(
            db,
            DELETED_KINDS,
            lambda c: (c["kind"], c["tbl"], c["pk"], c["parent_tbl"], c["parent_pk"]),
        )
        assert flagged <= expected_deleted(db) <= flagged | dismissed
        event(f"edits lost unseen: {'some' if lost else 'none'}")
        event(f"edits under deleted records: {'some' if flagged else 'none'}")


def split(db: Database, kinds: tuple[str, ...], key: Any) -> tuple[set[Any], set[Any]]:
    """The conflicts open here, and those a person settled here."""
    found = conflicts(db, kinds)
    open_ = {key(c) for c in found if c["resolution"] is None}
    settled = {key(c) for c in found if c["resolution"] not in (None, "superseded")}
    return open_, settled


def expected_losers(log: list[Change]) -> set[tuple[str, str, str, str]]:
    """Edits nobody built on (no later edit of the field names them, and their laptop
    did not edit the field again) that are not the winner, and whose value is neither
    the winner's nor carried by an edit the winner descends from."""
    history: dict[tuple[str, str, str], list[tuple[str, str, Any, set[str]]]] = defaultdict(list)
    for c in log:
        pairs = json.loads(c.val).items() if c.col == "*" else [(c.col, c.val)]
        bases = set(c.base_hlc.split()) if c.base_hlc and c.col != "*" else set()
        for name, value in pairs:
            if name not in NOT_CONFLICTING:
                history[(c.tbl, c.pk, name)].append((c.hlc, c.site, value, bases))
    lost = set()
    for key, entries in history.items():
        entries.sort(key=lambda e: e[0])
        saw = {
            hlc: bases | {h for h, s, _v, _b in entries if s == site and h < hlc}
            for hlc, site, _v, bases in entries
        }
        lineage = {entries[-1][0]}
        while True:
            more = set().union(*(saw.get(h, set()) for h in lineage)) - lineage
            if not more:
                break
            lineage |= more
        carried = [v for h, _s, v, _b in entries if h in lineage]
        seen = set().union(*saw.values())
        lost |= {(*key, h) for h, _s, v, _b in entries[:-1] if h not in seen and v not in carried}
    return lost


def expected_deleted(db: Database) -> set[tuple[str, str, str, str, str]]:
    """Records edited after their own tombstone, or after their parent's, while live."""
    assert merge.schema().tables["risk_mitigation"].parents == PARENTS["risk_mitigation"]
    clocks: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for tbl, pk, col, hlc in rows(db, "SELECT tbl, pk, col, hlc FROM field_clock"):
        clocks[(tbl, pk)][col] = hlc
    deleted = {
        (t, r[0]): bool(r[1]) for t in MODELS for r in rows(db, f'SELECT id, deleted FROM "{t}"')
    }

    def tombstone(key: tuple[str, str]) -> str:
        return max(clocks[key].get("deleted", ""), clocks[key].get("*", ""))

    found = set()
    for (tbl, pk), is_deleted in deleted.items():
        edit = max(
            h for c, h in clocks[(tbl, pk)].items() if c not in NOT_CONFLICTING | {"deleted"}
        )
        if is_deleted:
            if edit > tombstone((tbl, pk)):
                found.add(("row_deleted", tbl, pk, tbl, pk))
            continue
        for col, parent in PARENTS.get(tbl, ()):
            [(parent_pk,)] = rows(db, f'SELECT "{col}" FROM "{tbl}" WHERE id = :i', i=pk)
            if deleted[(parent, parent_pk)] and edit > tombstone((parent, parent_pk)):
                found.add(("parent_deleted", tbl, pk, parent, parent_pk))
    return found
