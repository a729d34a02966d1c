"""Alembic's environment for Tour de Table.

There is no alembic.ini: :mod:`db.migrate` builds the configuration in code and hands this
script an open connection (``config.attributes["connection"]``) on which it has switched
foreign keys off and begun the one transaction every pending migration runs in. This script
only configures the context on that connection and runs the migrations.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

import db.models  # noqa: F401  (registers the tables on Base.metadata)
from db.base import Base

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError(
            "Tour de Table's migrations run through db.migrate, which passes an open "
            "connection in config.attributes['connection']; there is no alembic.ini."
        )
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite alters most things only by rebuilding the table: batch mode does that.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError(
        "Offline (--sql) migrations are not supported: the batch rebuilds that SQLite needs "
        "reflect the live tables."
    )
run_migrations_online()
