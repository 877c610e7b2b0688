"""The ICB's PostgreSQL hub: what `placeboard hub init` creates, and the grants.

Everything lives in schema `placeboard` of a database of its own:

- `hub_change`: the change log, the same columns as a laptop's `change_log` (`val` as
  JSON text, so text, integers, floats and nulls come back exactly as they went; jsonb
  would turn 1e300 into an integer), unique on the stamp so a
  push is `INSERT … ON CONFLICT DO NOTHING`. A trigger numbers each row (`seq`) when it
  is inserted, under an advisory lock per place held to the commit: a place's rows
  therefore commit in `seq` order, and a pull of "`seq` greater than my cursor" never
  skips a row committed later with a smaller number. The same trigger refuses stamps
  more than a day ahead of the server's clock.
- `hub_file`: attached files by SHA-256 (checked by the server), one copy per place.
- `place_access(role, place_id)`: which places a login role may read and write;
  `icb_access(role)`: the ICB's roles, which read every place.
- `hub_meta`: the hub's id (laptops key their cursors on it) and its role names.

Row-level security is on, and forced, on every table: a laptop's role sees and writes
only rows of its granted places (and the ICB-wide rows, place NULL); the ICB's role
reads every place. Laptops may only read and append: there is no UPDATE or DELETE
grant, and a trigger refuses any change of a row's `place_id` even for the owner. The
tables belong to `<db>_owner`, a role nobody logs in as; login roles get their rights
through the group roles `<db>_laptop` and `<db>_icb`.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg import sql

from placeboard.domain.keys import natural_id

from .hub_errors import HubError, HubInitRefused, HubNotInitialised

SCHEMA = "placeboard"
VERSION = 1
LOCK_CLASS = 28_170  # the first key of the hub's advisory locks (the second: the place)
AHEAD_LIMIT_MS = 24 * 60 * 60 * 1000
ICB_WIDE = ""  # the stream of rows that belong to no place
SKEW_STATE = "PB001"  # SQLSTATE of a stamp too far ahead
MALFORMED_STATE = "PB002"
PLACE_STATE = "PB003"  # a row's place_id changed
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class HubRoles:
    owner: str
    laptop: str
    icb: str


@dataclass(frozen=True)
class InitResult:
    hub_id: str
    database: str
    roles: HubRoles
    created: bool  # False: it was a hub already; nothing was changed


def roles_for(database: str) -> HubRoles:
    """Group role names from the database's name (roles are shared by the server)."""
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())[:48] or "placeboard"
    return HubRoles(f"{base}_owner", f"{base}_laptop", f"{base}_icb")


# -- the schema --------------------------------------------------------------------------

TABLES = """
CREATE TABLE {s}.hub_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
CREATE SEQUENCE {s}.hub_change_seq;
CREATE TABLE {s}.hub_change (
  hlc text PRIMARY KEY,
  seq bigint NOT NULL,
  site text NOT NULL,
  place_id text,
  stream text GENERATED ALWAYS AS (coalesce(place_id, '')) STORED,
  tbl text NOT NULL,
  pk text NOT NULL,
  col text NOT NULL,
  val text,  -- the value as JSON text: exactly what went in comes back
  base_hlc text,
  pushed_by text NOT NULL DEFAULT session_user,
  pushed_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT hub_change_stamp CHECK (
    hlc ~ '^[0-9]{{15}}-[0-9]{{6}}-.+$' AND substr(hlc, 24) = site)
);
CREATE UNIQUE INDEX hub_change_stream_seq ON {s}.hub_change (stream, seq);
CREATE TABLE {s}.hub_file (
  sha256 text NOT NULL,
  place_id text,
  stream text GENERATED ALWAYS AS (coalesce(place_id, '')) STORED,
  bytes bytea NOT NULL,
  size bigint GENERATED ALWAYS AS (octet_length(bytes)) STORED,
  pushed_by text NOT NULL DEFAULT session_user,
  pushed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (stream, sha256),
  CONSTRAINT hub_file_content CHECK (
    sha256 ~ '^[0-9a-f]{{64}}$' AND encode(sha256(bytes), 'hex') = sha256)
);
CREATE TABLE {s}.place_access (
  role text NOT NULL,
  place_id text NOT NULL,
  granted_by text NOT NULL DEFAULT session_user,
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (role, place_id)
);
CREATE TABLE {s}.icb_access (
  role text PRIMARY KEY,
  granted_by text NOT NULL DEFAULT session_user,
  granted_at timestamptz NOT NULL DEFAULT now()
);
"""

