"""Stored times as the person reads them: local time, in the window's locale.

Here rather than in the history dialog, which uses it too: the answer's evidence list and the
frozen notice show times on the first screen, and the dialog loads only when opened.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale


def local_time_text(moment: datetime) -> str:
    """A stored UTC time as the user's local time, in the user's locale ("22 Nov 2026 14:02")."""
    if moment.tzinfo is None:  # stored times are UTC; be lenient with naive ones
        moment = moment.replace(tzinfo=UTC)
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    locale = QLocale()
    day = locale.toString(local.date(), "d MMM yyyy")
    return f"{day} {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"
