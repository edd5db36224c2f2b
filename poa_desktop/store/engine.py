"""SQLAlchemy engines on a SQLite file, with the pragmas the store relies on."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

# The SQLite dialect is imported here, with the rest of SQLAlchemy, rather than by the first
# create_engine(): every engine needs it, and the window's start-up then loads it before Qt
# (whose import hook reads the source of every module imported after it; see ui/app.py).
import sqlalchemy.dialects.sqlite  # noqa: F401
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS: Final = 5000
"""How long a writer waits for another connection's lock before giving up."""

IMMEDIATE: Final = "poa_begin_immediate"
"""Execution option: transactions on this engine (or connection) begin IMMEDIATE.

A transaction that reads, then writes, takes SQLite's write lock only at its first write when it
began deferred; if another connection writes meanwhile SQLite cannot wait (the busy timeout does
not apply: the reader's snapshot is stale) and fails at once with "database is locked". Beginning
IMMEDIATE takes the write lock up front, where the busy timeout makes a second writer wait its
turn. Reading sessions stay deferred so they never queue behind a writer.
"""


def sqlite_url(path: Path) -> URL:
    """``sqlite:///<path>`` built without string pasting (safe for any character in the path)."""
    return URL.create("sqlite", database=str(path))


def create_sqlite_engine(
    path: Path, *, foreign_keys: bool = True, for_migration: bool = False
) -> Engine:
    """An engine whose every connection has foreign keys, WAL, ``synchronous=FULL`` and a timeout.

    SQLAlchemy, not the sqlite3 module, emits BEGIN, so that SELECTs, DDL and SAVEPOINTs are
    really inside the transaction (the sqlite3 module's legacy mode leaves them outside). A
    writing engine (execution option :data:`IMMEDIATE`) begins IMMEDIATE. A migration engine
    begins IMMEDIATE too (take the write lock up front), uses one connection at a time, and
    turns foreign keys off: SQLite ignores that pragma inside a transaction, and batch mode
    drops and rebuilds tables, which with foreign keys on would cascade-delete child rows.
    """
    engine = create_engine(sqlite_url(path), poolclass=NullPool if for_migration else None)
    pragmas = (
        f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}",
        f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = for_migration or connection.get_execution_options().get(IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
