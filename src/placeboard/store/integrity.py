"""Read-only health figures of an open database (for `placeboard check`)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session


def integrity(session: Session) -> str:
    """SQLite's own verdict: 'ok' or the first problem it found."""
    return str(session.exec(text("PRAGMA integrity_check")).scalar())


def foreign_key_faults(session: Session) -> int:
    return len(session.exec(text("PRAGMA foreign_key_check")).all())


def revision(session: Session) -> str:
    return str(session.exec(text("SELECT version_num FROM alembic_version")).scalar())


def live_rows(session: Session, tables: Iterable[str]) -> dict[str, int]:
    """Rows that are not tombstoned, per synced table."""
    return {
        t: int(session.exec(text(f'SELECT count(*) FROM "{t}" WHERE deleted = 0')).scalar() or 0)
        for t in tables
    }


def change_rows(session: Session) -> int:
    return int(session.exec(text("SELECT count(*) FROM change_log")).scalar() or 0)
