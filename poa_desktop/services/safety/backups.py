"""Rolling backups: a daily copy, the copies taken before upgrades and imports, and restoring one.

Every copy goes through SQLite's backup API (a consistent snapshot even while the app writes)
into ``backups/`` beside the database, named ``<stem>-<reason>-<UTC time>.sqlite`` so the list
can say when and why without opening anything. Restoring first copies the database as it is
now, so a restore is itself undoable.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
from collections.abc import Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from poa_desktop.paths import make_private_folder
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.safety.off_computer import CopyRecord, copy_target, record_copy
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import (
    BACKUP_FOLDER,
    SCHEMA_HEAD,
    DatabaseDamagedError,
    StoreError,
    backup_database,
    backup_path,
    copy_database,
    restore_into,
)
from poa_desktop.store.backup import remove_leftovers
from poa_desktop.store.probe import integrity_problems, probe_database, read_only_connection

KEEP: Final[Mapping[str, int]] = {
    "daily": 14,
    "before-import": 10,
    "before-restore": 10,
    "before-removal": 10,
}
"""How many copies of each kind are kept; copies taken before a schema upgrade are all kept."""

REASONS: Final[Mapping[str, str]] = {
    "daily": "Daily",
    "before-import": "Before an import",
    "before-restore": "Before a restore",
    "before-removal": "Before removing an evidence file",
    "manual": "Taken on request",
    "damaged": "The damaged file, kept aside (not a backup)",
}

_AFTER_STEM = re.compile(r"^-(?P<reason>[a-z0-9-]+?)-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when and why it was taken, and what it holds."""

    path: Path
    reason: str
    taken_at: datetime
    size: int
    answered: int | None
    """Answers with a status in the copy; None when the copy cannot be read."""
    assessments: tuple[str, ...]

    @property
    def reason_label(self) -> str:
        if self.reason.startswith("before-schema-"):
            return f"Before the upgrade to schema {self.reason.removeprefix('before-schema-')}"
        return REASONS.get(self.reason, self.reason)


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def _parse(db_path: Path, file: Path) -> tuple[str, datetime] | None:
    if not file.stem.startswith(db_path.stem):
        return None
    match = _AFTER_STEM.match(file.stem.removeprefix(db_path.stem))
    if match is None:
        return None
    taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return match["reason"], taken


@dataclass(frozen=True)
class RestoreImpact:
    """What restoring a backup would change, in words a focal point weighs before saying yes."""

    answered_now: int
    answered_then: int | None
    lost_statuses: tuple[tuple[str, str, str], ...]
    """(cycle, status now, status in the backup) for every assessment whose clearance status
    goes back: a submission or a clearance given since the backup is undone."""
    missing: tuple[str, ...]
    """Cycles that exist now and not in the backup: they go."""


def _statuses(file: Path) -> dict[str, str]:
    try:
        with closing(read_only_connection(file)) as connection:
            return dict(connection.execute("SELECT cycle, status FROM assessment"))
    except sqlite3.Error:
        return {}


STATUS_ORDER = {"draft": 0, "submitted": 1, "cleared": 2}


def restore_impact(ws: Workspace, backup: Path) -> RestoreImpact:
    """Compare the open database with the copy in ``backup`` (both read only)."""
    now = _statuses(ws.db.path)
    then = _statuses(backup)
    answered_now = _summary(ws.db.path)[0] or 0
    lost = tuple(
        (cycle, status, then[cycle])
        for cycle, status in now.items()
        if cycle in then and STATUS_ORDER.get(status, 0) > STATUS_ORDER.get(then[cycle], 0)
    )
    missing = tuple(cycle for cycle in now if cycle not in then)
    return RestoreImpact(answered_now, _summary(backup)[0], lost, missing)


def _summary(file: Path) -> tuple[int | None, tuple[str, ...]]:
    """Answered count and "State, cycle" of each assessment, read without writing a byte."""
    try:
        with closing(read_only_connection(file)) as connection:
            answered = connection.execute(
                "SELECT count(*) FROM answer WHERE status IS NOT NULL"
            ).fetchone()[0]
            names = tuple(
                f"{state}, {cycle}"
                for state, cycle in connection.execute(
                    "SELECT s.name, a.cycle FROM assessment a JOIN state_profile s"
                    " ON s.id = a.profile_id ORDER BY a.id"
                )
            )
    except sqlite3.Error:
        return None, ()
    return int(answered), names


def _copies(db_path: Path) -> list[tuple[Path, str, datetime]]:
    """This database's backups by name alone (path, reason, when), newest first; opens none."""
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for file in folder.glob("*.sqlite"):
        parsed = _parse(db_path, file)
        if parsed is not None:
            found.append((file, *parsed))
    return sorted(found, key=lambda c: (c[2], c[0].name), reverse=True)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of the database at ``db_path``, newest first, each opened for its summary."""
    return [
        BackupInfo(file, reason, taken, file.stat().st_size, *_summary(file))
        for file, reason, taken in _copies(db_path)
    ]


CHECKED: Final = "checked.txt"
"""In ``backups/``: the names of the copies that passed SQLite's integrity check when taken."""


def _checked_file(db_path: Path) -> Path:
    return backups_folder(db_path) / CHECKED


def checked_copies(db_path: Path) -> set[str]:
    """The file names of the backups recorded as having passed the integrity check."""
    try:
        return set(_checked_file(db_path).read_text(encoding="utf-8").split())
    except OSError:
        return set()


def _take(db_path: Path, dest: Path) -> Path:
    """Copy (the source is checked first, see ``backup_database``), check the copy, record it."""
    path = backup_database(db_path, dest)
    if not integrity_problems(path):
        with contextlib.suppress(OSError), _checked_file(db_path).open("a") as record:
            record.write(path.name + "\n")
    return path


