"""How far an assessment has come, read without SQLAlchemy: ``poa-desktop progress`` at once.

The same counts as :func:`~poa_desktop.services.answering.progress.assessment_progress`, from the
same rows, read through :mod:`poa_desktop.store.quick_read` (plain ``sqlite3``). None whenever that
read steps aside (a database to create or upgrade, refused, locked or damaged) or the assessment
asked for is not there: the caller then takes the full path, whose errors say why.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from poa_desktop.catalog import default_catalog
from poa_desktop.domain.assessment import chosen_assessment
from poa_desktop.domain.progress import Progress, compute_progress
from poa_desktop.store.quick_read import AssessmentRow, Snapshot, read_current


@dataclass(frozen=True)
class ProgressReport:
    """What ``progress`` prints: whose assessment, which cycle, its status, and the counts."""

    state: str
    cycle: str
    status: str
    progress: Progress


def quick_progress(path: Path, cycle: str | None = None) -> ProgressReport | None:
    """The progress of ``cycle`` (or the most recent assessment) in the database at ``path``;
    None when the full path must answer instead."""

    def read(snapshot: Snapshot) -> tuple[AssessmentRow, dict[str, str]] | None:
        target = chosen_assessment(snapshot.assessments(), cycle)
        if target is None:
            return None
        return target, snapshot.answer_statuses(target.id)

    found = read_current(path, read)
    if found is None:
        return None
    target, statuses = found
    installed = default_catalog()
    catalog = installed.covering(target.documents)
    return ProgressReport(
        target.state, target.cycle, target.status, compute_progress(catalog, statuses)
    )
