"""The report snapshot read without SQLAlchemy: ``poa-desktop export`` at the speed of its PDF.

Importing SQLAlchemy and the models costs an export about 450 ms of CPU, a fifth of the whole
command on the demo, to read a few hundred rows. On a current database that opens without any
change, the rows are read through :mod:`poa_desktop.store.quick_report` (plain ``sqlite3``) and
assembled here into the same :class:`~poa_desktop.domain.report.ReportData`, field for field, as
:func:`~poa_desktop.services.reporting.report_data.build_report_data` on a workspace covering
the assessment's documents (as the command line's ``assessment_of`` leaves it).

None whenever the quick read steps aside, or when the full path would explain something (no
assessment, an unknown cycle, nothing to compare with): the caller then takes the full path.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from poa_desktop.catalog import default_catalog
from poa_desktop.domain.assessment import chosen_assessment
from poa_desktop.domain.catalog import FieldValue
from poa_desktop.domain.changes import compare_answers
from poa_desktop.domain.evidence import in_catalog_order
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.domain.report import EvidenceRow, ReportData
from poa_desktop.services.reporting.snapshot import assemble
from poa_desktop.store.quick_read import Snapshot, read_current
from poa_desktop.store.quick_report import AssessmentDetail, Clearance, ProfileDetail, ReportRows


class _Read(NamedTuple):
    """Everything read from the database for one report, in one read transaction."""

    target: AssessmentDetail
    answers: dict[str, AnswerRecord]
    profile: ProfileDetail
    clearance: Clearance | None
    field_values: dict[str, FieldValue]
    evidence: list[EvidenceRow]
    compared: tuple[str, str, dict[str, AnswerRecord], dict[str, AnswerRecord]] | None
    """The earlier and later cycles with their answers, when the report shows what changed."""


def _read(snapshot: Snapshot, cycle: str | None, changes_since: str | None) -> _Read | None:
    rows = ReportRows(snapshot)
    assessments = rows.assessments()
    target = chosen_assessment(assessments, cycle)
    if target is None:
        return None  # the full path says there is none, or which cycles there are
    answers = rows.answers(target.id)
    compared = None
    if changes_since:
        earlier = chosen_assessment(assessments, changes_since)
        if earlier is None or earlier.id == target.id:
            return None  # the full path explains
        compared = (earlier.cycle, target.cycle, rows.answers(earlier.id), answers)
    profile = rows.profile()
    if profile is None:
        return None
    return _Read(
        target=target,
        answers=answers,
        profile=profile,
        clearance=rows.latest_clearance(target.id) if target.status == "cleared" else None,
        field_values=rows.field_values(target.id),
        evidence=rows.evidence(target.id),
        compared=compared,
    )


def quick_report_data(
    path: Path, cycle: str | None = None, *, changes_since: str | None = None
) -> ReportData | None:
    """The report snapshot of ``cycle`` (or the most recent assessment) in the database at
    ``path``, as ``build_report_data`` makes it; None when the full path must read it."""
    found = read_current(path, lambda snapshot: _read(snapshot, cycle, changes_since))
    if found is None:
        return None
    info = found.target
    catalog = default_catalog().covering(info.documents)
    return assemble(
        catalog,
        info,
        focal_point=found.profile.focal_point,
        agencies=found.profile.agencies,
        contacts=found.profile.contacts,
        answers=found.answers,
        field_values=found.field_values,
        clearance=found.clearance,
        changes=compare_answers(catalog.measures, *found.compared) if found.compared else None,
        evidence=tuple(in_catalog_order(catalog, found.evidence)),
    )
