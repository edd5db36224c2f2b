"""Reading what a report shows with plain ``sqlite3``: ``export --pdf`` without SQLAlchemy.

The rows :func:`~poa_desktop.services.reporting.report_data.build_report_data` reads through the
ORM (the assessments, the answers with their laws and agencies, the State profile with its
agencies and contacts, the clearance steps, the report field values, the evidence files), read
here on one :class:`~poa_desktop.store.quick_read.Snapshot` and converted the way SQLAlchemy's
column types convert them (timestamps to aware UTC datetimes, dates, booleans, JSON). Statements
are the ORM's own, so rows come back in the same order.

Anything not as expected raises :class:`~poa_desktop.store.quick_read.Unsure`, and
:func:`~poa_desktop.store.quick_read.read_current` gives None: the caller then takes the full
path. Two rows sharing a position (agencies, contacts), whose order SQLite alone decides, are
not expected either.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.domain.report import AgencyRow, ContactRow, EvidenceRow, Person
from poa_desktop.domain.status import as_status

from .quick_read import Snapshot, Unsure


class AssessmentDetail(NamedTuple):
    """An assessment as a report needs it (the fields of ``AssessmentInfo`` it reads)."""

    id: int
    state: str
    iso_code: str
    cycle: str
    status: str
    period_start: date | None
    period_end: date | None
    report_language: str
    documents: tuple[str, ...]


class ProfileDetail(NamedTuple):
    """The State profile (the first by id, as ``load_profile`` reads it)."""

    focal_point: Person
    agencies: tuple[AgencyRow, ...]
    contacts: tuple[ContactRow, ...]


class Clearance(NamedTuple):
    """The most recent "clear" step of an assessment."""

    actor: str
    created_at: datetime
    open_items: tuple[str, ...]


# --- conversions, as SQLAlchemy's column types make them -------------------------------------


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise Unsure(f"expected text, found {value!r}")
    return value


def _optional_text(value: object) -> str | None:
    return None if value is None else _text(value)


def _integer(value: object) -> int:
    if not isinstance(value, int):
        raise Unsure(f"expected an integer, found {value!r}")
    return value


def _utc(value: object) -> datetime | None:
    """``UTCDateTime``: SQLite's text read by ``datetime.fromisoformat``, made aware in UTC."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(_text(value))
    except ValueError as error:
        raise Unsure(f"timestamp {value!r}") from error
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _moment(value: object) -> datetime:
    """A timestamp of a column that is never NULL."""
    moment = _utc(value)
    if moment is None:
        raise Unsure("a timestamp is missing")
    return moment


def _date(value: object) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(_text(value))
    except ValueError as error:
        raise Unsure(f"date {value!r}") from error


def _boolean(value: object) -> bool:
    if not isinstance(value, int):
        raise Unsure(f"expected a boolean, found {value!r}")
    return bool(value)


def _json(value: object) -> Any:
    """SQLite's JSON type: text decoded; a number (the column's numeric affinity) as it is."""
    if value is None:
        return None
    if isinstance(value, int | float):
        return value
    try:
        return json.loads(_text(value))
    except ValueError as error:
        raise Unsure(f"JSON {value!r}") from error


def _json_list(value: object) -> list[Any]:
    found = _json(value)
    if not isinstance(found, list):
        raise Unsure(f"expected a JSON array, found {value!r}")
    return found


def _listed(array_json: object) -> list[list[Any]]:
    """A JSON array of ``[position, ...]`` arrays, in the order of position (a stable sort)."""
    if array_json == "[]":
        return []
    rows = _json_list(array_json)
    if not all(isinstance(row, list) and row for row in rows):
        raise Unsure(f"list {array_json!r}")
    return sorted(rows, key=lambda row: row[0])


def _distinct_positions(positions: list[object], what: str) -> None:
    """Rows whose order SQLite alone would decide: let the full path read them."""
    if len(set(positions)) != len(positions):
        raise Unsure(f"{what} share a position")


# --- statements (those the ORM and the services' Core reads send) ------------------------------

