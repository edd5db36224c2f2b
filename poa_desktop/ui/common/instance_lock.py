"""One window per database: a second instance is told the database is open elsewhere.

A QLockFile beside the database (``poa-desktop.sqlite.lock``) holds the process id and host name;
Qt removes a lock left by a crashed process (stale: its process no longer runs), so a crash never
locks the user out. Command-line tools do not take the lock: SQLite serialises their writes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


class DatabaseInUseError(Exception):
    """The database is open in another poa-desktop window; the message says which."""


def lock_database(db_path: Path) -> QLockFile:
    """Take the window lock of ``db_path`` or raise DatabaseInUseError saying who holds it."""
    lock = QLockFile(str(db_path) + ".lock")
    lock.setStaleLockTime(0)  # stale means "its process is gone", whatever its age
    if lock.tryLock(100):
        return lock
    info = lock.getLockInfo()  # (pid, host name, application name) when readable
    who = f" (process {info[0]} on {info[1]})" if isinstance(info, tuple) and info else ""
    raise DatabaseInUseError(
        f"{db_path} is open in another poa-desktop window{who}. Switch to that window, or close "
        "it and try again: two windows on one database could overwrite each other's typing."
    )
