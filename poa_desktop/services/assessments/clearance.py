"""Clearance: the checklist, and draft -> submitted -> cleared (and back to draft with a reason).

The reporting officer submits the draft for clearance; a senior official (the clearing authority)
clears it, normally once the checklist is empty, or knowingly with items still open, which are then
recorded with the clearance and printed in the report. From submission on the assessment is
frozen (:func:`~poa_desktop.services.errors.ensure_editable`): the answer and report field services
refuse to change it, so what the authority approves is what was submitted. Reopening, by anyone,
with a reason, makes it a draft again; every step is kept in ``clearance_event``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from poa_desktop.domain.status import Status
from poa_desktop.services.answering.answers import all_answers
from poa_desktop.services.answering.field_values import field_problems
from poa_desktop.services.errors import NotFoundError, ServiceError
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Assessment
from poa_desktop.store.models import ClearanceEvent

GENDER_THEME = "gender"

UNANSWERED = "unanswered"
NO_DESCRIPTION = "no_description"
NO_ASSISTANCE_KIND = "no_assistance_kind"
FIELD_PROBLEM = "field_problem"
STATUS_AFTER = {"submit": "submitted", "clear": "cleared", "reopen": "draft"}

KINDS = (UNANSWERED, NO_DESCRIPTION, NO_ASSISTANCE_KIND, FIELD_PROBLEM)
"""Kinds of checklist item, in the order the checklist lists them."""


@dataclass(frozen=True)
class OpenItem:
    """One thing to settle before clearance; ``commitment_id`` is None when no measure applies."""

    kind: str
    commitment_id: str | None
    message: str
    gender: bool = False
    """A gender measure: reviewers look at these on their own (counted, and marked)."""


@dataclass(frozen=True)
class ClearanceRecord:
    """One recorded step of the workflow, as the UI and the command line show it."""

    action: str  # "submit" | "clear" | "reopen"
    actor: str
    created_at: datetime
    reason: str
    open_items: tuple[str, ...]
    cycle: str

    @property
    def status(self) -> str:
        """The assessment's status right after this step."""
        return STATUS_AFTER[self.action]


def checklist(ws: Workspace, assessment_id: int) -> list[OpenItem]:
    """What is still open in the assessment, grouped by kind, each kind in catalog order.

    Each thing is listed once: a gender measure not yet assessed is marked as one (reviewers
    look at those on their own) instead of appearing again in a group of its own.
    """
    with ws.db.session() as session:
        _load(session, assessment_id)
    answers = all_answers(ws, assessment_id)
    measures = ws.catalog.measures
    contents = {c.id: answers[c.id].content if c.id in answers else None for c in measures}
    items: list[OpenItem] = []
    for c in measures:
        content = contents[c.id]
        if content is None or content.status is None:
            if GENDER_THEME in c.themes:
                message = f"{c.label}: not yet assessed (a gender measure)"
                items.append(OpenItem(UNANSWERED, c.id, message, gender=True))
            else:
                items.append(OpenItem(UNANSWERED, c.id, f"{c.label}: not yet assessed"))
    for c in measures:
        content = contents[c.id]
        if content and content.status == Status.DEVELOPING and not content.measures_taken.strip():
            message = f"{c.label}: Developing, but the measures taken are not described"
            items.append(OpenItem(NO_DESCRIPTION, c.id, message))
    for c in measures:
        content = contents[c.id]
        if content and content.assistance_needed and not content.assistance_kinds:
            message = f"{c.label}: assistance needed, but no kind of assistance is chosen"
            items.append(OpenItem(NO_ASSISTANCE_KIND, c.id, message))
    groups = {g.id: g for g in ws.catalog.field_groups}
    for problem in field_problems(ws, assessment_id):
        definition = ws.catalog.fields.get(problem.field_id)
        group = groups.get(definition.group_id) if definition else None
        commitment = group.commitments[0] if group and group.commitments else None
        items.append(OpenItem(FIELD_PROBLEM, commitment, f"Report field {problem.message}"))
    return items


def _load(session: Session, assessment_id: int) -> Assessment:
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise NotFoundError(f"no assessment with id {assessment_id}")
    return assessment


def _name(value: str, who: str) -> str:
    name = " ".join(value.split())
    if not name:
        raise ServiceError(f"the name of {who} is required")
    return name


