"""Which edits lost without anyone seeing them, kept in `conflict` so nothing is lost.

**Concurrent edits.** Every change of a field names the stamp its editor saw as the
field's value (`base_hlc`; a resolved conflict's write names both sides, separated by
a space). An edit is *seen* by a later edit of the same field that names it, and by
any later edit of the field from its own laptop (a laptop always has its own earlier
edits). The field's value is the edit with the highest stamp (the clock decides). An
edit that nobody has seen and that is not the winner lost concurrently — unless its
value is the winner's, or the value of an edit the winner descends from (then what it
said was in force and was changed knowingly). Each such loser is one conflict row; the
set is a function of the field's history alone, so every laptop that holds the same
changes lists the same losers, whatever order they came in. A loser that a later
change shows was seen is closed automatically (`superseded`). `created_at` and
`updated_at` never conflict.

Long text (minutes' discussion, commentary, descriptions: LONG_TEXT_COLUMNS, or any
value longer than LONG_TEXT_CHARS) is marked `long_text`: the clock has chosen a
winner, but the Sync view asks a person to choose, because a lost paragraph is work
lost; the shorter fields are marked `concurrent` and show what the clock decided.

**Deleted records.** An edit (or insert) stamped after the tombstone of the record it
belongs to (`row_deleted`) or of a record it requires (a NOT NULL reference other
than its place: `parent_deleted`), cannot have been made by someone who saw the
deletion. The edit is applied as usual — it is never dropped — and a conflict row
names the deleted record, so the Sync view can offer to restore it. An edit stamped
before the tombstone is taken as seen by whoever deleted it. The row closes itself
when the record is restored.

Conflicts are local to a laptop (never synced). Keeping, editing or restoring is an
ordinary write that syncs like any other and closes the conflict everywhere.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from placeboard.domain.keys import new_id
from placeboard.store.tables.base import utc_now

HOUSEKEEPING = frozenset({"created_at", "updated_at"})
NOT_MERGED = frozenset({"id", "place_id"})
LONG_TEXT_CHARS = 200
LONG_TEXT_COLUMNS = frozenset(
    {
        ("minute", "discussion"),
        ("resolution", "text"),
        ("priority_update", "commentary"),
        ("priority", "description"),
        ("risk", "description"),
        ("risk", "controls"),
        ("tor_section", "body"),
        ("stage_decision", "rationale"),
        ("criterion_evidence", "text"),
        ("declaration", "description"),
        ("action", "description"),
        ("action_update", "note"),
        ("membership", "notes"),
        ("metric", "description"),
        ("stage", "description"),
        ("forward_plan_entry", "summary"),
        ("paper", "purpose"),
        ("paper", "executive_summary"),
        ("paper", "recommendations"),
        ("paper", "governance_history"),
        ("paper", "conflicts_of_interest"),
        ("paper", "quality_comment"),
        ("paper", "equality_comment"),
        ("paper", "privacy_comment"),
        ("paper", "financial_comment"),
        ("paper", "risks_comment"),
    }
)
CONCURRENT_KINDS = ("concurrent", "long_text")
DELETED_KINDS = ("parent_deleted", "row_deleted")
SUPERSEDED = "superseded"  # closed by sync itself, not by a person


@dataclass(frozen=True, slots=True)
class Entry:
    """One change's value for one field."""

    hlc: str
    site: str
    val: Any
    bases: tuple[str, ...] = ()


def bases_of(base_hlc: str | None) -> tuple[str, ...]:
    return tuple(base_hlc.split()) if base_hlc else ()


def is_long_text(tbl: str, col: str, *values: object) -> bool:
    return (tbl, col) in LONG_TEXT_COLUMNS or any(
        isinstance(v, str) and len(v) > LONG_TEXT_CHARS for v in values
    )


