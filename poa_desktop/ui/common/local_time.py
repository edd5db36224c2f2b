"""Stored times as the person reads them: local time, in the window's locale.

Here rather than in the history dialog, which uses it too: the answer's evidence list and the
frozen notice show times on the first screen, and the dialog loads only when opened.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Final

from PySide6.QtCore import QDateTime, QLocale

DAY: Final = "d MMM yyyy"
"""A day with its month named: never ambiguous between the day-month and month-day orders."""
LONG_DAY: Final = "d MMMM yyyy"
"""The same, the month written in full, for a sentence ("saved on 3 October 2026")."""
DAY_IN: Final = {QLocale.Language.Chinese: "yyyy年M月d日"}
"""Where the language writes a day its own way: Chinese, the year first with its marks ("30 11月
2026" otherwise)."""


def local_day_text(moment: datetime, *, month_in_full: bool = False) -> str:
    """The local day of a stored UTC time, in the user's locale: "22 Nov 2026" (or "22 November
    2026" ``month_in_full``); the language's own way where it has one (:data:`DAY_IN`)."""
    locale = QLocale()
    default = LONG_DAY if month_in_full else DAY
    return locale.toString(_local(moment).date(), DAY_IN.get(locale.language(), default))


def local_time_text(moment: datetime) -> str:
    """A stored UTC time as the user's local time, in the user's locale ("22 Nov 2026 14:02")."""
    time = QLocale().toString(_local(moment).time(), QLocale.FormatType.ShortFormat)
    return f"{local_day_text(moment)} {time}"


def _local(moment: datetime) -> QDateTime:
    if moment.tzinfo is None:  # stored times are UTC; be lenient with naive ones
        moment = moment.replace(tzinfo=UTC)
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
