"""One window per database: a second instance is told the database is open elsewhere.

A QLockFile beside the database file (``poa-desktop.sqlite.lock``) records the process id, the
program and the host name. The lock belongs to the real file: the path is resolved first, so a
symbolic link (or a second path) to the same database finds the same lock.

A lock left by a crashed window never locks the user out. Qt removes it when its process no
longer runs, but a process id is reused: if it now belongs to another program that happens to
have the same name (any Python process, for a source install), Qt takes the lock for live. The
holder of a live lock also holds an operating-system lock on the file (``flock``/``fcntl``;
on Windows the open file cannot be deleted), which dies with its process: when Qt says "held",
``removeStaleLockFile`` asks the system, and only a lock no process holds is removed.

When the lock file cannot be written at all (read-only folder, full disk), the message says so.
Command-line tools do not take the lock: SQLite serialises their writes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from poa_desktop.paths import make_private_folder


class DatabaseInUseError(Exception):
    """The database is open in another poa-desktop window; the message says which."""


class LockNotWritableError(DatabaseInUseError):
    """The lock file beside the database cannot be created (read-only folder, full disk)."""


def lock_path(db_path: Path) -> Path:
    """The lock file of the real database file ``db_path`` points to (links resolved)."""
    real = Path(db_path).expanduser().resolve()
    return real.with_name(real.name + ".lock")


def lock_database(db_path: Path) -> QLockFile:
    """Take the window lock of ``db_path`` or raise DatabaseInUseError saying what is wrong."""
    path = lock_path(db_path)
    try:
        make_private_folder(path.parent)
    except OSError as error:
        raise LockNotWritableError(_not_writable(db_path, path, str(error))) from error
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale means "its process is gone", whatever its age
    if lock.tryLock(100):
        return lock
    held = lock.error() == QLockFile.LockError.LockFailedError
    # removeStaleLockFile succeeds only when no process holds the file: the recorded process
    # id now belongs to another program.
    if held and lock.removeStaleLockFile() and lock.tryLock(100):
        return lock
    if lock.error() == QLockFile.LockError.PermissionError:
        raise LockNotWritableError(
            _not_writable(db_path, path, "the folder is read-only, or you may not write in it")
        )
    if lock.error() == QLockFile.LockError.UnknownError:
        raise LockNotWritableError(
            _not_writable(db_path, path, "the disk may be full, or the folder not writable")
        )
    pid, host, program = _holder(lock)
    if pid <= 0:
        raise DatabaseInUseError(
            f"{db_path} seems to be open in another poa-desktop window: its lock file {path} "
            "exists but does not say which process holds it. If no other poa-desktop window is "
            "open, delete that file and try again."
        )
    raise DatabaseInUseError(
        f"{db_path} is open in another poa-desktop window (process {pid}, {program}, on {host}). "
        "Switch to that window, or close it and try again: two windows on one database could "
        "overwrite each other's typing."
    )


def _holder(lock: QLockFile) -> tuple[int, str, str]:
    """(process id, host name, program name) of the lock's holder; pid 0 when unreadable."""
    info = lock.getLockInfo()  # (pid, host name, application name) when readable
    if isinstance(info, tuple) and len(info) == 3:
        pid, host, program = info
        return int(pid or 0), str(host or "?"), str(program or "?")
    return 0, "?", "?"


def _not_writable(db_path: Path, path: Path, reason: str) -> str:
    return (
        f"poa-desktop cannot open {db_path}: it could not create the lock file {path} that "
        f"keeps a second window off the same database ({reason}). Make the folder writable, "
        "or free some space on its disk, and try again."
    )
