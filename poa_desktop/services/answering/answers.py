"""Saving and reading answers: every save is one transaction that also writes its revision."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from poa_desktop.catalog import Catalog, Commitment, UnknownCommitmentError
from poa_desktop.domain.content import LAW_AREAS, AnswerContent, Law
from poa_desktop.domain.fields import TEXT_FIELD_KEYS, field_label
from poa_desktop.domain.provenance import PROVENANCES, Provenance
from poa_desktop.domain.records import AnswerRecord, SavedAnswer
from poa_desktop.domain.status import STATUSES, as_status
from poa_desktop.services.answering.revisions import record_revision
from poa_desktop.services.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    Problem,
    ServiceError,
    ensure_editable,
)
from poa_desktop.services.identity import person
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Agency, Answer, Assessment, utcnow
from poa_desktop.store.models import AnswerLaw

MAX_TEXT = 20_000


def content_of(answer: Answer) -> AnswerContent:
    """The plain content of a stored answer."""
    return AnswerContent(
        status=as_status(answer.status),
        measures_taken=answer.measures_taken,
        laws=tuple(
            Law(
                law.title_original,
                law.title_english,
                law.year,
                law.link,
                law.area,
                law.description,
            )
            for law in answer.laws
        ),
        agencies=tuple(a.name for a in answer.agencies),
        challenges=answer.challenges,
        assistance_needed=answer.assistance_needed,
        assistance_kinds=tuple(answer.assistance_kinds),
        assistance_description=answer.assistance_description,
        assistance_offered=answer.assistance_offered,
        national_target=answer.national_target,
        target_date=answer.target_date,
    )


def assessable(catalog: Catalog, commitment_id: str) -> Commitment:
    """The measure with this id, or an error saying why it cannot be answered."""
    try:
        commitment = catalog.get(commitment_id)
    except UnknownCommitmentError as error:
        raise NotFoundError(str(error)) from None
    if not commitment.assessed:
        raise ServiceError(
            f"{commitment.id} ({commitment.label}) is a {commitment.kind} paragraph: it is shown "
            "for reference but not assessed"
        )
    return commitment


def validate_content(
    catalog: Catalog, content: AnswerContent, agency_names: Sequence[str]
) -> list[Problem]:
    """Every reason ``content`` cannot be saved, each naming the field to fix."""
    problems: list[Problem] = []
    if content.status is not None and content.status not in STATUSES:
        allowed = ", ".join(STATUSES)
        problems.append(
            Problem(
                "status", f"{field_label('status')}: {content.status!r} is not one of {allowed}"
            )
        )
    for name in TEXT_FIELD_KEYS:
        text = getattr(content, name)
        if len(text) > MAX_TEXT:
            problems.append(
                Problem(
                    name, f"{field_label(name)}: {len(text)} characters; the limit is {MAX_TEXT}"
                )
            )
    kinds = {k.id for k in catalog.assistance_kinds}
    unknown = [k for k in content.assistance_kinds if k not in kinds]
    if unknown:
        problems.append(
            Problem(
                "assistance_kinds",
                f"{field_label('assistance_kinds')}: {', '.join(unknown)} not among "
                f"{', '.join(sorted(kinds))}",
            )
        )
    if len(set(content.assistance_kinds)) != len(content.assistance_kinds):
        problems.append(Problem("assistance_kinds", "Assistance kinds: a kind is listed twice"))
    if not content.assistance_needed and (
        content.assistance_kinds or content.assistance_description.strip()
    ):
        problems.append(
            Problem(
                "assistance_needed",
                "Assistance needed: kinds or a description of assistance are given, so "
                "'assistance needed' must be ticked (or clear them)",
            )
        )
    known = {n.casefold() for n in agency_names}
    for name in content.agencies:
        if name.casefold() not in known:
            problems.append(
                Problem(
                    "agencies",
                    f"Responsible agencies: {name!r} is not an agency in the State profile",
                )
            )
    for row, law in enumerate(content.laws, start=1):
        where = f"Laws and regulations, row {row}"
        if not law.title_original.strip():
            problems.append(
                Problem("laws", f"{where}: the title in the original language is empty")
            )
        if law.year is not None and not 1800 <= law.year <= 2100:
            problems.append(Problem("laws", f"{where}: year {law.year} is not a plausible year"))
        if len(law.link) > 2000:
            problems.append(Problem("laws", f"{where}: the link is longer than 2000 characters"))
        if law.area and law.area not in LAW_AREAS:
            areas = ", ".join(LAW_AREAS)
            problems.append(
                Problem("laws", f"{where}: the area {law.area!r} is not one of {areas}")
            )
        if len(law.description) > 5000:
            problems.append(
                Problem("laws", f"{where}: the description is longer than 5000 characters")
            )
    return problems


def _normalised(content: AnswerContent) -> AnswerContent:
    """Same line endings everywhere, so an unchanged text never looks changed."""
    changes = {
        name: getattr(content, name).replace("\r\n", "\n").replace("\r", "\n")
        for name in TEXT_FIELD_KEYS
    }
    return content.with_changes(**changes)


def answers_by_id(
    session: Session, assessment_id: int, commitment_ids: Sequence[str] | None = None
) -> dict[str, Answer]:
    """Stored answers with their laws and agencies, all or those of ``commitment_ids``."""
    query = (
        select(Answer)
        .where(Answer.assessment_id == assessment_id)
        .options(selectinload(Answer.laws), selectinload(Answer.agencies))
    )
    if commitment_ids is not None:
        query = query.where(Answer.commitment_id.in_(list(commitment_ids)))
    return {a.commitment_id: a for a in session.scalars(query)}


def _load_answer(session: Session, assessment_id: int, commitment_id: str) -> Answer | None:
    # One statement: the answer with its laws and agencies joined (saves run on every keystroke
    # pause, so round trips count).
    return (
        session.scalars(
            select(Answer)
            .where(Answer.assessment_id == assessment_id, Answer.commitment_id == commitment_id)
            .options(joinedload(Answer.laws), joinedload(Answer.agencies))
        )
        .unique()
        .one_or_none()
    )


def _apply(
    answer: Answer, content: AnswerContent, changed: Sequence[str], agencies: Sequence[Agency]
) -> None:
    """Write only the changed fields, so unchanged law rows are not deleted and re-inserted."""
    scalars = [n for n in changed if n not in ("laws", "agencies", "assistance_kinds")]
    for name in scalars:
        setattr(answer, name, getattr(content, name))
    if "assistance_kinds" in changed:
        answer.assistance_kinds = list(content.assistance_kinds)
    if "agencies" in changed:
        by_name = {a.name.casefold(): a for a in agencies}
        answer.agencies = [by_name[name.casefold()] for name in content.agencies]
    if "laws" not in changed:
        return
    answer.laws = [
        AnswerLaw(
            title_original=law.title_original,
            title_english=law.title_english,
            year=law.year,
            link=law.link,
            area=law.area,
            description=law.description,
        )
        for law in content.laws
    ]


@dataclass(frozen=True)
class _AssessmentState:
    id: int
    cycle: str
    status: str
    profile_id: int


def _assessment_state(session: Session, assessment_id: int) -> _AssessmentState:
    row = session.execute(
        select(Assessment.cycle, Assessment.status, Assessment.profile_id).where(
            Assessment.id == assessment_id
        )
    ).one_or_none()
    if row is None:
        raise NotFoundError(f"no assessment with id {assessment_id}")
    return _AssessmentState(assessment_id, row.cycle, row.status, row.profile_id)


def _profile_agencies(session: Session, profile_id: int) -> list[Agency]:
    return list(
        session.scalars(
            select(Agency).where(Agency.profile_id == profile_id).order_by(Agency.position)
        )
    )


@dataclass(frozen=True)
class AnswerWrite:
    """One answer to write in a batch (see :func:`write_answers`)."""

    commitment_id: str
    content: AnswerContent
    provenance_detail: str = ""
    expected_version: int | None = None
    session: str | None = None
    """The editing session typing it (autosave): its saves share one revision (see
    :mod:`~poa_desktop.services.answering.revisions`). None: every save is a revision of its
    own (imports, restores)."""


def write_answers(
    session: Session,
    catalog: Catalog,
    assessment_id: int,
    writes: Sequence[AnswerWrite],
    *,
    author: str,
    provenance: str = Provenance.TYPED,
) -> list[SavedAnswer]:
    """Save many answers inside the caller's transaction, each with its revision.

    The assessment, the profile's agencies and the existing answers are read once, and the
    session is flushed once at the end: an import of 221 rows costs a handful of queries.
    """
    if provenance not in PROVENANCES:
        raise ServiceError(f"unknown provenance {provenance!r}")
    assessment = _assessment_state(session, assessment_id)
    ensure_editable(assessment.cycle, assessment.status)
    needs_agencies = any(w.content.agencies for w in writes)
    agencies = _profile_agencies(session, assessment.profile_id) if needs_agencies else []
    ids = [assessable(catalog, w.commitment_id).id for w in writes]
    existing = answers_by_id(session, assessment.id, ids)
    saved = [
        _write_one(
            session,
            catalog,
            assessment,
            agencies,
            existing.get(cid),
            cid,
            write,
            author,
            provenance,
        )
        for cid, write in zip(ids, writes, strict=True)
    ]
    session.flush()
    return saved


def _write_one(
    session: Session,
    catalog: Catalog,
    assessment: _AssessmentState,
    agencies: Sequence[Agency],
    answer: Answer | None,
    commitment_id: str,
    write: AnswerWrite,
    author: str,
    provenance: str,
) -> SavedAnswer:
    content = _normalised(write.content)
    problems = validate_content(catalog, content, [a.name for a in agencies])
    if problems:
        raise InvalidInputError(problems)
    if content.agencies:
        # Profile order and spelling, as the answer reads them back: a reordering is no change.
        wanted = {name.casefold() for name in content.agencies}
        content = content.with_changes(
            agencies=tuple(a.name for a in agencies if a.name.casefold() in wanted)
        )
    if answer is None:
        if content.is_blank:
            return SavedAnswer(commitment_id, 0, (), utcnow())
        answer = Answer(assessment_id=assessment.id, commitment_id=commitment_id, version=0)
        session.add(answer)
        previous = AnswerContent()
    else:
        previous = content_of(answer)
    if write.expected_version is not None and answer.version != write.expected_version:
        label = catalog.get(commitment_id).label
        raise ConflictError(
            f"{label} was changed elsewhere (version {answer.version}, expected "
            f"{write.expected_version}); reload it before saving"
        )
    changed = content.changed_fields(previous)
    if not changed and answer.version > 0:
        return SavedAnswer(commitment_id, answer.version, (), answer.updated_at)
    _apply(answer, content, changed, agencies)
    answer.version += 1
    answer.provenance = provenance
    answer.provenance_detail = write.provenance_detail
    answer.updated_by = author
    answer.updated_at = utcnow()
    record_revision(session, answer, content, write, author, provenance)
    return SavedAnswer(commitment_id, answer.version, tuple(changed), answer.updated_at)


def write_answer(
    session: Session,
    catalog: Catalog,
    assessment_id: int,
    commitment_id: str,
    content: AnswerContent,
    *,
    author: str,
    provenance: str = Provenance.TYPED,
    provenance_detail: str = "",
    expected_version: int | None = None,
    editing_session: str | None = None,
) -> SavedAnswer:
    """Save one answer inside the caller's transaction."""
    commitment = assessable(catalog, commitment_id)
    assessment = _assessment_state(session, assessment_id)
    if provenance not in PROVENANCES:
        raise ServiceError(f"unknown provenance {provenance!r}")
    ensure_editable(assessment.cycle, assessment.status)
    agencies = _profile_agencies(session, assessment.profile_id) if content.agencies else []
    answer = _load_answer(session, assessment.id, commitment.id)
    write = AnswerWrite(
        commitment.id, content, provenance_detail, expected_version, editing_session
    )
    saved = _write_one(
        session, catalog, assessment, agencies, answer, commitment.id, write, author, provenance
    )
    session.flush()
    return saved


