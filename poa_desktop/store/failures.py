"""Storage failures (disk full, read-only, file deleted or damaged) as one clear message.

SQLite reports these as driver errors that SQLAlchemy wraps; a person needs to know what happened
to their file and what to do. :func:`guard_storage` hooks a database's engine so that every
service on it raises :class:`StorageError` instead, and refuses to commit into a database file
that was deleted or replaced while open (on Linux SQLite would go on writing into the unlinked
file, and the save would "succeed" into nothing).
"""

from __future__ import annotations

import errno
import sqlite3
import weakref
from pathlib import Path
from typing import Any, Final

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError

from poa_desktop.store.database import Database
from poa_desktop.store.errors import StorageError

# SQLite primary result codes (the low byte of an extended code).
_KINDS: Final = {
    3: "read_only",  # SQLITE_PERM
    5: "unavailable",  # SQLITE_BUSY
    6: "unavailable",  # SQLITE_LOCKED
    8: "read_only",  # SQLITE_READONLY
    10: "unavailable",  # SQLITE_IOERR
    11: "damaged",  # SQLITE_CORRUPT
    13: "full",  # SQLITE_FULL
    14: "read_only",  # SQLITE_CANTOPEN: usually a folder the journal cannot be created in
    26: "damaged",  # SQLITE_NOTADB
}
_MESSAGES: Final = (  # fallback when the driver gives no code: words SQLite uses
    ("disk is full", "full"),
    ("readonly database", "read_only"),
    ("unable to open database file", "read_only"),
    ("malformed", "damaged"),
    ("not a database", "damaged"),
    ("disk i/o error", "unavailable"),
    ("database is locked", "unavailable"),
)
_ERRNOS: Final = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.EROFS: "read_only",
    errno.ENOENT: "gone",
}

_guarded: weakref.WeakSet[Database] = weakref.WeakSet()


def storage_kind(exc: BaseException) -> str | None:
    """``full``, ``read_only``, ``gone``, ``damaged``, ``unavailable``; None: not about storage."""
    if isinstance(exc, StorageError):
        return exc.kind
    if isinstance(exc, DBAPIError) and isinstance(exc.orig, BaseException):
        exc = exc.orig
    if isinstance(exc, OSError):
        return _ERRNOS.get(exc.errno or 0, "unavailable")
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    if not isinstance(exc, sqlite3.OperationalError) and type(exc) is not sqlite3.DatabaseError:
        return None  # integrity, programming errors: a bug, not the disk
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _KINDS:
        return _KINDS[code & 0xFF]
    text = str(exc).lower()
    return next((kind for words, kind in _MESSAGES if words in text), None)


def describe_storage_error(exc: BaseException, db_path: Path, kind: str | None = None) -> str:
    """What happened to the database file and what to do, in one or two sentences."""
    kind = kind or storage_kind(exc) or "unavailable"
    if isinstance(exc, StorageError):
        return str(exc)
    detail = exc.orig if isinstance(exc, DBAPIError) else exc
    backups = db_path.parent / "backups"
    if kind == "full":
        return (
            f"The disk holding {db_path} is full: your last changes could not be saved. "
            "Free some space on it; your next change is saved again."
        )
    if kind == "read_only":
        return (
            f"{db_path} cannot be written (read-only folder or file, or no permission): your "
            "last changes could not be saved. Make the file and its folder writable; your next "
            "change is saved again."
        )
    if kind == "gone":
        return (
            f"The database file {db_path} was deleted or moved while poa-desktop was running: "
            "your last changes could not be saved (nothing was written into the lost file). "
            f"Put the file back, or restore a copy from {backups}, then start poa-desktop again."
        )
    if kind == "damaged":
        return (
            f"The database file {db_path} is damaged (SQLite: {detail}): your last changes could "
            "not be saved and are kept in a recovery file. Close poa-desktop: at the next start "
            f"it offers to put the most recent copy from {backups} in its place."
        )
    return f"{db_path} could not be read or written ({detail}): your last changes were not saved."


def storage_error(exc: BaseException, db: Database) -> StorageError | None:
    """The :class:`StorageError` for ``exc`` (None when it is not about storage).

    A database file replaced under the app shows up as odd errors ("no such table"): when the
    file opened is gone, that is what the user is told.
    """
    kind = storage_kind(exc)
    if db.file_replaced():
        kind = "gone"
    elif kind is None:
        return None
    return StorageError(describe_storage_error(exc, db.path, kind), kind)


def file_gone_error(db: Database) -> StorageError:
    return StorageError(
        describe_storage_error(FileNotFoundError(errno.ENOENT, "gone"), db.path, "gone"), "gone"
    )


def guard_storage(db: Database) -> None:
    """Make every service on ``db`` raise :class:`StorageError` for storage failures.

    Also refuses, before each commit and each new connection, a file that is no longer the one
    opened: SQLite would commit into the unlinked file, or create an empty database in its place.
    """
    if db in _guarded:
        return
    _guarded.add(db)
    ref = weakref.ref(db)

    def check_file(*_args: Any) -> None:
        database = ref()
        if database is not None and database.file_replaced():
            raise file_gone_error(database)

    def translate(context: Any) -> None:
        database = ref()
        if database is None:
            return
        error = storage_error(context.original_exception, database)
        if error is not None:
            raise error from context.sqlalchemy_exception

    event.listen(db.engine, "commit", check_file)
    event.listen(db.engine, "do_connect", check_file)
    event.listen(db.engine, "handle_error", translate)
