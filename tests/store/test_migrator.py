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


def test_0002_makes_a_0001_database_log_an_insert_as_one_row(tmp_path: Path) -> None:
    """A database from release 0001 logged an insert field by field; after the upgrade
    (with a backup first) its old rows stay and new inserts are one row each."""
    import sqlite3

    from placeboard.services import Services

    services = Services(open_database(tmp_path))
    services.places.create_place("Blackpool", "unitary")
    services.close()
    path = tmp_path / "placeboard.sqlite3"
    conn = sqlite3.connect(path)
    # As 0001 left it: the insert trigger of `place` logging one row per field.
    conn.execute("DROP TRIGGER cl_place_ins")
    conn.execute(
        "CREATE TRIGGER cl_place_ins AFTER INSERT ON place WHEN pb_applying() = 0 BEGIN "
        "INSERT INTO change_log(hlc, site, place_id, tbl, pk, col, val, base_hlc) "
        "SELECT pb_hlc(), pb_site(), NEW.place_id, 'place', NEW.id, 'name', NEW.name, NULL; "
        "END"
    )
    conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.commit()
    conn.close()

    services = Services(open_database(tmp_path))
    try:
        services.places.create_place("Lancashire", "upper_tier_county")
        assert [p.name for p in services.places.list_places()] == ["Blackpool", "Lancashire"]
    finally:
        services.close()
    conn = sqlite3.connect(path)
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    cols = [r[0] for r in conn.execute("SELECT col FROM change_log WHERE tbl = 'place'")]
    conn.close()
    assert version == migrator.head_revision() == "0002"
    assert cols == ["*", "*"]  # each insert one row, before and after the upgrade
    assert any(
        p.name.endswith("before-migration.sqlite3") for p in (tmp_path / "backups").iterdir()
    )
