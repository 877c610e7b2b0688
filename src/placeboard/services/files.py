"""Attached files (evidence, papers' PDFs): copied into the data folder's files/,
content-addressed by SHA-256, and recorded as an `attachment` row.

A file is stored once however often it is attached and is never changed in place:
its name is its content's hash, so a second copy, or the same file from another
laptop through sync, lands on the same path.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from pathlib import Path

from placeboard.domain.errors import ValidationError
from placeboard.store.tables import Attachment

from .base import Service, get_live, insert

CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def media_type_of(name: str) -> str:
    guessed, _encoding = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


class FileService(Service):
    REMOVABLE = {"attachment": (Attachment, "attached file")}

    @property
    def folder(self) -> Path:
        return Path(self.db.files_dir)

    def path_for(self, sha256: str) -> Path:
        """Where the file with this hash lives: files/ab/abcdef… (fanned out by the first
        two hex digits, so no one folder grows to tens of thousands of entries)."""
        return self.folder / sha256[:2] / sha256

    def store(self, place_id: str | None, path: str | os.PathLike[str]) -> Attachment:
        """Copy the file into the data folder (once per content) and record it."""
        source = Path(path)
        if not source.is_file():
            raise ValidationError(
                f"There is no file at {source}; choose the file again.", "path"
            )
        try:
            sha = sha256_of(source)
            size = source.stat().st_size
            self._copy_in(source, self.path_for(sha))
        except OSError as exc:
            raise ValidationError(
                f"Could not copy {source.name} into the data folder ({exc.strerror or exc}). "
                "Check that the file can be read and that the disk is not full.",
                "path",
            ) from exc
        with self.db.write() as s:
            return insert(
                s,
                Attachment(
                    place_id=place_id,
                    sha256=sha,
                    filename=source.name,
                    media_type=media_type_of(source.name),
                    size=size,
                ),
            )

    def get(self, attachment_id: str) -> Attachment:
        with self.db.read() as s:
            return get_live(s, Attachment, attachment_id, "attached file")

    def path_of(self, attachment_id: str) -> Path:
        """The stored copy of an attachment (to open it)."""
        return self.path_for(self.get(attachment_id).sha256)

    @staticmethod
    def _copy_in(source: Path, target: Path) -> None:
        if target.is_file() and target.stat().st_size == source.stat().st_size:
            return  # the same content is stored already
        target.parent.mkdir(parents=True, exist_ok=True)
        # Copy beside the target, then rename: a half-written file never has the name.
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        os.close(fd)
        try:
            shutil.copyfile(source, temporary)
            os.replace(temporary, target)
        finally:
            if os.path.exists(temporary):
                os.remove(temporary)