def _record(event: ClearanceEvent, assessment: Assessment) -> ClearanceRecord:
    return ClearanceRecord(
        action=event.action,
        actor=event.actor,
        created_at=event.created_at,
        reason=event.reason,
        open_items=tuple(event.open_items),
        cycle=assessment.cycle,
    )


def _step(
    ws: Workspace,
    assessment_id: int,
    action: str,
    actor: str,
    *,
    allowed: tuple[str, ...],
    refusal: str,
    to: str,
    reason: str = "",
    open_items: tuple[str, ...] = (),
) -> ClearanceRecord:
    with ws.db.writing() as session:
        assessment = _load(session, assessment_id)
        if assessment.status not in allowed:
            raise ServiceError(
                f"{refusal} (the {assessment.cycle} assessment is {assessment.status})"
            )
        assessment.status = to
        event = ClearanceEvent(
            action=action, actor=actor, reason=reason, open_items=list(open_items)
        )
        assessment.clearance_events.append(event)
        session.flush()
        return _record(event, assessment)


def submit(ws: Workspace, assessment_id: int, officer: str) -> ClearanceRecord:
    """The reporting officer sends the draft for clearance; its answers are frozen from now."""
    officer = _name(officer, "the reporting officer")
    return _step(
        ws,
        assessment_id,
        "submit",
        officer,
        allowed=("draft",),
        refusal="only a draft can be submitted for clearance",
        to="submitted",
    )


def clear(
    ws: Workspace, assessment_id: int, authority: str, *, accept_open_items: bool = False
) -> ClearanceRecord:
    """The clearing authority clears a submitted assessment, freezing it.

    Refused while checklist items are open, unless ``accept_open_items``: then the open items'
    messages are recorded with the clearance (and printed in the report).
    """
    authority = _name(authority, "the clearing authority")
    with ws.db.session() as session:
        assessment = _load(session, assessment_id)
        if assessment.status != "submitted":
            raise ServiceError(
                "only a submitted assessment can be cleared "
                f"(the {assessment.cycle} assessment is {assessment.status})"
            )
    items = checklist(ws, assessment_id)
    if items and not accept_open_items:
        raise ServiceError(
            f"{len(items)} checklist item(s) are still open: settle them, or clear with the "
            "open items accepted (they are then recorded and printed in the report)"
        )
    return _step(
        ws,
        assessment_id,
        "clear",
        authority,
        allowed=("submitted",),
        refusal="only a submitted assessment can be cleared",
        to="cleared",
        open_items=tuple(item.message for item in items),
    )


def reopen(ws: Workspace, assessment_id: int, actor: str, reason: str) -> ClearanceRecord:
    """Back to draft, from submitted or cleared, saying why: further edits start a new draft."""
    actor = _name(actor, "the person reopening the assessment")
    reason = reason.strip()
    if not reason:
        raise ServiceError("say why the assessment is reopened: a reason is required")
    return _step(
        ws,
        assessment_id,
        "reopen",
        actor,
        allowed=("submitted", "cleared"),
        refusal="only a submitted or cleared assessment can be reopened",
        to="draft",
        reason=reason,
    )


def clearance_history(ws: Workspace, assessment_id: int) -> list[ClearanceRecord]:
    """Every step, oldest first."""
    with ws.db.session() as session:
        assessment = _load(session, assessment_id)
        events = session.scalars(
            select(ClearanceEvent)
            .where(ClearanceEvent.assessment_id == assessment_id)
            .order_by(ClearanceEvent.id)
        ).all()
        return [_record(event, assessment) for event in events]


def frozen_by(ws: Workspace, assessment_id: int) -> ClearanceRecord | None:
    """The step that froze the assessment as it is now (its submission, or its clearance).

    None for a draft, or for a frozen assessment whose step was not recorded.
    """
    history = clearance_history(ws, assessment_id)
    if not history or history[-1].action not in ("submit", "clear"):
        return None
    return history[-1]


def latest_clearance(ws: Workspace, assessment_id: int) -> ClearanceRecord | None:
    """The most recent "clear" step, or None when the assessment was never cleared."""
    cleared = [r for r in clearance_history(ws, assessment_id) if r.action == "clear"]
    return cleared[-1] if cleared else None