_ASSESSMENTS = (
    "SELECT assessment.id, state_profile.name, state_profile.iso_code, assessment.cycle,"
    " assessment.status, assessment.period_start, assessment.period_end,"
    " assessment.report_language, assessment.documents FROM assessment"
    " LEFT JOIN state_profile ON state_profile.id = assessment.profile_id"
    " ORDER BY assessment.created_at DESC, assessment.id DESC"
)
_ANSWERS = (
    "SELECT answer.id, answer.commitment_id, answer.status, answer.measures_taken,"
    " answer.challenges, answer.assistance_needed, answer.assistance_kinds,"
    " answer.assistance_description, answer.assistance_offered, answer.national_target,"
    " answer.target_date, answer.provenance, answer.provenance_detail, answer.updated_by,"
    " answer.updated_at, answer.version,"
    " (SELECT json_group_array(json_array(answer_law.position, answer_law.title_original,"
    " answer_law.title_english, answer_law.year, answer_law.link, answer_law.area,"
    " answer_law.description)) AS json_group_array_1"
    " FROM answer_law WHERE answer_law.answer_id = answer.id) AS laws,"
    " (SELECT json_group_array(json_array(agency.position, agency.name)) AS json_group_array_2"
    " FROM answer_agency JOIN agency ON agency.id = answer_agency.agency_id"
    " WHERE answer_agency.answer_id = answer.id) AS agencies"
    " FROM answer WHERE answer.assessment_id = ?"
)
_PROFILE = (
    "SELECT id, focal_point_name, focal_point_title, focal_point_email, focal_point_phone"
    " FROM state_profile ORDER BY id LIMIT 1"
)
_AGENCIES = (
    "SELECT name, short_name, contact_person, email, phone, position FROM agency"
    " WHERE profile_id = ? ORDER BY position"
)
_CONTACTS = (
    "SELECT contact.name, contact.role, agency.name, contact.email, contact.phone,"
    " contact.position, contact.agency_id FROM contact"
    " LEFT JOIN agency ON agency.id = contact.agency_id"
    " WHERE contact.profile_id = ? ORDER BY contact.position"
)
_CLEARANCE = (
    "SELECT action, actor, created_at, open_items FROM clearance_event"
    " WHERE assessment_id = ? ORDER BY id"
)
_FIELD_VALUES = "SELECT field_id, value FROM report_field_value WHERE assessment_id = ?"
_EVIDENCE = (
    "SELECT evidence_file.id, answer.commitment_id, evidence_file.filename,"
    " evidence_file.media_type, evidence_file.size, evidence_file.sha256,"
    " evidence_file.added_at, evidence_file.added_by"
    " FROM evidence_file JOIN answer ON evidence_file.answer_id = answer.id"
    " WHERE answer.assessment_id = ?"
)
_EVIDENCE_OF_ONE = f"{_EVIDENCE} AND answer.commitment_id = ? ORDER BY evidence_file.id"


class ReportRows:
    """The reads of one report, on one snapshot (one read transaction) of the database."""

    def __init__(self, snapshot: Snapshot) -> None:
        self._connection: sqlite3.Connection = snapshot.connection

    def assessments(self) -> list[AssessmentDetail]:
        """Every assessment, most recent first (the order of ``list_assessments``)."""
        return [_assessment(row) for row in self._connection.execute(_ASSESSMENTS).fetchall()]

    def answers(self, assessment_id: int) -> dict[str, AnswerRecord]:
        """Every saved answer of the assessment, by commitment id (``all_answers``)."""
        rows = self._connection.execute(_ANSWERS, (assessment_id,)).fetchall()
        return {_text(row[1]): _answer(row) for row in rows}

    def profile(self) -> ProfileDetail | None:
        """The State profile with its agencies and contacts; None when there is none."""
        found = self._connection.execute(_PROFILE).fetchone()
        if found is None:
            return None
        profile_id, name, title, email, phone = found
        agencies = self._connection.execute(_AGENCIES, (profile_id,)).fetchall()
        contacts = self._connection.execute(_CONTACTS, (profile_id,)).fetchall()
        _distinct_positions([row[5] for row in agencies], "agencies")
        _distinct_positions([row[5] for row in contacts], "contacts")
        return ProfileDetail(
            Person(*(_optional_text(each) or "" for each in (name, title, email, phone))),
            tuple(
                AgencyRow(_text(row[0]), *(_optional_text(each) or "" for each in row[1:5]))
                for row in agencies
            ),
            tuple(_contact(row) for row in contacts),
        )

    def latest_clearance(self, assessment_id: int) -> Clearance | None:
        """The most recent "clear" step (``latest_clearance``), None when never cleared."""
        steps = self._connection.execute(_CLEARANCE, (assessment_id,)).fetchall()
        cleared = [
            Clearance(
                _text(actor),
                _moment(created_at),
                tuple(_text(item) for item in _json_list(open_items)),
            )
            for action, actor, created_at, open_items in steps
            if _text(action) == "clear"
        ]
        return cleared[-1] if cleared else None

    def field_values(self, assessment_id: int) -> dict[str, int | str | bool | None]:
        """Current report field values by field id (``field_values``)."""
        values: dict[str, int | str | bool | None] = {}
        for field_id, value in self._connection.execute(_FIELD_VALUES, (assessment_id,)):
            values[_text(field_id)] = _json(value)
        return values

    def evidence(self, assessment_id: int, commitment_id: str | None = None) -> list[EvidenceRow]:
        """The assessment's evidence files without their bytes, in the order stored; only those
        of ``commitment_id`` when given (in the order attached)."""
        if commitment_id is None:
            found = self._connection.execute(_EVIDENCE, (assessment_id,))
        else:
            found = self._connection.execute(_EVIDENCE_OF_ONE, (assessment_id, commitment_id))
        return [
            EvidenceRow(
                _integer(id_),
                _text(commitment_id),
                _text(filename),
                _text(media_type),
                _integer(size),
                _text(sha256),
                _moment(added_at),
                _text(added_by),
            )
            for (
                id_,
                commitment_id,
                filename,
                media_type,
                size,
                sha256,
                added_at,
                added_by,
            ) in found
        ]


