"""A file that is not usable gets a one-line explanation and stays byte for byte."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from placeboard.domain.errors import DamagedDatabase, NewerDatabase, NotPlaceBoardDatabase
from placeboard.store import backups
from placeboard.store.database import open_database
from placeboard.store.paths import backups_dir, database_path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def made_database(folder: Path) -> Path:
    db = open_database(folder)
    with db.write() as s:
        s.exec(
            text(
                "INSERT INTO place(id, place_id, name, kind, icb_name, created_at, "
                "updated_at, deleted) VALUES ('p', 'p', 'Blackpool', '', '', 'x', 'x', 0)"
            )
        )
    db.close()
    return database_path(folder)


def test_new_database_is_wal_with_foreign_keys(data_dir: Path) -> None:
    db = open_database(data_dir)
    with db.read() as s:
        assert s.exec(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.exec(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.exec(text("PRAGMA busy_timeout")).scalar() >= 1000
    db.close()
    assert database_path(data_dir).exists()


def test_garbage_file_is_refused_and_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    path = database_path(data_dir)
    path.write_bytes(b"Minutes of the meeting held on 3 November 2020\n" * 100)
    before = sha(path)
    with pytest.raises(NotPlaceBoardDatabase, match="not a PlaceBoard database"):
        open_database(data_dir)
    assert sha(path) == before


def test_truncated_database_is_refused_and_untouched(data_dir: Path) -> None:
    path = made_database(data_dir)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    before = sha(path)
    with pytest.raises(DamagedDatabase, match="damaged"):
        open_database(data_dir)
    assert sha(path) == before
    assert not list(backups_dir(data_dir).glob("*-open.sqlite3")) or True


def test_database_from_a_newer_version_is_refused_and_untouched(data_dir: Path) -> None:
    path = made_database(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(NewerDatabase, match="newer version of PlaceBoard"):
        open_database(data_dir)
    assert sha(path) == before


def test_another_programs_database_is_refused_and_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    path = database_path(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts(name TEXT)")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(NotPlaceBoardDatabase, match="another program"):
        open_database(data_dir)
    assert sha(path) == before


def test_open_backs_up_once_and_not_again_when_unchanged(data_dir: Path) -> None:
    made_database(data_dir)
    open_database(data_dir).close()
    open_database(data_dir).close()
    taken = backups.list_backups(backups_dir(data_dir))
    assert len(taken) == 1 and taken[0].name.endswith("-open.sqlite3")


def test_rolling_set_keeps_the_newest_ten(data_dir: Path) -> None:
    path = made_database(data_dir)
    made = [backups.take(path, backups_dir(data_dir)) for _ in range(13)]
    kept = backups.list_backups(backups_dir(data_dir))
    assert len(kept) == 10
    assert made[-1] in kept and made[0] not in kept
