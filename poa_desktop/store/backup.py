"""Consistent copies of a database file through SQLite's online backup API.

The backup API copies a consistent snapshot even while the app holds the database open (a file
copy could catch a half-written page or miss the WAL), so it serves both the copy taken before a
schema upgrade and rolling backups.
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import closing, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from poa_desktop.paths import create_private_file, make_private_folder

from .errors import DatabaseDamagedError, NotADatabaseError, StorageError
from .failures import storage_kind
from .probe import integrity_problems, read_only_connection

BACKUP_FOLDER: Final = "backups"

LEFTOVER_AGE_S: Final = 600.0
"""A temporary file older than this (seconds) was left by a copy that was killed.

Younger ones may belong to a copy another process is writing right now, and are left alone.
"""


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def backup_database(db_path: Path, dest: Path) -> Path:
    """Copy the database at ``db_path`` into a new file ``dest`` and return ``dest``.

    The copy is written beside ``dest`` under a temporary name and renamed into place, so a crash
    never leaves a truncated file that looks like a backup. The copy uses a rollback journal
    (not WAL) so it is one self-contained file. An existing ``dest`` is never overwritten.
    """
    if dest.exists():
        raise FileExistsError(f"backup destination {dest} already exists")
    if _is_sqlite(db_path) and (problems := integrity_problems(db_path)):
        # A damaged copy must not push a good one out of the rolling set.
        raise DatabaseDamagedError(db_path, problems)
    make_private_folder(dest.parent)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        create_private_file(partial)  # 0600: a copy of the answers is as private as they are
        with (
            closing(read_only_connection(db_path)) as source,
            closing(sqlite3.connect(partial)) as target,
        ):
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.DatabaseError as error:
        partial.unlink(missing_ok=True)
        raise _copy_error(db_path, dest, error) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, dest)
    return dest


def _copy_error(db_path: Path, dest: Path, error: sqlite3.DatabaseError) -> Exception:
    """What failed while copying: the copy's disk (full, read-only) or the database itself."""
    kind = storage_kind(error)
    if kind == "full":
        return StorageError(
            f"The disk holding {dest.parent} is full: the copy of {db_path} could not be "
            f"written (SQLite: {error}). Free some space on it and try again; the database "
            "itself was not changed.",
            "full",
        )
    if kind == "read_only" and getattr(error, "sqlite_errorcode", 0) & 0xFF != 14:
        return StorageError(
            f"{dest.parent} cannot be written (read-only folder or no permission): the copy of "
            f"{db_path} could not be made (SQLite: {error}). The database itself was not changed.",
            "read_only",
        )
    return NotADatabaseError(db_path, f"SQLite cannot read it ({error})")


def remove_leftovers(db_path: Path, *, older_than_s: float = LEFTOVER_AGE_S) -> list[Path]:
    """Delete what killed copies left behind; the paths removed.

    A backup or export that was killed leaves its temporary file: ``<name>.partial`` (and
    SQLite's ``<name>.partial-journal``) or ``.<name>.<random>.part``. In ``backups/``, which
    only poa-desktop writes into, every such file goes; beside the database, only those named
    after it (its folder may hold other programs' ``.part`` files, such as a browser's download).
    Files younger than ``older_than_s`` may be a copy in progress in another process: kept.
    """
    folder = db_path.parent
    candidates = [
        *folder.glob(f"{_glob_escape(db_path.name)}.partial*"),
        *folder.glob(f".{_glob_escape(db_path.name)}.*.part"),
    ]
    backups = folder / BACKUP_FOLDER
    if backups.is_dir():
        candidates += [*backups.glob("*.partial*"), *backups.glob("*.part")]
    removed = []
    now = time.time()
    for path in sorted(set(candidates)):
        with suppress(OSError):
            info = path.lstat()
            if not path.is_file() or path.is_symlink() or now - info.st_mtime < older_than_s:
                continue
            path.unlink()
            removed.append(path)
    return removed


def _glob_escape(name: str) -> str:
    """``name`` with glob's special characters taken literally."""
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)


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
