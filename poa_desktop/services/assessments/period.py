"""What an assessment's report covers and speaks: its reporting period and report language.

UNODA's template asks for the period a national report covers; the cycle's name ("BMS9 2026")
does not say it. Both are properties of the assessment, shown on the report's cover and in the
workbook's About sheet, and, like its answers, frozen while it is submitted or cleared.
"""

from __future__ import annotations

from datetime import date

from poa_desktop.services.errors import NotFoundError, ServiceError, ensure_editable
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Assessment
from poa_desktop.translations import REPORT_LANGUAGES


def check_period(start: date | None, end: date | None) -> None:
    """Refuse a period that ends before it starts, saying both dates."""
    if start is not None and end is not None and end < start:
        raise ServiceError(
            f"the reporting period ends ({end.isoformat()}) before it starts "
            f"({start.isoformat()}): give the first day, then the last"
        )


def check_report_language(language: str) -> None:
    if language not in REPORT_LANGUAGES:
        choices = ", ".join(REPORT_LANGUAGES)
        raise ServiceError(f"unknown report language {language!r}: use one of {choices}")


def parse_day(text: str, what: str) -> date:
    """A day typed as YYYY-MM-DD (the command line's and the workbook's form)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ServiceError(f"{what} {text!r} is not a date: write it YYYY-MM-DD") from None


def set_reporting_period(
    ws: Workspace, assessment_id: int, start: date | None, end: date | None
) -> None:
    """Record the first and last day the report covers (None: not said)."""
    check_period(start, end)
    with ws.db.writing() as session:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None:
            raise NotFoundError(f"no assessment with id {assessment_id}")
        ensure_editable(assessment.cycle, assessment.status, "its reporting period")
        assessment.period_start, assessment.period_end = start, end


def set_report_language(ws: Workspace, assessment_id: int, language: str) -> None:
    """Record the language the assessment's report is written in by default."""
    check_report_language(language)
    with ws.db.writing() as session:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None:
            raise NotFoundError(f"no assessment with id {assessment_id}")
        ensure_editable(assessment.cycle, assessment.status, "its report language")
        assessment.report_language = language
