"""How far an assessment has come: status counts overall, per document, section and theme."""

from __future__ import annotations

from sqlalchemy import select

from poa_desktop.domain.progress import Progress, compute_progress
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Answer


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
    """Counted over the documents the assessment covers."""
    from poa_desktop.services.assessments.documents import catalog_of

    return compute_progress(catalog_of(ws, assessment_id), statuses(ws, assessment_id))
