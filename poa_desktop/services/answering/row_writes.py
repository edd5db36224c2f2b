"""The writes of a save, as prepared statements: the answer row, its lists, its revision.

Every save UPDATEs (or, the first time, INSERTs) the answer row and INSERTs or UPDATEs a
revision; the laws and agencies are rewritten only when they changed. The two statements every
save runs are :class:`~poa_desktop.services.answering.prepared.Prepared`; the others run rarely
and go through ``Connection.execute``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Final, NamedTuple

from sqlalchemy import Connection, Table, bindparam, delete, insert, update

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.services.answering.prepared import Prepared
from poa_desktop.store import Base, answer_agency

_answer: Final[Table] = Base.metadata.tables["answer"]
_law: Final[Table] = Base.metadata.tables["answer_law"]
_revision: Final[Table] = Base.metadata.tables["revision"]

_CONTENT_KEYS: Final = (
    "status",
    "measures_taken",
    "challenges",
    "assistance_needed",
    "assistance_kinds",
    "assistance_description",
    "assistance_offered",
    "national_target",
    "target_date",
)
"""The answer row's content columns (laws and agencies live in their own tables)."""
_STAMP_KEYS: Final = ("version", "provenance", "provenance_detail", "updated_by", "updated_at")
_REVISION_KEYS: Final = (
    "answer_id",
    "number",
    "created_at",
    "saved_at",
    "session",
    "author",
    "login",
    "provenance",
    "provenance_detail",
    "changed_fields",
    "snapshot",
)
_REOPENED_KEYS: Final = ("snapshot", "changed_fields", "saved_at")

_INSERT_ANSWER: Final = insert(_answer)
_UPDATE_ANSWER: Final = Prepared(
    update(_answer).where(
        _answer.c.id == bindparam("answer_id"), _answer.c.version == bindparam("read_version")
    ),
    _CONTENT_KEYS + _STAMP_KEYS,
)
_DELETE_LAWS: Final = delete(_law).where(_law.c.answer_id == bindparam("answer_id"))
_INSERT_LAW: Final = insert(_law)
_DELETE_AGENCIES: Final = delete(answer_agency).where(
    answer_agency.c.answer_id == bindparam("answer_id")
)
_INSERT_AGENCY: Final = insert(answer_agency)
_INSERT_REVISION: Final = Prepared(insert(_revision), _REVISION_KEYS)
_UPDATE_REVISION: Final = Prepared(
    update(_revision).where(_revision.c.id == bindparam("revision_id")), _REOPENED_KEYS
)
_DELETE_REVISION: Final = delete(_revision).where(_revision.c.id == bindparam("revision_id"))


class Stamp(NamedTuple):
    """What a save records on the answer besides its content."""

    version: int
    provenance: str
    provenance_detail: str
    updated_by: str
    updated_at: datetime


def _answer_values(content: AnswerContent, stamp: Stamp) -> dict[str, Any]:
    return {
        "status": None if content.status is None else str(content.status),
        "measures_taken": content.measures_taken,
        "challenges": content.challenges,
        "assistance_needed": content.assistance_needed,
        "assistance_kinds": list(content.assistance_kinds),
        "assistance_description": content.assistance_description,
        "assistance_offered": content.assistance_offered,
        "national_target": content.national_target,
        "target_date": content.target_date,
        "version": stamp.version,
        "provenance": stamp.provenance,
        "provenance_detail": stamp.provenance_detail,
        "updated_by": stamp.updated_by,
        "updated_at": stamp.updated_at,
    }


def insert_answer(
    connection: Connection,
    assessment_id: int,
    commitment_id: str,
    content: AnswerContent,
    stamp: Stamp,
) -> int:
    """A new answer row; its id."""
    params = _answer_values(content, stamp)
    params |= {"assessment_id": assessment_id, "commitment_id": commitment_id}
    key = connection.execute(_INSERT_ANSWER, params).inserted_primary_key
    assert key is not None
    return int(key[0])


def update_answer(
    connection: Connection, answer_id: int, read_version: int, content: AnswerContent, stamp: Stamp
) -> bool:
    """Write the answer row if it is still at ``read_version``; False when it is not."""
    params = _answer_values(content, stamp) | {"answer_id": answer_id, "read_version": read_version}
    return _UPDATE_ANSWER.execute(connection, params).rowcount == 1


def replace_laws(
    connection: Connection, answer_id: int, laws: Sequence[Law], *, existing: bool
) -> None:
    """The answer's laws become ``laws``, in that order (``existing``: it had some rows)."""
    if existing:
        connection.execute(_DELETE_LAWS, {"answer_id": answer_id})
    if laws:
        connection.execute(
            _INSERT_LAW,
            [
                {
                    "answer_id": answer_id,
                    "position": position,
                    "title_original": law.title_original,
                    "title_english": law.title_english,
                    "year": law.year,
                    "link": law.link,
                    "area": law.area,
                    "description": law.description,
                }
                for position, law in enumerate(laws)
            ],
        )


def replace_agencies(
    connection: Connection, answer_id: int, agency_ids: Sequence[int], *, existing: bool
) -> None:
    """The agencies responsible for the answer become ``agency_ids``."""
    if existing:
        connection.execute(_DELETE_AGENCIES, {"answer_id": answer_id})
    if agency_ids:
        connection.execute(
            _INSERT_AGENCY, [{"answer_id": answer_id, "agency_id": a} for a in agency_ids]
        )


def insert_revision(connection: Connection, values: dict[str, Any]) -> None:
    """A new revision; ``values`` gives every column but the id."""
    _INSERT_REVISION.execute(connection, values)


def update_revision(
    connection: Connection,
    revision_id: int,
    snapshot: dict[str, Any],
    changed_fields: list[str],
    saved_at: datetime,
) -> None:
    """The open revision now ends with ``snapshot``."""
    params = {
        "revision_id": revision_id,
        "snapshot": snapshot,
        "changed_fields": changed_fields,
        "saved_at": saved_at,
    }
    _UPDATE_REVISION.execute(connection, params)


def delete_revision(connection: Connection, revision_id: int) -> None:
    connection.execute(_DELETE_REVISION, {"revision_id": revision_id})
