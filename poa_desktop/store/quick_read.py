"""Reading a current database with plain ``sqlite3``, for commands that must answer at once.

Importing SQLAlchemy takes about 300 ms on the development machine and its ORM with the models
half a second more, while ``poa-desktop progress`` reads two small tables. Only a database that
:func:`~poa_desktop.store.database.open_database` would open exactly as it is (current schema,
poa-desktop's application id, WAL, intact) is read here, without changing a byte of it. Anything
else (no file, an older or newer schema, another program's file, a lock, damage, a value not as
expected) gives None, and the caller takes the full path, which upgrades, refuses or explains as
it always has: when in doubt, the quick read steps aside.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .probe import (
    APPLICATION_ID,
    SCHEMA_HEAD,
    VERSION_TABLE,
    probe_database,
    probing_connection,
    quick_check,
)

T = TypeVar("T")


class Unsure(Exception):
    """What the quick read found is not what it expects: let the full path read it."""


@dataclass(frozen=True)
class AssessmentRow:
    """An assessment as a command names it: the State, the cycle, its status, its documents."""

    id: int
    state: str
    cycle: str
    status: str
    documents: tuple[str, ...]
    """The ids of the outcome documents it covers, in the order recorded."""


class Snapshot:
    """One read transaction on the database: every read sees the same committed state."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    @property
    def connection(self) -> sqlite3.Connection:
        """The read transaction's connection, for the other quick readers (:mod:`.quick_report`)."""
        return self._connection

    def assessments(self) -> list[AssessmentRow]:
        """All assessments, most recent first (the order of ``list_assessments``)."""
        rows = self._connection.execute(
            "SELECT assessment.id, state_profile.name, assessment.cycle, assessment.status,"
            " assessment.documents FROM assessment"
            " LEFT JOIN state_profile ON state_profile.id = assessment.profile_id"
            " ORDER BY assessment.created_at DESC, assessment.id DESC"
        ).fetchall()
        return [_assessment(*row) for row in rows]

    def answer_statuses(self, assessment_id: int) -> dict[str, str]:
        """Commitment id -> status for the answers of one assessment that have one."""
        rows = self._connection.execute(
            "SELECT commitment_id, status FROM answer"
            " WHERE assessment_id = ? AND status IS NOT NULL",
            (assessment_id,),
        ).fetchall()
        for commitment_id, status in rows:
            if not isinstance(commitment_id, str) or not isinstance(status, str):
                raise Unsure(f"answer of {commitment_id!r}: {status!r}")
        return dict(rows)


def _assessment(
    id_: object, state: object, cycle: object, status: object, documents: object
) -> AssessmentRow:
    if not (
        isinstance(id_, int)
        and isinstance(state, str)
        and isinstance(cycle, str)
        and isinstance(status, str)
        and isinstance(documents, str)
    ):
        raise Unsure(f"assessment {id_!r}")
    try:
        records = json.loads(documents)
        ids = tuple(record["id"] for record in records)
    except (ValueError, TypeError, KeyError) as error:
        raise Unsure(f"documents of assessment {id_}: {error}") from error
    if not all(isinstance(each, str) for each in ids):
        raise Unsure(f"documents of assessment {id_}: {documents}")
    return AssessmentRow(id_, state, cycle, status, ids)


def read_current(path: Path, read: Callable[[Snapshot], T | None]) -> T | None:
    """``read`` run on one snapshot of ``path``; None when ``path`` is not a current database
    that opens without any change, or when reading it meets anything unexpected (``read`` may
    return None itself, or raise :class:`Unsure`).

    The file is looked at the way the full open looks at it first (:func:`probe_database`, then
    SQLite's ``quick_check``) and read on a connection that cannot write
    (:func:`probing_connection`). What the probe refuses (a folder, another program's file, a
    lock that outlasts the busy timeout) it raises as the full open would, from the same call,
    rather than making the person wait for a second probe.
    """
    path = Path(path).expanduser()
    state = probe_database(path)
    if not (
        state.revision == SCHEMA_HEAD
        and state.application_id == APPLICATION_ID
        and state.has_tables
    ):
        return None
    try:
        with closing(probing_connection(path)) as connection:
            connection.isolation_level = None  # this module says where transactions begin
            connection.execute("BEGIN")
            try:
                (mode,) = connection.execute("PRAGMA journal_mode").fetchone()
                versions = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
                if mode != "wal" or versions != [(SCHEMA_HEAD,)]:
                    return None  # the full open would turn WAL on; or upgraded meanwhile
                if quick_check(connection):
                    return None  # damaged: the full open refuses it and says why
                return read(Snapshot(connection))
            finally:
                connection.execute("ROLLBACK")
    except (sqlite3.Error, OSError, Unsure):
        return None
