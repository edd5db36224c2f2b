"""The history a person reads: both times of an editing session, and what changed in each field."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select, update

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.diff import ADDED, REMOVED, SAME, Segment
from poa_desktop.domain.status import Status
from poa_desktop.services.answering.answers import get_answer
from poa_desktop.services.answering.autosave import AutosaveSession
from poa_desktop.services.answering.history import answer_history, field_change, time_span
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Revision


def test_a_revision_carries_when_its_session_began_and_was_last_saved(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    session = AutosaveSession(ws, author="Amina")
    session.track(assessment.id, "BMS8-29", get_answer(ws, assessment.id, "BMS8-29").version)
    for text in ("Marking", "Marking is", "Marking is done."):
        assert session.save(AnswerContent(Status.DEVELOPING, text), {}).answer == "saved"
    (view,) = answer_history(ws, assessment.id, "BMS8-29")
    with ws.db.session() as db:
        row = db.scalars(select(Revision)).one()
        assert (view.created_at, view.saved_at) == (row.created_at, row.saved_at)
    assert view.saved_at > view.created_at
    assert view.content.measures_taken == "Marking is done."
    status, text = view.changes
    assert status.shape == "value" and status.new == "Developing"
    assert text.segments == (Segment(ADDED, "Marking is done."),)  # against no answer at all

    with ws.db.session() as db, db.begin():  # a revision from before saved_at was recorded
        db.execute(update(Revision).values(saved_at=None))
    (older,) = answer_history(ws, assessment.id, "BMS8-29")
    assert older.saved_at == older.created_at == view.created_at


def test_texts_change_word_by_word_lists_item_by_item_values_whole() -> None:
    text = field_change("challenges", "No registry in 2021.", "A paper registry in 2021.")
    assert text.shape == "words" and text.label == "Challenges"
    assert text.segments == (
        Segment(REMOVED, "No"),
        Segment(ADDED, "A paper"),
        Segment(SAME, " registry in 2021."),
    )
    assert (text.old, text.new) == ("No registry in 2021.", "A paper registry in 2021.")

    laws = field_change(
        "laws", (Law("Firearms Act", year=2019),), (Law("Firearms Act", "Arms Act", 2019),)
    )
    assert laws.shape == "items"
    assert laws.segments == (
        Segment(REMOVED, "Firearms Act, 2019"),
        Segment(ADDED, "Firearms Act (Arms Act), 2019"),
    )
    agencies = field_change("agencies", ("Police",), ("Police", "Customs"))
    assert agencies.segments == (Segment(SAME, "Police"), Segment(ADDED, "Customs"))
    kinds = field_change("assistance_kinds", ("training",), ())
    assert kinds.shape == "items" and kinds.segments == (Segment(REMOVED, "training"),)

    for name, old, new in (
        ("status", Status.IMPLEMENTED, Status.DEVELOPING),
        ("assistance_needed", False, True),
        ("target_date", None, date(2030, 1, 1)),
    ):
        change = field_change(name, old, new)
        assert change.shape == "value" and change.segments == ()
    assert field_change("target_date", None, date(2030, 1, 1)).new == "2030-01-01"


def test_time_span_to_the_second() -> None:
    began = datetime(2026, 11, 29, 14, 3, 27, 100000, UTC)
    assert time_span(began, began) == "2026-11-29 14:03:27"
    assert time_span(began, began.replace(microsecond=900000)) == "2026-11-29 14:03:27"
    assert time_span(began, began.replace(minute=5, second=10)) == "2026-11-29 14:03:27–14:05:10"
    assert time_span(began, began.replace(minute=5, second=10), dash="-") == (
        "2026-11-29 14:03:27-14:05:10"
    )
    assert time_span(began, datetime(2026, 11, 30, 0, 0, 1, tzinfo=UTC)) == (
        "2026-11-29 14:03:27 – 2026-11-30 00:00:01"
    )
