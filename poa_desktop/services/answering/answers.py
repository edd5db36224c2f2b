"""Saving and reading answers: every save is one transaction that also writes its revision."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, selectinload

from poa_desktop.catalog import Catalog, Commitment, UnknownCommitmentError
from poa_desktop.domain.content import LAW_AREAS, AnswerContent, Law
from poa_desktop.domain.fields import TEXT_FIELD_KEYS, field_label
from poa_desktop.domain.provenance import PROVENANCES, Provenance
from poa_desktop.domain.records import AnswerRecord, SavedAnswer
from poa_desktop.domain.records import blank_record as blank_record
from poa_desktop.domain.status import STATUSES, as_status
from poa_desktop.services.answering import row_writes, rows
from poa_desktop.services.answering.revisions import record_revision
from poa_desktop.services.answering.row_writes import Stamp
from poa_desktop.services.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    Problem,
    ServiceError,
    ensure_editable,
)
from poa_desktop.services.identity import focal_point_or_login, named
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Answer, Database, utcnow
from poa_desktop.store.engine import IMMEDIATE

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
        name: text.replace("\r\n", "\n").replace("\r", "\n")
        for name in TEXT_FIELD_KEYS
        if "\r" in (text := getattr(content, name))
    }
    return content.with_changes(**changes) if changes else content


def answers_by_id(
    session: Session, assessment_id: int, commitment_ids: Sequence[str] | None = None
) -> dict[str, Answer]:
    """Stored answers as ORM objects with their laws and agencies (one query per relation), all
    or those of ``commitment_ids``: for services that change answers through the ORM."""
    query = (
        select(Answer)
        .where(Answer.assessment_id == assessment_id)
        .options(selectinload(Answer.laws), selectinload(Answer.agencies))
    )
    if commitment_ids is not None:
        query = query.where(Answer.commitment_id.in_(list(commitment_ids)))
    return {a.commitment_id: a for a in session.scalars(query)}


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


def _existing(state: rows.AssessmentState | None, assessment_id: int) -> rows.AssessmentState:
    if state is None:
        raise NotFoundError(f"no assessment with id {assessment_id}")
    return state


def _connection(session: Session) -> Connection:
    """The session's connection for the Core statements of a save, in its transaction.

    What the caller changed through the ORM is flushed first (agencies an import adds must be
    rows before answers name them).
    """
    session.flush()
    return session.connection()


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

    The assessment, the profile's agencies and the existing answers with their latest revisions
    are read once: an import of 221 rows costs a handful of reads and its writes.
    """
    if provenance not in PROVENANCES:
        raise ServiceError(f"unknown provenance {provenance!r}")
    connection = _connection(session)
    assessment = _existing(rows.read_state(connection, assessment_id), assessment_id)
    ensure_editable(assessment.cycle, assessment.status)
    needs_agencies = any(w.content.agencies for w in writes)
    agencies = rows.profile_agencies(connection, assessment.profile_id) if needs_agencies else []
    ids = [assessable(catalog, w.commitment_id).id for w in writes]
    existing = rows.read_for_save(connection, assessment.id, ids).answers if ids else {}
    saved = []
    written: set[str] = set()
    for cid, write in zip(ids, writes, strict=True):
        if cid in written:  # the same answer twice: the second write follows the first
            existing.update(rows.read_for_save(connection, assessment.id, [cid]).answers)
        saved.append(
            _write_one(
                connection, catalog, assessment, agencies, existing.get(cid), cid, write,
                author, provenance,
            )
        )  # fmt: skip
        written.add(cid)
    session.expire_all()  # ORM objects the caller holds are read again, as now stored
    return saved


