"""The link to the ICB's PostgreSQL hub (psycopg 3): connect, push, pull, files.

One `HubLink` is one connection as one login role. Pushes are one transaction each:
the batch's files, then its changes copied into a temporary table and inserted with
`ON CONFLICT (hlc) DO NOTHING` (a batch sent twice adds nothing), ordered by place so
every push takes the places' advisory locks in the same order (no deadlock between
two laptops). Pulls read one place's rows after a cursor, in `seq` order, leaving out
this laptop's own. Row-level security on the server decides what the role may read
and write; this module only asks.

Every psycopg error leaves as a HubError with one sentence a person can act on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from .change import Change
from .hub_config import HubConfig, describe_dsn
from .hub_errors import (
    HubAuthFailed,
    HubClockSkew,
    HubError,
    HubNoAccess,
    HubNotInitialised,
    HubPlaceRevoked,
    HubUnreachable,
)
from .hub_schema import ICB_WIDE, SCHEMA, SKEW_STATE, VERSION

CONNECT_TIMEOUT = 5  # seconds: an unreachable hub is said so quickly
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10}
_S = sql.Identifier(SCHEMA)
_COLUMNS = "hlc, site, place_id, tbl, pk, col, val, base_hlc"
_INCOMING = sql.SQL(
    "CREATE TEMPORARY TABLE IF NOT EXISTS pb_incoming (ord integer, hlc text, site text, "
    "place_id text, tbl text, pk text, col text, val text, base_hlc text) "
    "ON COMMIT DELETE ROWS"
)
_APPEND = sql.SQL(
    f"INSERT INTO {{}}.hub_change ({_COLUMNS}) SELECT {_COLUMNS} FROM pg_temp.pb_incoming "
    "ORDER BY coalesce(place_id, ''), ord ON CONFLICT (hlc) DO NOTHING"
).format(_S)
_PULL = sql.SQL(
    f"SELECT seq, {_COLUMNS} FROM {{}}.hub_change WHERE stream = %s AND seq > %s "
    "AND site <> %s ORDER BY seq LIMIT %s"
).format(_S)
# Every place with rows the role can see: one index probe per place, not a scan.
_STREAMS = sql.SQL(
    "WITH RECURSIVE s(stream) AS ("
    " (SELECT stream FROM {s}.hub_change ORDER BY stream LIMIT 1)"
    " UNION ALL SELECT (SELECT h.stream FROM {s}.hub_change h WHERE h.stream > s.stream"
    "  ORDER BY h.stream LIMIT 1) FROM s WHERE s.stream IS NOT NULL)"
    " SELECT stream FROM s WHERE stream IS NOT NULL"
).format(s=_S)


@dataclass(frozen=True)
class HubAccess:
    """Who this connection is on the hub and what it may see."""

    hub_id: str
    role: str
    places: frozenset[str]  # granted: read and write
    icb: bool  # reads every place

    def writable(self, place_id: str | None) -> bool:
        return place_id is None or place_id in self.places


def stream_of(place_id: str | None) -> str:
    return ICB_WIDE if place_id is None else place_id


def place_of(stream: str) -> str | None:
    return None if stream == ICB_WIDE else stream


def encode(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


# -- errors ------------------------------------------------------------------------------


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().removeprefix("connection failed:").strip()
    return text.splitlines()[0] if text else type(exc).__name__


def translate(exc: psycopg.Error, config: HubConfig, *, connected: bool) -> HubError:
    """A psycopg error as the sentence a person needs."""
    text = str(exc)
    state = getattr(exc, "sqlstate", None)
    if state == SKEW_STATE:
        return HubClockSkew(
            f"The hub refused changes stamped more than a day ahead of its clock "
            f"({_first_line(exc).removeprefix('placeboard: ')}). Check the date, time and "
            "time zone of this laptop and of the laptops it took changes from; nothing of "
            "that batch was kept."
        )
    if state == "42P01" or state == "3F000":
        return HubNotInitialised(
            f"The database {config.where} is not a PlaceBoard hub: ask the ICB to run "
            "'placeboard hub init' on it, or check the connection string."
        )
    if "password authentication failed" in text or "no password supplied" in text:
        return HubAuthFailed(
            f"The hub {config.name} refused the password for role {config.role}: give the "
            "right one with 'placeboard hub connect' (the keyring keeps it)."
        )
    if "permission denied for database" in text or "permission denied for schema" in text:
        return HubNoAccess(
            f"Role {config.role} has no access to the hub {config.name}: ask the ICB to grant "
            "it its places ('placeboard hub grant')."
        )
    if "database" in text and "does not exist" in text:
        return HubNotInitialised(
            f"There is no database {config.where} on the hub's server; check the connection string."
        )
    if isinstance(exc, psycopg.OperationalError):
        if connected:
            return HubUnreachable(
                f"The connection to the hub {config.name} was lost during the sync "
                f"({_first_line(exc)}). Everything sent and received before it is kept; "
                "sync again to finish."
            )
        return HubUnreachable(
            f"Cannot reach the hub {config.name} at {config.where} ({_first_line(exc)}). "
            "Check the network or VPN and try again; nothing was changed."
        )
    return HubError(f"The hub {config.name} refused the sync: {_first_line(exc)}.")


# -- the link ----------------------------------------------------------------------------


class HubLink:
    """One connection to the hub as one role."""

    def __init__(self, conn: psycopg.Connection[Any], config: HubConfig) -> None:
        self.conn = conn
        self.config = config
        self.access = self._read_access()
        self.place_names: dict[str, str] = {}  # for messages: place id -> name
        self._staged = False

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Any psycopg error inside as a HubError."""
        try:
            yield
        except psycopg.Error as exc:
            raise translate(exc, self.config, connected=True) from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> HubLink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read_access(self) -> HubAccess:
        with self.errors():
            row = self.conn.execute(
                sql.SQL(
                    "SELECT current_user, "
                    "(SELECT value FROM {s}.hub_meta WHERE key = 'hub_id'), "
                    "(SELECT value FROM {s}.hub_meta WHERE key = 'version'), "
                    "ARRAY(SELECT place_id FROM {s}.place_access WHERE role = current_user), "
                    "EXISTS (SELECT 1 FROM {s}.icb_access WHERE role = current_user)"
                ).format(s=_S)
            ).fetchone()
        assert row is not None
        role, hub_id, version, places, icb = row
        if not hub_id:
            raise HubNotInitialised(
                f"The database {self.config.where} is not a PlaceBoard hub yet: ask the ICB to "
                "run 'placeboard hub init' on it."
            )
        if int(version or 0) > VERSION:
            raise HubNotInitialised(
                f"The hub {self.config.name} was set up by a newer PlaceBoard (hub version "
                f"{version}); update PlaceBoard on this laptop."
            )
        return HubAccess(str(hub_id), str(role), frozenset(places), bool(icb))

    # reading

    def streams(self) -> list[str]:
        """The places this role reads, the ICB-wide records first."""
        if self.access.icb:
            with self.errors():
                found = {str(r[0]) for r in self.conn.execute(_STREAMS)}
        else:
            found = set()
        found |= set(self.access.places) | {ICB_WIDE}
        return sorted(found)

    def count_after(self, stream: str, after: int, site: str) -> int:
        with self.errors():
            row = self.conn.execute(
                sql.SQL(
                    "SELECT count(*) FROM {}.hub_change WHERE stream = %s AND seq > %s "
                    "AND site <> %s"
                ).format(_S),
                (stream, after, site),
            ).fetchone()
        return int(row[0]) if row else 0

    def pull(self, stream: str, after: int, site: str, limit: int) -> list[tuple[int, Change]]:
        """Up to `limit` of a place's rows after the cursor, not made by `site`."""
        with self.errors():
            rows = self.conn.execute(_PULL, (stream, after, site, limit)).fetchall()
        return [
            (int(seq), Change(hlc, site_, place, tbl, pk, col, decode(val), base))
            for seq, hlc, site_, place, tbl, pk, col, val, base in rows
        ]

    def present(self, hlcs: list[str]) -> set[str]:
        """Which of these stamps the hub holds (and this role can see)."""
        if not hlcs:
            return set()
        with self.errors():
            rows = self.conn.execute(
                sql.SQL("SELECT hlc FROM {}.hub_change WHERE hlc = ANY(%s)").format(_S), (hlcs,)
            )
            return {str(r[0]) for r in rows}

    def files_present(self, stream: str, hashes: Iterable[str]) -> set[str]:
        wanted = sorted(hashes)
        if not wanted:
            return set()
        with self.errors():
            rows = self.conn.execute(
                sql.SQL(
                    "SELECT sha256 FROM {}.hub_file WHERE stream = %s AND sha256 = ANY(%s)"
                ).format(_S),
                (stream, wanted),
            )
            return {str(r[0]) for r in rows}

    def fetch_files(self, stream: str, hashes: Iterable[str]) -> Iterator[tuple[str, bytes]]:
        """The files' bytes, one at a time (a file is a paper's PDF: a few MB)."""
        for sha in sorted(hashes):
            with self.errors():
                row = self.conn.execute(
                    sql.SQL(
                        "SELECT bytes FROM {}.hub_file WHERE stream = %s AND sha256 = %s"
                    ).format(_S),
                    (stream, sha),
                ).fetchone()
            if row is not None:
                yield sha, bytes(row[0])

    # writing

    def push(self, changes: list[Change], files: list[tuple[str | None, str, Path]]) -> int:
        """One transaction: the files, then the changes; how many changes were new."""
        if not changes and not files:
            return 0
        try:
            with self.conn.transaction():
                if not self._staged:
                    self.conn.execute(_INCOMING)
                    self._staged = True
                for place_id, sha, path in files:
                    self.conn.execute(
                        sql.SQL(
                            "INSERT INTO {}.hub_file (sha256, place_id, bytes) VALUES (%s, %s, %s) "
                            "ON CONFLICT DO NOTHING"
                        ).format(_S),
                        (sha, place_id, path.read_bytes()),
                    )
                with self.conn.cursor() as cur:
                    copy_sql = f"COPY pg_temp.pb_incoming (ord, {_COLUMNS}) FROM STDIN"
                    with cur.copy(copy_sql) as copy:
                        for n, c in enumerate(changes):
                            copy.write_row(
                                (n, c.hlc, c.site, c.place_id, c.tbl, c.pk, c.col,
                                 encode(c.val), c.base_hlc)
                            )  # fmt: skip
                    cur.execute(_APPEND)
                    return max(cur.rowcount, 0)
        except psycopg.errors.InsufficientPrivilege as exc:
            if "row-level security" in str(exc):
                raise self._refused_places(changes, files) from exc
            raise translate(exc, self.config, connected=True) from exc
        except psycopg.Error as exc:
            raise translate(exc, self.config, connected=True) from exc

    def _refused_places(
        self, changes: list[Change], files: list[tuple[str | None, str, Path]]
    ) -> HubPlaceRevoked:
        """The places of a refused batch this role was denied (access changed meanwhile)."""
        with suppress(HubError):
            self.access = self._read_access()
        denied = sorted(
            {c.place_id for c in changes if not self.access.writable(c.place_id)}
            | {p for p, _s, _f in files if not self.access.writable(p)},
            key=str,
        )
        names = [self.place_names.get(str(p), str(p)) for p in denied]
        return HubPlaceRevoked(
            f"The hub {self.config.name} refused changes to {', '.join(names) or 'a place'}: "
            f"role {self.access.role} no longer has access to it. Ask the ICB to grant it "
            "again ('placeboard hub grant'); nothing of that batch was kept.",
            names,
        )


