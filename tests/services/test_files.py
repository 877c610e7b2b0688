"""Attached files are copied into the data folder by their SHA-256 and recorded."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from placeboard.domain.errors import ValidationError
from placeboard.services import Services


def test_a_file_is_stored_once_by_its_sha256(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "chair appointment.pdf"
    source.write_bytes(b"%PDF-1.4 appointment letter")
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    first = services.files.store(None, source)
    assert (first.sha256, first.filename, first.size) == (sha, source.name, source.stat().st_size)
    assert first.media_type == "application/pdf"
    stored = services.files.path_of(first.id)
    assert stored == services.db.files_dir / sha[:2] / sha
    assert stored.read_bytes() == source.read_bytes()
    second = services.files.store(None, source)
    assert second.id != first.id and services.files.path_of(second.id) == stored
    assert [p.name for p in stored.parent.iterdir()] == [sha]  # no temporary left behind


def test_a_missing_file_is_refused(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no file"):
        services.files.store(None, tmp_path / "gone.pdf")
