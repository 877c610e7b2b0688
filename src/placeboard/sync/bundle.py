"""Bundles: sync by file, for hand-over with no network (`placeboard sync --bundle-out`).

A bundle is a zip file (DEFLATE), chosen over tar.xz because the manifest can be read
without decompressing anything else, the standard library writes and reads it in a
stream, DEFLATE is several times faster than xz on both sides for a modest size cost
on text like ours, attached PDFs (compressed already) can be stored as they are, and
a person on Windows can open it and see what it holds. It contains:

- `manifest.json`: format and version, the writing site and its computer's name, the
  schema revision, the places whose records it holds (ids and names), the stamp range
  and the writer's change-log range, counts per kind of record, the SHA-256 and size of
  the payload and of every file, and what the writer has received from each peer (so
  the receiver learns which of its own changes have arrived).
- `changes.jsonl`: one change a line, as a JSON array in `Change` field order.
- `files/<sha256>`: the attached files the changes bring in (stored, each once).
- the zip comment, last in the file: `placeboard-bundle sha256=` and the SHA-256 of
  every byte before those 64 hex digits, so a single changed or missing byte anywhere
  is found before anything is read.

A bundle is written under a temporary name beside the target and renamed when complete.
Reading checks everything first (checksums, sizes, counts, stamps, known kinds of
record, places) and refuses with a message that says what is wrong, changing nothing;
only then are files stored and changes applied (merge.apply_changes: importing the
same bundle twice changes nothing). A bundle that holds records of a place this
database does not keep is refused unless the caller allows new places (a database that
keeps no place yet takes any: a laptop being set up).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import tempfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import text

from placeboard.store import migrator
from placeboard.store.database import Database
from placeboard.store.tables.base import utc_now

from . import files as sync_files
from . import outbox
from .change import FIELDS, Change
from .errors import SyncRefused
from .merge import Cancelled, MergeReport, Progress, apply_changes, prepare

FORMAT = "placeboard-bundle"
VERSION = 1
MANIFEST = "manifest.json"
PAYLOAD = "changes.jsonl"
FILES = "files/"
TRAILER = b"placeboard-bundle sha256="
DIGEST_LEN = 64
MAX_MANIFEST = 16 << 20
CHUNK = 1 << 20
# What a damaged zip can raise while it is read.
_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError, UnicodeDecodeError)


@dataclass(frozen=True)
class BundleInfo:
    """What a bundle's manifest says (and, once checked, what it holds)."""

    path: Path
    site: str
    label: str
    created_at: str
    schema: str
    places: dict[str, str]  # place id -> name, as the writer knew it
    icb_wide: int  # changes to ICB-wide records (no place)
    first_hlc: str | None
    last_hlc: str | None
    seq_from: int  # the writer's change log, after this…
    seq_to: int  # …up to this
    changes: int
    by_table: dict[str, int]
    files: dict[str, int]  # sha256 -> size
    received: dict[str, int]  # peer site -> how far the writer has its changes
    payload_sha256: str
    size: int = 0  # bytes of the bundle file


@dataclass
class BundleImport:
    info: BundleInfo
    merge: MergeReport
    files_added: int = 0
    new_places: list[str] = field(default_factory=list)


# -- writing -----------------------------------------------------------------------------