TRIGGERS = """
CREATE FUNCTION {s}.hub_change_arrives() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ahead bigint;
BEGIN
  IF NEW.hlc !~ '^[0-9]{{15}}-[0-9]{{6}}-.+$' THEN
    RAISE EXCEPTION 'placeboard: % is not a clock stamp', NEW.hlc
      USING ERRCODE = '{malformed}';
  END IF;
  ahead := left(NEW.hlc, 15)::bigint
           - (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
  IF ahead > {limit} THEN
    RAISE EXCEPTION 'placeboard: the change stamped % is % hours ahead of the hub clock',
      NEW.hlc, ahead / 3600000
      USING ERRCODE = '{skew}',
            HINT = 'Check the date and time of the computer that made the change.';
  END IF;
  -- Held to the commit: this place's rows commit in seq order (see the module text).
  PERFORM pg_advisory_xact_lock({lock}, hashtext(coalesce(NEW.place_id, '')));
  NEW.seq := nextval('{s}.hub_change_seq');
  NEW.pushed_by := session_user;
  NEW.pushed_at := now();
  RETURN NEW;
END
$$;
CREATE TRIGGER hub_change_arrives BEFORE INSERT ON {s}.hub_change
  FOR EACH ROW EXECUTE FUNCTION {s}.hub_change_arrives();

CREATE FUNCTION {s}.keep_place() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.place_id IS DISTINCT FROM OLD.place_id THEN
    RAISE EXCEPTION 'placeboard: a % row''s place never changes', TG_TABLE_NAME
      USING ERRCODE = '{place}';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER keep_place BEFORE UPDATE ON {s}.hub_change
  FOR EACH ROW EXECUTE FUNCTION {s}.keep_place();
CREATE TRIGGER keep_place BEFORE UPDATE ON {s}.hub_file
  FOR EACH ROW EXECUTE FUNCTION {s}.keep_place();
CREATE TRIGGER keep_place BEFORE UPDATE ON {s}.place_access
  FOR EACH ROW EXECUTE FUNCTION {s}.keep_place();
"""

# A row is visible to a role granted its place, to every role when it is ICB-wide,
# and to the ICB's roles always. The sub-selects read the access tables under their
# own policies (a role sees only its own grants).
GRANTED = "place_id IN (SELECT a.place_id FROM {s}.place_access a WHERE a.role = current_user)"
IS_ICB = "EXISTS (SELECT 1 FROM {s}.icb_access i WHERE i.role = current_user)"
READABLE = f"place_id IS NULL OR {GRANTED} OR {IS_ICB}"
WRITABLE = f"place_id IS NULL OR {GRANTED}"

POLICIES = f"""
CREATE POLICY read ON {{s}}.hub_change FOR SELECT TO {{laptop}}, {{icb}} USING ({READABLE});
CREATE POLICY append ON {{s}}.hub_change FOR INSERT TO {{laptop}}, {{icb}}
  WITH CHECK ({WRITABLE});
CREATE POLICY read ON {{s}}.hub_file FOR SELECT TO {{laptop}}, {{icb}} USING ({READABLE});
CREATE POLICY append ON {{s}}.hub_file FOR INSERT TO {{laptop}}, {{icb}}
  WITH CHECK ({WRITABLE});
CREATE POLICY own ON {{s}}.place_access FOR SELECT TO {{laptop}}, {{icb}}
  USING (role = current_user);
CREATE POLICY own ON {{s}}.icb_access FOR SELECT TO {{laptop}}, {{icb}}
  USING (role = current_user);
CREATE POLICY read ON {{s}}.hub_meta FOR SELECT TO {{laptop}}, {{icb}} USING (true);
CREATE POLICY admin ON {{s}}.hub_change FOR SELECT TO {{owner}} USING (true);
CREATE POLICY admin ON {{s}}.hub_file FOR SELECT TO {{owner}} USING (true);
CREATE POLICY admin ON {{s}}.place_access TO {{owner}} USING (true) WITH CHECK (true);
CREATE POLICY admin ON {{s}}.icb_access TO {{owner}} USING (true) WITH CHECK (true);
CREATE POLICY admin ON {{s}}.hub_meta TO {{owner}} USING (true) WITH CHECK (true);
"""

ALL_TABLES = ("hub_meta", "hub_change", "hub_file", "place_access", "icb_access")

GRANTS = """
REVOKE ALL ON SCHEMA {s} FROM PUBLIC;
GRANT USAGE ON SCHEMA {s} TO {laptop}, {icb};
GRANT SELECT, INSERT ON {s}.hub_change, {s}.hub_file TO {laptop}, {icb};
GRANT SELECT ON {s}.place_access, {s}.icb_access, {s}.hub_meta TO {laptop}, {icb};
GRANT USAGE ON SEQUENCE {s}.hub_change_seq TO {laptop}, {icb};
REVOKE CONNECT, TEMPORARY ON DATABASE {db} FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {laptop}, {icb};
"""


