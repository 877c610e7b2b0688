"""A sync process killed with SIGKILL mid-apply leaves an intact database; the next
import finishes the work and nothing is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from placeboard.store.database import Database, open_database
from placeboard.store.tables import Person, Place
from placeboard.sync.bundle import read_bundle, write_bundle

from .replicas import dump, rows

Make = Callable[..., Database]
BATCH = 200
CHILD = """
import sys
from pathlib import Path
from placeboard.store.database import open_database
from placeboard.sync.bundle import read_bundle

db = open_database(Path(sys.argv[1]), backup_on_open=False)
read_bundle(db, Path(sys.argv[2]), batch_size={batch},
            progress=lambda done, total, message: print(done, flush=True))
print("finished", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_sync_killed_mid_apply_leaves_an_intact_database_that_finishes(
    make_replica: Make, tmp_path: Path
) -> None:
    source = make_replica("source")
    with source.write() as s:
        place = Place(name="Blackpool", kind="unitary")
        place.place_id = place.id
        s.add(place)
        s.flush()
        for n in range(4_000):
            s.add(Person(place_id=place.id, full_name=f"Member {n}", job_title="Governor"))
    out = write_bundle(source, tmp_path / "large.pbsync").path
    target = make_replica("target")
    target.close()

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(batch=BATCH), str(target.folder), str(out)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    for _ in range(3):  # three batches committed; the fourth under way
        assert child.stdout.readline().strip().isdigit()
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    db = open_database(target.folder, backup_on_open=False)
    try:
        assert rows(db, "PRAGMA integrity_check") == [("ok",)]
        applied = rows(db, "SELECT count(*) FROM change_log")[0][0]
        assert 3 * BATCH <= applied < 4_001 and applied % BATCH == 0  # whole batches only
        done = read_bundle(db, out)
        assert done.merge.duplicates == applied and done.merge.applied == 4_001 - applied
        assert dump(db) == dump(source)
        assert rows(db, "PRAGMA foreign_key_check") == []
    finally:
        db.close()
