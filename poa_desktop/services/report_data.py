"""Everything a report shows, read once from the database into plain frozen values.

The PDF and Excel writers (``poa_desktop.exchange``) take a :class:`ReportData` and never touch
the database, so an export reads a consistent snapshot and can run off the UI thread.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from poa_desktop import __version__
from poa_desktop.catalog import Catalog, Commitment
from poa_desktop.catalog.validation import FieldValue
from poa_desktop.services.answers import AnswerRecord, all_answers
from poa_desktop.services.assessments import AssessmentInfo, find_assessment
from poa_desktop.services.changes import ChangeList, changes_between
from poa_desktop.services.clearance import latest_clearance
from poa_desktop.services.field_values import field_values
from poa_desktop.services.profiles import load_profile
from poa_desktop.services.progress import Progress, compute_progress
from poa_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class Person:
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class AgencyRow:
    name: str
    short_name: str = ""
    contact_person: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ContactRow:
    name: str
    role: str = ""
    agency: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ReportData:
    """A snapshot of one assessment for reporting: State, cycle, answers, fields, progress."""

    catalog: Catalog
    app_version: str
    state: str
    iso_code: str
    cycle: str
    status: str  # "draft" | "submitted" | "cleared"
    cleared_by: str | None
    cleared_on: datetime | None
    focal_point: Person
    agencies: tuple[AgencyRow, ...]
    contacts: tuple[ContactRow, ...]
    answers: Mapping[str, AnswerRecord]
    field_values: Mapping[str, FieldValue]
    progress: Progress
    generated_at: datetime
    open_items: tuple[str, ...] = ()
    """Checklist items the clearing authority accepted as open (empty unless cleared so)."""
    changes: ChangeList | None = None
    """What changed since an earlier cycle, when the report is to show it (an annex)."""

    @property
    def is_draft(self) -> bool:
        return self.status != "cleared"

    def answer(self, commitment_id: str) -> AnswerRecord | None:
        return self.answers.get(commitment_id)

    def measures(self) -> tuple[Commitment, ...]:
        return self.catalog.measures

    def answers_digest(self) -> str:
        """SHA-256 of the answers' content (canonical JSON, by commitment id).

        Printed in the Excel ``About`` sheet so anyone can check that two files carry the same
        answers, whatever their formatting.
        """
        canonical = {
            cid: record.content.to_snapshot()
            for cid, record in sorted(self.answers.items())
            if not record.content.is_blank
        }
        text = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_report_data(
    ws: Workspace, assessment: AssessmentInfo | None = None, *, changes_since: str | None = None
) -> ReportData:
    """Read the assessment (the most recent one by default) into a :class:`ReportData`."""
    info = assessment or find_assessment(ws)
    answers = all_answers(ws, info.id)
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
    statuses = {cid: r.content.status for cid, r in answers.items() if r.content.status}
    clearance = latest_clearance(ws, info.id) if info.status == "cleared" else None
    return ReportData(
        catalog=ws.catalog,
        app_version=__version__,
        state=info.state,
        iso_code=info.iso_code,
        cycle=info.cycle,
        status=info.status,
        cleared_by=clearance.actor if clearance else None,
        cleared_on=clearance.created_at if clearance else None,
        focal_point=focal,
        agencies=agencies,
        contacts=contacts,
        answers=answers,
        field_values=field_values(ws, info.id),
        progress=compute_progress(ws.catalog, {k: v for k, v in statuses.items() if v}),
        generated_at=datetime.now(UTC),
        open_items=clearance.open_items if clearance else (),
        changes=changes_between(ws, changes_since, info.cycle) if changes_since else None,
    )
