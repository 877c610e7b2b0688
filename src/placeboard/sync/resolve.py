"""A person's answer to a conflict: a new ordinary write that syncs like any other.

Keeping one side, or an edited text, writes the field again with a fresh stamp whose
`base_hlc` names both sides' stamps (and the field's current one): on every laptop that
receives it, both sides are then seen, so the conflict closes there too. The answer is
an edit like any other: given for a record that is deleted, or under a deleted record,
it is flagged as such (conflicts.py) on every laptop, this one included. Restoring a
deleted record writes its tombstone back to false.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from placeboard.domain.errors import NotFoundError, ValidationError
from placeboard.store.database import Database
from placeboard.store.tables.base import utc_now

from . import conflicts as rules
from .merge import MergeBatch, MergeReport, quote, schema, write_connection

CHOICES = {
    "concurrent": ("mine", "theirs", "edit"),
    "long_text": ("mine", "theirs", "edit"),
    "parent_deleted": ("restore", "dismiss"),
    "row_deleted": ("restore", "dismiss"),
}


def resolve(db: Database, conflict_id: str, choice: str, value: Any = None) -> None:
    """Settle one open conflict: `mine`, `theirs` or `edit` (with `value`) for an edit;
    `restore` or `dismiss` (leave it deleted) for a deleted record."""
    with write_connection(db) as conn:
        found = conn.execute(
            "SELECT kind, tbl, pk, col, mine_val, mine_hlc, theirs_val, theirs_hlc, "
            "parent_tbl, parent_pk, resolution FROM conflict WHERE id = ?",
            (conflict_id,),
        ).fetchone()
        if found is None:
            raise NotFoundError(f"No conflict with id {conflict_id}.")
        kind, tbl, pk, col, mine, mine_hlc, theirs, theirs_hlc, ptbl, ppk, done = found
        if done is not None:
            raise ValidationError("This conflict has been settled already.", "choice")
        if choice not in CHOICES.get(kind, ()):
            options = ", ".join(CHOICES.get(kind, ()))
            raise ValidationError(f"For this conflict choose one of: {options}.", "choice")
        if choice == "edit" and value is None:
            raise ValidationError("Give the text to keep.", "value")
        conn.execute(
            "UPDATE conflict SET resolved_at = ?, resolution = ? WHERE id = ?",
            (utc_now(), choice, conflict_id),
        )
        batch = MergeBatch(conn, schema(), db.site, MergeReport())
        if kind in rules.CONCURRENT_KINDS:
            chosen = {"mine": mine, "theirs": theirs}.get(choice, value)
            place_id = write_field(db, conn, tbl, pk, col, chosen, seen=(mine_hlc, theirs_hlc))
            info = batch.schema.tables[tbl]
            batch.recompute(info, pk, place_id, [col])
            # The answer is an edit like any other: on a deleted record, or under one,
            # every laptop (this one too) flags it, so the record can be restored.
            row = batch.read_record(info, pk)
            assert row is not None
            batch.check_deleted(info, pk, place_id, row, batch.field_clock(tbl, pk))
        elif choice == "restore":
            place_id = write_field(db, conn, ptbl, ppk, "deleted", 0)
            info = batch.schema.tables[ptbl]
            row = batch.read_record(info, ppk)
            assert row is not None
            batch.check_deleted(info, ppk, place_id, row, batch.field_clock(ptbl, ppk))
            batch.check_children(info, ppk)


def write_field(
    db: Database,
    conn: sqlite3.Connection,
    tbl: str,
    pk: str,
    col: str,
    value: Any,
    *,
    seen: tuple[str, ...] = (),
) -> str | None:
    """Write one field and log it by hand (the triggers are quiet), naming the stamps
    the writer saw; `updated_at` follows as an ordinary edit. Returns the place."""
    if tbl not in schema().tables:
        raise NotFoundError(f"PlaceBoard has no records of kind '{tbl}'.")
    found = conn.execute(f"SELECT place_id FROM {quote(tbl)} WHERE id = ?", (pk,)).fetchone()
    if found is None:
        raise NotFoundError(f"The {tbl.replace('_', ' ')} {pk} is not here yet; sync first.")
    place_id = found[0]
    now = utc_now()
    for name, new, also_seen in ((col, value, seen), ("updated_at", now, ())):
        current = conn.execute(
            "SELECT max(hlc) FROM field_clock WHERE tbl = ? AND pk = ? AND col IN (?, '*')",
            (tbl, pk, name),
        ).fetchone()[0]
        bases = " ".join(sorted({current, *also_seen} - {None, ""}))
        conn.execute(f"UPDATE {quote(tbl)} SET {quote(name)} = ? WHERE id = ?", (new, pk))
        conn.execute(
            "INSERT INTO change_log(hlc, site, place_id, tbl, pk, col, val, base_hlc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (db.clock.now(), db.site, place_id, tbl, pk, name, new, bases or None),
        )
    return place_id
