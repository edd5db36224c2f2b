"""Looks at a database file before anything opens it for writing, without importing Alembic.

Deciding whether to migrate, refuse, or simply open must not change a byte of the file (a
refused database stays exactly as it was) and must be fast (it runs at every start-up).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from .errors import DatabaseUnavailableError, NotADatabaseError

SCHEMA_HEAD: Final = "0006"
"""Schema revision this version writes; a test keeps it equal to Alembic's head.

Comparing against a constant lets a current database open without importing Alembic (and the
command line's quick reads, :mod:`.quick_read`, without SQLAlchemy).
"""

SQLITE_HEADER: Final = b"SQLite format 3\x00"
VERSION_TABLE: Final = "alembic_version"
APPLICATION_ID: Final = 0x504F4144
"""``PRAGMA application_id`` of a poa-desktop database: "POAD" (0 in files from before it)."""


@dataclass(frozen=True)
class DatabaseFile:
    """What the file holds: its schema revision (None if unstamped) and whether it has tables."""

    path: Path
    revision: str | None
    has_tables: bool
    application_id: int = 0

    @property
    def is_empty(self) -> bool:
        """A new or empty file: migrate from scratch, nothing to back up."""
        return self.revision is None and not self.has_tables


def quick_check(connection: sqlite3.Connection, limit: int = 10) -> list[str]:
    """What SQLite's ``quick_check`` finds wrong, on an open connection (empty: it passed)."""
    found = [str(row[0]) for row in connection.execute(f"PRAGMA quick_check({int(limit)})")]
    return [] if found == ["ok"] else found


def integrity_problems(path: Path, limit: int = 10) -> list[str]:
    """What SQLite's ``quick_check`` finds wrong in the file (empty: it passed).

    ``quick_check`` reads every page and checks the b-tree structure without the slower index
    cross-checks of ``integrity_check``: milliseconds for a typical assessment.
    """
    try:
        with closing(probing_connection(path)) as connection:
            return quick_check(connection, limit)
    except sqlite3.DatabaseError as error:
        return [str(error)]


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A sqlite3 connection that cannot write to ``path`` (not even pragmas or a journal mode)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def probing_connection(path: Path) -> sqlite3.Connection:
    """A connection for looking at ``path`` that leaves nothing behind it.

    A reader of a WAL database creates the ``-wal`` and ``-shm`` files, and a read-only
    connection cannot remove them when it closes. So when neither exists (no one has the file
    open, nothing to recover) the probe opens it read-write with ``query_only`` on: no statement
    can write, and as the last connection it removes the two files itself, under SQLite's own
    locks. When they exist, another connection may be using them: read-only, and they stay.
    """
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    if any(sidecar.exists() for sidecar in sidecars):
        return read_only_connection(path)
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    connection.execute("PRAGMA query_only = ON")
    return connection


def probe_database(path: Path) -> DatabaseFile:
    """Read the schema revision of ``path`` with plain SQL; refuse what is not a database."""
    if not path.exists():
        return DatabaseFile(path, None, has_tables=False)
    if not path.is_file():
        raise NotADatabaseError(path, "it is a folder, not a file")
    with path.open("rb") as stream:
        header = stream.read(len(SQLITE_HEADER))
    if not header:
        return DatabaseFile(path, None, has_tables=False)
    if header != SQLITE_HEADER:
        raise NotADatabaseError(path)
    try:
        with closing(probing_connection(path)) as connection:
            (application_id,) = connection.execute("PRAGMA application_id").fetchone()
            tables = {
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                )
            }
            revisions = (
                [row[0] for row in connection.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
                if VERSION_TABLE in tables
                else []
            )
    except sqlite3.OperationalError as error:  # locked, unreadable: the file may be fine
        raise DatabaseUnavailableError(path, str(error)) from error
    except sqlite3.DatabaseError as error:  # "file is not a database", "malformed"
        raise NotADatabaseError(path, f"SQLite cannot read it ({error})") from error
    if application_id not in (0, APPLICATION_ID):
        raise NotADatabaseError(
            path,
            "it is an SQLite file of another program (its application id is "
            f"{_application_name(application_id)}, poa-desktop's is "
            f"{_application_name(APPLICATION_ID)})",
        )
    revision = ",".join(sorted(revisions)) if revisions else None
    if revision is None and tables - {VERSION_TABLE}:
        raise NotADatabaseError(
            path,
            "it is an SQLite database written by another program (it has no poa-desktop schema)",
        )
    return DatabaseFile(
        path, revision, has_tables=bool(tables - {VERSION_TABLE}), application_id=application_id
    )


def _application_name(application_id: int) -> str:
    """``0x47504B47 ("GPKG")``: the id in hex, and as four letters when it spells some."""
    raw = (application_id & 0xFFFFFFFF).to_bytes(4, "big")
    word = raw.decode("ascii", "replace")
    readable = raw.isascii() and word.isprintable()
    return f"0x{application_id & 0xFFFFFFFF:08X}" + (f' ("{word}")' if readable else "")
