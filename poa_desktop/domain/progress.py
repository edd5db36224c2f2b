"""How far an assessment has come: status counts overall, per document, section and theme.

Pure: computed from the catalog and a map of commitment id to status, so the window recomputes it
on each save without a query and a report carries it in its snapshot.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from poa_desktop.domain.catalog import Catalog, Commitment
from poa_desktop.domain.outline import section_code
from poa_desktop.domain.status import COUNT_KEYS, NOT_ASSESSED


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


def row_of(
    key: str, label: str, measures: Iterable[Commitment], status: Mapping[str, str | None]
) -> ProgressRow:
    """Counts of ``measures`` by status (a section page counts one heading's measures too)."""
    counts = dict.fromkeys(COUNT_KEYS, 0)
    total = 0
    for commitment in measures:
        total += 1
        counts[status.get(commitment.id) or NOT_ASSESSED] += 1
    return ProgressRow(key, label, total, counts)


def compute_progress(catalog: Catalog, status: dict[str, str]) -> Progress:
    """Progress from a map of commitment id to status (pure: the UI reuses it on each save)."""
    measures = catalog.measures
    documents = tuple(
        row_of(d.id, d.short_title, (c for c in d.commitments if c.assessed), status)
        for d in catalog.documents
    )
    sections = []
    for document in catalog.documents:
        for section in document.sections:
            members = [c for c in document.commitments if c.assessed and c.section == section.id]
            if members:
                sections.append(
                    row_of(section.key, section_code(document, section), members, status)
                )
    themes = tuple(
        row_of(t.id, t.label, (c for c in measures if t.id in c.themes), status)
        for t in catalog.themes
    )
    return Progress(
        row_of("all", "All measures", measures, status),
        documents,
        tuple(sections),
        tuple(r for r in themes if r.total),
    )
