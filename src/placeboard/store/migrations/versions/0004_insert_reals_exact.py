"""an insert's decimal fields are logged with every digit

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

The change-log triggers are made again from `placeboard.store.changelog.trigger_sql`:
an insert's REAL fields go into its JSON object with 17 significant digits, so the
record arrives on another laptop with exactly the same numbers (json_object alone
writes 15: a target of 0.1 + 0.2 arrived as 0.3). Rows already in the log are left as
they are; an edit of such a field since is logged exactly.
"""

from __future__ import annotations

from alembic import op

from placeboard.store.changelog import remake_triggers

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    remake_triggers(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("PlaceBoard migrates forward only; restore a backup instead.")
