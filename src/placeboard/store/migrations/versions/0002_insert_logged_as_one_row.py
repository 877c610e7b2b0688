"""an insert is logged as one change row for the whole record

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

The change-log triggers of every synced table are made again from
`placeboard.store.changelog.trigger_sql`: an insert now appends one row (field `*`, a
JSON object of the record's fields) instead of one per field, and an update's
`base_hlc` reads the later of the field's own stamp and its record's `*`. Rows already
in the log keep their meaning.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from placeboard.store.changelog import drop_sql, trigger_sql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _logged_tables(bind: sa.engine.Connection) -> list[str]:
    """The tables with change-log triggers (the synced tables), from the schema itself."""
    rows = bind.execute(
        sa.text("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'cl\\_%\\_ins' ESCAPE '\\'")
    )
    return sorted(r[0] for r in rows)


def upgrade() -> None:
    bind = op.get_bind()
    for table in _logged_tables(bind):
        columns = [c["name"] for c in sa.inspect(bind).get_columns(table)]
        for statement in [*drop_sql(table), *trigger_sql(table, columns)]:
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("PlaceBoard migrates forward only; restore a backup instead.")
