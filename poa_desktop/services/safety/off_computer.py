"""Copies saved elsewhere: when and where the last one went, and a reminder when none has left.

The rolling backups sit in ``backups/`` beside the database, so a failed disk or a lost or stolen
computer takes them too (issue 19). Each copy saved elsewhere (the Backups window's "Save a copy
elsewhere…", File → Save a copy as…, ``poa-desktop backups copy``) is recorded in
``backups/<database stem>-copies.json``: outside the database, so that restoring a backup does not
forget a copy made since, and the copy does not carry a record about itself.

A copy counts as having *left the computer* when its folder is on another device than the
database's folder (``st_dev`` differs: a USB key, another disk, a network folder). A copy on the
same device is recorded too, but does not count: it would not survive a disk failure.

The reminder's rule (see :func:`reminder_due`): the database holds at least one answer with a
status, and either the last copy that left the computer is :data:`REMIND_AFTER` (30 days) old or
more, or no copy ever left and the first answer was saved :data:`FIRST_REMINDER_AFTER` (7 days)
ago or more. Texts here are plain English for the command line; the window words them itself
(translated) from :class:`CopyRecord` and :class:`Reminder`.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO, Final

from sqlalchemy import func, select

from poa_desktop.atomic_write import write_atomically
from poa_desktop.paths import make_private_folder
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import BACKUP_FOLDER, Answer, Revision

REMIND_AFTER: Final = timedelta(days=30)
"""No copy has left the computer for this long: remind."""
FIRST_REMINDER_AFTER: Final = timedelta(days=7)
"""No copy has ever left and the first answer is this old: remind (a week's work is at stake)."""
KEEP_RECORDS: Final = 50
"""The record keeps this many copies, newest first: enough to say where the last ones went."""


@dataclass(frozen=True)
class CopyRecord:
    """One copy saved elsewhere: when, where, and whether it left the computer."""

    saved_at: datetime
    target: Path
    left_computer: bool
    """On another device than the database (a USB key, another disk, a network folder)."""


@dataclass(frozen=True)
class Reminder:
    """No copy has left the computer since ``since``: the last one that did, or the first answer."""

    since: datetime
    ever_copied: bool
    """False: no copy has ever left; ``since`` is when the first answer was saved."""


def record_file(db_path: Path) -> Path:
    """Where the copies of the database at ``db_path`` are recorded (one file per database)."""
    return db_path.parent / BACKUP_FOLDER / f"{db_path.stem}-copies.json"


def leaves_computer(target_device: int, database_device: int) -> bool:
    """The rule on its own: a copy on another device than the database's has left the computer."""
    return target_device != database_device


def is_off_computer(target: Path, db_path: Path) -> bool:
    """Whether ``target`` (a file or a folder) is on another device than the database.

    Folders are compared, the file's and the database's: the copy's file may not exist yet. A
    folder that cannot be read counts as not elsewhere (the reminder then errs on reminding).
    """
    folder = target if target.is_dir() else target.parent
    try:
        return leaves_computer(os.stat(folder).st_dev, os.stat(db_path.parent).st_dev)
    except OSError:
        return False


def copy_target(db_path: Path, target: Path, now: datetime | None = None) -> Path:
    """The file a copy goes to: ``target``, or a dated name inside it when it is a folder."""
    if not target.is_dir():
        return target
    day = (now or datetime.now(UTC)).astimezone().strftime("%Y-%m-%d")
    return target / f"{db_path.stem}-copy-{day}{db_path.suffix or '.sqlite'}"


def copies(db_path: Path) -> list[CopyRecord]:
    """The recorded copies, newest first; none when the record is missing or unreadable."""
    try:
        data = json.loads(record_file(db_path).read_text(encoding="utf-8"))
        entries = data.get("copies", []) if isinstance(data, dict) else []
        found = [_from_json(entry) for entry in entries if isinstance(entry, dict)]
    except (OSError, ValueError):
        return []
    return sorted((c for c in found if c is not None), key=lambda c: c.saved_at, reverse=True)


def last_off_computer(db_path: Path) -> CopyRecord | None:
    """The newest copy that left the computer, or None."""
    return next((c for c in copies(db_path) if c.left_computer), None)


def record_copy(db_path: Path, target: Path, now: datetime | None = None) -> CopyRecord:
    """Record that a copy of the database was saved at ``target``; returns the record.

    The copy is what matters: a record that cannot be written (a read-only ``backups/``) is
    given back all the same, and the reminder may then come a little early.
    """
    record = CopyRecord(
        (now or datetime.now(UTC)).astimezone(UTC), target, is_off_computer(target, db_path)
    )
    kept = [record, *copies(db_path)][:KEEP_RECORDS]
    payload = {"database": str(db_path), "copies": [_to_json(c) for c in kept]}
    encoded = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")

    def write(stream: BinaryIO) -> None:
        stream.write(encoded)

    with contextlib.suppress(OSError):
        file = record_file(db_path)
        make_private_folder(file.parent)
        write_atomically(file, write)
    return record


def reminder_due(ws: Workspace, now: datetime) -> Reminder | None:
    """The reminder to show at ``now`` under the rule in this module's docstring, or None."""
    with ws.db.session() as session:
        answered = session.scalar(
            select(func.count()).select_from(Answer).where(Answer.status.is_not(None))
        )
        first = session.scalar(select(func.min(Revision.created_at)))
    if not answered:
        return None
    last = last_off_computer(ws.db.path)
    if last is not None:
        return Reminder(last.saved_at, True) if now - last.saved_at >= REMIND_AFTER else None
    if first is not None and now - first >= FIRST_REMINDER_AFTER:
        return Reminder(first, False)
    return None


def long_date(moment: datetime) -> str:
    """``3 October 2026``, in local time: how a person says the day (English, for the CLI;
    Babel's, not ``strftime("%B")``, which follows the process locale)."""
    from babel.dates import format_date  # only the command line says it in English

    return format_date(moment.astimezone().date(), format="long", locale="en_GB")


def off_computer_reminder(ws: Workspace, now: datetime) -> str | None:
    """The reminder in plain English (for the command line), or None when none is due."""
    due = reminder_due(ws, now)
    if due is None:
        return None
    since = (
        f"since {long_date(due.since)}"
        if due.ever_copied
        else f"since you began on {long_date(due.since)}"
    )
    return (
        f"No copy of your answers has left this computer {since}. "
        "`poa-desktop backups copy FOLDER` (or, in the window, File → Restore from backup… → "
        "Save a copy elsewhere…) puts one on a USB key or a network folder."
    )


def last_copy_line(db_path: Path) -> str:
    """When and where a copy last left the computer, in plain English (the CLI's listing)."""
    last = last_off_computer(db_path)
    if last is None:
        return "No copy has left this computer yet: the backups are on the database's disk."
    return f"Last copy that left this computer: {long_date(last.saved_at)}, to {last.target}"


def _to_json(record: CopyRecord) -> dict[str, Any]:
    return {
        "saved_at": record.saved_at.isoformat(),
        "target": str(record.target),
        "left_computer": record.left_computer,
    }


def _from_json(entry: dict[str, Any]) -> CopyRecord | None:
    try:
        saved = datetime.fromisoformat(str(entry["saved_at"]))
    except (KeyError, ValueError):
        return None
    if saved.tzinfo is None:
        saved = saved.replace(tzinfo=UTC)
    return CopyRecord(saved, Path(str(entry.get("target", ""))), bool(entry.get("left_computer")))
