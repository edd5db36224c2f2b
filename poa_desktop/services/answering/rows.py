"""Answers as rows: the lean reads that saving, moving and exporting start from.

Autosave saves on every pause in typing, moving to a measure reads its answer, an export reads
every answer of an assessment. Each reads with one statement on primary keys and unique indexes,
whatever the number of cycles, revisions or agencies the file holds (issue 18):

* an answer's laws and agencies come in the answer's own row, as JSON arrays built by correlated
  subqueries on their ``answer_id`` indexes (the joined eager load of the agencies it replaces
  made SQLite materialise the whole answer-agency join of the file on every read);
* a save reads the assessment, the answer, its latest revision (by the ``(answer_id, number)``
  index) and the snapshot of the revision before that in the same statement; it then writes
  with :mod:`~poa_desktop.services.answering.row_writes`, in the same transaction.

Statements are built once, with bound parameters, so SQLAlchemy compiles each only once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any, Final, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    Text,
    and_,
    bindparam,
    func,
    select,
    type_coerce,
)

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.domain.status import as_status
from poa_desktop.store import Base, answer_agency

_answer: Final[Table] = Base.metadata.tables["answer"]
_law: Final[Table] = Base.metadata.tables["answer_law"]
_agency: Final[Table] = Base.metadata.tables["agency"]
_assessment: Final[Table] = Base.metadata.tables["assessment"]
_revision: Final[Table] = Base.metadata.tables["revision"]
_profile: Final[Table] = Base.metadata.tables["state_profile"]


# Plain records are NamedTuples: a frozen dataclass costs milliseconds of start-up to create.


class AssessmentState(NamedTuple):
    """What a save must know of the assessment: whether it may change, and whose agencies."""

    id: int
    cycle: str
    status: str
    profile_id: int


class StoredAnswer(NamedTuple):
    """An answer as stored, with its bookkeeping (``id`` is the row's)."""

    id: int
    commitment_id: str
    content: AnswerContent
    version: int
    provenance: str
    provenance_detail: str
    updated_by: str
    updated_at: datetime

    def record(self) -> AnswerRecord:
        return AnswerRecord(
            self.commitment_id,
            self.content,
            self.version,
            self.provenance,
            self.provenance_detail,
            self.updated_by,
            self.updated_at,
        )


class LatestRevision(NamedTuple):
    """An answer's last revision, as much as a save needs to extend it or follow it."""

    id: int
    number: int
    session: str | None
    author: str
    provenance: str
    created_at: datetime
    saved_at: datetime | None
    snapshot_json: str
    before_json: str | None
    """The snapshot of the revision before this one (None: this is the first)."""

    @property
    def snapshot(self) -> AnswerContent:
        return AnswerContent.from_snapshot(json.loads(self.snapshot_json))

    @property
    def content_before(self) -> AnswerContent:
        """What this revision started from: the revision before it, or blank."""
        if self.before_json is None:
            return AnswerContent()
        return AnswerContent.from_snapshot(json.loads(self.before_json))


class ForSave(NamedTuple):
    """An answer about to be saved, with its latest revision (None: never revised)."""

    answer: StoredAnswer
    latest: LatestRevision | None


class ProfileAgency(NamedTuple):
    id: int
    name: str


class SaveRead(NamedTuple):
    """What a save reads, in one statement."""

    state: AssessmentState | None
    """None: there is no such assessment."""
    answers: dict[str, ForSave]
    """The answers asked for that are stored, by commitment id."""
    agencies_json: str = "[]"
    focal_point: str | None = None
    """The profile's focal point, as stored: whom a save names when no one else is named."""

    def profile_agencies(self) -> list[ProfileAgency]:
        """The State profile's agencies, in the profile's order."""
        return [ProfileAgency(a[1], a[2]) for a in _listed(self.agencies_json)]


# --- reading ------------------------------------------------------------------------------------

_LAWS: Final = (
    select(
        func.json_group_array(
            func.json_array(
                _law.c.position,
                _law.c.title_original,
                _law.c.title_english,
                _law.c.year,
                _law.c.link,
                _law.c.area,
                _law.c.description,
            )
        )
    )
    .where(_law.c.answer_id == _answer.c.id)
    .scalar_subquery()
    .label("laws")
)
_AGENCIES: Final = (
    select(func.json_group_array(func.json_array(_agency.c.position, _agency.c.name)))
    .select_from(answer_agency.join(_agency, _agency.c.id == answer_agency.c.agency_id))
    .where(answer_agency.c.answer_id == _answer.c.id)
    .scalar_subquery()
    .label("agencies")
)
_ANSWER_COLUMNS: Final = (
    _answer.c.id,
    _answer.c.commitment_id,
    _answer.c.status,
    _answer.c.measures_taken,
    _answer.c.challenges,
    _answer.c.assistance_needed,
    _answer.c.assistance_kinds,
    _answer.c.assistance_description,
    _answer.c.assistance_offered,
    _answer.c.national_target,
    _answer.c.target_date,
    _answer.c.provenance,
    _answer.c.provenance_detail,
    _answer.c.updated_by,
    _answer.c.updated_at,
    _answer.c.version,
    _LAWS,
    _AGENCIES,
)
_IN_ASSESSMENT: Final = _answer.c.assessment_id == bindparam("assessment_id")
_ONE: Final = _answer.c.commitment_id == bindparam("commitment_id")
_SOME: Final = _answer.c.commitment_id.in_(bindparam("commitment_ids", expanding=True))

_READ_ALL: Final = select(*_ANSWER_COLUMNS).where(_IN_ASSESSMENT)
_READ_ONE: Final = _READ_ALL.where(_ONE)
_READ_SOME: Final = _READ_ALL.where(_SOME)

_READ_STATE: Final = select(
    _assessment.c.id, _assessment.c.cycle, _assessment.c.status, _assessment.c.profile_id
).where(_assessment.c.id == bindparam("assessment_id"))

_PROFILE_AGENCIES: Final = (
    select(_agency.c.id, _agency.c.name)
    .where(_agency.c.profile_id == bindparam("profile_id"))
    .order_by(_agency.c.position)
)
_PROFILE_AGENCIES_JSON: Final = (
    select(func.json_group_array(func.json_array(_agency.c.position, _agency.c.id, _agency.c.name)))
    .where(_agency.c.profile_id == _assessment.c.profile_id)
    .scalar_subquery()
)

_FOCAL_POINT: Final = (
    select(_profile.c.focal_point_name)
    .where(_profile.c.id == _assessment.c.profile_id)
    .scalar_subquery()
)  # one database reports for one State: its profile is every assessment's

_latest: Final = _revision.alias("latest")
_before: Final = _revision.alias("earlier")
_LATEST_NUMBER: Final = (
    select(func.max(_revision.c.number))
    .where(_revision.c.answer_id == _answer.c.id)
    .scalar_subquery()
)
_BEFORE_JSON: Final = (
    select(type_coerce(_before.c.snapshot, Text))
    .where(_before.c.answer_id == _latest.c.answer_id, _before.c.number < _latest.c.number)
    .order_by(_before.c.number.desc())
    .limit(1)
    .scalar_subquery()
)


_STATE_COLUMNS: Final = (
    _assessment.c.id,
    _assessment.c.cycle,
    _assessment.c.status,
    _assessment.c.profile_id,
)  # the fields of AssessmentState, in order
_LATEST_COLUMNS: Final = (
    _latest.c.id,
    _latest.c.number,
    _latest.c.session,
    _latest.c.author,
    _latest.c.provenance,
    _latest.c.created_at,
    _latest.c.saved_at,
    type_coerce(_latest.c.snapshot, Text),
    _BEFORE_JSON,
)  # the fields of LatestRevision, in order


def _for_save(which: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    """The assessment with its profile's agencies and focal point, the answers ``which`` picks
    and their latest revisions: one row per answer found (or one row with a NULL answer), all on
    primary keys and unique indexes. Read by position: :data:`_STATE`, :data:`_AGENCIES_AT`,
    :data:`_FOCAL_POINT_AT`, :data:`_ANSWER`, :data:`_LATEST`."""
    return (
        select(
            *_STATE_COLUMNS,
            _PROFILE_AGENCIES_JSON,
            _FOCAL_POINT,
            *_ANSWER_COLUMNS,
            *_LATEST_COLUMNS,
        )
        .select_from(
            _assessment.outerjoin(
                _answer, and_(_answer.c.assessment_id == _assessment.c.id, which)
            ).outerjoin(
                _latest,
                and_(_latest.c.answer_id == _answer.c.id, _latest.c.number == _LATEST_NUMBER),
            )
        )
        .where(_assessment.c.id == bindparam("assessment_id"))
    )


_STATE: Final = slice(0, len(_STATE_COLUMNS))
_AGENCIES_AT: Final = len(_STATE_COLUMNS)
_FOCAL_POINT_AT: Final = _AGENCIES_AT + 1
_ANSWER: Final = slice(_FOCAL_POINT_AT + 1, _FOCAL_POINT_AT + 1 + len(_ANSWER_COLUMNS))
_LATEST: Final = slice(_ANSWER.stop, _ANSWER.stop + len(_LATEST_COLUMNS))
_FOR_SAVE_ONE: Final = _for_save(_ONE)
_FOR_SAVE_SOME: Final = _for_save(_SOME)


_by_position: Final = itemgetter(0)


def _listed(array_json: str) -> list[list[Any]]:
    """A JSON array built by :data:`_LAWS` or :data:`_AGENCIES`, in the order of position."""
    return [] if array_json == "[]" else sorted(json.loads(array_json), key=_by_position)


def _stored(values: Sequence[Any]) -> StoredAnswer:
    """An answer from the values of :data:`_ANSWER_COLUMNS`, in that order."""
    (
        answer_id, commitment_id, status, measures_taken, challenges, assistance_needed,
        assistance_kinds, assistance_description, assistance_offered, national_target,
        target_date, provenance, provenance_detail, updated_by, updated_at, version, laws,
        agencies,
    ) = values  # fmt: skip
    content = AnswerContent(
        status=as_status(status),
        measures_taken=measures_taken,
        laws=tuple(Law(*law[1:]) for law in _listed(laws)),
        agencies=tuple(agency[1] for agency in _listed(agencies)),
        challenges=challenges,
        assistance_needed=assistance_needed,
        assistance_kinds=tuple(assistance_kinds),
        assistance_description=assistance_description,
        assistance_offered=assistance_offered,
        national_target=national_target,
        target_date=target_date,
    )
    return StoredAnswer(
        answer_id,
        commitment_id,
        content,
        version,
        provenance,
        provenance_detail,
        updated_by,
        updated_at,
    )


def read_answers(
    connection: Connection, assessment_id: int, commitment_ids: Sequence[str] | None = None
) -> dict[str, StoredAnswer]:
    """Stored answers keyed by commitment id: all of the assessment's, or those of the ids."""
    if commitment_ids is None:
        rows = connection.execute(_READ_ALL, {"assessment_id": assessment_id})
    elif len(commitment_ids) == 1:
        params = {"assessment_id": assessment_id, "commitment_id": commitment_ids[0]}
        rows = connection.execute(_READ_ONE, params)
    else:
        params = {"assessment_id": assessment_id, "commitment_ids": list(commitment_ids)}
        rows = connection.execute(_READ_SOME, params)
    return {row[1]: _stored(row) for row in rows}


def read_state(connection: Connection, assessment_id: int) -> AssessmentState | None:
    row = connection.execute(_READ_STATE, {"assessment_id": assessment_id}).one_or_none()
    return None if row is None else AssessmentState(*row)


def read_for_save(
    connection: Connection, assessment_id: int, commitment_ids: Sequence[str]
) -> SaveRead:
    """The assessment, its profile's agencies and focal point, and the answers among
    ``commitment_ids`` stored in it, each with its latest revision: one statement."""
    if len(commitment_ids) == 1:
        params = {"assessment_id": assessment_id, "commitment_id": commitment_ids[0]}
        rows = connection.execute(_FOR_SAVE_ONE, params).all()
    else:
        params = {"assessment_id": assessment_id, "commitment_ids": list(commitment_ids)}
        rows = connection.execute(_FOR_SAVE_SOME, params).all()
    if not rows:
        return SaveRead(None, {})
    found = {}
    for row in rows:
        answer, latest = row[_ANSWER], row[_LATEST]
        if answer[0] is not None:  # else the assessment has none of these answers
            revision = None if latest[0] is None else LatestRevision(*latest)
            found[answer[1]] = ForSave(_stored(answer), revision)
    first = rows[0]
    return SaveRead(
        AssessmentState(*first[_STATE]), found, first[_AGENCIES_AT], first[_FOCAL_POINT_AT]
    )


def profile_agencies(connection: Connection, profile_id: int) -> list[ProfileAgency]:
    """The State profile's agencies, in the profile's order."""
    rows = connection.execute(_PROFILE_AGENCIES, {"profile_id": profile_id})
    return [ProfileAgency(*row) for row in rows]