def _render(template: str, conn: psycopg.Connection[Any], roles: HubRoles, db: str) -> str:
    """The SQL with the schema, role and database names quoted as identifiers."""
    names = {
        "s": sql.Identifier(SCHEMA),
        "owner": sql.Identifier(roles.owner),
        "laptop": sql.Identifier(roles.laptop),
        "icb": sql.Identifier(roles.icb),
        "db": sql.Identifier(db),
        "lock": sql.Literal(LOCK_CLASS),
        "limit": sql.Literal(AHEAD_LIMIT_MS),
        "skew": sql.SQL(SKEW_STATE),
        "malformed": sql.SQL(MALFORMED_STATE),
        "place": sql.SQL(PLACE_STATE),
    }
    return sql.SQL(template).format(**names).as_string(conn)


# -- init --------------------------------------------------------------------------------


def hub_meta(conn: psycopg.Connection[Any]) -> dict[str, str] | None:
    """The hub's settings, or None when this database is not a PlaceBoard hub."""
    found = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.hub_meta",)).fetchone()
    if not found or not found[0]:
        return None
    rows = conn.execute(
        sql.SQL("SELECT key, value FROM {}.hub_meta").format(sql.Identifier(SCHEMA))
    )
    return {str(k): str(v) for k, v in rows}


def _other_relations(conn: psycopg.Connection[Any]) -> list[str]:
    rows = conn.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
        "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%' "
        "ORDER BY 1 LIMIT 5"
    ).fetchall()
    return [str(r[0]) for r in rows]


def _check_admin(conn: psycopg.Connection[Any]) -> None:
    row = conn.execute(
        "SELECT r.rolsuper, r.rolcreaterole, d.datdba = r.oid FROM pg_roles r, pg_database d "
        "WHERE r.rolname = current_user AND d.datname = current_database()"
    ).fetchone()
    if not row or not (row[0] or (row[1] and row[2])):
        raise HubInitRefused(
            "Setting up the hub needs the database's owner with the right to create roles, "
            "or a superuser: connect as one (for example user=postgres) and run it again."
        )


def _ensure_role(conn: psycopg.Connection[Any], name: str) -> None:
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    if not exists:
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))


def init_hub(conn: psycopg.Connection[Any]) -> InitResult:
    """Create the hub in the connected database, all in one transaction.

    Refuses (HubInitRefused) a database that holds anything else, or a connection
    that is not an administrator; a database that is a hub already is left as it is.
    """
    database = str(conn.execute("SELECT current_database()").fetchone()[0])  # type: ignore[index]
    existing = hub_meta(conn)
    if existing is not None:
        return InitResult(existing.get("hub_id", ""), database, _roles_of(existing), False)
    others = _other_relations(conn)
    if others:
        raise HubInitRefused(
            f"The database {database} already holds other tables ({', '.join(others)}); the "
            "hub needs an empty database of its own: create one (createdb placeboard_hub) "
            "and run 'placeboard hub init' on it. Nothing was changed."
        )
    _check_admin(conn)
    roles = roles_for(database)
    hub_id = str(uuid.uuid4())
    with conn.transaction():
        for name in (roles.owner, roles.laptop, roles.icb):
            _ensure_role(conn, name)
        me = conn.execute("SELECT current_user").fetchone()[0]  # type: ignore[index]
        conn.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(roles.owner), sql.Identifier(me))
        )
        conn.execute(
            sql.SQL("CREATE SCHEMA {} AUTHORIZATION {}").format(
                sql.Identifier(SCHEMA), sql.Identifier(roles.owner)
            )
        )
        conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(roles.owner)))
        for template in (TABLES, TRIGGERS, POLICIES):
            conn.execute(_render(template, conn, roles, database).encode())
        for table in ALL_TABLES:
            name = sql.Identifier(SCHEMA, table)
            conn.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(name))
            conn.execute(sql.SQL("ALTER TABLE {} FORCE ROW LEVEL SECURITY").format(name))
        meta = {
            "hub_id": hub_id,
            "version": str(VERSION),
            "owner_role": roles.owner,
            "laptop_role": roles.laptop,
            "icb_role": roles.icb,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        with conn.cursor() as cur:
            cur.executemany(
                sql.SQL("INSERT INTO {}.hub_meta(key, value) VALUES (%s, %s)").format(
                    sql.Identifier(SCHEMA)
                ),
                list(meta.items()),
            )
        conn.execute("RESET ROLE")
        conn.execute(_render(GRANTS, conn, roles, database).encode())
    return InitResult(hub_id, database, roles, True)


def _roles_of(meta: dict[str, str]) -> HubRoles:
    return HubRoles(meta["owner_role"], meta["laptop_role"], meta["icb_role"])


# -- grants ------------------------------------------------------------------------------


def place_key(name_or_id: str) -> str:
    """A place's id: given as it is, or from the place's name (ids are UUIDv5 of it)."""
    text = name_or_id.strip()
    return text if _UUID.fullmatch(text) else natural_id("place", text)


def _require_hub(conn: psycopg.Connection[Any]) -> dict[str, str]:
    meta = hub_meta(conn)
    if meta is None:
        raise HubNotInitialised(
            "This database is not a PlaceBoard hub yet: run 'placeboard hub init' on it first."
        )
    return meta


def _require_login_role(conn: psycopg.Connection[Any], role: str) -> None:
    row = conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
    if row is None:
        raise HubError(
            f"There is no role {role} on the hub's server: create it first "
            f"(CREATE ROLE \"{role}\" LOGIN PASSWORD '…') and grant again."
        )
    if not row[0]:
        raise HubError(f"{role} is a group role; grant places to a role that logs in.")


def grant_places(conn: psycopg.Connection[Any], role: str, place_ids: list[str]) -> None:
    """Let a login role read and write these places (and read the ICB-wide records)."""
    meta = _require_hub(conn)
    _require_login_role(conn, role)
    with conn.transaction():
        conn.execute(
            sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(meta["laptop_role"]), sql.Identifier(role)
            )
        )
        with conn.cursor() as cur:
            cur.executemany(
                sql.SQL(
                    "INSERT INTO {}.place_access(role, place_id) VALUES (%s, %s) "
                    "ON CONFLICT DO NOTHING"
                ).format(sql.Identifier(SCHEMA)),
                [(role, p) for p in place_ids],
            )


