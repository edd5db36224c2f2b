"""Opening the store: the one entry point the services use."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from poa_desktop.paths import create_private_file, make_private_folder

from .engine import IMMEDIATE, create_sqlite_engine
from .errors import DatabaseDamagedError
from .probe import APPLICATION_ID, SCHEMA_HEAD, VERSION_TABLE, integrity_problems, probe_database


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
        self._writers = sessionmaker(
            engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False
        )
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
        """A new session for reading: its transactions begin deferred (they never wait).

        Write with :meth:`writing` instead: a deferred transaction that writes after reading
        cannot wait for another writer and fails with "database is locked".
        """
        return self._sessions()

    @contextlib.contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction: ``with db.writing() as session: ...`` commits at the end.

        It begins IMMEDIATE, taking SQLite's write lock up front, so a second writer (another
        window, a command) waits its turn for up to the busy timeout instead of failing. An
        exception rolls everything back.
        """
        with self._writers() as session, session.begin():
            yield session

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
    make_private_folder(path.parent)
    state = probe_database(path)
    if state.revision is not None and state.revision != SCHEMA_HEAD:
        from . import migrate as migrations

        migrations.check_known(path, state.revision)
    if state.has_tables:  # before anything writes to it or copies it as a backup
        problems = integrity_problems(path)
        if problems:
            raise DatabaseDamagedError(path, problems)
    # SQLite gives the -wal and -shm files the database file's mode: create it private first.
    create_private_file(path)
    if state.revision != SCHEMA_HEAD and migrate:
        from . import migrate as migrations

        migrations.upgrade_to_head(path)
    database = Database(path, create_sqlite_engine(path))
    if state.application_id != APPLICATION_ID:
        _stamp_application_id(database)
    return database


def _stamp_application_id(database: Database) -> None:
    """Write poa-desktop's application id into the file's header (new, or from before 0.x).

    Best effort: a file that cannot be written right now opens anyway (saving will say why).
    """
    with contextlib.suppress(DBAPIError), database.engine.connect() as connection:
        connection = connection.execution_options(**{IMMEDIATE: True})
        with connection.begin():
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