def save_answer(
    ws: Workspace,
    assessment_id: int,
    commitment_id: str,
    content: AnswerContent,
    *,
    author: str | None = None,
    provenance: str = Provenance.TYPED,
    provenance_detail: str = "",
    expected_version: int | None = None,
    editing_session: str | None = None,
) -> SavedAnswer:
    """Replace the answer's content in one transaction with its revision; nothing on error.

    ``editing_session`` groups the saves of one visit to the measure into one revision.
    """
    with ws.db.writing() as session:
        return write_answer(
            session,
            ws.catalog,
            assessment_id,
            commitment_id,
            content,
            author=person(ws, author),
            provenance=provenance,
            provenance_detail=provenance_detail,
            expected_version=expected_version,
            editing_session=editing_session,
        )


def blank_record(commitment_id: str) -> AnswerRecord:
    """A commitment never answered: blank content, version 0."""
    return AnswerRecord(commitment_id, AnswerContent(), 0, Provenance.TYPED, "", "", None)


def get_answer(ws: Workspace, assessment_id: int, commitment_id: str) -> AnswerRecord:
    """The current answer (blank, version 0, when never saved)."""
    commitment = ws.catalog.get(commitment_id)
    with ws.db.session() as session:
        answer = _load_answer(session, assessment_id, commitment.id)
        if answer is None:
            return blank_record(commitment.id)
        return AnswerRecord(
            commitment.id,
            content_of(answer),
            answer.version,
            answer.provenance,
            answer.provenance_detail,
            answer.updated_by,
            answer.updated_at,
        )


def _record(a: Answer) -> AnswerRecord:
    return AnswerRecord(
        a.commitment_id,
        content_of(a),
        a.version,
        a.provenance,
        a.provenance_detail,
        a.updated_by,
        a.updated_at,
    )


def answers_for(
    ws: Workspace, assessment_id: int, commitment_ids: Sequence[str] | None = None
) -> dict[str, AnswerRecord]:
    """Saved answers keyed by commitment id: all of them, or only those of ``commitment_ids``."""
    if commitment_ids is not None and not commitment_ids:
        return {}
    with ws.db.session() as session:
        found = answers_by_id(session, assessment_id, commitment_ids)
        return {cid: _record(answer) for cid, answer in found.items()}


def all_answers(ws: Workspace, assessment_id: int) -> dict[str, AnswerRecord]:
    """Every saved answer of an assessment, keyed by commitment id (one query per relation)."""
    return answers_for(ws, assessment_id)
