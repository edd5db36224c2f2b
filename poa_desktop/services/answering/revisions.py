"""The history a person can use: one revision per editing session, not one per autosave.

Autosave writes within a second, so typing a sentence saves a dozen times; each save is on disk
at once, but the history groups the saves of one visit to a measure (or one stretch of typing
without a pause of :data:`SESSION_PAUSE`) into a single revision, so restoring a version never
puts half a sentence into the report.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from poa_desktop.domain.content import AnswerContent
from poa_desktop.services.identity import computer_login
from poa_desktop.store import Answer, Revision, utcnow

if TYPE_CHECKING:
    from poa_desktop.services.answering.answers import AnswerWrite


SESSION_PAUSE = timedelta(minutes=1)
"""A pause in typing this long starts a new revision even on the same visit to a measure."""


def record_revision(
    session: Session,
    answer: Answer,
    content: AnswerContent,
    write: AnswerWrite,
    author: str,
    provenance: str,
) -> None:
    """Keep the history a person can use: one revision per editing session, not per autosave.

    A save by the same session and person within :data:`SESSION_PAUSE` of the last one updates
    that open revision (what it changed is measured from the revision before it); if the session
    ends where it began, the open revision goes, as nothing changed. Any other save is a new
    revision. Every save is still on disk at once; only the history is grouped.
    """
    now = utcnow()
    latest = None
    if answer.id is not None:
        latest = session.scalars(
            select(Revision)
            .where(Revision.answer_id == answer.id)
            .order_by(Revision.number.desc())
            .limit(1)
        ).first()
    if (
        latest is not None
        and write.session is not None
        and latest.session == write.session
        and latest.author == author
        and latest.provenance == provenance
        and now - (latest.saved_at or latest.created_at) < SESSION_PAUSE
    ):
        before = _content_before(session, latest)
        changed = content.changed_fields(before)
        if not changed:
            session.delete(latest)
            return
        latest.snapshot = content.to_snapshot()
        latest.changed_fields = changed
        latest.saved_at = now
        return
    previous = AnswerContent.from_snapshot(latest.snapshot) if latest else AnswerContent()
    session.add(
        Revision(
            answer=answer,
            number=latest.number + 1 if latest else 1,
            created_at=now,
            saved_at=now,
            session=write.session,
            author=author,
            login=computer_login(),
            provenance=provenance,
            provenance_detail=write.provenance_detail,
            changed_fields=content.changed_fields(previous),
            snapshot=content.to_snapshot(),
        )
    )


def _content_before(session: Session, revision: Revision) -> AnswerContent:
    """The content an open revision started from: the revision before it, or blank."""
    earlier = session.scalars(
        select(Revision.snapshot)
        .where(Revision.answer_id == revision.answer_id, Revision.number < revision.number)
        .order_by(Revision.number.desc())
        .limit(1)
    ).first()
    return AnswerContent.from_snapshot(earlier) if earlier is not None else AnswerContent()
