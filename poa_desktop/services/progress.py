"""How far an assessment has come: status counts overall, per document, section and theme."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select

from poa_desktop.catalog import Catalog, Commitment
from poa_desktop.services.content import STATUSES
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Answer

NOT_ASSESSED = "not_assessed"


@dataclass(frozen=True)
class ProgressRow:
    """Counts for one group of measures; ``counts`` has every status and ``not_assessed``."""

    key: str
    label: str
    total: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def answered(self) -> int:
        return self.total - self.counts.get(NOT_ASSESSED, 0)

    @property
    def percent(self) -> float:
        return 100.0 * self.answered / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "label": self.label,
            "total": self.total,
            "answered": self.answered,
            "percent": round(self.percent, 1),
            "counts": dict(self.counts),
        }


@dataclass(frozen=True)
class Progress:
    overall: ProgressRow
    documents: tuple[ProgressRow, ...]
    sections: tuple[ProgressRow, ...]
    themes: tuple[ProgressRow, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "overall": self.overall.as_dict(),
            "documents": [r.as_dict() for r in self.documents],
            "sections": [r.as_dict() for r in self.sections],
            "themes": [r.as_dict() for r in self.themes],
        }


def _row(
    key: str, label: str, measures: Iterable[Commitment], status: dict[str, str]
) -> ProgressRow:
    counts = dict.fromkeys((*STATUSES, NOT_ASSESSED), 0)
    total = 0
    for commitment in measures:
        total += 1
        counts[status.get(commitment.id, NOT_ASSESSED)] += 1
    return ProgressRow(key, label, total, counts)


def compute_progress(catalog: Catalog, status: dict[str, str]) -> Progress:
    """Progress from a map of commitment id to status (pure: the UI reuses it on each save)."""
    measures = catalog.measures
    documents = tuple(
        _row(d.id, d.short_title, (c for c in d.commitments if c.assessed), status)
        for d in catalog.documents
    )
    sections = []
    for document in catalog.documents:
        for section in document.sections:
            members = [c for c in document.commitments if c.assessed and c.section == section.id]
            if members:
                label = f"{document.short_title} {section.label.rstrip('.')}".strip()
                sections.append(_row(section.key, label, members, status))
    themes = tuple(
        _row(t.id, t.label, (c for c in measures if t.id in c.themes), status)
        for t in catalog.themes
    )
    return Progress(
        _row("all", "All measures", measures, status),
        documents,
        tuple(sections),
        tuple(r for r in themes if r.total),
    )


def statuses(ws: Workspace, assessment_id: int) -> dict[str, str]:
    """Commitment id -> status for the answers that have one."""
    with ws.db.session() as session:
        rows = session.execute(
            select(Answer.commitment_id, Answer.status).where(
                Answer.assessment_id == assessment_id, Answer.status.is_not(None)
            )
        ).all()
        return {commitment_id: s for commitment_id, s in rows if s is not None}


def assessment_progress(ws: Workspace, assessment_id: int) -> Progress:
    return compute_progress(ws.catalog, statuses(ws, assessment_id))
