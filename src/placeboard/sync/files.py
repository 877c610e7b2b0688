"""Attached files (paper PDFs, evidence) travel with the changes that refer to them.

Files are content-addressed: an `attachment` row names its file by SHA-256, and the
file lives at files/ab/abcdef… (the same fan-out as services/files.py). A transport
sends the files whose hashes its changes introduce, once each; the receiver checks
every byte against the hash before the file takes its name, so a damaged copy is
never stored.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from .change import Change
from .errors import SyncRefused

CHUNK = 1 << 20
FILE_TABLE = "attachment"
HASH_COLUMN = "sha256"
_HEX64 = re.compile(r"[0-9a-f]{64}")


def is_sha256(text: object) -> bool:
    return isinstance(text, str) and _HEX64.fullmatch(text) is not None


def file_path(files_dir: Path, sha256: str) -> Path:
    """Where the file with this hash lives (as FileService.path_for)."""
    return Path(files_dir) / sha256[:2] / sha256


def has_file(files_dir: Path, sha256: str) -> bool:
    return file_path(files_dir, sha256).is_file()


def referenced_hashes(changes: Iterable[Change]) -> set[str]:
    """The files these changes bring in: every attachment's hash, new or changed."""
    found: set[str] = set()
    for c in changes:
        if c.tbl != FILE_TABLE:
            continue
        if c.col == "*":
            value = json.loads(str(c.val)).get(HASH_COLUMN)
        elif c.col == HASH_COLUMN:
            value = c.val
        else:
            continue
        if is_sha256(value):
            found.add(str(value))
    return found


def missing(files_dir: Path, hashes: Iterable[str]) -> set[str]:
    """The hashes whose file this data folder does not have."""
    return {h for h in hashes if not has_file(files_dir, h)}


def store_verified(files_dir: Path, sha256: str, source: BinaryIO) -> bool:
    """Copy a file in from a stream, checking its hash; True if it was new here.

    Written beside its final name and renamed only once the hash matches, so a
    damaged or half-received file never takes the name.
    """
    if not is_sha256(sha256):
        raise SyncRefused(f"'{sha256}' is not a file hash; the file was not taken.")
    target = file_path(files_dir, sha256)
    if target.is_file():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    digest = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := source.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha256:
            raise SyncRefused(
                f"The file {sha256[:12]}… does not match its hash (it was damaged on the "
                "way); it was not taken."
            )
        os.replace(temporary, target)
        return True
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def hash_stream(source: BinaryIO) -> tuple[str, int]:
    """SHA-256 and size of a stream read to its end."""
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size
