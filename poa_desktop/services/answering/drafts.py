"""Drafts: what was typed on a measure but cannot be saved yet, kept until it is corrected.

A person types a sentence in "Measures taken" and a law's year as "15". The sentence is saved
(every field saves on its own merits); the year cannot be, so the form as typed is kept here,
beside the answer, with the reasons. It survives moving on, closing and a crash, and comes back
on screen, marked, when the measure is opened again (:func:`overlay`). The first save in which
every field is valid removes it.

SQLAlchemy is imported by the functions that read or write a draft, not by the module: the
window's first screen (:mod:`poa_desktop.services.first_screen`) uses :class:`Draft` and
:func:`overlay` before SQLAlchemy has loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.fields import FIELD_KEYS, field_label
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.services.errors import Problem
from poa_desktop.services.safety.recovery import FieldInput
from poa_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy import Row

    from poa_desktop.store import AnswerDraft


@dataclass(frozen=True)
class Draft:
    """The form as typed (``content``), the report field inputs that could not be saved, why."""

    commitment_id: str
    content: AnswerContent
    fields: Mapping[str, FieldInput] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    base_version: int = 0
    author: str = ""
    updated_at: datetime | None = None

    @property
    def answer_fields(self) -> frozenset[str]:
        """The answer fields that could not be saved (report field ids are in ``fields``)."""
        return frozenset(p.field for p in self.problems if p.field in FIELD_KEYS)


def keep_draft(ws: Workspace, assessment_id: int, draft: Draft) -> None:
    """Write (or replace) the draft of one measure, in its own short transaction."""
    from sqlalchemy import select

    from poa_desktop.store import AnswerDraft, utcnow

    with ws.db.writing() as session:
        row = session.scalars(
            select(AnswerDraft).where(
                AnswerDraft.assessment_id == assessment_id,
                AnswerDraft.commitment_id == draft.commitment_id,
            )
        ).first()
        if row is None:
            row = AnswerDraft(assessment_id=assessment_id, commitment_id=draft.commitment_id)
            session.add(row)
        row.content = draft.content.to_snapshot()
        row.fields = dict(draft.fields)
        row.problems = [{"field": p.field, "message": p.message} for p in draft.problems]
        row.base_version = draft.base_version
        row.author = draft.author
        row.updated_at = utcnow()


def drop_draft(ws: Workspace, assessment_id: int, commitment_id: str) -> bool:
    """Forget the draft of one measure (everything in it was saved); True if there was one."""
    from sqlalchemy import delete

    from poa_desktop.store import AnswerDraft

    with ws.db.writing() as session:
        result = session.execute(
            delete(AnswerDraft).where(
                AnswerDraft.assessment_id == assessment_id,
                AnswerDraft.commitment_id == commitment_id,
            )
        )
        return bool(getattr(result, "rowcount", 0))


def draft_of(row: AnswerDraft | Row[Any]) -> Draft:
    """A draft from its row: the ORM's, or a Core statement's on the ``answer_draft`` table."""
    return Draft(
        commitment_id=row.commitment_id,
        content=AnswerContent.from_snapshot(row.content),
        fields=dict(row.fields),
        problems=tuple(Problem(p["field"], p["message"]) for p in row.problems),
        base_version=row.base_version,
        author=row.author,
        updated_at=row.updated_at,
    )


def get_draft(ws: Workspace, assessment_id: int, commitment_id: str) -> Draft | None:
    from sqlalchemy import select

    from poa_desktop.store import AnswerDraft

    with ws.db.session() as session:
        row = session.scalars(
            select(AnswerDraft).where(
                AnswerDraft.assessment_id == assessment_id,
                AnswerDraft.commitment_id == commitment_id,
            )
        ).first()
        return draft_of(row) if row is not None else None


def list_drafts(ws: Workspace, assessment_id: int) -> list[Draft]:
    """Every measure of the assessment with something typed but not saved, in catalog order."""
    from sqlalchemy import select

    from poa_desktop.store import AnswerDraft

    with ws.db.session() as session:
        rows = session.scalars(
            select(AnswerDraft).where(AnswerDraft.assessment_id == assessment_id)
        )
        found = {row.commitment_id: draft_of(row) for row in rows}
    order = {c.id: i for i, c in enumerate(ws.catalog)}
    return sorted(found.values(), key=lambda d: order.get(d.commitment_id, len(order)))


def overlay(
    record: AnswerRecord, values: Mapping[str, FieldInput], draft: Draft | None
) -> tuple[AnswerContent, dict[str, FieldInput]]:
    """What the form shows: the saved answer with the draft's unsaved fields put back.

    Only the fields that could not be saved come from the draft, so an answer changed elsewhere
    since (an import, another window) is not undone by an old draft's other fields.
    """
    content, inputs = record.content, dict(values)
    if draft is None:
        return content, inputs
    unsaved = {name: getattr(draft.content, name) for name in draft.answer_fields}
    return content.with_changes(**unsaved), inputs | dict(draft.fields)


def unsaved_labels(ws: Workspace, draft: Draft) -> list[str]:
    """What a draft holds, as a person calls it ("Laws and regulations", "Arms seized")."""
    names = [field_label(name) for name in draft.answer_fields]
    known = {f.id: f.label for group in ws.catalog.field_groups for f in group.fields}
    return names + [known.get(field_id, field_id) for field_id in draft.fields]
