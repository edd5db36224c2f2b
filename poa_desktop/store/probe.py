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

SQLITE_HEADER: Final = b"SQLite format 3\x00"
VERSION_TABLE: Final = "alembic_version"


@dataclass(frozen=True)
class DatabaseFile:
    """What the file holds: its schema revision (None if unstamped) and whether it has tables."""

    path: Path
    revision: str | None
    has_tables: bool

    @property
    def is_empty(self) -> bool:
        """A new or empty file: migrate from scratch, nothing to back up."""
        return self.revision is None and not self.has_tables


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A sqlite3 connection that cannot write to ``path`` (not even pragmas or a journal mode)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


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
        with closing(read_only_connection(path)) as connection:
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
    revision = ",".join(sorted(revisions)) if revisions else None
    if revision is None and tables - {VERSION_TABLE}:
        raise NotADatabaseError(
            path,
            "it is an SQLite database written by another program (it has no poa-desktop schema)",
        )
    return DatabaseFile(path, revision, has_tables=bool(tables - {VERSION_TABLE}))
