"""Carried-forward answers: confirming them unchanged, and listing those still to review.

A cycle started from the previous one holds copies of its answers ("carried forward from
<cycle>"). Saving the same content again is no change, so the answers service writes nothing;
confirming instead writes a revision with the same content saying "confirmed unchanged since
<cycle>", so the history shows the answer was reviewed, by whom and when.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from poa_desktop.domain.provenance import Provenance, carried_cycle
from poa_desktop.services.answering.answers import (
    all_answers,
    answers_by_id,
    assessable,
    content_of,
)
from poa_desktop.services.errors import NotFoundError, ServiceError, ensure_editable
from poa_desktop.services.identity import computer_login, person
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Answer, Assessment, Revision, utcnow

CARRIED = Provenance.CARRIED_FORWARD
CONFIRMED_PREFIX = "confirmed unchanged since "


def is_confirmed(provenance_detail: str) -> bool:
    return provenance_detail.startswith(CONFIRMED_PREFIX)


def confirm_unchanged(
    ws: Workspace,
    assessment_id: int,
    commitment_ids: Sequence[str],
    *,
    author: str | None = None,
) -> int:
    """Mark carried-forward answers as reviewed and unchanged; how many were newly confirmed.

    All or nothing, in one transaction: an answer that is not carried forward (never carried,
    or edited since), an unknown id, or a submitted or cleared assessment refuses the whole
    request. Answers already confirmed are left as they are and not counted. Recorded as
    ``author``, else the person working (:func:`~poa_desktop.services.identity.person`).
    """
    author = person(ws, author)
    login = computer_login()
    ids = list(dict.fromkeys(assessable(ws.catalog, cid).id for cid in commitment_ids))
    with ws.db.writing() as session:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None:
            raise NotFoundError(f"no assessment with id {assessment_id}")
        ensure_editable(assessment.cycle, assessment.status)
        if not ids:
            return 0
        answers = answers_by_id(session, assessment.id, ids)
        refused = []
        for cid in ids:
            answer = answers.get(cid)
            if answer is None or answer.provenance != CARRIED:
                refused.append(ws.catalog.get(cid).label)
        if refused:
            raise ServiceError(
                f"not carried forward (never carried, or edited since) in {assessment.cycle}: "
                + ", ".join(refused)
            )
        confirmed = 0
        now = utcnow()
        for cid in ids:
            answer = answers[cid]
            if is_confirmed(answer.provenance_detail):
                continue
            since = _source_cycle(assessment, answer)
            detail = f"{CONFIRMED_PREFIX}{since}"
            answer.version += 1
            answer.provenance_detail = detail
            answer.updated_by = author
            answer.updated_at = now
            session.add(
                Revision(
                    answer=answer,
                    number=_next_revision(session, answer),
                    author=author,
                    login=login,
                    provenance=CARRIED,
                    provenance_detail=detail,
                    changed_fields=[],
                    snapshot=content_of(answer).to_snapshot(),
                )
            )
            confirmed += 1
        session.flush()
        return confirmed


def _next_revision(session: Session, answer: Answer) -> int:
    """The number after the answer's last revision (autosave may group saves into one)."""
    last = session.scalar(select(func.max(Revision.number)).where(Revision.answer_id == answer.id))
    return (last or 0) + 1


def _source_cycle(assessment: Assessment, answer: Answer) -> str:
    """The cycle the answer came from: its own note, else the assessment's source."""
    cycle = carried_cycle(answer.provenance_detail)
    if cycle is not None:
        return cycle
    if assessment.carried_from is not None:
        return assessment.carried_from.cycle
    return "the previous cycle"


def carried_pending(ws: Workspace, assessment_id: int) -> list[str]:
    """Ids of carried-forward answers neither confirmed nor edited yet, in document order.

    Blank carried answers say nothing to confirm and are left out.
    """
    answers = all_answers(ws, assessment_id)
    pending = []
    for commitment in ws.catalog.measures:
        record = answers.get(commitment.id)
        if (
            record is not None
            and record.provenance == CARRIED
            and not is_confirmed(record.provenance_detail)
            and not record.content.is_blank
        ):
            pending.append(commitment.id)
    return pending
