"""One revision per editing session: what a person did, not what autosave did every second.

Typing a sentence at a human pace autosaves a dozen times; the history must hold one version
of it, whole, so that restoring a version never puts half a sentence into the report.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.status import Status
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.autosave import AutosaveSession
from poa_desktop.services.answering.history import answer_history
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Revision, utcnow

SENTENCE = "A national commission coordinates the work of every agency on small arms."


def _type(session: AutosaveSession, text: str, every: int = 7) -> int:
    """Autosave after every few characters, as the window's timers do while typing goes on."""
    saves = 0
    for end in range(every, len(text) + every, every):
        result = session.save(AnswerContent(Status.DEVELOPING, text[:end]), {})
        assert result.answer == "saved"
        saves += 1
    return saves


def _session(ws: Workspace, info: AssessmentInfo, cid: str = "BMS8-29") -> AutosaveSession:
    session = AutosaveSession(ws, author="Amina Diallo")
    session.track(info.id, cid, get_answer(ws, info.id, cid).version)
    return session


def test_a_typed_sentence_is_one_revision_holding_the_whole_sentence(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    saves = _type(_session(ws, assessment), SENTENCE)
    history = answer_history(ws, assessment.id, "BMS8-29")
    assert saves >= 10 and len(history) == 1
    (only,) = history
    assert only.content.measures_taken == SENTENCE
    assert get_answer(ws, assessment.id, "BMS8-29").version == saves  # every save on disk


def test_a_new_visit_or_a_pause_of_a_minute_starts_a_new_revision(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    first = _session(ws, assessment)
    _type(first, "First visit.")
    second = _session(ws, assessment)  # moved away and came back
    _type(second, "Second visit.")
    assert len(answer_history(ws, assessment.id, "BMS8-29")) == 2
    with ws.db.session() as db, db.begin():  # the person paused for two minutes
        db.execute(update(Revision).values(saved_at=utcnow() - timedelta(minutes=2)))
    _type(second, "Second visit, after a pause.")
    texts = [r.content.measures_taken for r in answer_history(ws, assessment.id, "BMS8-29")]
    assert texts == ["First visit.", "Second visit.", "Second visit, after a pause."]


def test_typing_undone_within_the_session_leaves_no_revision(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    _type(_session(ws, assessment), "Kept.")
    session = _session(ws, assessment)
    session.save(AnswerContent(Status.DEVELOPING, "Kept. And more"), {})
    session.save(AnswerContent(Status.DEVELOPING, "Kept."), {})  # deleted again
    history = answer_history(ws, assessment.id, "BMS8-29")
    assert [r.content.measures_taken for r in history] == ["Kept."]


def test_saves_without_a_session_stay_one_revision_each(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    """Imports, restores and the command line record every change they make."""
    for text in ("One.", "Two.", "Three."):
        save_answer(ws, assessment.id, "BMS8-29", AnswerContent(Status.DEVELOPING, text))
    assert len(answer_history(ws, assessment.id, "BMS8-29")) == 3


def test_a_revision_records_when_it_began_and_when_it_was_last_saved(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    _type(_session(ws, assessment), SENTENCE)
    with ws.db.session() as db:
        revision = db.scalars(select(Revision)).one()
        assert revision.saved_at is not None and revision.saved_at >= revision.created_at
        assert revision.author == "Amina Diallo" and revision.login
        assert revision.changed_fields == ["status", "measures_taken"]
