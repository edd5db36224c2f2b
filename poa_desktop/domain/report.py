"""Everything a report shows, as plain frozen values read once from the database.

The PDF and Excel writers (:mod:`poa_desktop.exchange`) take a :class:`ReportData` and never touch
the database, so an export reads one consistent snapshot and can run off the UI thread;
:func:`poa_desktop.services.reporting.report_data.build_report_data` makes it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from poa_desktop.domain.catalog import Catalog, Commitment, FieldValue
from poa_desktop.domain.changes import ChangeList
from poa_desktop.domain.progress import Progress
from poa_desktop.domain.records import AnswerRecord


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
class EvidenceRow:
    """A file attached to an answer, as lists and the report show it (the bytes stay in the
    database; :mod:`poa_desktop.services.answering.evidence` reads them when asked)."""

    id: int
    commitment_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str = ""


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
    state_names: Mapping[str, str] = field(default_factory=dict)
    """The State's name by report language (fr, es, ar, ru, zh): Unicode CLDR's, where the
    profile's State is on the UN list; a report in another language prints :attr:`state`."""
    period_start: date | None = None
    period_end: date | None = None
    """The reporting period: the first and last day the report covers (None: not said)."""
    report_language: str = "en"
    """The language the assessment's report is written in unless an export chooses another."""
    evidence: tuple[EvidenceRow, ...] = ()
    """The evidence files attached to the answers, by commitment id then as attached."""

    def state_in(self, language: str) -> str:
        """The State's name in a report written in ``language``."""
        return self.state_names.get(language) or self.state

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
        answers, whatever their formatting. It covers the measures, the rows the workbook has:
        an answer kept on a paragraph an earlier catalog counted as a measure is not in it.
        """
        measures = {c.id for c in self.measures()}
        canonical = {
            cid: record.content.to_snapshot()
            for cid, record in sorted(self.answers.items())
            if not record.content.is_blank and cid in measures
        }
        text = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
