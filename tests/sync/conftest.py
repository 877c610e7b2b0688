"""Sync test fixtures: replicas copied from one migrated database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from placeboard.store.database import Database

from .replicas import make_template, replica


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def make_replica(template: Path, tmp_path: Path) -> Iterator[Callable[..., Database]]:
    made: list[Database] = []

    def make(name: str, offset_ms: int = 0) -> Database:
        db = replica(template, tmp_path / name, offset_ms)
        made.append(db)
        return db

    yield make
    for db in made:
        db.close()
