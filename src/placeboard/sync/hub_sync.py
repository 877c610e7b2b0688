"""Sync with the ICB's hub: push what the hub lacks, then pull what this laptop lacks.

`sync_with_hub` is the one entry point (the Sync view, `placeboard hub sync`, the
tests). Cursors live in `sync_peer` under the peer `hub:<hub id>` (a hub set up again
starts afresh), one row per stream: a place's id, or `icb-wide` for the records of no
place. `pushed_upto` counts this database's change log, `pulled_upto` the hub's `seq`.

Resumable after any failure: a push batch is one hub transaction and its cursor moves
only after the commit; a pull batch is applied (merge.apply_changes, all or nothing per
batch) before its cursor moves. Whatever stops in between, the next sync sends or
receives the same batch again and the hub (`ON CONFLICT DO NOTHING`) and the merge
(stamps already in the log) take it as a no-op.

A push sends every change of the places the role may write (and the ICB-wide ones)
that the hub does not hold: changes made here, and changes received from another
laptop by bundle; those pulled from the hub are recognised and not sent back. A place
granted later is sent from the start of the log; a place this laptop synced before
that the role may no longer see is reported, and when changes made here to it could
not be sent, the sync ends with HubPlaceRevoked once the rest is done.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from placeboard.store.database import Database

from . import files as sync_files
from . import hub_config, outbox
from .change import Change
from .errors import SyncRefused
from .hub import HubLink, open_link, place_of, stream_of
from .hub_config import HubConfig
from .hub_errors import HubError, HubNoAccess, HubPlaceRevoked
from .hub_schema import ICB_WIDE
from .merge import Cancelled, MergeReport, Progress, apply_changes

PUSH_BATCH = 2000
PULL_BATCH = 2000
ICB_WIDE_SCOPE = "icb-wide"


def peer_id(hub_id: str) -> str:
    return f"hub:{hub_id}"


def scope_of(stream: str) -> str:
    return ICB_WIDE_SCOPE if stream == ICB_WIDE else stream


@dataclass
class HubSyncReport:
    """What one sync did; the Sync view and the command line show it."""

    hub: str  # the hub's name, as this laptop calls it
    hub_id: str = ""
    role: str = ""
    icb: bool = False  # the role reads every place
    sent: int = 0  # changes sent (a batch sent again after a failure counts again)
    pushed: int = 0  # of those, new to the hub
    pulled: int = 0  # changes new here
    conflicts: int = 0  # conflicts newly opened here by the pull
    files_sent: int = 0
    files_received: int = 0
    files_missing: int = 0  # files the changes refer to that nobody has sent yet
    places: list[str] = field(default_factory=list)  # the places received (names)
    revoked: list[str] = field(default_factory=list)  # synced before, no longer readable
    not_shared: dict[str, int] = field(default_factory=dict)  # place -> unsent changes
    cancelled: bool = False
    merge: MergeReport = field(default_factory=MergeReport)
    seconds: float = 0.0

    @property
    def clock_warning(self) -> str | None:
        return self.merge.clock_warning

    def summary(self) -> str:
        return f"pushed {self.pushed:,}, pulled {self.pulled:,}, conflicts {self.conflicts:,}"


def sync_with_hub(
    db: Database,
    config: HubConfig,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    password: str | None = None,
    push_batch: int = PUSH_BATCH,
    pull_batch: int = PULL_BATCH,
) -> HubSyncReport:
    """Push then pull with the hub; the password comes from the keyring unless given.

    Raises a HubError (a SyncRefused) with one sentence when the sync cannot be done
    or stops part-way; what was done before stays done and is not done twice.
    """
    started = time.perf_counter()
    secret = password if password is not None else hub_config.get_password(config)
    try:
        link = open_link(config, secret)
    except HubNoAccess as exc:
        raise _shut_out(db, config, exc) from None
    with link:
        report = HubSyncReport(config.name, link.access.hub_id, link.access.role, link.access.icb)
        peer = peer_id(link.access.hub_id)
        job = _Sync(db, link, peer, report, progress, cancelled, push_batch, pull_batch)
        try:
            job.run()
        except SyncRefused as exc:  # a HubError, or changes the merge would not take
            outbox.record_error(db, peer, str(exc))
            raise
        finally:
            report.seconds = time.perf_counter() - started
    if not report.cancelled:
        outbox.record_ok(db, peer, name=config.name)
    return report


class _Sync:
    def __init__(
        self,
        db: Database,
        link: HubLink,
        peer: str,
        report: HubSyncReport,
        progress: Progress | None,
        cancelled: Cancelled | None,
        push_batch: int,
        pull_batch: int,
    ) -> None:
        self.db = db
        self.link = link
        self.peer = peer
        self.report = report
        self.progress = progress
        self.cancelled = cancelled
        self.push_batch = push_batch
        self.pull_batch = pull_batch
        self.names = place_names(db)
        link.place_names = self.names

    def run(self) -> None:
        self.push()
        if not self.report.cancelled:
            self.pull()
        self.check_access()

    def stop_asked(self) -> bool:
        if self.cancelled is not None and self.cancelled():
            self.report.cancelled = True
        return self.report.cancelled

    def tell(self, done: int, total: int, message: str) -> None:
        if self.progress is not None:
            self.progress(done, total, message)

    # push

    def push(self) -> None:
        access = self.link.access
        streams = [ICB_WIDE, *sorted(access.places)]
        cursors = {s: self.state(s).pushed_upto for s in streams}
        start = min(cursors.values())
        upto = outbox.last_seq(self.db)
        places = sorted(access.places)
        total = outbox.count_after(self.db, start, places)
        done = 0
        batches = outbox.iter_changes(
            self.db, start, upto=upto, place_ids=places, batch=self.push_batch
        )
        for rows in batches:
            if self.stop_asked():
                return
            todo = [c for seq, c in rows if seq > cursors[stream_of(c.place_id)]]
            self.send(todo)
            last = rows[-1][0]
            for s in streams:
                if last > cursors[s]:
                    outbox.record_acked(self.db, self.peer, last, scope_of(s))
                    cursors[s] = last
            done += len(rows)
            self.tell(done, total, f"Sent {done:,} of {total:,} changes to {self.report.hub}")
        outbox.record_acked(self.db, self.peer, upto)

    def send(self, todo: list[Change]) -> None:
        """One batch in one hub transaction, leaving out what the hub holds already."""
        others = [c.hlc for c in todo if c.site != self.db.site]
        if others:
            held = self.link.present(others)
            todo = [c for c in todo if c.hlc not in held]
        files = self.files_to_send(todo)
        self.report.pushed += self.link.push(todo, files)
        self.report.sent += len(todo)
        self.report.files_sent += len(files)

    def files_to_send(self, changes: list[Change]) -> list[tuple[str | None, str, Path]]:
        wanted = referenced_by_stream(changes)
        out: list[tuple[str | None, str, Path]] = []
        for stream, hashes in sorted(wanted.items()):
            on_hub = self.link.files_present(stream, hashes)
            for sha in sorted(hashes - on_hub):
                path = sync_files.file_path(self.db.files_dir, sha)
                if path.is_file():
                    out.append((place_of(stream), sha, path))
                else:
                    self.report.files_missing += 1
        return out

    # pull

    def pull(self) -> None:
        streams = self.link.streams()
        cursors = {s: self.state(s).pulled_upto for s in streams}
        total = sum(self.link.count_after(s, cursors[s], self.db.site) for s in streams)
        done = 0
        for stream in streams:
            while not self.stop_asked():
                rows = self.link.pull(stream, cursors[stream], self.db.site, self.pull_batch)
                if not rows:
                    break
                changes = [c for _seq, c in rows]
                self.take_files(stream, changes)
                merged = apply_changes(self.db, changes, cancelled=self.cancelled)
                self.report.merge.add(merged)
                self.report.pulled += merged.applied
                self.report.conflicts += merged.conflicts
                if merged.cancelled:
                    self.report.cancelled = True
                    return
                cursors[stream] = rows[-1][0]
                outbox.record_pulled(self.db, self.peer, cursors[stream], scope_of(stream))
                done += len(rows)
                what = self.names.get(stream, stream) if stream else "ICB-wide records"
                self.tell(done, total, f"Received {done:,} of {total:,} changes ({what})")
            if self.report.cancelled:
                return
        self.names = place_names(self.db)  # places new here have come with the pull
        self.report.places = sorted(self.names.get(s, s) for s in streams if s != ICB_WIDE)
        self.fetch_missing_files(streams)

    def take_files(self, stream: str, changes: list[Change]) -> None:
        wanted = referenced_by_stream(changes).get(stream, set())
        self.fetch(stream, sync_files.missing(self.db.files_dir, wanted))

    def fetch(self, stream: str, hashes: set[str]) -> None:
        got = set()
        for sha, data in self.link.fetch_files(stream, hashes):
            if sync_files.store_verified(self.db.files_dir, sha, io.BytesIO(data)):
                self.report.files_received += 1
            got.add(sha)
        self.report.files_missing += len(hashes - got)

    def fetch_missing_files(self, streams: list[str]) -> None:
        """Files of attachments here whose bytes never came (their sender lacked them
        then); the hub may have them by now."""
        readable = set(streams)
        for stream, hashes in attachments_without_files(self.db).items():
            if stream in readable:
                self.fetch(stream, hashes)

    # access

    def state(self, stream: str) -> outbox.PeerState:
        return outbox.peer_state(self.db, self.peer, scope_of(stream))

    def check_access(self) -> None:
        """Places synced before that the role no longer sees, and places with changes
        made here that the role may not send."""
        access = self.link.access
        readable = set(self.link.streams()) if access.icb else set(access.places)
        known = synced_places(self.db, self.peer)
        revoked = sorted(p for p in known if p not in readable and p not in access.places)
        self.report.revoked = [self.names.get(p, p) for p in revoked]
        held = set(self.names) | set(known)
        unsent = {
            p: n
            for p in sorted(held - access.places)
            if (n := own_changes_after(self.db, p, self.state(p).pushed_upto))
        }
        self.report.not_shared = {self.names.get(p, p): n for p, n in unsent.items()}
        lost = [p for p in revoked if p in unsent]
        if lost:
            names = [self.names.get(p, p) for p in lost]
            count = sum(unsent[p] for p in lost)
            raise HubPlaceRevoked(
                f"Role {access.role} no longer has access to {', '.join(names)} on the hub "
                f"{self.report.hub}: {count:,} change{'s' if count != 1 else ''} made here "
                "could not be sent (the rest of the sync is done). Ask the ICB to grant it "
                "again ('placeboard hub grant').",
                names,
                self.report,
            )


def _shut_out(db: Database, config: HubConfig, exc: HubNoAccess) -> HubError:
    """No access at all: name the places this laptop synced with the hub before."""
    names = place_names(db)
    peers = [peer_id(config.hub_id)] if config.hub_id else hub_peers(db)
    known = sorted({names.get(p, p) for peer in peers for p in synced_places(db, peer)})
    if not known:
        return exc
    return HubPlaceRevoked(
        f"Role {config.role} no longer has access to the hub {config.name}, so "
        f"{', '.join(known)} can no longer sync. Ask the ICB to grant it again "
        "('placeboard hub grant').",
        known,
    )


# -- this database ------------------------------------------------------------------------


def place_names(db: Database) -> dict[str, str]:
    with db.engine.connect() as conn:
        return {str(i): str(n) for i, n in conn.execute(text("SELECT id, name FROM place"))}


def hub_peers(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT DISTINCT peer FROM sync_peer WHERE peer LIKE 'hub:%'"))
        return [str(r[0]) for r in rows]


def synced_places(db: Database, peer: str) -> list[str]:
    """The places this database has synced with the hub (a cursor row each)."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT scope FROM sync_peer WHERE peer = :p AND scope NOT IN ('', :w)"),
            {"p": peer, "w": ICB_WIDE_SCOPE},
        )
        return [str(r[0]) for r in rows]


def own_changes_after(db: Database, place_id: str, after: int) -> int:
    with db.engine.connect() as conn:
        found = conn.execute(
            text(
                "SELECT count(*) FROM change_log WHERE place_id = :p AND site = :s AND rowid > :a"
            ),
            {"p": place_id, "s": db.site, "a": after},
        ).scalar()
    return int(found or 0)


def referenced_by_stream(changes: Iterable[Change]) -> dict[str, set[str]]:
    """The files these changes bring in, by the place they belong to."""
    found: dict[str, set[str]] = {}
    for c in changes:
        for sha in sync_files.referenced_hashes([c]):
            found.setdefault(stream_of(c.place_id), set()).add(sha)
    return found


def attachments_without_files(db: Database) -> dict[str, set[str]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT DISTINCT place_id, {sync_files.HASH_COLUMN} FROM {sync_files.FILE_TABLE}")
        ).all()
    found: dict[str, set[str]] = {}
    for place_id, sha in rows:
        if sync_files.is_sha256(sha) and not sync_files.has_file(db.files_dir, str(sha)):
            found.setdefault(stream_of(place_id), set()).add(str(sha))
    return found
