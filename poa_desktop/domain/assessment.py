"""An assessment as the UI and the command line show it: plain data, read by the store's
quick readers (:mod:`poa_desktop.store.quick_screen`) as by the services' ORM path."""

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