def take_backup(db_path: Path, reason: str = "manual") -> Path:
    """Copy the database now into ``backups/`` and drop the oldest copies beyond :data:`KEEP`."""
    path = _take(db_path, backup_path(db_path, reason))
    prune(db_path)
    return path


def ensure_daily_backup(db_path: Path, now: datetime | None = None) -> Path | None:
    """Take today's copy unless one exists (or there is no assessment yet); its path or None.

    "Today" is the user's local date, which is what "yesterday's copy" means to them. What
    killed copies and exports left beside the database and in ``backups/`` is removed first.
    """
    with contextlib.suppress(OSError):
        remove_leftovers(db_path)
    if not db_path.exists() or not _summary(db_path)[1]:
        return None
    today = (now or datetime.now(UTC)).astimezone().date()
    for _file, reason, taken in _copies(db_path):  # by name: start-up opens no old copy
        if reason == "daily" and taken.astimezone().date() == today:
            return None
    path = _take(db_path, backup_path(db_path, "daily", now))
    prune(db_path)
    return path


def prune(db_path: Path, keep: Mapping[str, int] = KEEP) -> list[Path]:
    """Delete the oldest copies of each kind beyond its quota; the deleted paths.

    The newest copy recorded as having passed the integrity check is always kept, whatever the
    quotas: however many copies follow it, one known-good copy stays.
    """
    removed: list[Path] = []
    seen: dict[str, int] = {}
    copies = _copies(db_path)  # newest first
    checked = checked_copies(db_path)
    newest_good = next((file for file, _r, _t in copies if file.name in checked), None)
    for file, reason, _taken in copies:
        seen[reason] = seen.get(reason, 0) + 1
        quota = keep.get(reason)
        if quota is not None and seen[reason] > quota and file != newest_good:
            file.unlink(missing_ok=True)
            removed.append(file)
    if removed and checked:
        gone = {file.name for file in removed}
        with contextlib.suppress(OSError):
            _checked_file(db_path).write_text(
                "".join(f"{name}\n" for name in sorted(checked - gone)), encoding="utf-8"
            )
    return removed


def save_copy(ws: Workspace, dest: Path) -> Path:
    """ "Save a copy as…": a self-contained copy of the open database, recorded (see below)."""
    return copy_elsewhere(ws, dest).target


def copy_elsewhere(ws: Workspace, dest: Path, now: datetime | None = None) -> CopyRecord:
    """Copy the open database to ``dest`` (a file, or a folder to put a dated file in).

    The copy is recorded with when, where and whether it left the computer
    (:mod:`~poa_desktop.services.safety.off_computer`), so the window, the command line and the
    reminder all know when a copy last went to a USB key or a network folder.
    """
    target = copy_target(ws.db.path, dest, now)
    try:
        copy_database(ws.db.path, target)
    except (OSError, StoreError) as error:
        raise ServiceError(f"Could not save a copy to {target}: {error}") from error
    return record_copy(ws.db.path, target, now)


def restore_backup(ws: Workspace, backup: Path) -> Path:
    """Make the database what ``backup`` holds; returns the copy taken of it just before.

    An older backup (taken before a schema upgrade) is upgraded again after the restore. A file
    that is not a poa-desktop database, or one from a newer version, is refused and nothing
    changes.
    """
    db_path = ws.db.path
    try:
        state = probe_database(backup)
        if state.is_empty:
            raise ServiceError(f"{backup} is empty: it holds no assessment to restore.")
        older = state.revision != SCHEMA_HEAD
        if older:  # Alembic is imported only when a schema has to change
            from poa_desktop.store import migrate

            migrate.check_known(backup, state.revision or "")
        try:
            safety = _take(db_path, backup_path(db_path, "before-restore"))
        except DatabaseDamagedError:  # keep the damaged file's bytes aside, never as a backup
            safety = keep_damaged_copy(db_path)
        ws.db.close()  # pooled connections would go on reading the old pages
        restore_into(backup, db_path)
        if older:
            migrate.upgrade(db_path)
    except StoreError as error:
        raise ServiceError(str(error)) from error
    prune(db_path)
    return safety


def keep_damaged_copy(db_path: Path) -> Path:
    """Copy a damaged database's bytes (and its WAL) into ``backups/`` as ``…-damaged-…``.

    Not a backup: never offered as one, never counted in the rolling sets, never pruned. A data
    recovery specialist may still get something out of it.
    """
    dest = backup_path(db_path, "damaged")
    make_private_folder(dest.parent)
    shutil.copyfile(db_path, dest)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, dest.with_name(dest.name + "-wal"))
    return dest


def latest_readable_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes SQLite's integrity check and holds an assessment."""
    for backup in list_backups(db_path):
        readable = backup.answered is not None and backup.assessments
        if readable and not integrity_problems(backup.path):
            return backup
    return None


def replace_damaged_database(db_path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of a database that no longer opens; returns where the old file went.

    The damaged file (and its ``-wal``/``-shm`` companions) is renamed, never deleted: a data
    recovery specialist may still get something out of it. Call only while nothing has it open.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = db_path.with_name(f"{db_path.stem}-damaged-{stamp}{db_path.suffix}")
    try:
        if db_path.exists():
            db_path.rename(kept)
        for suffix in ("-wal", "-shm"):
            companion = db_path.with_name(db_path.name + suffix)
            if companion.exists():
                companion.rename(kept.with_name(kept.name + suffix))
        backup_database(backup, db_path)
    except (OSError, StoreError) as error:
        raise ServiceError(f"Could not put {backup} in place of {db_path}: {error}") from error
    return kept
