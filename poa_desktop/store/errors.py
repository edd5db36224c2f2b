"""Errors the store raises, worded so the UI can show ``str(error)`` to the user as it is."""

from __future__ import annotations

from pathlib import Path

from poa_desktop.domain.errors import AppError


class StoreError(AppError):
    """Base of every store error, so callers can catch the family in one place."""


class StorageError(StoreError):
    """The database file could not be written or read: disk full, read-only, gone or damaged.

    Nothing of the failed operation was stored. ``kind`` is one of ``full``, ``read_only``,
    ``gone``, ``damaged`` or ``unavailable``; ``str(error)`` says what happened and what to do.
    :mod:`poa_desktop.store.failures` turns SQLite's and the system's errors into this one.
    """

    def __init__(self, message: str, kind: str = "unavailable") -> None:
        self.kind = kind
        super().__init__(message)


class NotADatabaseError(StoreError):
    """The file exists but is not a poa-desktop database (not SQLite, or another app's SQLite)."""

    def __init__(self, path: Path, reason: str = "it is not an SQLite database file") -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path} cannot be opened as a poa-desktop database: {reason}.")


class DatabaseDamagedError(StoreError):
    """SQLite's integrity check found damage in the file (pages overwritten, a torn write).

    Nothing is written to it and no backup is taken from it: a damaged copy would push a good
    one out of the rolling set. The window offers the newest copy that passed the check.
    """

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        shown = "; ".join(problems[:3])
        super().__init__(
            f"{path} is damaged (SQLite's integrity check: {shown}). Nothing was written to it "
            "and no backup was taken from it."
        )


class DatabaseUnavailableError(StoreError):
    """The file could not be read right now (no permission, locked by another program)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path} could not be opened: {reason}.")


class DatabaseTooNewError(StoreError):
    """The database carries a schema revision this version of the app does not know.

    Opening it anyway could silently drop data written by the newer version, so it is refused and
    left untouched.
    """

    def __init__(self, path: Path, found: str, supported: str) -> None:
        self.path = path
        self.found = found
        self.supported = supported
        super().__init__(
            f"This database was written by a newer version of poa-desktop (schema {found}); "
            f"this version understands up to schema {supported}. "
            "Install the newer version to open it."
        )


class MigrationError(StoreError):
    """Upgrading the schema failed; the database was rolled back and a backup copy exists."""

    def __init__(self, message: str, backup: Path | None = None) -> None:
        self.backup = backup
        if backup is not None:
            message += f" A copy taken before the upgrade is at {backup}."
        super().__init__(message)
