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

    from alembic import command
    from sqlalchemy import create_engine

    from placeboard.services import Services

    path = tmp_path / "placeboard.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as alembic_conn:  # the schema as release 0001 left it
        command.upgrade(migrator.alembic_config(alembic_conn), "0001")
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.create_function("pb_hlc", 0, lambda: "000000000000001-000000-0001")
    conn.create_function("pb_site", 0, lambda: "0001")
    conn.create_function("pb_applying", 0, lambda: 0)
    # As 0001 left it: the insert trigger of `place` logging one row per field.
    conn.execute("DROP TRIGGER cl_place_ins")
    conn.execute(
        "CREATE TRIGGER cl_place_ins AFTER INSERT ON place WHEN pb_applying() = 0 BEGIN "
        "INSERT INTO change_log(hlc, site, place_id, tbl, pk, col, val, base_hlc) "
        "SELECT pb_hlc(), pb_site(), NEW.place_id, 'place', NEW.id, 'name', NEW.name, NULL; "
        "END"
    )
    conn.execute(
        "INSERT INTO place(id, place_id, created_at, updated_at, deleted, name, icb_name, kind) "
        "VALUES ('p1', 'p1', '2026', '2026', 0, 'Blackpool', '', 'unitary')"
    )
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
    assert version == migrator.head_revision()
    assert cols == ["name", "*"]  # 0001's row kept; an insert after the upgrade is one row
    assert any(
        p.name.endswith("before-migration.sqlite3") for p in (tmp_path / "backups").iterdir()
    )


def test_0004_logs_a_new_record_s_decimals_with_every_digit(tmp_path: Path) -> None:
    """A database left at 0003 logs 15 digits; once opened (migrated to head) a new
    record's REAL fields go into the change log exactly."""
    import json

    from alembic import command
    from sqlalchemy import create_engine

    from placeboard.services import Services

    path = tmp_path / "placeboard.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as alembic_conn:
        command.upgrade(migrator.alembic_config(alembic_conn), "0003")
    engine.dispose()

    services = Services(open_database(tmp_path))
    try:
        metric = services.metrics.define_metric("A&E within 4 hours", "%", target=0.1 + 0.2)
        with services.db.read() as s:
            logged = s.connection().exec_driver_sql(
                "SELECT val FROM change_log WHERE tbl = 'metric' AND pk = ? AND col = '*'",
                (metric.id,),
            ).scalar_one()
    finally:
        services.close()
    assert json.loads(logged)["target"] == 0.1 + 0.2 != 0.3
