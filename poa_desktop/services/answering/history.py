"""The history of an answer (who changed what, when) and restoring an earlier revision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select

from poa_desktop.domain.content import AnswerContent, Law, display_value
from poa_desktop.domain.diff import Segment, item_diff, word_diff
from poa_desktop.domain.fields import CellKind, answer_field, field_label
from poa_desktop.domain.records import SavedAnswer
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.errors import NotFoundError
from poa_desktop.services.identity import person
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Answer, Revision

Shape = Literal["words", "items", "value"]
"""How a change is shown: a text word by word, a list item by item, a single value old → new."""

_LISTS = (CellKind.LAWS, CellKind.AGENCIES, CellKind.KINDS)


@dataclass(frozen=True)
class FieldChange:
    """One field's change: its value before and after, as read, and what changed in it."""

    field: str
    label: str
    old: str
    new: str
    shape: Shape = "value"
    segments: tuple[Segment, ...] = ()
    """The whole text word by word (``words``) or the items (``items``); () for a ``value``.

    :func:`poa_desktop.domain.diff.elide` shortens it for display."""


def field_change(name: str, old: Any, new: Any) -> FieldChange:
    """The change of field ``name`` from the value ``old`` to ``new`` (``AnswerContent`` values)."""
    before, after = display_value(name, old), display_value(name, new)
    try:
        cell = answer_field(name).cell
    except KeyError:
        cell = None
    if cell is CellKind.TEXT:
        texts = word_diff(old or "", new or "")
        return FieldChange(name, field_label(name), before, after, "words", texts)
    if cell in _LISTS:
        return FieldChange(
            name, field_label(name), before, after, "items", item_diff(_items(old), _items(new))
        )
    return FieldChange(name, field_label(name), before, after)


def _items(values: tuple[Any, ...]) -> list[str]:
    return [value.display() if isinstance(value, Law) else str(value) for value in values]


def time_span(began: datetime, saved: datetime, *, dash: str = "–") -> str:
    """When an editing session ran, to the second, as given (convert both to one zone first).

    "2026-11-29 14:03:27" when it began and ended within the second, "2026-11-29
    14:03:27–14:05:10" within a day, "2026-11-29 23:59:50 – 2026-11-30 00:01:10" across midnight.
    """
    start = f"{began:%Y-%m-%d %H:%M:%S}"
    if saved.replace(microsecond=0) <= began.replace(microsecond=0):
        return start
    if saved.date() == began.date():
        return f"{start}{dash}{saved:%H:%M:%S}"
    return f"{start} {dash} {saved:%Y-%m-%d %H:%M:%S}"


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
    """One editing session's revision, with what it changed compared with the one before it."""

    number: int
    created_at: datetime
    """When the editing session began (UTC)."""
    saved_at: datetime
    """When it was last saved (UTC): the revision's content is as of then."""
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
                field_change(name, getattr(previous, name), getattr(content, name))
                for name in content.changed_fields(previous)
            )
            views.append(
                RevisionView(
                    number=revision.number,
                    created_at=revision.created_at,
                    saved_at=revision.saved_at or revision.created_at,
                    author=revision.author,
                    provenance=revision.provenance,
                    provenance_detail=revision.provenance_detail,
                    content=content,
                    changes=changes,
                    login=revision.login or "",
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
