"""Opening the store: the one entry point the services use."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType
from typing import Final, Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from .engine import create_sqlite_engine
from .probe import VERSION_TABLE, probe_database

SCHEMA_HEAD: Final = "0004"
"""Schema revision this version writes; a test keeps it equal to Alembic's head.

Comparing against a constant lets a current database open without importing Alembic.
"""

DB_PATH_ENV: Final = "POA_DESKTOP_DB"
"""Environment variable naming the database file (tests and portable installs use it)."""


def file_identity(path: Path) -> tuple[int, int] | None:
    """``(st_dev, st_ino)`` of the file at ``path``; None when there is no file there."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


class Database:
    """An open database file: its engine and a session factory."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Deleting or replacing the file does not stop SQLite, which goes on writing into the
        # old inode: remembering which file was opened lets a writer notice (file_replaced).
        self.identity = file_identity(path)

    def file_replaced(self) -> bool:
        """True when the file opened is no longer at :attr:`path` (deleted, moved or replaced).

        One ``stat`` (a few microseconds), cheap enough to run before every commit.
        """
        if self.identity is None:  # opened before the file existed: the first one counts
            self.identity = file_identity(self.path)
            return False
        return file_identity(self.path) != self.identity

    def session(self) -> Session:
        """A new session; use ``with db.session() as s, s.begin(): ...`` for one transaction."""
        return self._sessions()

    def schema_revision(self) -> str | None:
        """The revision stamped in the database (None when unstamped)."""
        with self.engine.connect() as connection:
            exists = connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
            ).first()
            if exists is None:
                return None
            rows = connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").all()
        return ",".join(sorted(row[0] for row in rows)) or None

    def close(self) -> None:
        """Release every pooled connection (the WAL is checkpointed when the last one closes)."""
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({str(self.path)!r})"


def open_database(path: Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path``, upgrading its schema when older.

    A current database opens without importing Alembic. A database from a newer version is
    refused (:class:`DatabaseTooNewError`) and a file that is not a poa-desktop database too
    (:class:`NotADatabaseError`), both leaving the file untouched. An older database is backed
    up into ``backups/`` beside it, then upgraded. ``migrate=False`` opens the schema as found
    (still refusing newer and foreign files), for tests and diagnostics.
    """
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    state = probe_database(path)
    if state.revision != SCHEMA_HEAD and (migrate or state.revision is not None):
        from . import migrate as migrations

        if state.revision is not None:
            migrations.check_known(path, state.revision)
        if migrate:
            migrations.upgrade_to_head(path)
    return Database(path, create_sqlite_engine(path))


def default_database_path() -> Path:
    """Where the database lives: ``$POA_DESKTOP_DB`` if set, else the user's data folder."""
    override = os.environ.get(DB_PATH_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return platformdirs.user_data_path("poa-desktop", appauthor=False) / "poa-desktop.sqlite"
