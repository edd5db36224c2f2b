"""An assessment as the UI and the command line show it: plain data, read by the store's
quick readers (:mod:`poa_desktop.store.quick_screen`) as by the services' ORM path."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol, TypeVar


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


class _Cycle(Protocol):
    @property
    def cycle(self) -> str: ...


Row = TypeVar("Row", bound=_Cycle)


def chosen_assessment(rows: Sequence[Row], cycle: str | None) -> Row | None:
    """The assessment of ``cycle`` (its name as typed: spaces and case do not count), or the
    most recent one (``rows`` newest first); None when there is none. ``find_assessment``'s
    rule, and the quick readers', whatever row type they read."""
    if not rows:
        return None
    if cycle is None:
        return rows[0]
    wanted = cycle.strip().casefold()
    return next((row for row in rows if row.cycle.casefold() == wanted), None)
