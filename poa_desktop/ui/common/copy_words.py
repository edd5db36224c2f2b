"""Copies elsewhere in the window's language: the reminder, the last copy, the same-disk note.

The service (:mod:`poa_desktop.services.safety.off_computer`) decides, without Qt, whether a
reminder is due and where the last copy went; these functions word it, translated, for the
status bar (at start-up) and the Backups window, which both need the same sentences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from poa_desktop.domain.text import arg
from poa_desktop.ui.common.local_time import local_day_text
from poa_desktop.ui.common.text_direction import path_text

if TYPE_CHECKING:
    from poa_desktop.services.safety.off_computer import CopyRecord, Reminder


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
    return arg(first, local_day_text(reminder.since, month_in_full=True)) + " " + how


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
        local_day_text(record.saved_at, month_in_full=True),
        path_text(record.target),
    )


def same_disk_text() -> str:
    """Said, gently, after a copy that stayed on the database's disk."""
    return QCoreApplication.translate(
        "CopyWords",
        "This copy is on the same disk as the database: it will not survive a disk failure. "
        "A USB key or network folder is safer.",
    )
