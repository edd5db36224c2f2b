"""Closed vocabularies stored as text, and the CHECK expressions that keep them closed.

The answer statuses and provenances come from :mod:`poa_desktop.domain`; the migrations spell
these lists out literally (a migration must not change when this file does); a test checks both
agree.
"""

from __future__ import annotations

from typing import Final

from poa_desktop.domain.provenance import Provenance
from poa_desktop.domain.status import STATUSES

ASSESSMENT_STATUSES: Final = ("draft", "submitted", "cleared")
"""Life cycle of an assessment: being written, sent for clearance, cleared for release."""

CLEARANCE_ACTIONS: Final = ("submit", "clear", "reopen")
"""Steps of the clearance workflow recorded in ``clearance_event.action``."""

ANSWER_STATUSES: Final = tuple(status.value for status in STATUSES)
"""Answer to one commitment; NULL in the database means not yet assessed."""

PROVENANCES: Final = tuple(provenance.value for provenance in Provenance)
"""Where a value came from; the detail (file, row, agency, cycle) goes in ``provenance_detail``."""

REPORT_LANGUAGES: Final = ("en", "fr", "es", "ar", "ru", "zh")
"""The six UN languages a report is written in (``assessment.report_language``)."""

ASSISTANCE_KINDS: Final = ("financial", "technical", "equipment", "training", "legal")
"""Kinds of assistance a State may need or offer (entries of ``Answer.assistance_kinds``)."""


def in_list(column: str, values: tuple[str, ...], *, nullable: bool = False) -> str:
    """SQL for a CHECK that ``column`` holds one of ``values`` (or NULL when ``nullable``)."""
    listed = ", ".join(f"'{value}'" for value in values)
    check = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {check}" if nullable else check
