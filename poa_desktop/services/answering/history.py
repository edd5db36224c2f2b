"""The history of an answer (who changed what, when) and restoring an earlier revision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from poa_desktop.domain.content import AnswerContent, display_value
from poa_desktop.domain.fields import field_label
from poa_desktop.domain.records import SavedAnswer
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.errors import NotFoundError
from poa_desktop.services.identity import person
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Answer, Revision


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str


def author_with_login(author: str, login: str) -> str:
    """The person, with the computer login beside when it says something more.

    "Amina Diallo (root)"; just "Amina Diallo" when no login was recorded (revisions written
    before logins were) or when the login is the same name.
    """
    login = login.strip()
    if not author:
        return login
    if not login or login.casefold() == author.casefold():
        return author
    return f"{author} ({login})"


@dataclass(frozen=True)
class RevisionView:
    """One save, with what it changed compared with the save before it."""

    number: int
    created_at: datetime
    author: str
    provenance: str
    provenance_detail: str
    content: AnswerContent
    changes: tuple[FieldChange, ...]
    login: str = ""
    """The computer login the change was made under ("" before logins were recorded)."""

    @property
    def who(self) -> str:
        """Who made the change, as shown: "Person (login)" when the login differs."""
        return author_with_login(self.author, self.login)

    @property
    def source(self) -> str:
        """Where the change came from, in words: "typed", "imported from x.xlsx, row 4"..."""
        return self.provenance_detail or self.provenance.replace("_", " ")


def answer_history(ws: Workspace, assessment_id: int, commitment_id: str) -> list[RevisionView]:
    """Every revision of the answer, oldest first; empty when it was never saved."""
    commitment = ws.catalog.get(commitment_id)
    with ws.db.session() as session:
        revisions = session.scalars(
            select(Revision)
            .join(Answer)
            .where(Answer.assessment_id == assessment_id, Answer.commitment_id == commitment.id)
            .order_by(Revision.number)
        ).all()
        views: list[RevisionView] = []
        previous = AnswerContent()
        for revision in revisions:
            content = AnswerContent.from_snapshot(revision.snapshot)
            changes = tuple(
                FieldChange(
                    name,
                    field_label(name),
                    display_value(name, getattr(previous, name)),
                    display_value(name, getattr(content, name)),
                )
                for name in content.changed_fields(previous)
            )
            views.append(
                RevisionView(
                    revision.number,
                    revision.created_at,
                    revision.author,
                    revision.provenance,
                    revision.provenance_detail,
                    content,
                    changes,
                    revision.login or "",
                )
            )
            previous = content
        return views


def restore_revision(
    ws: Workspace, assessment_id: int, commitment_id: str, number: int, *, author: str | None = None
) -> SavedAnswer:
    """Make revision ``number`` the current content again, as a new revision (undoable too).

    Recorded as ``author``, else the person working (:func:`~poa_desktop.services.identity.person`).
    """
    history = answer_history(ws, assessment_id, commitment_id)
    chosen = next((r for r in history if r.number == number), None)
    if chosen is None:
        label = ws.catalog.get(commitment_id).label
        have = f"revisions 1-{len(history)}" if history else "no revisions"
        raise NotFoundError(f"{label} has {have}, not revision {number}")
    return save_answer(
        ws,
        assessment_id,
        commitment_id,
        chosen.content,
        author=person(ws, author),
        provenance_detail=f"restored revision {number}",
    )
