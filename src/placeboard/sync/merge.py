"""Merge: apply other replicas' changes here, field by field under the clock.

Rules (DESIGN.md, Sync):

- A record's field holds the value of its change with the highest stamp; the stamp
  text sorts by wall time, counter, then site id, so the site breaks ties. An insert
  (field `*`) is a change of every field it lists, stamped once; a later edit of one
  field beats it for that field only, and an insert arriving after an edit never
  overwrites the newer field. A tombstone is the `deleted` field and merges the same
  way.
- Every change received is stored in this database's change log as it came
  (`INSERT OR IGNORE` on the stamp), so it can be passed on to other peers and the
  clock, which resumes from the log, has seen it; a change already in the log does
  nothing (replay is idempotent). The field clock follows by its trigger. The data
  triggers are quiet meanwhile (`pb_applying`).
- Changes are applied in batches, each one write transaction (`BEGIN IMMEDIATE`) kept
  well under 100 ms; a batch is all or nothing, so a crash or a kill leaves every
  batch applied or not, and the next sync simply applies what is missing.
- A record whose insert has not arrived yet keeps its edits in the log only; the
  insert, when it comes, takes each field's newest value from the log. A record that
  refers to a record not here yet (arrivals out of order) waits in `sync_pending` and
  is written as soon as that record arrives.
- Conflicts (concurrent edits, long text, edits to deleted records): see conflicts.py.
- Changes for a kind of record this PlaceBoard does not know (a newer PlaceBoard's) are
  refused before their batch is applied, with a message saying so.
- Every incoming stamp is taken into the clock; one more than five minutes ahead of
  this computer's clock makes the report warn the person to check the clock.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from typing import Any

from pydantic_core import PydanticUndefined
from sqlmodel import SQLModel

from placeboard.domain.hlc import MILLIS_WIDTH, SKEW_WARNING_MS, Stamp, wall_millis
from placeboard.store.database import Database
from placeboard.store.tables import Synced, synced_tables
from placeboard.store.tables.base import utc_now

from . import conflicts as rules
from .change import Change
from .errors import SyncRefused

DEFAULT_BATCH = 400  # the first batch; then sized so each write takes about TARGET_MS
TARGET_MS = 30.0
SMALLEST_BATCH, LARGEST_BATCH = 50, 4000
WHOLE = "*"
_IN_CHUNK = 500  # stamps per `IN (...)` look-up

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
Fields = list[tuple[str, Any]]


@dataclass
class MergeReport:
    """What one apply did; shown by the Sync view and the command line."""

    received: int = 0  # changes handed in (duplicates included)
    applied: int = 0  # new to this database, now in its change log
    duplicates: int = 0  # already here: nothing done
    fields_written: int = 0  # field values written into records
    records_added: int = 0
    conflicts: int = 0  # conflicts newly opened
    conflicts_closed: int = 0  # closed by later changes (seen after all, or restored)
    waiting: int = 0  # records still waiting for their insert or a record they need
    batches: int = 0
    longest_batch_ms: float = 0.0
    cancelled: bool = False
    max_ahead_ms: int = 0  # the furthest an incoming stamp was ahead of this clock
    sites_ahead: set[str] = field(default_factory=set)
    first_hlc: str | None = None
    last_hlc: str | None = None

    @property
    def clock_warning(self) -> str | None:
        if self.max_ahead_ms <= SKEW_WARNING_MS:
            return None
        minutes = self.max_ahead_ms // 60_000
        return (
            f"Changes from another laptop are stamped {minutes} minutes ahead of this "
            "computer's clock. Check the date, time and time zone on both computers; "
            "the changes were taken in."
        )

    def add(self, other: MergeReport) -> None:
        """Fold another run's figures into this one (a sync of several streams)."""
        for name in (
            "received", "applied", "duplicates", "fields_written", "records_added",
            "conflicts", "conflicts_closed", "batches",
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.waiting = other.waiting
        self.longest_batch_ms = max(self.longest_batch_ms, other.longest_batch_ms)
        self.cancelled = self.cancelled or other.cancelled
        self.max_ahead_ms = max(self.max_ahead_ms, other.max_ahead_ms)
        self.sites_ahead |= other.sites_ahead
        self.first_hlc = min(filter(None, (self.first_hlc, other.first_hlc)), default=None)
        self.last_hlc = max(filter(None, (self.last_hlc, other.last_hlc)), default=None)


# -- the local schema -----------------------------------------------------------------


@dataclass(frozen=True)
class TableInfo:
    name: str
    columns: frozenset[str]  # every column but `id`
    references: dict[str, str]  # column -> the table it refers to
    parents: tuple[tuple[str, str], ...]  # required references (not place): (column, table)
    defaults: dict[str, Callable[[], Any]]  # for a column an older sender did not have


@dataclass(frozen=True)
class Schema:
    tables: dict[str, TableInfo]
    children: dict[str, tuple[tuple[str, str], ...]]  # table -> (child table, column)


def _models() -> dict[str, type[Synced]]:
    found: dict[str, type[Synced]] = {}
    todo: list[type[Any]] = [Synced]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        name = getattr(cls, "__tablename__", None)
        if isinstance(name, str) and getattr(cls, "__table__", None) is not None:
            found[name] = cls
    return found


def _default(model: type[Synced], column: str) -> Callable[[], Any] | None:
    info = model.model_fields.get(column)
    if info is None:
        return None
    if info.default_factory is not None:
        factory = info.default_factory
        return lambda: _stored(factory())  # type: ignore[call-arg]
    if info.default is PydanticUndefined:
        return None
    value = _stored(info.default)
    return lambda: value


def _stored(value: Any) -> Any:
    """A Python default as SQLite holds it."""
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


@cache
def schema() -> Schema:
    """The synced tables as this PlaceBoard knows them (its models are the schema:
    tests/store/test_schema.py keeps them equal to the migrated database)."""
    models = _models()
    tables: dict[str, TableInfo] = {}
    children: dict[str, list[tuple[str, str]]] = {}
    for name in synced_tables():
        table = SQLModel.metadata.tables[name]
        references: dict[str, str] = {}
        parents: list[tuple[str, str]] = []
        for fk in table.foreign_keys:
            col, target = fk.parent.name, fk.column.table.name
            references[col] = target
            if col != "place_id" and not fk.parent.nullable:
                parents.append((col, target))
                children.setdefault(target, []).append((name, col))
        defaults = {
            c.name: d
            for c in table.columns
            if c.name != "id" and (d := _default(models[name], c.name)) is not None
        }
        tables[name] = TableInfo(
            name,
            frozenset(c.name for c in table.columns if c.name != "id"),
            references,
            tuple(sorted(parents)),
            defaults,
        )
    return Schema(tables, {k: tuple(v) for k, v in children.items()})


# -- checking what comes in ------------------------------------------------------------

_SCALARS = (str, int, float, type(None))


def prepare(change: Change, known: Schema | None = None) -> Fields:
    """The change's (field, value) pairs, after checking it fits this schema.

    Raises SyncRefused naming what is wrong: a record kind or field this PlaceBoard
    does not know (the sender runs a newer PlaceBoard), or a malformed change.
    """
    info = (known or schema()).tables.get(change.tbl)
    if info is None:
        raise SyncRefused(
            f"The changes include records of a kind this PlaceBoard does not know "
            f"('{change.tbl}'); they come from a newer PlaceBoard. Update PlaceBoard here, "
            "then sync again."
        )
    try:
        stamp = Stamp.parse(change.hlc)
    except ValueError:
        raise SyncRefused(f"A change carries '{change.hlc}', which is not a clock stamp.") from None
    if stamp.site != change.site or not change.pk or not isinstance(change.pk, str):
        raise SyncRefused(f"The change stamped {change.hlc} is malformed (site or record).")
    if change.col == WHOLE:
        try:
            record = json.loads(str(change.val))
        except ValueError:
            record = None
        if not isinstance(record, dict) or record.get("place_id") != change.place_id:
            raise SyncRefused(f"The new {change.tbl} record stamped {change.hlc} is malformed.")
        pairs = [(k, v) for k, v in record.items() if k != "id"]
    elif change.col == "id" or (change.col == "place_id" and change.val != change.place_id):
        raise SyncRefused(
            f"The change stamped {change.hlc} would move a {change.tbl} record to "
            "another id or place, which never happens; it was refused."
        )
    else:
        pairs = [(change.col, change.val)]
    for name, value in pairs:
        if name not in info.columns:
            raise SyncRefused(
                f"The changes include a field this PlaceBoard does not know ({change.tbl}."
                f"{name}); they come from a newer PlaceBoard. Update PlaceBoard here, then "
                "sync again."
            )
        if not isinstance(value, _SCALARS):
            raise SyncRefused(f"The change stamped {change.hlc} holds a value of an unknown type.")
    return pairs


# -- writing ---------------------------------------------------------------------------


@contextmanager
def write_connection(db: Database, *, quiet: bool = True) -> Iterator[sqlite3.Connection]:
    """One write transaction (BEGIN IMMEDIATE) on the raw SQLite connection, with the
    change-log triggers quiet unless `quiet` is False; committed when the block ends."""
    with db.write() as session:
        raw = session.connection().connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        if quiet:
            db.functions.set_applying(raw, True)
        try:
            yield raw
        finally:
            if quiet:
                db.functions.set_applying(raw, False)


def _chunks(items: list[str]) -> Iterator[tuple[str, list[str]]]:
    """Slices of a list for `IN (…)`, each with its `?, ?, …`."""
    for start in range(0, len(items), _IN_CHUNK):
        chunk = items[start : start + _IN_CHUNK]
        yield ", ".join("?" * len(chunk)), chunk


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class MergeBatch:
    """One batch in one transaction: log the new changes, then merge record by record."""

    def __init__(self, conn: sqlite3.Connection, known: Schema, site: str, report: MergeReport):
        self.conn = conn
        self.schema = known
        self.site = site
        self.report = report
        self.tally = rules.Tally()
        self.present: set[tuple[str, str]] = set()  # records known to exist
        self.deleted_state: dict[tuple[str, str], tuple[bool, str] | None] = {}
        self.added_any = False
        self.todo: dict[tuple[str, str], list[tuple[Change, Fields]]] = {}
        self.before: dict[tuple[str, str], dict[str, str]] = {}
        self.records: dict[tuple[str, str], dict[str, Any]] = {}
        self.open_concurrent: set[tuple[str, str]] = set()
        self.open_deleted: set[tuple[str, str]] = set()
        for tbl, pk, kind in conn.execute(
            "SELECT tbl, pk, kind FROM conflict WHERE resolution IS NULL"
        ):
            target = self.open_deleted if kind in rules.DELETED_KINDS else self.open_concurrent
            target.add((tbl, pk))

    # the log

    def fresh(self, batch: list[tuple[Change, Fields]]) -> list[tuple[Change, Fields]]:
        here: set[str] = set()
        for marks, chunk in _chunks([c.hlc for c, _ in batch]):
            sql = f"SELECT hlc FROM change_log WHERE hlc IN ({marks})"
            here.update(r[0] for r in self.conn.execute(sql, chunk))
        new: list[tuple[Change, Fields]] = []
        for item in batch:
            if item[0].hlc not in here:
                here.add(item[0].hlc)  # a change twice in one batch counts once
                new.append(item)
        return new

    def run(self, batch: list[tuple[Change, Fields]]) -> None:
        new = self.fresh(batch)
        self.report.duplicates += len(batch) - len(new)
        if not new:
            return
        for item in new:
            self.todo.setdefault((item[0].tbl, item[0].pk), []).append(item)
        self.prefetch()
        self.conn.executemany(
            "INSERT OR IGNORE INTO change_log(hlc, site, place_id, tbl, pk, col, val, base_hlc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.hlc, c.site, c.place_id, c.tbl, c.pk, c.col, c.val, c.base_hlc) for c, _ in new],
        )
        self.report.applied += len(new)
        for key in list(self.todo):
            self.merge_now(key)
        if self.added_any:
            self.retry_waiting()
        self.report.conflicts += self.tally.opened
        self.report.conflicts_closed += self.tally.closed

    def prefetch(self) -> None:
        """The batch's records' field clocks and states: a few queries a table, not two
        a record."""
        by_table: dict[str, list[str]] = {}
        for tbl, pk in self.todo:
            by_table.setdefault(tbl, []).append(pk)
            self.before[(tbl, pk)] = {}
        for tbl, pks in by_table.items():
            for marks, chunk in _chunks(pks):
                sql = f"SELECT pk, col, hlc FROM field_clock WHERE tbl = ? AND pk IN ({marks})"
                for pk, col, hlc in self.conn.execute(sql, [tbl, *chunk]):
                    self.before[(tbl, pk)][col] = hlc
            info = self.schema.tables[tbl]
            known = [pk for pk in pks if self.before[(tbl, pk)]]
            wanted = ["deleted", *(col for col, _t in info.parents)]
            columns = ", ".join(map(quote, ["id", *wanted]))
            for marks, chunk in _chunks(known):
                sql = f"SELECT {columns} FROM {quote(tbl)} WHERE id IN ({marks})"
                for found in self.conn.execute(sql, chunk):
                    self.records[(tbl, found[0])] = dict(zip(wanted, found[1:], strict=True))
                    self.present.add((tbl, found[0]))

    def field_clock(self, tbl: str, pk: str) -> dict[str, str]:
        rows = self.conn.execute(
            "SELECT col, hlc FROM field_clock WHERE tbl = ? AND pk = ?", (tbl, pk)
        )
        return dict(rows.fetchall())

    def logged_value(self, hlc: str) -> Any:
        return self.conn.execute("SELECT val FROM change_log WHERE hlc = ?", (hlc,)).fetchone()[0]

    # one record

    def merge_now(self, key: tuple[str, str]) -> None:
        """Merge one record's changes of this batch, once (a record a change refers to
        is merged first when its changes are in the same batch)."""
        items = self.todo.pop(key, None)
        if items is not None:
            items.sort(key=lambda item: item[0].hlc)
            self.merge_record(key, items, self.before[key])

    def merge_record(
        self, key: tuple[str, str], items: list[tuple[Change, Fields]], before: dict[str, str]
    ) -> None:
        tbl, pk = key
        info = self.schema.tables[tbl]
        newest: dict[str, tuple[str, Any]] = {}
        after = dict(before)
        for change, pairs in items:
            for name, value in pairs:
                if name not in newest or change.hlc > newest[name][0]:
                    newest[name] = (change.hlc, value)
            if change.hlc > after.get(change.col, ""):
                after[change.col] = change.hlc
        place_id = items[0][0].place_id
        row = self.records.get(key)
        deleted_moved = False
        if row is not None:
            whole = before.get(WHOLE, "")
            writes = {
                name: value
                for name, (hlc, value) in newest.items()
                if name != "place_id" and hlc > max(before.get(name, ""), whole)
            }
            writes = self.held_back(info, pk, writes, whole_record=False) or {}
            if writes:
                self.update(info, pk, writes)
                row.update(writes)
                deleted_moved = "deleted" in writes
        elif self.complete(info, after):
            values = (
                {name: value for name, (_h, value) in newest.items()}
                if not before
                else self.from_log(info, pk)
            )
            row = self.insert(info, pk, values)
            if row is None:
                return  # waits for a record it refers to
        else:
            return  # edits ahead of the record's insert: kept in the log until it comes
        if not self.in_sequence(key, items, before):
            fields = {name for _c, pairs in items for name, _v in pairs}
            self.recompute(info, pk, place_id, fields)
        self.check_deleted(info, pk, place_id, row, after)
        if deleted_moved:
            self.deleted_state.pop(key, None)
            self.check_children(info, pk)

    @staticmethod
    def complete(info: TableInfo, clocks: dict[str, str]) -> bool:
        """Whether the log holds enough to write the record: its insert, or (a record
        logged field by field, as release 0001 did) every one of its fields."""
        return WHOLE in clocks or info.columns <= clocks.keys()

    def read_record(self, info: TableInfo, pk: str) -> dict[str, Any] | None:
        wanted = ["deleted", *(col for col, _t in info.parents)]
        sql = f"SELECT {', '.join(map(quote, wanted))} FROM {quote(info.name)} WHERE id = ?"
        found = self.conn.execute(sql, (pk,)).fetchone()
        if found is None:
            return None
        self.present.add((info.name, pk))
        return dict(zip(wanted, found, strict=True))

    def exists(self, tbl: str, pk: str) -> bool:
        if (tbl, pk) in self.present:
            return True
        if (tbl, pk) in self.todo:
            self.merge_now((tbl, pk))
        if self.conn.execute(f"SELECT 1 FROM {quote(tbl)} WHERE id = ?", (pk,)).fetchone():
            self.present.add((tbl, pk))
            return True
        return False

    def held_back(
        self, info: TableInfo, pk: str, values: dict[str, Any], *, whole_record: bool
    ) -> dict[str, Any] | None:
        """The values that can be written now: a reference to a record not here yet is
        held back (the record waits in sync_pending); None for a whole record that must
        wait."""
        missing = [
            (col, values[col])
            for col, target in info.references.items()
            if values.get(col) is not None
            and not (target == info.name and values[col] == pk)
            and not self.exists(target, values[col])
        ]
        if not missing:
            return values
        col, ref = missing[0]
        self.conn.execute(
            "INSERT OR REPLACE INTO sync_pending(tbl, pk, reason, since) VALUES (?, ?, ?, ?)",
            (info.name, pk, f"waits for {info.references[col]} {ref}", utc_now()),
        )
        if whole_record:
            return None
        return {k: v for k, v in values.items() if k not in {c for c, _r in missing}}

    def update(self, info: TableInfo, pk: str, writes: dict[str, Any]) -> None:
        names = list(writes)
        sets = ", ".join(f"{quote(n)} = ?" for n in names)
        self.conn.execute(
            f"UPDATE {quote(info.name)} SET {sets} WHERE id = ?", [*(writes[n] for n in names), pk]
        )
        self.report.fields_written += len(names)

    def insert(self, info: TableInfo, pk: str, values: dict[str, Any]) -> dict[str, Any] | None:
        values = {k: v for k, v in values.items() if k in info.columns}
        for name in info.columns - values.keys():
            if name not in info.defaults:
                raise SyncRefused(
                    f"The new {info.name} record {pk} has no {name}, and this PlaceBoard "
                    "cannot fill it in; the sender runs an older PlaceBoard. Update it there."
                )
            values[name] = info.defaults[name]()
        if self.held_back(info, pk, values, whole_record=True) is None:
            return None
        names = list(values)
        self.conn.execute(
            f"INSERT INTO {quote(info.name)}(id, {', '.join(map(quote, names))}) "
            f"VALUES (?{', ?' * len(names)})",
            [pk, *(values[n] for n in names)],
        )
        self.present.add((info.name, pk))
        self.added_any = True
        self.report.records_added += 1
        self.report.fields_written += len(names)
        return values

    def from_log(self, info: TableInfo, pk: str) -> dict[str, Any]:
        """The record as its log makes it: each field's newest value, the insert's
        stamp standing for every field it lists."""
        clocks = self.field_clock(info.name, pk)
        whole = clocks.get(WHOLE, "")
        values: dict[str, Any] = dict(json.loads(self.logged_value(whole))) if whole else {}
        values.pop("id", None)
        for name, hlc in clocks.items():
            if name != WHOLE and hlc > whole and name in info.columns:
                values[name] = self.logged_value(hlc)
        return values

    def retry_waiting(self) -> None:
        """Write the records that were waiting, now that more records are here."""
        progress = True
        while progress:
            progress = False
            for tbl, pk in self.conn.execute("SELECT tbl, pk FROM sync_pending").fetchall():
                if self.rewrite(self.schema.tables[tbl], pk):
                    self.conn.execute(
                        "DELETE FROM sync_pending WHERE tbl = ? AND pk = ?", (tbl, pk)
                    )
                    progress = True

    def rewrite(self, info: TableInfo, pk: str) -> bool:
        """Write the whole record from its log; False while it must still wait."""
        clocks = self.field_clock(info.name, pk)
        if not self.complete(info, clocks):
            return False
        values = self.from_log(info, pk)
        place_id = values.get("place_id")
        if self.exists(info.name, pk):
            values.pop("place_id", None)
            if self.held_back(info, pk, values, whole_record=True) is None:
                return False
            self.update(info, pk, values)
            row = self.read_record(info, pk)
        else:
            row = self.insert(info, pk, values)
        if row is None:
            return False
        self.recompute(info, pk, place_id, info.columns)
        self.check_deleted(info, pk, place_id, row, clocks)
        self.deleted_state.pop((info.name, pk), None)
        self.check_children(info, pk)
        return True

    # conflicts

    def in_sequence(
        self, key: tuple[str, str], items: list[tuple[Change, Fields]], before: dict[str, str]
    ) -> bool:
        """True when each change was made on top of the value before it (no conflict can
        appear) and the record has no open conflict to review."""
        if key in self.open_concurrent:
            return False
        whole = before.get(WHOLE, "")
        seen = dict(before)
        for change, _pairs in items:
            if change.col == WHOLE:
                if before or whole:
                    return False  # a second insert of the same record: compare them
                whole = change.hlc
                continue
            current = max(seen.get(change.col, ""), whole)
            if change.base_hlc != (current or None) or change.hlc <= current:
                return False
            seen[change.col] = change.hlc
        return True

    def recompute(
        self, info: TableInfo, pk: str, place_id: str | None, fields: Iterable[str]
    ) -> None:
        wanted = rules.conflict_fields(fields)
        found = rules.history(self.conn, info.name, pk, wanted)
        left_open = False
        for name in wanted:
            winner, losers = rules.field_losers(found[name])
            where = (info.name, pk, name, place_id)
            if losers or (info.name, pk) in self.open_concurrent:
                left_open |= rules.reconcile_field(
                    self.conn, where, winner, losers, self.site, self.tally
                )
        if left_open:
            self.open_concurrent.add((info.name, pk))

    def parent_deleted_state(self, tbl: str, pk: str) -> tuple[bool, str] | None:
        key = (tbl, pk)
        if key not in self.deleted_state:
            row = self.conn.execute(
                f"SELECT deleted FROM {quote(tbl)} WHERE id = ?", (pk,)
            ).fetchone()
            if row is None:
                self.deleted_state[key] = None
            else:
                clocks = self.conn.execute(
                    "SELECT max(hlc) FROM field_clock WHERE tbl = ? AND pk = ? "
                    "AND col IN ('deleted', '*')",
                    (tbl, pk),
                ).fetchone()[0]
                self.deleted_state[key] = (bool(row[0]), clocks or "")
        return self.deleted_state[key]

    def check_deleted(
        self,
        info: TableInfo,
        pk: str,
        place_id: str | None,
        row: dict[str, Any],
        clocks: dict[str, str],
    ) -> None:
        parents = [
            (col, target, self.parent_deleted_state(target, row[col]) if row.get(col) else None)
            for col, target in info.parents
        ]
        wanted = rules.deleted_records(info.name, pk, row, clocks, parents)
        key = (info.name, pk)
        where = (info.name, pk, place_id)
        if (wanted or key in self.open_deleted) and rules.reconcile_deleted(
            self.conn, where, wanted, self.tally
        ):
            self.open_deleted.add(key)

    def check_children(self, info: TableInfo, pk: str) -> None:
        """A record's tombstone changed: look again at the records that require it."""
        for child, col in self.schema.children.get(info.name, ()):
            sql = f"SELECT id, place_id FROM {quote(child)} WHERE {quote(col)} = ?"
            for child_pk, place_id in self.conn.execute(sql, (pk,)).fetchall():
                child_info = self.schema.tables[child]
                row = self.read_record(child_info, child_pk)
                if row is not None:
                    clocks = self.field_clock(child, child_pk)
                    self.check_deleted(child_info, child_pk, place_id, row, clocks)


# -- applying --------------------------------------------------------------------------


def apply_changes(
    db: Database,
    changes: Iterable[Change],
    *,
    batch_size: int | None = None,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
    total: int | None = None,
) -> MergeReport:
    """Apply changes from other replicas in batches (see the module text): `batch_size`
    at a time, or by default batches sized from the last one's time so that each holds
    the write lock for about TARGET_MS.

    Every batch is checked before it is applied (SyncRefused, with the batch and those
    after it not applied). `cancelled` is asked between batches; batches already
    applied stay, and applying the same changes again finishes the work.
    """
    known = schema()
    report = MergeReport()
    if total is None and hasattr(changes, "__len__"):
        total = len(changes)  # type: ignore[arg-type]
    source = iter(changes)
    size = batch_size or DEFAULT_BATCH
    while True:
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        batch = list(islice(source, size))
        if not batch:
            break
        prepared = [(c, prepare(c, known)) for c in batch]
        _observe(db, batch, report)
        started = time.perf_counter()
        with _no_collection_pause(), write_connection(db) as conn:
            MergeBatch(conn, known, db.site, report).run(prepared)
        elapsed = (time.perf_counter() - started) * 1000
        report.longest_batch_ms = max(report.longest_batch_ms, elapsed)
        if batch_size is None and len(batch) == size:
            scaled = int(size * min(2.0, TARGET_MS / max(elapsed, 1.0)))
            size = max(SMALLEST_BATCH, min(LARGEST_BATCH, scaled))
        report.batches += 1
        report.received += len(batch)
        if progress is not None:
            progress(report.received, total or 0, f"Applied {report.received:,} changes")
    report.waiting = waiting_records(db)
    return report


@contextmanager
def _no_collection_pause() -> Iterator[None]:
    """Hold Python's cyclic garbage collector while the write lock is held: a full
    collection over the application's objects takes about 100 ms, longer than a whole
    batch, and would stall every other writer meanwhile."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _observe(db: Database, batch: list[Change], report: MergeReport) -> None:
    """Take the batch's stamps into the clock, noting any far ahead of the wall clock."""
    wall = wall_millis()
    newest = max(c.hlc for c in batch)
    db.clock.observe(newest)
    for c in batch:
        ahead = int(c.hlc[:MILLIS_WIDTH]) - wall  # prepare() has checked the stamp
        if ahead > SKEW_WARNING_MS:
            report.sites_ahead.add(c.site)
            report.max_ahead_ms = max(report.max_ahead_ms, ahead)
    oldest = min(c.hlc for c in batch)
    report.first_hlc = min(filter(None, (report.first_hlc, oldest)))
    report.last_hlc = max(filter(None, (report.last_hlc, newest)))


def waiting_records(db: Database) -> int:
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        return int(raw.execute("SELECT count(*) FROM sync_pending").fetchone()[0])


def refresh_conflicts(db: Database) -> int:
    """Look again at every open conflict (edits made here since may have settled them,
    e.g. a record restored); returns how many were closed."""
    known = schema()
    with write_connection(db) as conn:
        batch = MergeBatch(conn, known, db.site, MergeReport())
        open_rows = conn.execute(
            "SELECT DISTINCT tbl, pk, col, kind, place_id FROM conflict WHERE resolution IS NULL"
        ).fetchall()
        for tbl, pk, col, kind, place_id in open_rows:
            info = known.tables.get(tbl)
            if info is None:
                continue
            if kind in rules.DELETED_KINDS:
                row = batch.read_record(info, pk)
                if row is not None:
                    clocks = batch.field_clock(tbl, pk)
                    batch.check_deleted(info, pk, place_id, row, clocks)
            else:
                batch.recompute(info, pk, place_id, [col])
        return batch.tally.closed
