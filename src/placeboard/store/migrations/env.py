"""Alembic environment: always run by PlaceBoard on a connection it hands over."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import placeboard.store.tables  # noqa: F401  (registers every table)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