def field_losers(entries: Sequence[Entry]) -> tuple[Entry | None, list[Entry]]:
    """The field's winner and the edits that lost to it unseen (see the module text)."""
    if not entries:
        return None, []
    ordered = sorted(entries, key=lambda e: e.hlc)
    by_hlc = {e.hlc: e for e in ordered}
    parents: dict[str, set[str]] = {}
    previous_by_site: dict[str, str] = {}
    for e in ordered:
        seen = set(e.bases)
        if e.site in previous_by_site:
            seen.add(previous_by_site[e.site])
        previous_by_site[e.site] = e.hlc
        parents[e.hlc] = seen
    winner = ordered[-1]
    seen_by_someone = set().union(*parents.values())
    lineage, todo = set(), [winner.hlc]
    while todo:
        h = todo.pop()
        if h in lineage or h not in by_hlc:
            continue
        lineage.add(h)
        todo.extend(parents[h])
    carried = [by_hlc[h].val for h in lineage]
    losers = [
        e
        for e in ordered[:-1]
        if e.hlc not in seen_by_someone and not any(e.val == v for v in carried)
    ]
    return winner, losers


def history(
    conn: sqlite3.Connection, tbl: str, pk: str, fields: Iterable[str]
) -> dict[str, list[Entry]]:
    """Every logged value of these fields of one record, inserts expanded."""
    wanted = set(fields)
    found: dict[str, list[Entry]] = {f: [] for f in wanted}
    rows = conn.execute(
        "SELECT hlc, site, col, val, base_hlc FROM change_log WHERE pk = ? AND tbl = ?",
        (pk, tbl),
    )
    for hlc, site, col, val, base in rows:
        if col == "*":
            for f, v in json.loads(val).items():
                if f in wanted:
                    found[f].append(Entry(hlc, site, v))
        elif col in wanted:
            found[col].append(Entry(hlc, site, val, bases_of(base)))
    return found


def conflict_fields(fields: Iterable[str]) -> list[str]:
    return sorted(set(fields) - HOUSEKEEPING - NOT_MERGED)


@dataclass
class Tally:
    """What a reconciliation did, for the merge report."""

    opened: int = 0
    closed: int = 0


def reconcile_field(
    conn: sqlite3.Connection,
    where: tuple[str, str, str, str | None],
    winner: Entry | None,
    losers: list[Entry],
    local_site: str,
    tally: Tally,
) -> bool:
    """Make the field's conflict rows match its losers; True if any is left open."""
    tbl, pk, col, place_id = where
    existing = conn.execute(
        "SELECT id, mine_hlc, theirs_hlc, resolution FROM conflict "
        "WHERE tbl = ? AND pk = ? AND col = ? AND kind IN (?, ?)",
        (tbl, pk, col, *CONCURRENT_KINDS),
    ).fetchall()
    by_loser = {min(mine, theirs): (cid, resolution) for cid, mine, theirs, resolution in existing}
    wanted = {e.hlc for e in losers}
    now = utc_now()
    for loser, (cid, resolution) in by_loser.items():
        if resolution is None and loser not in wanted:
            conn.execute(
                "UPDATE conflict SET resolved_at = ?, resolution = ? WHERE id = ?",
                (now, SUPERSEDED, cid),
            )
            tally.closed += 1
    left_open = False
    for loser in losers:
        assert winner is not None
        mine, theirs = (loser, winner) if loser.site == local_site else (winner, loser)
        kind = "long_text" if is_long_text(tbl, col, loser.val, winner.val) else "concurrent"
        sides = (kind, mine.val, mine.hlc, theirs.val, theirs.hlc)
        known = by_loser.get(loser.hlc)
        if known is None:
            conn.execute(
                "INSERT INTO conflict(id, kind, tbl, pk, col, place_id, mine_val, mine_hlc, "
                "theirs_val, theirs_hlc, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id(), kind, tbl, pk, col, place_id, *sides[1:], now),
            )
            tally.opened += 1
        elif known[1] in (None, SUPERSEDED):
            conn.execute(
                "UPDATE conflict SET kind = ?, mine_val = ?, mine_hlc = ?, theirs_val = ?, "
                "theirs_hlc = ?, resolved_at = NULL, resolution = NULL WHERE id = ?",
                (*sides, known[0]),
            )
            tally.opened += known[1] == SUPERSEDED
        else:
            continue  # a person decided; their write closed it everywhere
        left_open = True
    return left_open


