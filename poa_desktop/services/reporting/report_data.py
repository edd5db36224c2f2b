"""Everything a report shows, read once from the database into plain frozen values.

The PDF and Excel writers (``poa_desktop.exchange``) take a :class:`ReportData` and never touch
the database, so an export reads a consistent snapshot and can run off the UI thread.
"""

from __future__ import annotations

from poa_desktop.domain.report import AgencyRow, ContactRow, EvidenceRow, Person, ReportData
from poa_desktop.services.answering.answers import all_answers
from poa_desktop.services.answering.evidence import list_evidence
from poa_desktop.services.answering.field_values import field_values
from poa_desktop.services.assessments.assessments import AssessmentInfo, find_assessment
from poa_desktop.services.assessments.changes import changes_between
from poa_desktop.services.assessments.clearance import latest_clearance
from poa_desktop.services.assessments.profiles import load_profile
from poa_desktop.services.reporting.snapshot import assemble
from poa_desktop.services.workspace import Workspace


def build_report_data(
    ws: Workspace, assessment: AssessmentInfo | None = None, *, changes_since: str | None = None
) -> ReportData:
    """Read the assessment (the most recent one by default) into a :class:`ReportData`."""
    info = assessment or find_assessment(ws)
    catalog = ws.installed.covering(info.documents)
    with ws.db.session() as session:
        profile = load_profile(session)
        assert profile is not None  # an assessment exists, so its profile does
        focal = Person(
            profile.focal_point_name or "",
            profile.focal_point_title or "",
            profile.focal_point_email or "",
            profile.focal_point_phone or "",
        )
        agencies = tuple(
            AgencyRow(
                a.name, a.short_name or "", a.contact_person or "", a.email or "", a.phone or ""
            )
            for a in profile.agencies
        )
        contacts = tuple(
            ContactRow(
                c.name,
                c.role or "",
                c.agency.name if c.agency else "",
                c.email or "",
                c.phone or "",
            )
            for c in profile.contacts
        )
    return assemble(
        catalog,
        info,
        focal_point=focal,
        agencies=agencies,
        contacts=contacts,
        answers=all_answers(ws, info.id),
        field_values=field_values(ws, info.id),
        clearance=latest_clearance(ws, info.id) if info.status == "cleared" else None,
        changes=changes_between(ws, changes_since, info.cycle) if changes_since else None,
        evidence=_evidence_rows(ws, info.id),
    )


def _evidence_rows(ws: Workspace, assessment_id: int) -> tuple[EvidenceRow, ...]:
    """The assessment's evidence files without their bytes (a report lists them)."""
    return tuple(list_evidence(ws, assessment_id))
