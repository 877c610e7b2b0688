"""The change log, written by SQLite triggers so that every code path is covered.

Every update of a synced table appends one `change_log` row per changed field, and
every insert one row for the whole new record (field `*`, the value a JSON object of
its fields), stamped by the hybrid logical clock in the writing transaction; a trigger
on `change_log` keeps `field_clock` at each field's winning stamp (`*` for the insert).
A field's stamp is the greater of its own and its record's `*`. One row per insert
instead of one per field makes an import of 50,000 values four times cheaper to log,
and means the same to a merge: every field of a new record carries the insert's stamp.
A rolled-back write leaves no change rows. Hard deletes and changes of `id` or
`place_id` are refused: a delete is the `deleted` tombstone.

The SQL functions the triggers call (`pb_hlc`, `pb_site`, `pb_applying`) are
registered on every connection by `register_functions`; while sync applies remote
changes it sets `pb_applying` so that the triggers stay quiet.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from sqlalchemy import Connection, inspect

from placeboard.domain.hlc import HybridClock

FIELD_CLOCK_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS change_log_field_clock AFTER INSERT ON change_log
BEGIN
  INSERT INTO field_clock(tbl, pk, col, hlc) VALUES (NEW.tbl, NEW.pk, NEW.col, NEW.hlc)
  ON CONFLICT(tbl, pk, col) DO UPDATE SET hlc = excluded.hlc WHERE excluded.hlc > field_clock.hlc;
END
"""

NOT_LOGGED = frozenset({"id"})
WHOLE_RECORD = "*"  # the `col` of an insert's change row
QUIET_WHILE_APPLYING = "WHEN pb_applying() = 0\nBEGIN"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _log_row(table: str, col: str) -> str:
    """One changed field; `base_hlc` is the field's stamp before (its own or its
    record's insert, whichever is later)."""
    base = (
        f"(SELECT max(hlc) FROM field_clock WHERE tbl = '{table}' AND pk = NEW.id "
        f"AND col IN ('{col}', '{WHOLE_RECORD}'))"
    )
    return (
        "INSERT INTO change_log(hlc, site, place_id, tbl, pk, col, val, base_hlc) "
        f"SELECT pb_hlc(), pb_site(), NEW.place_id, '{table}', NEW.id, '{col}', "
        f"NEW.{_quote(col)}, {base}"
    )


def _exact(col: str) -> str:
    """A field for json_object: a REAL as 17 significant digits, which read back as the
    same double (json_object alone writes 15 and 0.1 + 0.2 would arrive as 0.3)."""
    value = f"NEW.{_quote(col)}"
    return f"CASE typeof({value}) WHEN 'real' THEN json(printf('%!.17g', {value})) ELSE {value} END"


def _insert_row(table: str, cols: list[str]) -> str:
    """The whole new record as one change (a new id has no earlier stamp)."""
    fields = ", ".join(f"'{c}', {_exact(c)}" for c in cols)
    return (
        "INSERT INTO change_log(hlc, site, place_id, tbl, pk, col, val, base_hlc) "
        f"SELECT pb_hlc(), pb_site(), NEW.place_id, '{table}', NEW.id, '{WHOLE_RECORD}', "
        f"json_object({fields}), NULL"
    )


def expand(col: str, val: object) -> list[tuple[str, object]]:
    """A change row as (field, value) pairs: an insert's row gives every field."""
    if col != WHOLE_RECORD:
        return [(col, val)]
    return list(json.loads(str(val)).items())


def trigger_names(table: str) -> list[str]:
    return [f"cl_{table}_{kind}" for kind in ("ins", "upd", "keys", "del")]


def trigger_sql(table: str, columns: Iterable[str]) -> list[str]:
    """The four triggers that log and guard one synced table with these columns."""
    logged = [c for c in columns if c not in NOT_LOGGED]
    t = _quote(table)
    inserts = _insert_row(table, logged)
    updates = ";\n  ".join(
        f"{_log_row(table, c)} WHERE OLD.{_quote(c)} IS NOT NEW.{_quote(c)}" for c in logged
    )
    ins, upd, keys, dele = trigger_names(table)
    return [
        f"CREATE TRIGGER {ins} AFTER INSERT ON {t} {QUIET_WHILE_APPLYING}\n  {inserts};\nEND",
        f"CREATE TRIGGER {upd} AFTER UPDATE ON {t} {QUIET_WHILE_APPLYING}\n  {updates};\nEND",
        f"CREATE TRIGGER {keys} BEFORE UPDATE OF id, place_id ON {t} "
        "WHEN OLD.id IS NOT NEW.id OR OLD.place_id IS NOT NEW.place_id\nBEGIN\n"
        f"  SELECT RAISE(ABORT, '{table}: a row''s id and place never change');\nEND",
        f"CREATE TRIGGER {dele} BEFORE DELETE ON {t}\nBEGIN\n"
        f"  SELECT RAISE(ABORT, '{table}: rows are never deleted; set deleted = 1 (tombstone)');"
        "\nEND",
    ]


def drop_sql(table: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name}" for name in trigger_names(table)]


def remake_triggers(conn: Connection) -> None:
    """Make every synced table's triggers again from `trigger_sql` (a migration that
    changes what the triggers log); the synced tables are read from the schema itself."""
    tables = conn.exec_driver_sql(
        "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'cl\\_%\\_ins' ESCAPE '\\' ORDER BY tbl_name"
    ).scalars()
    for table in list(tables):
        columns = [c["name"] for c in inspect(conn).get_columns(table)]
        for statement in [*drop_sql(table), *trigger_sql(table, columns)]:
            conn.exec_driver_sql(statement)


class ConnectionFunctions:
    """The clock and the site, exposed to the triggers of one database's connections."""

    def __init__(self, clock: HybridClock) -> None:
        self.clock = clock
        self._applying: set[int] = set()

    def register(self, conn: sqlite3.Connection) -> None:
        key = id(conn)
        conn.create_function("pb_hlc", 0, lambda: self.clock.now())
        conn.create_function("pb_site", 0, lambda: self.clock.site)
        conn.create_function("pb_applying", 0, lambda: 1 if key in self._applying else 0)

    def set_applying(self, conn: sqlite3.Connection, applying: bool) -> None:
        """Silence the triggers on one connection while sync writes remote changes."""
        if applying:
            self._applying.add(id(conn))
        else:
            self._applying.discard(id(conn))
