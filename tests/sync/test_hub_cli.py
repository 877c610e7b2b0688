"""`placeboard hub …` as the ICB's administrator and a secretary meet it: real
processes against the real server, one line per result or failure."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cli import running
from cli.running import one_line_failure

from placeboard.services import Services
from placeboard.store.database import open_database
from placeboard.sync.hub_config import config_path

from .hub_fixtures import *  # noqa: F403  (the fixtures)
from .hub_fixtures import PLAINTEXT
from .pg_server import PgServer, free_port

PASSWORD = "a long laptop password"


def run(
    *args: str, stdin: str | None = None, keyring: str | None = PLAINTEXT
) -> subprocess.CompletedProcess[str]:
    """`keyring`: the backend chosen in keyring's own setting (None: none chosen)."""
    chosen = {"PYTHON_KEYRING_BACKEND": keyring} if keyring else {}
    return running.run(
        *args, stdin=stdin, env=chosen, unset=("PYTHON_KEYRING_BACKEND",), timeout=120
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A laptop's data folder that keeps Blackpool, with its board."""
    folder = tmp_path / "laptop"
    services = Services(open_database(folder))
    services.places.create_place("Blackpool", kind="unitary")
    services.close()
    return folder


def test_init_grant_connect_sync_from_the_command_line(
    pg_server: PgServer, data_dir: Path, keyring_file: object
) -> None:
    database = pg_server.create_database("cli")
    admin = pg_server.admin_dsn(database)
    made = run("hub", "init", "--dsn", admin)
    assert made.returncode == 0, made.stderr
    assert "Set up the PlaceBoard hub" in made.stdout and f"{database}_owner" in made.stdout

    role = pg_server.create_login("bpl", PASSWORD)
    granted = run("hub", "grant", "--dsn", admin, "--role", role, "--place", "Blackpool")
    assert granted.returncode == 0, granted.stderr
    assert f"Role {role} may read and write Blackpool" in granted.stdout
    assert "no records of it on the hub yet" in granted.stdout

    dsn = pg_server.dsn(role, database)
    connect = ("hub", "connect", "--dsn", dsn, "--name", "Lancashire and South Cumbria ICB")
    wrong = run(*connect, "--password-stdin", "--data-dir", str(data_dir), stdin="wrong\n")
    assert "refused the password for role" in one_line_failure(wrong)
    config_file = config_path()  # in this test's own home: the environment is the same
    assert not config_file.exists()  # nothing kept from a failed connect

    ok = run(*connect, "--password-stdin", "--data-dir", str(data_dir), stdin=PASSWORD + "\n")
    assert ok.returncode == 0, ok.stderr
    assert f"as role {role}: Blackpool." in ok.stdout and "keyring" in ok.stdout
    assert PASSWORD not in config_file.read_text()

    synced = run("hub", "sync", "--quiet", "--data-dir", str(data_dir))
    assert synced.returncode == 0, synced.stderr
    lines = synced.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "Synced with the hub Lancashire and South Cumbria ICB: pushed "
    )
    assert lines[0].endswith(", pulled 0, conflicts 0") and "pushed 0," not in lines[0]
    assert '"icb": false' in config_file.read_text()  # the role's reach, learnt on connect

    again = run("sync", "--quiet", "--data-dir", str(data_dir))  # `sync` alone: the hub
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == (
        "Synced with the hub Lancashire and South Cumbria ICB: pushed 0, pulled 0, conflicts 0"
    )


def test_failures_are_one_line_each(data_dir: Path, keyring_file: object) -> None:
    away = f"host=127.0.0.1 port={free_port()} user=bpl dbname=hub"
    unreachable = run(
        "hub", "connect", "--dsn", away, "--name", "ICB", "--password-stdin", stdin="pw\n"
    )
    assert "Cannot reach the hub ICB at 127.0.0.1" in one_line_failure(unreachable)

    with_password = run("hub", "connect", "--dsn", away + " password=x", "--name", "ICB")
    assert "holds a password" in one_line_failure(with_password)

    no_hub = run("hub", "sync", "--data-dir", str(data_dir))
    assert "No hub is set up on this laptop yet" in one_line_failure(no_hub)

    # A keyring nobody chose that keeps passwords in a plain file: refused, nothing kept.
    plain = run(
        "hub", "connect", "--dsn", away, "--name", "ICB", "--password-stdin", stdin="pw\n",
        keyring=None,
    )  # fmt: skip
    assert "plain file" in one_line_failure(plain)
