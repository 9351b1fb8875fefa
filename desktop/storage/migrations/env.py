"""Alembic environment: runs on the connection handed over by desktop.storage.schema."""

from __future__ import annotations

from alembic import context

from desktop.storage.orm import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `alembic` on the command line takes this path
    raise RuntimeError("run migrations through desktop.storage.schema.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode rebuilds tables safely
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
