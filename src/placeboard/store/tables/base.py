"""The columns every synced row has, and the local (never synced) bookkeeping tables."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from placeboard.domain.keys import new_id


def utc_now() -> str:
    """ISO 8601 UTC with milliseconds: sortable text, the same on every machine."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Synced(SQLModel):
    """Mixin for every synced table: text UUID key, owning place, times, tombstone.

    `place_id` is empty (NULL) for ICB-wide reference data. Rows are never
    hard-deleted: `deleted` is a tombstone that syncs like any other field.
    """

    id: str = Field(default_factory=new_id, primary_key=True)
    place_id: str | None = Field(default=None, foreign_key="place.id", index=True)
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)
    deleted: bool = Field(default=False)


def synced_tables() -> list[str]:
    """Names of every synced table, in dependency (creation) order."""
    return [
        t.name for t in SQLModel.metadata.sorted_tables if "deleted" in t.c and "place_id" in t.c
    ]


class AnyValue(sa.types.UserDefinedType):  # type: ignore[type-arg]
    """A column with no type affinity: the change log keeps each value as SQLite stored it."""

    cache_ok = True

    def get_col_spec(self, **kw: Any) -> str:
        return "BLOB"


class LocalSite(SQLModel, table=True):
    """This database's own site id (one row); never synced."""

    __tablename__ = "local_site"
    id: int = Field(default=1, primary_key=True)
    site: str
    created_at: str = Field(default_factory=utc_now)


class ChangeLog(SQLModel, table=True):
    """One row per changed field, appended by triggers in the writing transaction."""

    __tablename__ = "change_log"
    hlc: str = Field(primary_key=True)
    site: str = Field(index=True)
    place_id: str | None = Field(default=None, index=True)
    tbl: str
    # Sync reads a record's whole history (conflicts, rows whose insert came late).
    pk: str = Field(index=True)
    col: str
    val: Any = Field(default=None, sa_type=AnyValue, nullable=True)
    # The stamp the editor saw; a resolved conflict's write lists both sides' stamps,
    # separated by a space (placeboard.sync.merge).
    base_hlc: str | None = None


class FieldClock(SQLModel, table=True):
    """The winning stamp of every field of every synced row."""

    __tablename__ = "field_clock"
    tbl: str = Field(primary_key=True)
    pk: str = Field(primary_key=True)
    col: str = Field(primary_key=True)
    hlc: str


class Conflict(SQLModel, table=True):
    """A concurrent edit that lost under the clock, kept so nobody's words are lost;
    or (kind `parent_deleted`, `row_deleted`) an edit to a record whose parent, or which
    itself, was deleted elsewhere, kept so the Sync view can offer to restore it.
    Never synced: each laptop keeps the conflicts it sees (placeboard.sync.merge)."""

    __tablename__ = "conflict"
    id: str = Field(default_factory=new_id, primary_key=True)
    kind: str = Field(default="concurrent", sa_column_kwargs={"server_default": "concurrent"})
    tbl: str
    pk: str
    col: str
    parent_tbl: str | None = None  # the deleted record, for parent_deleted / row_deleted
    parent_pk: str | None = None
    place_id: str | None = Field(default=None, index=True)
    mine_val: Any = Field(default=None, sa_type=AnyValue, nullable=True)
    mine_hlc: str
    theirs_val: Any = Field(default=None, sa_type=AnyValue, nullable=True)
    theirs_hlc: str
    detected_at: str = Field(default_factory=utc_now)
    resolved_at: str | None = None
    resolution: str | None = None


class SyncPeer(SQLModel, table=True):
    """How far sync has gone with one peer; never synced.

    `peer` is another laptop's site id (bundles) or a hub's name; `scope` is "" for
    the peer as a whole, or names one stream of it (the hub's per-place pull
    cursors). The cursors count rows of this database's change log (its rowid: the
    log is only appended to, so rowid is the order changes arrived in here) or, for a
    hub's pulls, the hub's own sequence.
    """

    __tablename__ = "sync_peer"
    peer: str = Field(primary_key=True)
    scope: str = Field(default="", primary_key=True)
    name: str = ""
    pushed_upto: int = 0  # the peer has acknowledged every change up to here
    sent_upto: int = 0  # sent (in a bundle) up to here, not yet acknowledged
    pulled_upto: int = 0  # the peer's changes applied here, up to its sequence
    last_ok_at: str | None = None
    last_error: str | None = None
    last_error_at: str | None = None


class SyncPending(SQLModel, table=True):
    """A record whose changes have arrived but which cannot be written yet: its
    insert has not arrived, or a record it refers to has not (sync retries it after
    every batch). Never synced."""

    __tablename__ = "sync_pending"
    tbl: str = Field(primary_key=True)
    pk: str = Field(primary_key=True)
    reason: str = ""
    since: str = Field(default_factory=utc_now)
