"""Alembic environment: runs on the connection JAGDesk passes in (never a URL from a file)."""

from __future__ import annotations

from alembic import context

from jagdesk.store.base import Base, load_every_table

load_every_table()  # every table on the metadata: the models are imported as first used

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("JAGDesk migrations run through jagdesk.store.migrate, on a live connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things: batch mode rebuilds the table instead.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
