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

from alembic import op

from placeboard.store.changelog import remake_triggers

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    remake_triggers(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("PlaceBoard migrates forward only; restore a backup instead.")
