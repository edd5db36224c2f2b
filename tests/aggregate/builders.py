"""National workbooks the tests write, with exactly the answers they put in.

No database: a :class:`ReportData` is made from the bundled catalog and answers given here, then
written by the app's own writer (``write_xlsx``), in any of the six languages. The answers a test
puts in are kept beside, so every count of the analysis can be checked against them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from poa_desktop.catalog.loader import default_catalog
from poa_desktop.domain.catalog import Catalog
from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.progress import compute_progress
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.domain.report import Person, ReportData
from poa_desktop.domain.status import Status
from poa_desktop.exchange.workbook.writer import write_xlsx

STATUSES: tuple[Status | None, ...] = (*Status, None)
EXPORTED = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Book:
    """One national workbook as a test wrote it: whose, and every answer put in."""

    path: Path
    state: str
    iso: str
    cycle: str
    answers: Mapping[str, AnswerContent] = field(default_factory=dict)
    """By commitment id: the measures the workbook has a row for (blank content: no answer)."""


def catalog() -> Catalog:
    return default_catalog()


def status_for(iso: str, commitment_id: str) -> Status | None:
    """A status drawn from the State and the measure, the same in every run."""
    roll = hashlib.sha256(f"{iso}/{commitment_id}".encode()).digest()[0]
    return STATUSES[roll % len(STATUSES)]


def varied_answers(iso: str, every: int = 1) -> dict[str, AnswerContent]:
    """A status for every ``every``-th measure (the others left blank), drawn per State."""
    answers = {}
    for index, commitment in enumerate(catalog().measures):
        status = status_for(iso, commitment.id) if index % every == 0 else None
        answers[commitment.id] = AnswerContent(status=status)
    return answers


def report_data(
    state: str,
    iso: str,
    answers: Mapping[str, AnswerContent],
    *,
    cycle: str = "BMS9 2026",
    exported: datetime = EXPORTED,
) -> ReportData:
    cat = catalog()
    records = {
        cid: AnswerRecord(cid, content, 1, "typed", "", "test", exported)
        for cid, content in answers.items()
        if not content.is_blank
    }
    statuses = {cid: str(c.status) for cid, c in answers.items() if c.status is not None}
    return ReportData(
        catalog=cat,
        app_version="0.1.0",
        state=state,
        iso_code=iso,
        cycle=cycle,
        status="draft",
        cleared_by=None,
        cleared_on=None,
        focal_point=Person("Focal Point"),
        agencies=(),
        contacts=(),
        answers=records,
        field_values={},
        progress=compute_progress(cat, statuses),
        generated_at=exported,
    )


def write_book(
    folder: Path,
    state: str,
    iso: str,
    answers: Mapping[str, AnswerContent],
    *,
    language: str = "en",
    cycle: str = "BMS9 2026",
    exported: datetime = EXPORTED,
    name: str | None = None,
) -> Book:
    """The State's workbook in ``folder`` (``<ISO>.xlsx`` unless ``name`` says otherwise)."""
    path = folder / (name or f"{iso}.xlsx")
    data = report_data(state, iso, answers, cycle=cycle, exported=exported)
    write_xlsx(data, path, language=language)
    every = {c.id: answers.get(c.id, AnswerContent()) for c in catalog().measures}
    return Book(path, state, iso, cycle, every)
