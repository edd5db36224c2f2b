"""An assessment as the UI and the command line show it, without SQLAlchemy.

Its own module, so that the window can hold one before SQLAlchemy loads (its first screen is
read with plain ``sqlite3``: :mod:`poa_desktop.services.first_screen`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class AssessmentInfo:
    """An assessment as the UI and the command line show it."""

    id: int
    state: str
    iso_code: str
    cycle: str
    catalog_version: str
    status: str
    created_at: datetime
    carried_from: str | None
    period_start: date | None = None
    period_end: date | None = None
    report_language: str = "en"
    documents: tuple[str, ...] = ()
    """The ids of the outcome documents it covers, in the order recorded."""
