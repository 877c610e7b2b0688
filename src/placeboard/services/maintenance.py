"""Backups, restore and the integrity check: keeping the one database file safe."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from placeboard.store import backups, integrity, migrator, paths
from placeboard.store.database import restore_database
from placeboard.store.tables import synced_tables

from .base import Service

# Areas as a board secretary names them, and the tables that hold each.
AREAS: dict[str, tuple[str, ...]] = {
    "Places": ("place", "board", "locality"),
    "Organisations and partners": ("organisation", "partner"),
    "Membership": ("person", "membership", "deputy"),
    "Declarations of interest": ("declaration", "meeting_declaration"),
    "Terms of reference": ("tor_version", "tor_section", "tor_approval"),
    "Stage checklist": ("stage", "criterion", "criterion_evidence", "stage_decision"),
    "Priorities": ("priority", "milestone", "priority_update", "priority_metric", "glossary_term"),
    "Metrics": ("metric", "metric_value", "metric_rebase", "metric_annotation"),
    "Meetings": (
        "meeting",
        "agenda_item",
        "paper",
        "paper_file",
        "attendance",
        "minute",
        "resolution",
    ),
    "Actions and forward plan": ("action", "action_update", "forward_plan_entry"),
    "Risks": ("risk", "risk_contributor", "risk_mitigation"),
    "Attachments": ("attachment",),
}


@dataclass(frozen=True)
class CheckReport:
    integrity: str
    foreign_keys: int
    revision: str
    head: str
    counts: dict[str, int]
    change_rows: int

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.foreign_keys == 0 and self.revision == self.head


@dataclass(frozen=True)
class DataLocations:
    """Where this data folder keeps each thing, for Help ▸ About and support."""

    data_folder: Path
    database_file: Path
    backups_folder: Path
    files_folder: Path  # attached papers and evidence
    log_folder: Path


class MaintenanceService(Service):
    def data_folder(self) -> Path:
        return self.db.folder

    def locations(self) -> DataLocations:
        return DataLocations(
            data_folder=self.db.folder,
            database_file=self.db.path,
            backups_folder=self.db.backups_dir,
            files_folder=self.db.files_dir,
            log_folder=paths.log_dir(),
        )

    def schema_revision(self) -> str:
        """The Alembic revision the database is at."""
        with self.db.read() as s:
            return integrity.revision(s)

    @staticmethod
    def sqlite_version() -> str:
        """The SQLite library the database is opened with (not the Python module's)."""
        return sqlite3.sqlite_version

    def backups_folder(self) -> Path:
        return self.db.backups_dir

    def list_backups(self) -> list[Path]:
        return backups.list_backups(self.db.backups_dir)

    def backup_now(self) -> Path:
        path = backups.take(self.db.path, self.db.backups_dir, reason="manual")
        assert path is not None
        return path

    def restore(self, backup: Path) -> None:
        """Replace the data with a backup's, after checking it and backing up the current
        data (so a restore can itself be undone by restoring that backup)."""
        self.db.restore_from(Path(backup))

    def check(self) -> CheckReport:
        """Integrity, foreign keys and schema, then the number of live records per area."""
        with self.db.read() as s:
            rows = integrity.live_rows(s, synced_tables())
            return CheckReport(
                integrity=integrity.integrity(s),
                foreign_keys=integrity.foreign_key_faults(s),
                revision=integrity.revision(s),
                head=migrator.head_revision(),
                counts={
                    area: sum(rows.get(t, 0) for t in tables) for area, tables in AREAS.items()
                },
                change_rows=integrity.change_rows(s),
            )

    def record_count(self) -> int:
        """Live records in every synced table (cheap: no integrity check)."""
        with self.db.read() as s:
            return sum(integrity.live_rows(s, synced_tables()).values())


def restore_folder(folder: Path, backup: Path) -> None:
    """Restore a backup into a data folder without opening its (maybe damaged) database."""
    restore_database(folder, backup)
