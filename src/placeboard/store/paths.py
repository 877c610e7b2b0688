"""Where PlaceBoard keeps its data: one folder with the database, backups and files."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from placeboard import APP_NAME

DATA_DIR_ENV = "PLACEBOARD_DATA_DIR"
DATABASE_NAME = "placeboard.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir`, else $PLACEBOARD_DATA_DIR, else the platform's user data folder."""
    chosen = override or os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME)
    return Path(chosen).expanduser().resolve()


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME))


def database_path(folder: Path) -> Path:
    return folder / DATABASE_NAME


def backups_dir(folder: Path) -> Path:
    return folder / "backups"


def files_dir(folder: Path) -> Path:
    return folder / "files"