@dataclass(frozen=True)
class DeletedRecord:
    """A wanted `parent_deleted` / `row_deleted` conflict row."""

    kind: str
    col: str  # the reference to the deleted record, or "deleted" for the record itself
    parent_tbl: str
    parent_pk: str
    tombstone_hlc: str
    edit_hlc: str

    @property
    def parent(self) -> tuple[str, str]:
        return (self.parent_tbl, self.parent_pk)


def reconcile_deleted(
    conn: sqlite3.Connection,
    where: tuple[str, str, str | None],
    wanted: list[DeletedRecord],
    tally: Tally,
) -> bool:
    """Make one record's deleted-record conflicts match `wanted`; True if any is open."""
    tbl, pk, place_id = where
    existing = conn.execute(
        "SELECT id, kind, parent_tbl, parent_pk, theirs_hlc, resolution FROM conflict "
        "WHERE tbl = ? AND pk = ? AND kind IN (?, ?)",
        (tbl, pk, *DELETED_KINDS),
    ).fetchall()
    by_key = {(kind, ptbl, ppk): (cid, edit, res) for cid, kind, ptbl, ppk, edit, res in existing}
    wanted_keys = {(w.kind, w.parent_tbl, w.parent_pk) for w in wanted}
    now = utc_now()
    for key, (cid, _edit, resolution) in by_key.items():
        if resolution is None and key not in wanted_keys:
            conn.execute(
                "UPDATE conflict SET resolved_at = ?, resolution = ? WHERE id = ?",
                (now, SUPERSEDED, cid),
            )
            tally.closed += 1
    left_open = False
    for w in wanted:
        known = by_key.get((w.kind, w.parent_tbl, w.parent_pk))
        sides = (w.col, 1, w.tombstone_hlc, None, w.edit_hlc)
        if known is None:
            conn.execute(
                "INSERT INTO conflict(id, kind, tbl, pk, col, place_id, mine_val, mine_hlc, "
                "theirs_val, theirs_hlc, detected_at, parent_tbl, parent_pk) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id(), w.kind, tbl, pk, w.col, place_id, *sides[1:], now, *w.parent),
            )
            tally.opened += 1
        elif known[2] in (None, SUPERSEDED) or w.edit_hlc > known[1]:
            # Open again: it applies once more, or there are edits since a person decided.
            conn.execute(
                "UPDATE conflict SET col = ?, mine_val = ?, mine_hlc = ?, theirs_val = ?, "
                "theirs_hlc = ?, resolved_at = NULL, resolution = NULL WHERE id = ?",
                (*sides, known[0]),
            )
            tally.opened += known[2] is not None
        else:
            continue
        left_open = True
    return left_open


def deleted_records(
    tbl: str,
    pk: str,
    row: dict[str, Any],
    clocks: dict[str, str],
    parents: Iterable[tuple[str, str, tuple[bool, str] | None]],
) -> list[DeletedRecord]:
    """The deleted-record conflicts one record should have.

    `row` holds its `deleted` flag, `clocks` its field clock, and `parents` gives each
    required reference as (column, table, (deleted, tombstone stamp) or None).
    """
    edit = max(
        (h for c, h in clocks.items() if c not in HOUSEKEEPING and c != "deleted"), default=""
    )
    if row.get("deleted"):
        tombstone = max(clocks.get("deleted", ""), clocks.get("*", ""))
        if edit > tombstone:
            return [DeletedRecord("row_deleted", "deleted", tbl, pk, tombstone, edit)]
        return []
    found = []
    for col, ptbl, state in parents:
        if state is not None and state[0] and edit > state[1]:
            found.append(DeletedRecord("parent_deleted", col, ptbl, str(row[col]), state[1], edit))
    return found
