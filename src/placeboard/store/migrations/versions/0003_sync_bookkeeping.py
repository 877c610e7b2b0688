"""sync bookkeeping: peers' cursors, records waiting, conflict kinds, history by record

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

`sync_peer` keeps how far sync has gone with each peer (bundles, the hub) and
`sync_pending` the records whose changes arrived before their insert or their parent;
neither is synced and neither has change-log triggers. A conflict now says what kind
it is (a concurrent edit, long text, an edit to a deleted record or under a deleted
parent) and which record was deleted. `change_log.pk` is indexed so that sync can read
one record's history.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_peer",
        sa.Column("peer", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("scope", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("pushed_upto", sa.Integer(), nullable=False),
        sa.Column("sent_upto", sa.Integer(), nullable=False),
        sa.Column("pulled_upto", sa.Integer(), nullable=False),
        sa.Column("last_ok_at", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("last_error_at", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.PrimaryKeyConstraint("peer", "scope"),
    )
    op.create_table(
        "sync_pending",
        sa.Column("tbl", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("pk", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("since", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "pk"),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "kind",
                sqlmodel.sql.sqltypes.AutoString(),
                nullable=False,
                server_default="concurrent",
            )
        )
        batch_op.add_column(
            sa.Column("parent_tbl", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
        )
        batch_op.add_column(
            sa.Column("parent_pk", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
        )
    # A plain CREATE INDEX: rebuilding change_log in a batch would drop the trigger on it.
    op.create_index("ix_change_log_pk", "change_log", ["pk"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("PlaceBoard migrates forward only; restore a backup instead.")