def connect(
    config: HubConfig, password: str, *, timeout: int = CONNECT_TIMEOUT
) -> psycopg.Connection[Any]:
    """A connection with the role's password, or the HubError that says why not."""
    try:
        return psycopg.connect(
            config.dsn,
            password=password,
            connect_timeout=timeout,
            application_name="PlaceBoard",
            autocommit=True,
            **KEEPALIVE,
        )
    except psycopg.Error as exc:
        raise translate(exc, config, connected=False) from None


def open_link(config: HubConfig, password: str, *, timeout: int = CONNECT_TIMEOUT) -> HubLink:
    conn = connect(config, password, timeout=timeout)
    try:
        return HubLink(conn, config)
    except BaseException:
        conn.close()
        raise


def connect_admin(dsn: str, password: str | None = None) -> psycopg.Connection[Any]:
    """The ICB administrator's connection (`hub init`, `hub grant`): the password given,
    else libpq's own (PGPASSWORD, ~/.pgpass, or none needed)."""
    config = HubConfig(dsn, describe_dsn(dsn))
    extra = {"password": password} if password is not None else {}
    try:
        return psycopg.connect(
            dsn, connect_timeout=CONNECT_TIMEOUT, autocommit=True, application_name="PlaceBoard",
            **extra,
        )  # fmt: skip
    except psycopg.Error as exc:
        raise translate(exc, config, connected=False) from None


def needs_password(exc: HubError) -> bool:
    return isinstance(exc, HubAuthFailed)
