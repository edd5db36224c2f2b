"""What the window's first screen shows, read without SQLAlchemy (issue 18: start-up).

The window's start-up paints from this read (:mod:`poa_desktop.store.quick_screen`, plain
``sqlite3``, one read transaction) and lets its workspace open the database through SQLAlchemy
once it has painted (:meth:`~poa_desktop.services.workspace.Workspace.deferred`). Each field is
what the service the window otherwise calls returns (the test suite compares them field by field).

None (the window then opens as it always has) whenever the first screen would show something
this read does not: a database to create, upgrade or repair (:func:`read_current` steps aside),
a first run, answers kept from a failed save, a draft of the measure on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from poa_desktop.catalog import Catalog
from poa_desktop.domain.assessment import chosen_assessment
from poa_desktop.services.answering.paragraph import ParagraphRead
from poa_desktop.services.assessments.info import AssessmentInfo
from poa_desktop.services.errors import FROZEN_STATUSES
from poa_desktop.services.safety import recovery
from poa_desktop.store.quick_read import Snapshot, read_current
from poa_desktop.store.quick_screen import ScreenRows, Step


@dataclass(frozen=True)
class FirstScreen:
    """The window's first screen, as the services would have read it."""

    assessment: AssessmentInfo
    """The most recent assessment (``find_assessment``)."""
    statuses: dict[str, str]
    """Every answer's status (``statuses``)."""
    agencies: tuple[str, ...]
    """The profile's agencies, in its order (``get_profile(ws).agencies``)."""
    focal_point: str | None
    """The profile's focal point as stored (what ``person`` names when no one else works)."""
    commitment_id: str
    """The paragraph on screen."""
    paragraph: ParagraphRead
    """What showing it reads, as :func:`~.answering.paragraph_read.read_paragraph` reads it
    (no draft: the read declines when one waits)."""
    frozen_by: Step | None = None
    """For a submitted or cleared assessment, the step that froze it (``frozen_by``)."""


def read_first_screen(
    path: Path, installed: Catalog, choose: Callable[[Catalog], str]
) -> FirstScreen | None:
    """The first screen of the database at ``path``: its most recent assessment, on the
    paragraph ``choose`` picks in the catalog that assessment covers; None when the window must
    read it the full way (see the module's docstring)."""
    if recovery.pending(path):
        return None

    def read(snapshot: Snapshot) -> FirstScreen | None:
        rows = ScreenRows(snapshot)
        profile = rows.profile()
        if profile is None or not rows.profile_has_assessments():
            return None  # the first run's dialog
        assessment = chosen_assessment(rows.full_assessments(), None)
        if assessment is None:
            return None
        catalog = installed.covering(assessment.documents)
        commitment_id = choose(catalog)
        if rows.has_draft(assessment.id, commitment_id):
            return None
        commitment = catalog.get(commitment_id)
        asks_fields = bool(catalog.field_groups_for(commitment_id))
        paragraph = ParagraphRead(
            answers=rows.answers_of(assessment.id, [commitment_id, *commitment.related]),
            draft=None,
            field_values=rows.field_values(assessment.id) if asks_fields else {},
            evidence=tuple(rows.evidence(assessment.id, commitment_id)),
        )
        return FirstScreen(
            assessment=assessment,
            statuses=snapshot.answer_statuses(assessment.id),
            agencies=tuple(agency.name for agency in profile.agencies),
            focal_point=profile.focal_point.name or None,
            commitment_id=commitment_id,
            paragraph=paragraph,
            frozen_by=_frozen_by(rows, assessment),
        )

    return read_current(path, read)


def _frozen_by(rows: ScreenRows, assessment: AssessmentInfo) -> Step | None:
    """The step that froze ``assessment``: its last, if a submission or a clearance; None for
    a draft (not read)."""
    if assessment.status not in FROZEN_STATUSES:
        return None
    step = rows.last_step(assessment.id)
    return step if step is not None and step.action in ("submit", "clear") else None
