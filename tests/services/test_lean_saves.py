"""Saving and reading answers cost the same however much history the file holds (issue 18).

Every statement that a save, a read of one answer and a read of a whole assessment run is caught
on the real engine with an event listener: their number must not change when the file gains
cycles and revisions, and SQLite's plan for each must search an index, never scan a table. The
lean writes must store exactly what the ORM reads back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from sqlalchemy import bindparam, event, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import selectinload

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.provenance import Provenance
from poa_desktop.domain.status import Status
from poa_desktop.services.answering.answers import (
    AnswerWrite,
    all_answers,
    answers_for,
    content_of,
    get_answer,
    save_answer,
    write_answers,
)
from poa_desktop.services.answering.prepared import Prepared
from poa_desktop.services.assessments.assessments import AssessmentInfo, create_assessment
from poa_desktop.services.errors import ConflictError
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Answer, Base, utcnow

MEASURES = ("BMS8-29", "RC3-II-21", "BMS8-30")

FULL = AnswerContent(
    status=Status.DEVELOPING,
    measures_taken="A firearms bill was tabled in 2025.\nSecond reading in March.",
    laws=(
        Law("Loi n° 2019-12 sur les armes", "Arms Act", 2019, "https://laws.example/2019-12"),
        Law("Décret 2021-4", area="marking", description="Marks on every imported arm."),
    ),
    agencies=("National Police Service", "Kenya Revenue Authority, Customs"),
    challenges="Records are kept on paper.",
    assistance_needed=True,
    assistance_kinds=("equipment", "training"),
    assistance_description="Marking machines for 12 armouries.",
    national_target="All State-held weapons marked",
    target_date=date(2028, 12, 31),
)


@dataclass
class Statements:
    """The SQL the engine sends to SQLite, with its parameters, while :meth:`during` runs."""

    seen: list[tuple[str, Any]] = field(default_factory=list)
    listening: bool = False

    def __call__(
        self,
        _connection: Connection,
        _cursor: Any,
        statement: str,
        parameters: Any,
        _context: Any,
        _executemany: bool,
    ) -> None:
        if self.listening:
            self.seen.append((statement, parameters))

    @contextmanager
    def during(self) -> Iterator[list[tuple[str, Any]]]:
        self.seen, self.listening = [], True
        try:
            yield self.seen
        finally:
            self.listening = False


@pytest.fixture
def statements(ws: Workspace) -> Iterator[Statements]:
    listener = Statements()
    event.listen(ws.db.engine, "before_cursor_execute", listener)
    yield listener
    event.remove(ws.db.engine, "before_cursor_execute", listener)


def _typing(ws: Workspace, info: AssessmentInfo, text: str) -> None:
    content = FULL.with_changes(measures_taken=f"{FULL.measures_taken} {text}")
    save_answer(ws, info.id, MEASURES[0], content, author="Amina", editing_session="visit")


def _work(ws: Workspace, info: AssessmentInfo) -> dict[str, Callable[[], object]]:
    """Typing (a save that starts a revision, one that extends it), a save by someone else
    (a revision of its own), the reads."""
    return {
        "save": lambda: _typing(ws, info, "More."),
        "save again": lambda: _typing(ws, info, "More, and more."),
        "new revision": lambda: save_answer(ws, info.id, MEASURES[0], FULL, author="Other"),
        "get_answer": lambda: get_answer(ws, info.id, MEASURES[0]),
        "answers_for": lambda: answers_for(ws, info.id, MEASURES[:2]),
        "all_answers": lambda: all_answers(ws, info.id),
    }


def _run(statements: Statements, action: Callable[[], object]) -> list[tuple[str, Any]]:
    with statements.during() as seen:
        action()
    return list(seen)


def _grow(ws: Workspace, info: AssessmentInfo, cycles: int, revisions: int) -> AssessmentInfo:
    """``revisions`` more revisions of every answer, then ``cycles`` more cycles carried forward
    (so the newest holds answers with history in every table)."""
    for number in range(revisions):
        for cid in MEASURES:
            content = FULL.with_changes(measures_taken=f"Revision {number} of {cid}.")
            save_answer(ws, info.id, cid, content, author=f"Author {number % 3}")
    cycle = info.cycle
    for number in range(cycles):
        later = f"BMS{9 + number} 20{24 + 2 * number}"
        info = create_assessment(ws, state="Kenya", cycle=later, from_cycle=cycle)
        cycle = later
    return info


@pytest.fixture
def first(ws: Workspace, assessment: AssessmentInfo) -> AssessmentInfo:
    for cid in MEASURES:
        save_answer(ws, assessment.id, cid, FULL, author="Amina")
    return assessment


def test_the_statements_do_not_grow_with_cycles_or_revisions(
    ws: Workspace, first: AssessmentInfo, statements: Statements
) -> None:
    before = {name: _run(statements, action) for name, action in _work(ws, first).items()}
    grown = _grow(ws, first, cycles=4, revisions=30)
    for cid in MEASURES:  # the grown cycle's answers have some history of their own
        save_answer(ws, grown.id, cid, FULL.with_changes(challenges="Still on paper."))
    after = {name: _run(statements, action) for name, action in _work(ws, grown).items()}
    for name in before:
        assert [sql for sql, _ in after[name]] == [sql for sql, _ in before[name]], name
    # Saves take the write lock up front (a second writer waits its turn); reads never wait.
    saves = ("save", "save again", "new revision")
    assert {after[name][0][0] for name in saves} == {"BEGIN IMMEDIATE"}
    assert after["get_answer"][0][0] == "BEGIN"
    assert after["save"][-1][0].startswith("INSERT INTO revision")
    assert after["save again"][-1][0].startswith("UPDATE revision")  # the same editing session
    counts = {name: len(seen) for name, seen in after.items()}
    # A save: BEGIN IMMEDIATE, one read (the assessment, its profile's agencies, the answer, its
    # latest revisions), the answer row, the revision. A read: BEGIN and one statement.
    assert counts == {
        "save": 4,
        "save again": 4,
        "new revision": 4,
        "get_answer": 2,
        "answers_for": 2,
        "all_answers": 2,
    }


def test_every_statement_searches_an_index(
    ws: Workspace, first: AssessmentInfo, statements: Statements
) -> None:
    grown = _grow(ws, first, cycles=2, revisions=5)
    seen = [s for action in _work(ws, grown).values() for s in _run(statements, action)]
    less = FULL.with_changes(agencies=FULL.agencies[:1], laws=FULL.laws[:1])
    seen += _run(statements, lambda: save_answer(ws, grown.id, MEASURES[1], less, author="A"))
    with sqlite3.connect(ws.db.path) as raw:
        for sql, parameters in seen:
            if sql.startswith("BEGIN"):
                continue
            values = parameters[0] if isinstance(parameters, list) else parameters
            plan = [row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}", values)]
            scans = [step for step in plan if step.startswith(("SCAN", "MATERIALIZE"))]
            assert not scans, (sql, plan)


def test_what_the_lean_save_writes_the_orm_reads_back(ws: Workspace, first: AssessmentInfo) -> None:
    less = FULL.with_changes(
        laws=(FULL.laws[1], Law("Arms Act (amended)", year=2024)),
        agencies=FULL.agencies[1:],
        target_date=None,
        assistance_kinds=("training",),
    )
    saved = save_answer(ws, first.id, MEASURES[0], less, author="Amina")
    with ws.db.session() as session:
        stored = session.scalars(
            select(Answer)
            .where(Answer.assessment_id == first.id, Answer.commitment_id == MEASURES[0])
            .options(selectinload(Answer.laws), selectinload(Answer.agencies))
        ).one()
        assert content_of(stored) == less == get_answer(ws, first.id, MEASURES[0]).content
        assert [law.position for law in stored.laws] == [0, 1]
        assert (stored.version, stored.updated_by, stored.updated_at) == (
            saved.version,
            "Amina",
            saved.updated_at,
        )
        revision = stored.revisions[-1]
        assert revision.snapshot == less.to_snapshot()
        assert revision.created_at == revision.saved_at
        assert abs((revision.created_at - saved.updated_at).total_seconds()) < 5
        assert revision.number == 2 and revision.author == "Amina" and revision.login
        assert set(revision.changed_fields) == set(saved.changed)


def test_a_batch_naming_an_answer_twice_writes_it_twice_in_order(
    ws: Workspace, first: AssessmentInfo
) -> None:
    one = FULL.with_changes(challenges="First.")
    two = FULL.with_changes(challenges="Second.")
    with ws.db.writing() as session:
        saved = write_answers(
            session,
            ws.catalog,
            first.id,
            [AnswerWrite(MEASURES[0], one), AnswerWrite(MEASURES[0], two)],
            author="Import",
            provenance=Provenance.IMPORTED,
        )
    assert [s.version for s in saved] == [2, 3]
    assert get_answer(ws, first.id, MEASURES[0]).content == two
    with pytest.raises(ConflictError), ws.db.writing() as session:
        write_answers(  # both read at version 3: the second finds the first's save
            session,
            ws.catalog,
            first.id,
            [AnswerWrite(MEASURES[0], one, "", 3), AnswerWrite(MEASURES[0], two, "", 3)],
            author="Import",
        )
    assert get_answer(ws, first.id, MEASURES[0]).version == 3  # nothing of that batch


def test_a_prepared_statement_is_given_every_value_or_refused(
    ws: Workspace, first: AssessmentInfo
) -> None:
    revision = Base.metadata.tables["revision"]
    needs_default = Prepared(insert(revision), ["answer_id", "number"])  # created_at: utcnow
    reopen = Prepared(
        update(revision).where(revision.c.id == bindparam("revision_id")),
        ["saved_at", "changed_fields", "snapshot"],
    )
    with ws.db.writing() as session:
        connection = session.connection()
        with pytest.raises(ValueError, match="no value given for created_at"):
            needs_default.execute(connection, {"answer_id": 1, "number": 9})
        with pytest.raises(ValueError, match="expected"):  # a value for no column is refused
            reopen.execute(connection, {"saved_at": utcnow(), "changed_fields": [], "x": 1})
