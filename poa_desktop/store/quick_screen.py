"""Reading the window's first screen with plain ``sqlite3``: the first paint without SQLAlchemy.

Importing SQLAlchemy and the models is half of the window's start-up. What the first screen
shows (the assessment, every answer's status, the answer on screen and those it previews, the
profile's agencies, the evidence files of the answer on screen) is read here on the same
:class:`~poa_desktop.store.quick_read.Snapshot` as the other quick readers, converted as
SQLAlchemy's column types convert it (:mod:`.quick_report`), with the ORM's own statements and
orders. :mod:`poa_desktop.services.first_screen` puts it together, and declines (the window then
opens as it always has) on whatever the first screen would show that this module does not read.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from poa_desktop.domain.assessment import AssessmentInfo
from poa_desktop.domain.records import AnswerRecord

from .quick_read import Unsure
from .quick_report import (
    _ANSWERS,
    ReportRows,
    _answer,
    _date,
    _document_ids,
    _integer,
    _moment,
    _optional_text,
    _text,
)

_ASSESSMENTS_FULL = (
    "SELECT assessment.id, state_profile.name, state_profile.iso_code, assessment.cycle,"
    " assessment.catalog_version, assessment.status, assessment.created_at, earlier.cycle,"
    " assessment.carried_from_id, assessment.period_start, assessment.period_end,"
    " assessment.report_language, assessment.documents FROM assessment"
    " LEFT JOIN state_profile ON state_profile.id = assessment.profile_id"
    " LEFT JOIN assessment AS earlier ON earlier.id = assessment.carried_from_id"
    " ORDER BY assessment.created_at DESC, assessment.id DESC"
)
_PROFILE_HAS_ASSESSMENTS = (
    "SELECT EXISTS (SELECT 1 FROM assessment WHERE assessment.profile_id ="
    " (SELECT id FROM state_profile ORDER BY id LIMIT 1))"
)
_DRAFT = "SELECT 1 FROM answer_draft WHERE assessment_id = ? AND commitment_id = ? LIMIT 1"
_LAST_STEP = (
    "SELECT action, actor, created_at FROM clearance_event WHERE assessment_id = ?"
    " ORDER BY id DESC LIMIT 1"
)


class Step(NamedTuple):
    """A step of the clearance workflow: what was done, by whom, when."""

    action: str
    actor: str
    created_at: datetime


class ScreenRows(ReportRows):
    """The reads of the window's first screen, on one snapshot of the database."""

    def full_assessments(self) -> list[AssessmentInfo]:
        """Every assessment, most recent first (the order of ``list_assessments``)."""
        return [_full(row) for row in self._connection.execute(_ASSESSMENTS_FULL).fetchall()]

    def profile_has_assessments(self) -> bool:
        """Whether the first profile has an assessment (else the window's first run is due)."""
        (found,) = self._connection.execute(_PROFILE_HAS_ASSESSMENTS).fetchone()
        return bool(found)

    def answers_of(
        self, assessment_id: int, commitment_ids: Sequence[str]
    ) -> dict[str, AnswerRecord]:
        """The saved answers of ``commitment_ids``, by commitment id (``answers_for``)."""
        if not commitment_ids:
            return {}
        marks = ", ".join("?" * len(commitment_ids))
        rows = self._connection.execute(
            f"{_ANSWERS} AND answer.commitment_id IN ({marks})",
            (assessment_id, *commitment_ids),
        ).fetchall()
        return {_text(row[1]): _answer(row) for row in rows}

    def last_step(self, assessment_id: int) -> Step | None:
        """The assessment's last clearance step (``clearance_history(...)[-1]``), if any."""
        found = self._connection.execute(_LAST_STEP, (assessment_id,)).fetchone()
        if found is None:
            return None
        action, actor, created_at = found
        return Step(_text(action), _text(actor), _moment(created_at))

    def has_draft(self, assessment_id: int, commitment_id: str) -> bool:
        """Whether something typed for ``commitment_id`` could not be saved (a draft waits)."""
        found = self._connection.execute(_DRAFT, (assessment_id, commitment_id)).fetchone()
        return found is not None


def _full(row: tuple[object, ...]) -> AssessmentInfo:
    (
        id_, state, iso_code, cycle, catalog_version, status, created_at, earlier,
        earlier_id, start, end, language, documents,
    ) = row  # fmt: skip
    if earlier_id is not None and earlier is None:
        raise Unsure(f"assessment {id_!r}: carried from {earlier_id!r}, not found")
    return AssessmentInfo(
        id=_integer(id_),
        state=_text(state),
        iso_code=_text(iso_code),
        cycle=_text(cycle),
        catalog_version=_text(catalog_version),
        status=_text(status),
        created_at=_moment(created_at),
        carried_from=_optional_text(earlier),
        period_start=_date(start),
        period_end=_date(end),
        report_language=_text(language),
        documents=_document_ids(id_, documents),
    )
