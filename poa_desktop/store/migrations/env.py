"""Alembic environment: runs only on the connection ``poa_desktop.store.migrate`` hands over.

Keeping the connection in the caller's hands means one connection, one transaction, and the
pragmas the caller chose (foreign keys off while tables are rebuilt in batch mode).
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from sqlalchemy.engine import Connection
from sqlalchemy.types import TypeDecorator

from poa_desktop.store import models  # noqa: F401  (registers every table on Base.metadata)
from poa_desktop.store.base import Base


def render_item(kind: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Render app column types by their plain SQLAlchemy type, so that a generated migration
    never imports app code (a migration must keep working after the app's code changes)."""
    if kind == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl_instance!r}"
    return False


def run_migrations(connection: Connection) -> None:
    """Migrate on ``connection`` in batch mode, the only way to alter tables in SQLite."""
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


_connection = context.config.attributes.get("connection")
if context.is_offline_mode() or not isinstance(_connection, Connection):
    raise RuntimeError(
        "poa-desktop migrations run from code (poa_desktop.store.migrate), not from the alembic "
        "command line, and never offline"
    )
run_migrations(_connection)
