"""The command line as a secretary meets it: real processes, real files, exit codes."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from placeboard import __version__

from .running import one_line_failure, run


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    result = run("--data-dir", str(folder), "demo", "--quiet")
    assert result.returncode == 0, result.stderr
    return folder


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"PlaceBoard {__version__}"


def test_demo_then_check(demo_dir: Path) -> None:
    result = run("--data-dir", str(demo_dir), "check")
    assert result.returncode == 0, result.stderr
    assert "Integrity:    ok" in result.stdout
    conn = sqlite3.connect(demo_dir / "placeboard.sqlite3")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        places = [
            r[0] for r in conn.execute("SELECT name FROM place WHERE deleted = 0 ORDER BY name")
        ]
        assert places == ["Blackburn with Darwen", "Blackpool", "Lancashire", "South Cumbria"]
        assert conn.execute("SELECT count(*) FROM stage WHERE deleted = 0").fetchone()[0] == 3
        for (place_id,) in conn.execute("SELECT id FROM place"):
            per_metric = conn.execute(
                "SELECT m.name, count(v.id) FROM metric m LEFT JOIN metric_value v "
                "ON v.metric_id = m.id AND v.place_id = ? AND v.deleted = 0 "
                "WHERE m.deleted = 0 GROUP BY m.id",
                (place_id,),
            ).fetchall()
            assert len(per_metric) == 7 and all(n >= 36 for _, n in per_metric)
            assert (
                conn.execute(
                    "SELECT count(*) FROM criterion WHERE place_id = ?", (place_id,)
                ).fetchone()[0]
                > 0
            )
            assert (
                conn.execute(
                    "SELECT count(*) FROM meeting WHERE place_id = ? AND deleted = 0", (place_id,)
                ).fetchone()[0]
                >= 6
            )
    finally:
        conn.close()


def test_data_dir_from_the_environment(tmp_path: Path) -> None:
    folder = tmp_path / "envdata"
    result = run("check", env={"PLACEBOARD_DATA_DIR": str(folder)})
    assert result.returncode == 0, result.stderr
    assert (folder / "placeboard.sqlite3").exists()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "newer"])
def test_unusable_database_gives_one_line_and_stays_untouched(
    tmp_path: Path, demo_dir: Path, damage: str
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "placeboard.sqlite3"
    if damage == "garbage":
        path.write_bytes(os.urandom(50_000))
    else:
        backup = run("--data-dir", str(demo_dir), "backup")
        assert backup.returncode == 0, backup.stderr
        source = Path(backup.stdout.strip().removeprefix("Backed up to "))
        data = source.read_bytes()
        if damage == "truncated":
            path.write_bytes(data[: len(data) // 3])
        else:
            path.write_bytes(data)
            conn = sqlite3.connect(path)
            conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
            conn.commit()
            conn.close()
    before = sha(path)
    for command in (["check"], ["demo", "--quiet"], ["backup"]):
        line = one_line_failure(run("--data-dir", str(folder), *command))
        assert str(path) in line
    assert sha(path) == before


def test_backup_and_restore(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert run("--data-dir", str(folder), "check").returncode == 0
    made = run("--data-dir", str(folder), "backup")
    assert made.returncode == 0
    backup = Path(made.stdout.strip().removeprefix("Backed up to "))
    assert backup.is_file() and backup.parent == folder / "backups"
    # Not at a terminal, restore needs --yes.
    line = one_line_failure(run("--data-dir", str(folder), "restore", str(backup)))
    assert "--yes" in line
    restored = run("--data-dir", str(folder), "restore", str(backup), "--yes")
    assert restored.returncode == 0, restored.stderr
    line = one_line_failure(run("--data-dir", str(folder), "restore", "/nowhere.sqlite3", "--yes"))
    assert "no backup file" in line
