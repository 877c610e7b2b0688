"""What this database has to send, and how far it has got with each peer.

The cursor is the change log's rowid: the log is only appended to (see
store/backups.py), so rowid is the order in which changes arrived here, whether made
here or received. A cursor by stamp would skip a change received late from a laptop
whose clock is behind; arrival order also keeps every record after the records it
refers to, as this database got them. Changes are read in that order, in batches.

`sync_peer` keeps, per peer (another laptop's site id, or a hub's name): what the peer
has acknowledged (`pushed_upto`), what was sent but not yet acknowledged (`sent_upto`,
bundles), how far the peer's own changes have been applied here (`pulled_upto`, in
the peer's sequence), the last success and the last error. `scope` "" is the peer as
a whole; a transport with several streams (the hub's per-place sequences) keeps one
row per stream in `scope`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from sqlalchemy import text

from placeboard.store.database import Database
from placeboard.store.tables.base import utc_now

from .change import FIELDS, Change

DEFAULT_BATCH = 1000
_COLUMNS = ", ".join(FIELDS)


@dataclass(frozen=True)
class PeerState:
    peer: str
    scope: str = ""
    name: str = ""
    pushed_upto: int = 0
    sent_upto: int = 0
    pulled_upto: int = 0
    last_ok_at: str | None = None
    last_error: str | None = None
    last_error_at: str | None = None


def _place_filter(place_ids: Collection[str] | None) -> tuple[str, list[str]]:
    """Only these places' changes and the ICB-wide ones (place NULL); None: all."""
    if place_ids is None:
        return "", []
    marks = ", ".join("?" for _ in place_ids)
    return f" AND (place_id IS NULL OR place_id IN ({marks}))", list(place_ids)


def read_changes(
    conn: sqlite3.Connection,
    after: int,
    *,
    upto: int | None = None,
    place_ids: Collection[str] | None = None,
    limit: int = DEFAULT_BATCH,
) -> list[tuple[int, Change]]:
    """Up to `limit` changes that arrived after the cursor, as (seq, change), in order."""
    where, params = _place_filter(place_ids)
    bound = " AND rowid <= ?" if upto is not None else ""
    sql = (
        f"SELECT rowid, {_COLUMNS} FROM change_log WHERE rowid > ?{bound}{where} "
        "ORDER BY rowid LIMIT ?"
    )
    args: list[object] = [after, *([upto] if upto is not None else []), *params, limit]
    return [(row[0], Change(*row[1:])) for row in conn.execute(sql, args)]


def iter_changes(
    db: Database,
    after: int = 0,
    *,
    upto: int | None = None,
    place_ids: Collection[str] | None = None,
    batch: int = DEFAULT_BATCH,
) -> Iterator[list[tuple[int, Change]]]:
    """Every change after the cursor (up to `upto`), in batches; each batch is read in
    a short read transaction of its own, so a long export never blocks the writer."""
    cursor = after
    while True:
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            rows = read_changes(raw, cursor, upto=upto, place_ids=place_ids, limit=batch)
        if not rows:
            return
        yield rows
        cursor = rows[-1][0]


def last_seq(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT coalesce(max(rowid), 0) FROM change_log")).scalar())


def count_after(db: Database, after: int, place_ids: Collection[str] | None = None) -> int:
    where, params = _place_filter(place_ids)
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        row = raw.execute(
            f"SELECT count(*) FROM change_log WHERE rowid > ?{where}", [after, *params]
        )
        return int(row.fetchone()[0])


def peer_state(db: Database, peer: str, scope: str = "") -> PeerState:
    with db.engine.connect() as conn:
        row = (
            conn.execute(
                text("SELECT * FROM sync_peer WHERE peer = :p AND scope = :s"),
                {"p": peer, "s": scope},
            )
            .mappings()
            .first()
        )
    return PeerState(**row) if row else PeerState(peer, scope)


def peers(db: Database) -> list[PeerState]:
    """Every peer as a whole (scope ""), the most recently synced first."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT * FROM sync_peer WHERE scope = '' ORDER BY last_ok_at DESC, peer")
        ).mappings()
        return [PeerState(**row) for row in rows]


def _upsert(
    db: Database, peer: str, scope: str, assignments: str, values: dict[str, object]
) -> None:
    with db.write() as s:
        conn = s.connection()
        conn.execute(
            text(
                "INSERT INTO sync_peer(peer, scope, name, pushed_upto, sent_upto, pulled_upto) "
                "VALUES (:peer, :scope, '', 0, 0, 0) ON CONFLICT(peer, scope) DO NOTHING"
            ),
            {"peer": peer, "scope": scope},
        )
        conn.execute(
            text(f"UPDATE sync_peer SET {assignments} WHERE peer = :peer AND scope = :scope"),
            {"peer": peer, "scope": scope, **values},
        )


def record_sent(db: Database, peer: str, upto: int, scope: str = "") -> None:
    """Changes up to `upto` went to the peer (a bundle), not yet acknowledged."""
    _upsert(db, peer, scope, "sent_upto = max(sent_upto, :upto)", {"upto": upto})


def record_acked(db: Database, peer: str, upto: int, scope: str = "") -> None:
    """The peer holds every change up to `upto` (a hub push committed, or the peer's
    bundle said so)."""
    _upsert(
        db,
        peer,
        scope,
        "pushed_upto = max(pushed_upto, :upto), sent_upto = max(sent_upto, :upto)",
        {"upto": upto},
    )


def record_pulled(db: Database, peer: str, upto: int, scope: str = "") -> None:
    """The peer's changes up to its sequence `upto` are applied here."""
    _upsert(db, peer, scope, "pulled_upto = max(pulled_upto, :upto)", {"upto": upto})


def record_ok(db: Database, peer: str, name: str | None = None, scope: str = "") -> None:
    values: dict[str, object] = {"at": utc_now(), "name": name}
    _upsert(
        db,
        peer,
        scope,
        "last_ok_at = :at, last_error = NULL, last_error_at = NULL, name = coalesce(:name, name)",
        values,
    )


def record_error(db: Database, peer: str, message: str, scope: str = "") -> None:
    _upsert(
        db,
        peer,
        scope,
        "last_error = :message, last_error_at = :at",
        {"message": message, "at": utc_now()},
    )