def _write_one(
    connection: Connection,
    catalog: Catalog,
    assessment: rows.AssessmentState,
    agencies: Sequence[rows.ProfileAgency],
    stored: rows.ForSave | None,
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
    if stored is None:
        if content.is_blank:
            return SavedAnswer(commitment_id, 0, (), utcnow())
        version, previous = 0, AnswerContent()
    else:
        version, previous = stored.answer.version, stored.answer.content
    if write.expected_version is not None and version != write.expected_version:
        label = catalog.get(commitment_id).label
        raise ConflictError(
            f"{label} was changed elsewhere (version {version}, expected "
            f"{write.expected_version}); reload it before saving"
        )
    changed = content.changed_fields(previous)
    if not changed and stored is not None:
        return SavedAnswer(commitment_id, version, (), stored.answer.updated_at)
    stamp = Stamp(version + 1, provenance, write.provenance_detail, author, utcnow())
    if stored is None:
        answer_id = row_writes.insert_answer(
            connection, assessment.id, commitment_id, content, stamp
        )
    else:
        answer_id = stored.answer.id
        if not row_writes.update_answer(connection, answer_id, version, content, stamp):
            raise ConflictError(f"{catalog.get(commitment_id).label} was changed elsewhere")
    # Only the lists that changed are rewritten, so unchanged law rows keep their ids.
    if "laws" in changed:
        row_writes.replace_laws(connection, answer_id, content.laws, existing=bool(previous.laws))
    if "agencies" in changed:
        by_name = {a.name.casefold(): a.id for a in agencies}
        ids = [by_name[name.casefold()] for name in content.agencies]
        row_writes.replace_agencies(connection, answer_id, ids, existing=bool(previous.agencies))
    latest = stored.latest if stored is not None else None
    record_revision(connection, answer_id, latest, content, write, author, provenance)
    return SavedAnswer(commitment_id, stamp.version, tuple(changed), stamp.updated_at)


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
    write = AnswerWrite(
        commitment.id, content, provenance_detail, expected_version, editing_session
    )
    saved = _save(_connection(session), catalog, assessment_id, write, author, provenance)
    session.expire_all()  # ORM objects the caller holds are read again, as now stored
    return saved


def _save(
    connection: Connection,
    catalog: Catalog,
    assessment_id: int,
    write: AnswerWrite,
    author: str | None,
    provenance: str,
) -> SavedAnswer:
    """One read (the assessment, the answer with its laws and agencies, its latest revision,
    and the focal point a save by no one named is recorded as), then the writes: the answer
    row, its lists if they changed, the revision."""
    read = rows.read_for_save(connection, assessment_id, [write.commitment_id])
    assessment = _existing(read.state, assessment_id)
    if author is None:
        author = focal_point_or_login(read.focal_point)
    if provenance not in PROVENANCES:
        raise ServiceError(f"unknown provenance {provenance!r}")
    ensure_editable(assessment.cycle, assessment.status)
    agencies = read.profile_agencies() if write.content.agencies else []
    stored = read.answers.get(write.commitment_id)
    return _write_one(
        connection, catalog, assessment, agencies, stored, write.commitment_id, write, author,
        provenance,
    )  # fmt: skip


@contextmanager
def _writing(db: Database) -> Iterator[Connection]:
    """:meth:`Database.writing` for Core statements: one transaction on a connection of the
    database's engine, begun IMMEDIATE, committed at the end, rolled back on any error.

    The engine's guards apply as to every transaction (storage errors translated, the file
    checked before the commit); skipping the ORM session saves about 0.1 ms on every save.
    """
    with db.engine.connect() as connection:
        connection.execution_options(**{IMMEDIATE: True})
        with connection.begin():
            yield connection


@contextmanager
def reading(db: Database) -> Iterator[Connection]:
    """:meth:`Database.session` for Core statements: a deferred transaction that never waits
    for a writer, rolled back when done."""
    with db.engine.connect() as connection:
        yield connection


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
    author = named(ws, author)  # else the focal point, read with the answer (no read of its own)
    commitment = assessable(ws.catalog, commitment_id)
    write = AnswerWrite(
        commitment.id, content, provenance_detail, expected_version, editing_session
    )
    with _writing(ws.db) as connection:
        return _save(connection, ws.catalog, assessment_id, write, author, provenance)


def get_answer(ws: Workspace, assessment_id: int, commitment_id: str) -> AnswerRecord:
    """The current answer (blank, version 0, when never saved)."""
    commitment = ws.catalog.get(commitment_id)
    with reading(ws.db) as connection:
        found = rows.read_answers(connection, assessment_id, [commitment.id])
    stored = found.get(commitment.id)
    return blank_record(commitment.id) if stored is None else stored.record()


def answers_for(
    ws: Workspace, assessment_id: int, commitment_ids: Sequence[str] | None = None
) -> dict[str, AnswerRecord]:
    """Saved answers keyed by commitment id: all of them, or only those of ``commitment_ids``."""
    if commitment_ids is not None and not commitment_ids:
        return {}
    with reading(ws.db) as connection:
        found = rows.read_answers(connection, assessment_id, commitment_ids)
    return {cid: stored.record() for cid, stored in found.items()}


def all_answers(ws: Workspace, assessment_id: int) -> dict[str, AnswerRecord]:
    """Every saved answer of an assessment, keyed by commitment id (one statement)."""
    return answers_for(ws, assessment_id)
