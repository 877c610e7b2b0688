"""Sync as the Sync view and `placeboard sync` see it: where this laptop stands with
each peer, bundles out and in, and the conflicts to settle.

The engine is placeboard.sync (merge, bundles, outbox); this service gives it plain
answers: how many changes wait for each peer, when each last synced and how, which
conflicts are open with both sides' values, who made them and when, and a person's
choice for each (a new write that syncs like any other).
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text

from placeboard.domain.hlc import Stamp
from placeboard.store.database import Database
from placeboard.sync import BUNDLE_SUFFIX, BUNDLE_SUFFIXES, bundle, merge, outbox, resolve
from placeboard.sync.change import Change
from placeboard.sync.conflicts import CONCURRENT_KINDS, DELETED_KINDS

from .base import Service

# The column that names a record for a person, in order of preference.
LABEL_COLUMNS = ("name", "full_name", "title", "reference", "label", "term", "heading", "period")
KIND_LABELS = {
    "concurrent": "Edited on two laptops at once",
    "long_text": "Text edited on two laptops at once",
    "parent_deleted": "Added or edited under a record deleted elsewhere",
    "row_deleted": "Edited after it was deleted elsewhere",
}
Progress = merge.Progress
Cancelled = merge.Cancelled

@dataclass(frozen=True)
class PeerStatus:
    peer: str  # another laptop's site id, or a hub's name
    name: str  # the other computer's name, as its bundles give it
    waiting: int  # changes here it has not acknowledged
    sent: int  # of those, already sent in a bundle
    last_ok_at: str | None
    last_error: str | None


@dataclass(frozen=True)
class SyncStatus:
    site: str
    changes: int  # every change in this database's log
    unsynced: int  # changes made here that no peer has acknowledged yet
    peers: list[PeerStatus]
    open_conflicts: int
    open_long_text: int
    open_deleted: int
    waiting_records: int  # records whose insert, or a record they need, has not come

    @property
    def last_ok_at(self) -> str | None:
        return max((p.last_ok_at for p in self.peers if p.last_ok_at), default=None)


@dataclass(frozen=True)
class Side:
    value: Any
    hlc: str
    site: str
    at: datetime  # when the edit was made (the stamp's wall time, UTC)
    here: bool  # made on this laptop


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str
    kind_label: str
    tbl: str
    pk: str
    col: str
    place_id: str | None
    record: str  # the record's name or title, for a person
    field: str
    mine: Side  # an edit: this laptop's side, else the value in force here; deleted: the deletion
    theirs: Side  # the other side; deleted kinds: the edit that came after the deletion
    detected_at: str
    resolved_at: str | None
    resolution: str | None
    parent_tbl: str | None
    parent_pk: str | None
    parent_record: str | None
    choices: tuple[str, ...]


class SyncService(Service):
    """Bundles, status and conflicts over one database."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)

    @property
    def site(self) -> str:
        return self.db.site

    # status

    def status(self) -> SyncStatus:
        last = outbox.last_seq(self.db)
        peers = [self._peer(p) for p in outbox.peers(self.db)]
        counts = self._open_counts()
        return SyncStatus(
            site=self.db.site,
            changes=last,
            unsynced=self.unsynced_changes(),
            peers=peers,
            open_conflicts=sum(counts.values()),
            open_long_text=counts.get("long_text", 0),
            open_deleted=sum(counts.get(k, 0) for k in DELETED_KINDS),
            waiting_records=merge.waiting_records(self.db),
        )

    def _peer(self, p: outbox.PeerState) -> PeerStatus:
        waiting = outbox.count_after(self.db, p.pushed_upto)
        unsent = (
            outbox.count_after(self.db, p.sent_upto) if p.sent_upto > p.pushed_upto else waiting
        )
        return PeerStatus(p.peer, p.name, waiting, waiting - unsent, p.last_ok_at, p.last_error)

    def unsynced_changes(self) -> int:
        """Changes made on this laptop that no peer has acknowledged (the window title)."""
        acked = max((p.pushed_upto for p in outbox.peers(self.db)), default=0)
        with self.db.engine.connect() as conn:
            found = conn.execute(
                text("SELECT count(*) FROM change_log WHERE rowid > :a AND site = :s"),
                {"a": acked, "s": self.db.site},
            ).scalar()
        return int(found or 0)

    def _open_counts(self) -> dict[str, int]:
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT kind, count(*) FROM conflict WHERE resolution IS NULL GROUP BY kind")
            ).all()
        return {str(k): int(n) for k, n in rows}

    # bundles and transports

    def write_bundle(
        self,
        path: str | os.PathLike[str],
        *,
        peer: str | None = None,
        place_ids: Collection[str] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> bundle.BundleInfo:
        """Every change `peer` has not acknowledged (all, without a peer) in one file."""
        return bundle.write_bundle(
            self.db, path, peer=peer, place_ids=place_ids, progress=progress, cancelled=cancelled
        )

    def check_bundle(self, path: str | os.PathLike[str]) -> bundle.BundleInfo:
        return bundle.check_bundle(path)

    def read_bundle(
        self,
        path: str | os.PathLike[str],
        *,
        allow_new_places: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> bundle.BundleImport:
        return bundle.read_bundle(
            self.db,
            path,
            allow_new_places=allow_new_places,
            progress=progress,
            cancelled=cancelled,
        )

    def apply(
        self,
        changes: Iterable[Change],
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> merge.MergeReport:
        """Apply changes a transport brought (the hub's pull)."""
        return merge.apply_changes(self.db, changes, progress=progress, cancelled=cancelled)

    # conflicts

    def conflicts(
        self, *, include_settled: bool = False, place_id: str | None = None
    ) -> list[ConflictView]:
        """Conflicts to settle (and, with include_settled, those settled), long text
        first, then the newest."""
        merge.refresh_conflicts(self.db)
        where = [] if include_settled else ["resolution IS NULL"]
        params: dict[str, Any] = {}
        if place_id is not None:
            where.append("place_id = :place")
            params["place"] = place_id
        sql = "SELECT * FROM conflict" + (f" WHERE {' AND '.join(where)}" if where else "")
        with self.db.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(text(sql), params).mappings()]
            views = [self._view(conn, r) for r in rows]
        order = {"long_text": 0, "parent_deleted": 1, "row_deleted": 1, "concurrent": 2}
        views.sort(key=lambda v: v.detected_at, reverse=True)
        views.sort(key=lambda v: (v.resolution is not None, order.get(v.kind, 3)))
        return views

    def resolve(self, conflict_id: str, choice: str, value: Any = None) -> None:
        """`mine`, `theirs` or `edit` (with `value`) for an edit; `restore` or `dismiss`
        for a record deleted elsewhere."""
        resolve.resolve(self.db, conflict_id, choice, value)

    def _view(self, conn: Any, r: dict[str, Any]) -> ConflictView:
        kind = str(r["kind"])
        parent_record = None
        if r["parent_tbl"]:
            parent_record = _label(conn, r["parent_tbl"], r["parent_pk"])
        return ConflictView(
            id=r["id"],
            kind=kind,
            kind_label=KIND_LABELS.get(kind, kind),
            tbl=r["tbl"],
            pk=r["pk"],
            col=r["col"],
            place_id=r["place_id"],
            record=_label(conn, r["tbl"], r["pk"]),
            field=str(r["col"]).replace("_", " "),
            mine=self._side(r["mine_val"], r["mine_hlc"]),
            theirs=self._side(r["theirs_val"], r["theirs_hlc"]),
            detected_at=r["detected_at"],
            resolved_at=r["resolved_at"],
            resolution=r["resolution"],
            parent_tbl=r["parent_tbl"],
            parent_pk=r["parent_pk"],
            parent_record=parent_record,
            choices=resolve.CHOICES.get(kind, ()),
        )

    def _side(self, value: Any, hlc: str) -> Side:
        stamp = Stamp.parse(hlc)
        at = datetime.fromtimestamp(stamp.millis / 1000, tz=UTC)
        return Side(value, hlc, stamp.site, at, stamp.site == self.db.site)


def _label(conn: Any, tbl: str, pk: str) -> str:
    """The record's name or title; its kind and id when it has none (or is not here)."""
    columns = {c[1] for c in conn.exec_driver_sql(f'PRAGMA table_info("{tbl}")')}
    for name in LABEL_COLUMNS:
        if name in columns:
            found = conn.exec_driver_sql(f'SELECT "{name}" FROM "{tbl}" WHERE id = ?', (pk,))
            row = found.fetchone()
            if row and row[0]:
                return str(row[0])
    return f"{tbl.replace('_', ' ')} {pk[:8]}"


__all__ = [
    "BUNDLE_SUFFIX",
    "BUNDLE_SUFFIXES",
    "CONCURRENT_KINDS",
    "ConflictView",
    "PeerStatus",
    "Side",
    "SyncService",
    "SyncStatus",
]