def revoke_places(conn: psycopg.Connection[Any], role: str, place_ids: list[str]) -> int:
    """Take places away from a role; with none left, it leaves the laptops' group too."""
    meta = _require_hub(conn)
    s = sql.Identifier(SCHEMA)
    with conn.transaction():
        done = conn.execute(
            sql.SQL("DELETE FROM {}.place_access WHERE role = %s AND place_id = ANY(%s)").format(s),
            (role, place_ids),
        ).rowcount
        left = conn.execute(
            sql.SQL("SELECT count(*) FROM {}.place_access WHERE role = %s").format(s), (role,)
        ).fetchone()
        if left is not None and left[0] == 0 and _role_exists(conn, role):
            conn.execute(
                sql.SQL("REVOKE {} FROM {}").format(
                    sql.Identifier(meta["laptop_role"]), sql.Identifier(role)
                )
            )
    return int(done)


def grant_icb(conn: psycopg.Connection[Any], role: str) -> None:
    """Let a login role read every place (the ICB)."""
    meta = _require_hub(conn)
    _require_login_role(conn, role)
    with conn.transaction():
        conn.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(meta["icb_role"]), sql.Identifier(role))
        )
        conn.execute(
            sql.SQL("INSERT INTO {}.icb_access(role) VALUES (%s) ON CONFLICT DO NOTHING").format(
                sql.Identifier(SCHEMA)
            ),
            (role,),
        )


def revoke_icb(conn: psycopg.Connection[Any], role: str) -> int:
    meta = _require_hub(conn)
    with conn.transaction():
        done = conn.execute(
            sql.SQL("DELETE FROM {}.icb_access WHERE role = %s").format(sql.Identifier(SCHEMA)),
            (role,),
        ).rowcount
        if _role_exists(conn, role):
            conn.execute(
                sql.SQL("REVOKE {} FROM {}").format(
                    sql.Identifier(meta["icb_role"]), sql.Identifier(role)
                )
            )
    return int(done)


def _role_exists(conn: psycopg.Connection[Any], role: str) -> bool:
    return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is not None


def places_seen(conn: psycopg.Connection[Any], place_ids: list[str]) -> set[str]:
    """Which of these places have records on the hub already (a misspelt name has none)."""
    rows = conn.execute(
        sql.SQL("SELECT DISTINCT stream FROM {}.hub_change WHERE stream = ANY(%s)").format(
            sql.Identifier(SCHEMA)
        ),
        (place_ids,),
    )
    return {str(r[0]) for r in rows}
