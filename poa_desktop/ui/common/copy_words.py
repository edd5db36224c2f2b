"""Copies elsewhere in the window's language: the reminder, the last copy, the same-disk note.

The service (:mod:`poa_desktop.services.safety.off_computer`) decides, without Qt, whether a
reminder is due and where the last copy went; these functions word it, translated, for the
status bar (at start-up) and the Backups window, which both need the same sentences.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from poa_desktop.domain.text import arg

if TYPE_CHECKING:
    from poa_desktop.services.safety.off_computer import CopyRecord, Reminder


def long_date(moment: datetime) -> str:
    """The local day, month in words (3 October 2026): a date a person reads at a glance."""
    local = moment.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMMM yyyy")


def reminder_text(reminder: Reminder) -> str:
    """The start-up reminder, with the way to act."""
    if reminder.ever_copied:
        first = QCoreApplication.translate(
            "CopyWords", "No copy of your answers has left this computer since %1."
        )
    else:
        first = QCoreApplication.translate(
            "CopyWords", "No copy of your answers has left this computer since you began on %1."
        )
    how = QCoreApplication.translate(
        "CopyWords",
        "File → Restore from backup… → Save a copy elsewhere… puts one on a USB key or "
        "network folder.",
    )
    return arg(first, long_date(reminder.since)) + " " + how


def last_copy_text(record: CopyRecord | None) -> str:
    """When and where a copy last left the computer, or that none has yet."""
    if record is None:
        return QCoreApplication.translate(
            "CopyWords",
            "No copy has left this computer yet. Save a copy elsewhere… puts one on a USB key "
            "or network folder.",
        )
    return arg(
        QCoreApplication.translate(
            "CopyWords", "The last copy that left this computer was saved on %1, to %2."
        ),
        long_date(record.saved_at),
        record.target,
    )


def same_disk_text() -> str:
    """Said, gently, after a copy that stayed on the database's disk."""
    return QCoreApplication.translate(
        "CopyWords",
        "This copy is on the same disk as the database: it will not survive a disk failure. "
        "A USB key or network folder is safer.",
    )
