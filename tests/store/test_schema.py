"""The models and the migrations must agree; every synced table is logged and guarded."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from placeboard.store.changelog import trigger_names
from placeboard.store.database import Database, open_database
from placeboard.store.tables import synced_tables

AREAS = {
    "place",
    "organisation",
    "partner",
    "person",
    "membership",
    "deputy",
    "declaration",
    "tor_version",
    "tor_section",
    "tor_approval",
    "stage",
    "criterion",
    "criterion_evidence",
    "priority",
    "milestone",
    "priority_update",
    "metric",
    "metric_value",
    "meeting",
    "agenda_item",
    "paper",
    "attachment",
    "attendance",
    "minute",
    "resolution",
    "action",
    "forward_plan_entry",
    "risk",
}


def test_migrated_database_matches_the_models(data_dir: Path) -> None:
    db = open_database(data_dir)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    db.close()
    assert diff == []


def test_every_area_of_the_domain_has_a_synced_table() -> None:
    assert set(synced_tables()) >= AREAS


def test_every_synced_table_has_its_sync_columns_and_triggers(services) -> None:  # type: ignore[no-untyped-def]
    db: Database = services.db
    insp = inspect(db.engine)
    with db.engine.connect() as conn:
        triggers = {
            r[0]
            for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        }
    for table in synced_tables():
        columns = {c["name"]: c for c in insp.get_columns(table)}
        assert {"id", "place_id", "created_at", "updated_at", "deleted"} <= set(columns), table
        assert insp.get_pk_constraint(table)["constrained_columns"] == ["id"]
        assert str(columns["id"]["type"]).upper().startswith("VARCHAR")
        assert set(trigger_names(table)) <= triggers, table
        # No UNIQUE constraints on synced tables other than the primary key.
        assert not insp.get_unique_constraints(table), table
        assert not [i for i in insp.get_indexes(table) if i["unique"]], table