def _document_ids(assessment_id: object, documents: object) -> tuple[str, ...]:
    """The ids in an assessment's ``documents`` JSON (``[{"id": ...}, ...]``), in order."""
    records = _json_list(documents)
    try:
        return tuple(_text(record["id"]) for record in records)
    except (TypeError, KeyError) as error:
        raise Unsure(f"documents of assessment {assessment_id}: {documents}") from error


def _assessment(row: tuple[Any, ...]) -> AssessmentDetail:
    id_, state, iso_code, cycle, status, start, end, language, documents = row
    ids = _document_ids(id_, documents)
    return AssessmentDetail(
        _integer(id_),
        _text(state),
        _text(iso_code),
        _text(cycle),
        _text(status),
        _date(start),
        _date(end),
        _text(language),
        ids,
    )


def _answer(row: tuple[Any, ...]) -> AnswerRecord:
    """An answer from the columns of :data:`_ANSWERS` (as ``rows._stored`` builds it)."""
    (
        _id, commitment_id, status, measures_taken, challenges, assistance_needed,
        assistance_kinds, assistance_description, assistance_offered, national_target,
        target_date, provenance, provenance_detail, updated_by, updated_at, version, laws,
        agencies,
    ) = row  # fmt: skip
    try:
        answer_status = as_status(_optional_text(status))
        law_rows = [Law(*law[1:]) for law in _listed(laws)]
    except (ValueError, TypeError) as error:
        raise Unsure(f"answer to {commitment_id!r}: {error}") from error
    content = AnswerContent(
        status=answer_status,
        measures_taken=_text(measures_taken),
        laws=tuple(law_rows),
        agencies=tuple(_text(agency[1]) for agency in _listed(agencies)),
        challenges=_text(challenges),
        assistance_needed=_boolean(assistance_needed),
        assistance_kinds=tuple(_json_list(assistance_kinds)),
        assistance_description=_text(assistance_description),
        assistance_offered=_text(assistance_offered),
        national_target=_text(national_target),
        target_date=_date(target_date),
    )
    return AnswerRecord(
        _text(commitment_id),
        content,
        _integer(version),
        _text(provenance),
        _text(provenance_detail),
        _text(updated_by),
        _utc(updated_at),
    )


def _contact(row: tuple[Any, ...]) -> ContactRow:
    name, role, agency, email, phone, _position, agency_id = row
    if agency_id is not None and agency is None:
        raise Unsure(f"contact {name!r}: agency {agency_id} not found")
    return ContactRow(
        _text(name),
        _optional_text(role) or "",
        _optional_text(agency) or "",
        _optional_text(email) or "",
        _optional_text(phone) or "",
    )