def write_bundle(
    db: Database,
    path: str | os.PathLike[str],
    *,
    peer: str | None = None,
    since: int | None = None,
    place_ids: Collection[str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BundleInfo:
    """Write the changes after `since` (default: what `peer` has acknowledged, or all)
    of the given places (default: all) and the ICB-wide records into a bundle at `path`.

    Raises SyncRefused if cancelled or the file cannot be written; a half-written bundle
    never has the name.
    """
    target = Path(path)
    start = since if since is not None else (outbox.peer_state(db, peer).pushed_upto if peer else 0)
    upto = outbox.last_seq(db)
    total = outbox.count_after(db, start, place_ids)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".partial"
        )
        os.close(fd)
    except OSError as exc:
        raise SyncRefused(f"Cannot write a bundle in {target.parent} ({exc.strerror}).") from None
    try:
        info = _write(db, Path(temporary), start, upto, place_ids, total, progress, cancelled)
        _seal(Path(temporary))
        os.replace(temporary, target)
    except OSError as exc:
        raise SyncRefused(
            f"Could not write the bundle {target.name} ({exc.strerror or exc}). Check the "
            "folder can be written to and the disk is not full."
        ) from None
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    if peer:
        outbox.record_sent(db, peer, upto)
    return _with(info, path=target, size=target.stat().st_size)


def _with(info: BundleInfo, **changes: Any) -> BundleInfo:
    return BundleInfo(**{**info.__dict__, **changes})


def _write(
    db: Database,
    temporary: Path,
    start: int,
    upto: int,
    place_ids: Collection[str] | None,
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> BundleInfo:
    digest = hashlib.sha256()
    by_table: Counter[str] = Counter()
    places: set[str] = set()
    hashes: set[str] = set()
    count = icb_wide = 0
    first = last = None
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        with zf.open(PAYLOAD, "w", force_zip64=True) as out:
            for rows in outbox.iter_changes(db, start, upto=upto, place_ids=place_ids):
                if cancelled is not None and cancelled():
                    raise SyncRefused("Writing the bundle was cancelled; no bundle was written.")
                changes = [c for _seq, c in rows]
                data = b"".join(_line(c) for c in changes)
                digest.update(data)
                out.write(data)
                for c in changes:
                    by_table[c.tbl] += 1
                    if c.place_id is None:
                        icb_wide += 1
                    else:
                        places.add(c.place_id)
                count += len(changes)
                first = min(filter(None, (first, min(c.hlc for c in changes))))
                last = max(filter(None, (last, max(c.hlc for c in changes))))
                hashes |= sync_files.referenced_hashes(changes)
                if progress is not None:
                    progress(count, total, f"Wrote {count:,} changes")
        files = _add_files(zf, db.files_dir, hashes)
        info = BundleInfo(
            path=temporary,
            site=db.site,
            label=platform.node() or "",
            created_at=utc_now(),
            schema=migrator.head_revision(),
            places=_place_names(db, places),
            icb_wide=icb_wide,
            first_hlc=first,
            last_hlc=last,
            seq_from=start,
            seq_to=upto,
            changes=count,
            by_table=dict(sorted(by_table.items())),
            files=files,
            received={p.peer: p.pulled_upto for p in outbox.peers(db) if p.pulled_upto},
            payload_sha256=digest.hexdigest(),
        )
        zf.writestr(MANIFEST, json.dumps(_manifest(info), indent=1, ensure_ascii=False))
        zf.comment = TRAILER + b"0" * DIGEST_LEN
    return info


def _line(change: Change) -> bytes:
    return json.dumps(change.as_tuple(), ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def _add_files(zf: zipfile.ZipFile, files_dir: Path, hashes: set[str]) -> dict[str, int]:
    """Each file once, stored as it is (PDFs are compressed already); a file this
    laptop does not have (its record came from elsewhere, the file not yet) is left
    out and travels with a later bundle from whoever has it."""
    added: dict[str, int] = {}
    for sha in sorted(hashes):
        source = sync_files.file_path(files_dir, sha)
        if source.is_file():
            zf.write(source, FILES + sha, compress_type=zipfile.ZIP_STORED)
            added[sha] = source.stat().st_size
    return added


def _place_names(db: Database, ids: set[str]) -> dict[str, str]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, name FROM place")).all()
    names = {str(r[0]): str(r[1]) for r in rows}
    return {pid: names.get(pid, "") for pid in sorted(ids)}


def _manifest(info: BundleInfo) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "site": info.site,
        "label": info.label,
        "created_at": info.created_at,
        "schema": info.schema,
        "places": [{"id": k, "name": v} for k, v in info.places.items()],
        "icb_wide_changes": info.icb_wide,
        "hlc_first": info.first_hlc,
        "hlc_last": info.last_hlc,
        "seq_from": info.seq_from,
        "seq_to": info.seq_to,
        "counts": {"changes": info.changes, "files": len(info.files), "by_table": info.by_table},
        "payload": {"name": PAYLOAD, "sha256": info.payload_sha256},
        "files": [{"sha256": k, "size": v} for k, v in info.files.items()],
        "received": info.received,
    }


def _seal(path: Path) -> None:
    """Write the SHA-256 of every byte before it into the last 64 bytes (the comment)."""
    size = path.stat().st_size
    digest = hashlib.sha256()
    with path.open("r+b") as f:
        remaining = size - DIGEST_LEN
        while remaining > 0:
            chunk = f.read(min(CHUNK, remaining))
            digest.update(chunk)
            remaining -= len(chunk)
        f.seek(size - DIGEST_LEN)
        f.write(digest.hexdigest().encode())
        f.flush()
        os.fsync(f.fileno())


# -- reading -----------------------------------------------------------------------------


def check_bundle(path: str | os.PathLike[str]) -> BundleInfo:
    """Everything about a bundle that can be checked without a database: its checksum,
    manifest, payload (every change well formed and of a kind this PlaceBoard knows),
    counts and files. Raises SyncRefused saying what is wrong."""
    source = Path(path)
    if not source.is_file():
        raise SyncRefused(f"There is no bundle at {source}.")
    name = source.name
    _check_seal(source)
    try:
        with zipfile.ZipFile(source) as zf:
            manifest = _read_manifest(zf, name)
            info = _info(source, manifest, name)
            _check_payload(zf, info, name)
            _check_files(zf, info, name)
    except _DAMAGE as exc:
        raise SyncRefused(
            f"{name} is damaged ({exc}); ask for the bundle again. Nothing was imported."
        ) from None
    return info


def _check_seal(source: Path) -> None:
    size = source.stat().st_size
    damaged = SyncRefused(
        f"{source.name} is not a complete PlaceBoard bundle: it is damaged or was cut short "
        "(its checksum does not match its content). Ask for it again; nothing was imported."
    )
    if size <= len(TRAILER) + DIGEST_LEN:
        raise damaged
    digest = hashlib.sha256()
    with source.open("rb") as f:
        remaining = size - DIGEST_LEN
        while remaining > 0:
            chunk = f.read(min(CHUNK, remaining))
            digest.update(chunk)
            remaining -= len(chunk)
        stated = f.read(DIGEST_LEN)
        f.seek(size - DIGEST_LEN - len(TRAILER))
        trailer = f.read(len(TRAILER))
    if trailer != TRAILER:
        raise SyncRefused(
            f"{source.name} is not a PlaceBoard bundle, or it was cut short. Ask for it again; "
            "nothing was imported."
        )
    if stated != digest.hexdigest().encode():
        raise damaged


def _read_manifest(zf: zipfile.ZipFile, name: str) -> dict[str, Any]:
    try:
        entry = zf.getinfo(MANIFEST)
    except KeyError:
        raise SyncRefused(f"{name} is not a PlaceBoard bundle (it has no manifest).") from None
    if entry.file_size > MAX_MANIFEST:
        raise SyncRefused(f"{name} is not a PlaceBoard bundle (its manifest is too large).")
    try:
        manifest = json.loads(zf.read(MANIFEST))
    except json.JSONDecodeError:
        raise SyncRefused(f"{name} is damaged (its manifest cannot be read).") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise SyncRefused(f"{name} is not a PlaceBoard bundle.")
    if manifest.get("version") != VERSION:
        raise SyncRefused(
            f"{name} was written by a newer PlaceBoard (bundle format "
            f"{manifest.get('version')}); update PlaceBoard here to import it."
        )
    if manifest.get("schema") not in migrator.known_revisions():
        raise SyncRefused(
            f"{name} was written by a newer PlaceBoard (database revision "
            f"{manifest.get('schema')}); update PlaceBoard here to import it."
        )
    return manifest


def _info(source: Path, m: dict[str, Any], name: str) -> BundleInfo:
    try:
        return BundleInfo(
            path=source,
            site=str(m["site"]),
            label=str(m.get("label") or ""),
            created_at=str(m["created_at"]),
            schema=str(m["schema"]),
            places={str(p["id"]): str(p["name"]) for p in m["places"]},
            icb_wide=int(m["icb_wide_changes"]),
            first_hlc=m["hlc_first"],
            last_hlc=m["hlc_last"],
            seq_from=int(m["seq_from"]),
            seq_to=int(m["seq_to"]),
            changes=int(m["counts"]["changes"]),
            by_table={str(k): int(v) for k, v in m["counts"]["by_table"].items()},
            files={str(f["sha256"]): int(f["size"]) for f in m["files"]},
            received={str(k): int(v) for k, v in m["received"].items()},
            payload_sha256=str(m["payload"]["sha256"]),
            size=source.stat().st_size,
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise SyncRefused(f"{name} is damaged (its manifest is incomplete).") from None


def _read_changes(stream: IO[bytes], name: str) -> Iterator[Change]:
    for number, line in enumerate(stream, start=1):
        try:
            values = json.loads(line)
        except ValueError:
            raise SyncRefused(f"{name} is damaged (change {number} cannot be read).") from None
        if (
            not isinstance(values, list)
            or len(values) != len(FIELDS)
            or not all(isinstance(v, str) for v in values[:2] + values[3:6])
            or not isinstance(values[2], str | None)
            or not isinstance(values[7], str | None)
        ):
            raise SyncRefused(f"{name} is damaged (change {number} is malformed).")
        yield Change(*values)


def _check_payload(zf: zipfile.ZipFile, info: BundleInfo, name: str) -> None:
    digest = hashlib.sha256()
    by_table: Counter[str] = Counter()
    places: set[str] = set()
    icb_wide = 0
    hlcs: list[str] = []
    with zf.open(PAYLOAD) as raw:
        hashed = _Hashing(raw, digest)
        for change in _read_changes(hashed, name):
            prepare(change)  # a kind of record or field this PlaceBoard does not know
            by_table[change.tbl] += 1
            if change.place_id is None:
                icb_wide += 1
            else:
                places.add(change.place_id)
            if not hlcs:
                hlcs = [change.hlc, change.hlc]
            else:
                hlcs = [min(hlcs[0], change.hlc), max(hlcs[1], change.hlc)]
    if digest.hexdigest() != info.payload_sha256:
        raise SyncRefused(
            f"{name} is damaged: its changes do not match their checksum. Ask for it again; "
            "nothing was imported."
        )
    stated = (info.by_table, set(info.places), info.icb_wide, info.first_hlc, info.last_hlc)
    found = (dict(by_table), places, icb_wide, *(hlcs or [None, None]))
    if stated != found or sum(by_table.values()) != info.changes:
        raise SyncRefused(
            f"{name} is damaged: its changes do not match its manifest. Ask for it again; "
            "nothing was imported."
        )


class _Hashing:
    """A line reader that hashes every byte it passes on."""

    def __init__(self, raw: IO[bytes], digest: Any) -> None:
        self._raw = raw
        self._digest = digest

    def __iter__(self) -> Iterator[bytes]:
        for line in self._raw:
            self._digest.update(line)
            yield line


def _check_files(zf: zipfile.ZipFile, info: BundleInfo, name: str) -> None:
    members = {n[len(FILES) :] for n in zf.namelist() if n.startswith(FILES)}
    if members != set(info.files):
        raise SyncRefused(f"{name} is damaged: its files do not match its manifest.")
    for sha, size in info.files.items():
        with zf.open(FILES + sha) as f:
            found, length = sync_files.hash_stream(f)  # type: ignore[arg-type]
        if found != sha or length != size:
            raise SyncRefused(
                f"{name} is damaged: an attached file does not match its checksum. Ask for "
                "it again; nothing was imported."
            )


def read_bundle(
    db: Database,
    path: str | os.PathLike[str],
    *,
    allow_new_places: bool = False,
    batch_size: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BundleImport:
    """Check a bundle whole, then take in its files and apply its changes.

    Raises SyncRefused, with nothing changed, for a damaged, foreign or newer bundle,
    one written by this database, or one holding a place this database does not keep
    (unless `allow_new_places`).
    """
    info = check_bundle(path)
    if info.site == db.site:
        raise SyncRefused(
            f"{info.path.name} was written by this database; import it on the other "
            "laptop. Nothing was imported."
        )
    new_places = _check_places(db, info, allow_new_places)
    added = _take_files(db, info)
    with zipfile.ZipFile(info.path) as zf, zf.open(PAYLOAD) as stream:
        report = apply_changes(
            db,
            _read_changes(stream, info.path.name),
            batch_size=batch_size,
            progress=progress,
            cancelled=cancelled,
            total=info.changes,
        )
    if not report.cancelled:
        _record(db, info)
    return BundleImport(info, report, added, new_places)


def _held_places(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return {str(r[0]) for r in conn.execute(text("SELECT id FROM place"))}


def _check_places(db: Database, info: BundleInfo, allow_new: bool) -> list[str]:
    held = _held_places(db)
    new = [pid for pid in info.places if pid not in held]
    if new and held and not allow_new:
        names = ", ".join(info.places[pid] or pid for pid in new)
        raise SyncRefused(
            f"{info.path.name} holds records of {names}, which this database does not keep; "
            "nothing was imported. If this laptop should keep them, import it again allowing "
            "new places (--new-place)."
        )
    return [info.places[pid] or pid for pid in new]


def _take_files(db: Database, info: BundleInfo) -> int:
    added = 0
    with zipfile.ZipFile(info.path) as zf:
        for sha in info.files:
            with zf.open(FILES + sha) as f:
                added += sync_files.store_verified(db.files_dir, sha, f)  # type: ignore[arg-type]
    return added


def _record(db: Database, info: BundleInfo) -> None:
    """Move the cursors: the writer's changes applied here, and which of ours it has."""
    state = outbox.peer_state(db, info.site)
    if info.seq_from <= state.pulled_upto:
        outbox.record_pulled(db, info.site, info.seq_to)
    acked = info.received.get(db.site, 0)
    if acked:
        outbox.record_acked(db, info.site, min(acked, outbox.last_seq(db)))
    outbox.record_ok(db, info.site, name=info.label)
