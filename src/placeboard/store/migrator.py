"""Alembic, driven from code: the schema revisions this PlaceBoard knows and upgrades.

Opening a database only needs the revision ids (is the file at head, or from a newer
PlaceBoard?), so they are read from the version scripts' `revision = …` lines without
importing Alembic, which costs a large part of a second at start-up; Alembic itself is
imported only when there is something to upgrade.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).with_name("migrations")
VERSIONS = MIGRATIONS / "versions"
_ASSIGNMENT = re.compile(
    r"^(?P<name>revision|down_revision)\s*(?::[^=]+)?=\s*(?P<value>.+?)\s*$", re.MULTILINE
)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _ids(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)  # type: ignore[attr-defined]


@cache
def _graph() -> dict[str, tuple[str, ...]]:
    """revision -> the revisions it follows, from the version scripts' own lines."""
    graph: dict[str, tuple[str, ...]] = {}
    for script in sorted(VERSIONS.glob("*.py")):
        found = {
            m["name"]: ast.literal_eval(m["value"])
            for m in _ASSIGNMENT.finditer(script.read_text(encoding="utf-8"))
        }
        if "revision" in found:
            graph[str(found["revision"])] = _ids(found.get("down_revision"))
    return graph


def known_revisions() -> set[str]:
    return set(_graph())


def head_revision() -> str:
    graph = _graph()
    followed = {parent for parents in graph.values() for parent in parents}
    heads = [rev for rev in graph if rev not in followed]
    assert len(heads) == 1, f"the migrations have {len(heads)} heads: {heads}"
    return heads[0]


def upgrade(connection: Connection) -> None:
    """Bring the schema to head in one transaction (SQLite DDL is transactional)."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
