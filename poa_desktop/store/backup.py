"""Consistent copies of a database file through SQLite's online backup API.

The backup API copies a consistent snapshot even while the app holds the database open (a file
copy could catch a half-written page or miss the WAL), so it serves both the copy taken before a
schema upgrade and rolling backups.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from .errors import NotADatabaseError
from .probe import read_only_connection

BACKUP_FOLDER: Final = "backups"


def backup_database(db_path: Path, dest: Path) -> Path:
    """Copy the database at ``db_path`` into a new file ``dest`` and return ``dest``.

    The copy is written beside ``dest`` under a temporary name and renamed into place, so a crash
    never leaves a truncated file that looks like a backup. The copy uses a rollback journal
    (not WAL) so it is one self-contained file. An existing ``dest`` is never overwritten.
    """
    if dest.exists():
        raise FileExistsError(f"backup destination {dest} already exists")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with (
            closing(read_only_connection(db_path)) as source,
            closing(sqlite3.connect(partial)) as target,
        ):
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.DatabaseError as error:
        partial.unlink(missing_ok=True)
        raise NotADatabaseError(db_path, f"SQLite cannot read it ({error})") from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, dest)
    return dest


def backup_path(db_path: Path, reason: str, now: datetime | None = None) -> Path:
    """``<db folder>/backups/<stem>-<reason>-<UTC timestamp>.sqlite``, a name not yet taken.

    Every backup the app makes is named this way, so the list of backups can say when and why
    each was taken without opening it.
    """
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = db_path.parent / BACKUP_FOLDER
    base = f"{db_path.stem}-{reason}-{stamp}"
    candidate = folder / f"{base}.sqlite"
    counter = 1
    while candidate.exists():  # two backups within one second keep both
        counter += 1
        candidate = folder / f"{base}-{counter}.sqlite"
    return candidate


def backup_path_before_upgrade(
    db_path: Path, new_revision: str, now: datetime | None = None
) -> Path:
    """Where the copy taken before upgrading to schema ``new_revision`` goes."""
    return backup_path(db_path, f"before-schema-{new_revision}", now)


def copy_database(db_path: Path, dest: Path) -> Path:
    """Write a consistent copy of ``db_path`` to ``dest``, replacing a file already there.

    For "Save a copy as…": the user chose ``dest`` and confirmed replacing it. The copy is made
    beside ``dest`` first, so a failure leaves any earlier file at ``dest`` as it was.
    """
    if dest.resolve() == db_path.resolve():
        raise FileExistsError(f"{dest} is the database itself; choose another name")
    staging = dest.with_name(f".{dest.name}.copying")
    staging.unlink(missing_ok=True)
    try:
        backup_database(db_path, staging)
        os.replace(staging, dest)
    finally:
        staging.unlink(missing_ok=True)
    return dest


def restore_into(backup: Path, db_path: Path) -> None:
    """Replace the content of the database at ``db_path`` with the backup's, in place.

    The SQLite backup API writes into the live file under its own lock, as one transaction, and
    keeps the destination's WAL mode; the file keeps its name and identity. Close every other
    connection first (pooled ones would keep reading the old pages).
    """
    try:
        with (
            closing(read_only_connection(backup)) as source,
            closing(sqlite3.connect(db_path)) as target,
        ):
            source.backup(target)
    except sqlite3.DatabaseError as error:
        raise NotADatabaseError(backup, f"SQLite cannot read it ({error})") from error
