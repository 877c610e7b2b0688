"""A real PostgreSQL server for the hub tests, started by the tests on 127.0.0.1.

initdb into a fresh folder, pg_ctl start on a free port with the socket in that folder,
stopped and removed at the end of the session. initdb refuses to run as root, so as
root (CI, a fresh Debian machine) the server runs as the `postgres` user through
runuser, in a folder under the system temp folder that user owns. The superuser logs
in over the socket without a password; every other role over TCP with its password
(scram-sha-256), as laptops will.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

SUPERUSER = "postgres"
HBA = """\
local all all trust
host all all 127.0.0.1/32 scram-sha-256
"""
SETTINGS = {
    "listen_addresses": "127.0.0.1",
    "fsync": "off",  # the tests lose nothing if the machine crashes
    "full_page_writes": "off",
    "max_connections": "40",
    "shared_buffers": "32MB",
    "log_min_messages": "warning",
}


def find_bindir() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else Debian's newest install."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One throw-away cluster; `run_as` is the user its programs run as (None: us)."""

    def __init__(self, bindir: Path, folder: Path, run_as: str | None) -> None:
        self.bindir = bindir
        self.folder = folder
        self.data = folder / "data"
        self.log = folder / "server.log"
        self.run_as = run_as
        self.port = free_port()
        self._counter = 0

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", self.run_as, "--"] if self.run_as else []
        return subprocess.run(
            [*prefix, *args], capture_output=True, text=True, timeout=120, check=check
        )

    def init(self) -> None:
        self._run(
            str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "-A", "trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        (self.data / "pg_hba.conf").write_text(HBA)
        if self.run_as:
            entry = pwd.getpwnam(self.run_as)
            os.chown(self.data / "pg_hba.conf", entry.pw_uid, entry.pw_gid)

    def start(self) -> None:
        options = " ".join(f"-c {k}={v}" for k, v in SETTINGS.items())
        options += f" -p {self.port} -k {self.folder}"
        result = self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w",
            "-t", "60", "-o", options, "start", check=False,
        )  # fmt: skip
        if result.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{log[-2000:]}")

    def stop(self, mode: str = "fast") -> None:
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop",
            check=False,
        )  # fmt: skip

    # connections

    def admin_dsn(self, dbname: str = "postgres") -> str:
        return f"host={self.folder} port={self.port} user={SUPERUSER} dbname={dbname}"

    def dsn(self, user: str, dbname: str) -> str:
        """A laptop's DSN: over TCP, no password (that comes from the keyring)."""
        return f"host=127.0.0.1 port={self.port} user={user} dbname={dbname}"

    def admin(self, dbname: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.admin_dsn(dbname), autocommit=True)

    def unique(self, stem: str) -> str:
        self._counter += 1
        return f"{stem}_{os.getpid()}_{self._counter}"

    def create_database(self, stem: str = "hub") -> str:
        name = self.unique(stem)
        with self.admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return name

    def create_login(self, stem: str, password: str) -> str:
        name = self.unique(stem)
        with self.admin() as conn:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(password)
                )
            )
        return name


def server_folder(run_as: str | None, tmp: Path) -> Path:
    if not run_as:
        return tmp
    # The pytest temp tree is private to root: the server gets a folder of its own.
    folder = Path(tempfile.mkdtemp(prefix="placeboard-pg-"))
    entry = pwd.getpwnam(run_as)
    os.chown(folder, entry.pw_uid, entry.pw_gid)
    return folder


def user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return shutil.which("runuser") is not None


@contextmanager
def running_server(bindir: Path, tmp: Path) -> Iterator[PgServer]:
    """A server for as long as the block runs (the tests' fixture, the benchmarks)."""
    run_as = SUPERUSER if os.geteuid() == 0 else None
    folder = server_folder(run_as, tmp)
    server = PgServer(bindir, folder, run_as)
    try:
        server.init()
        server.start()
        yield server
    finally:
        server.stop("immediate")
        if run_as:
            shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgServer]:
    bindir = find_bindir()
    if bindir is None:
        pytest.fail("PostgreSQL is not installed: `make system-deps` installs it")
    if os.geteuid() == 0 and not user_exists(SUPERUSER):
        pytest.fail("running as root and there is no postgres user to run PostgreSQL as")
    with running_server(bindir, tmp_path_factory.mktemp("pg")) as server:
        yield server
