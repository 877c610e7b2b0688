"""The revision ids read from the version scripts without Alembic match Alembic's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from placeboard.store import migrator
from placeboard.store.database import open_database


def test_revisions_match_alembic() -> None:
    scripts = ScriptDirectory.from_config(migrator.alembic_config())
    assert migrator.known_revisions() == {s.revision for s in scripts.walk_revisions()}
    assert migrator.head_revision() == scripts.get_current_head()


def test_opening_a_database_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    # Alembic costs a large part of a second at start-up; it is needed only to upgrade.
    open_database(tmp_path).close()  # a new database: created by an Alembic upgrade
    code = (
        "import sys; from pathlib import Path; "
        "from placeboard.store.database import open_database; "
        f"open_database(Path({str(tmp_path)!r})).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
