"""The demo boards as the service tests read them: loaded once a session with a fixed
"today", and copied for each test so that no test sees another's edits."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from placeboard.services import Services
from placeboard.store.database import open_database

DEMO_TODAY = date(2026, 6, 15)  # the demo's "today" in these tests


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("services-demo") / "data"
    services = Services(open_database(folder))
    try:
        services.demo.load(today=DEMO_TODAY)
    finally:
        services.close()
    return folder


@pytest.fixture
def demo(demo_folder: Path, tmp_path: Path) -> Iterator[Services]:
    folder = tmp_path / "copy"
    shutil.copytree(demo_folder, folder)
    services = Services(open_database(folder))
    yield services
    services.close()
