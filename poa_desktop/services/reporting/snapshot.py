"""The report snapshot put together from what was read, whichever way it was read.

:func:`~poa_desktop.services.reporting.report_data.build_report_data` reads through the
workspace (SQLAlchemy); :func:`~poa_desktop.services.reporting.quick_report_data.quick_report_data`
through plain ``sqlite3``. Both hand their rows to :func:`assemble`, so the two snapshots are
made by one piece of code (``tests/services/test_quick_report.py`` compares them field for field).
Imports no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Protocol

from poa_desktop import __version__
from poa_desktop.domain.catalog import Catalog, FieldValue
from poa_desktop.domain.changes import ChangeList
from poa_desktop.domain.progress import compute_progress
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.domain.report import AgencyRow, ContactRow, EvidenceRow, Person, ReportData
from poa_desktop.services.assessments.states import names_in_other_languages


class Assessment(Protocol):
    """What the snapshot takes from an assessment (``AssessmentInfo``, ``AssessmentDetail``)."""

    @property
    def state(self) -> str: ...
    @property
    def iso_code(self) -> str: ...
    @property
    def cycle(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def documents(self) -> Sequence[str]: ...
    @property
    def period_start(self) -> date | None: ...
    @property
    def period_end(self) -> date | None: ...
    @property
    def report_language(self) -> str: ...


class Clearing(Protocol):
    """The step that cleared the assessment: who, when, and the open items accepted."""

    @property
    def actor(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def open_items(self) -> Sequence[str]: ...


def assemble(
    catalog: Catalog,
    info: Assessment,
    *,
    focal_point: Person,
    agencies: tuple[AgencyRow, ...],
    contacts: tuple[ContactRow, ...],
    answers: Mapping[str, AnswerRecord],
    field_values: Mapping[str, FieldValue],
    clearance: Clearing | None,
    changes: ChangeList | None,
    evidence: tuple[EvidenceRow, ...],
) -> ReportData:
    """The :class:`ReportData` of ``info`` over ``catalog`` (the documents it covers)."""
    statuses: dict[str, str] = {
        cid: r.content.status for cid, r in answers.items() if r.content.status
    }
    return ReportData(
        catalog=catalog,
        app_version=__version__,
        state=info.state,
        iso_code=info.iso_code,
        cycle=info.cycle,
        status=info.status,
        cleared_by=clearance.actor if clearance else None,
        cleared_on=clearance.created_at if clearance else None,
        focal_point=focal_point,
        agencies=agencies,
        contacts=contacts,
        answers=answers,
        field_values=field_values,
        progress=compute_progress(catalog, statuses),
        generated_at=datetime.now(UTC),
        open_items=tuple(clearance.open_items) if clearance else (),
        changes=changes,
        state_names=names_in_other_languages(info.iso_code),
        period_start=info.period_start,
        period_end=info.period_end,
        report_language=info.report_language,
        evidence=evidence,
    )
