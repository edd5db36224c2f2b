"""The autosave decisions without Qt: saves, refusals, conflicts and storage failures.

Driven the way the CLI or a script would: a session on a real SQLite file, told which answer it
follows and handed what was typed. Storage failures are real too: SQLite's ``query_only`` makes
every write fail as on a read-only database, and a recovery folder under a plain file cannot be
created by anyone, root included.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.status import Status
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.autosave import AutosaveSession, SavedStatus
from poa_desktop.services.answering.drafts import get_draft, overlay
from poa_desktop.services.answering.field_values import field_values
from poa_desktop.services.answering.history import answer_history
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.safety import recovery
from poa_desktop.services.workspace import Workspace
from tests.pragmas import Pragmas

FIELD = "diversion.incidents"  # the report field shown with BMS8-29


@pytest.fixture(autouse=True)
def _private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The recovery file's fallback (the system temp folder) stays inside the test's folder."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))


def typed(text: str, status: Status | None = Status.DEVELOPING, **more: Any) -> AnswerContent:
    return AnswerContent(status=status, measures_taken=text, **more)


def session_on(ws: Workspace, info: AssessmentInfo, commitment_id: str) -> AutosaveSession:
    session = AutosaveSession(ws, author="Amina")
    session.track(info.id, commitment_id, get_answer(ws, info.id, commitment_id).version)
    return session


def test_a_save_writes_the_answer_and_the_report_fields(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    session = session_on(ws, assessment, "BMS8-29")
    result = session.save(typed("Diversion cases are recorded."), {FIELD: "4"})
    assert result.outcome == "saved" and result.complete and result.storage is None
    assert result.saved == (SavedStatus("BMS8-29", Status.DEVELOPING),)
    record = get_answer(ws, assessment.id, "BMS8-29")
    assert record.content.measures_taken == "Diversion cases are recorded."
    assert record.version == 1 == session.version and record.updated_by == "Amina"
    assert field_values(ws, assessment.id)[FIELD] == 4

    again = session.save(typed("Diversion cases are recorded."), {FIELD: "4"})
    assert again.complete and again.saved == ()  # unchanged: nothing reported as saved
    assert len(answer_history(ws, assessment.id, "BMS8-29")) == 1

    partly = session.save(typed("Recorded by the police."), {FIELD: "four"})
    assert partly.answer == "saved" and not partly.fields_saved and not partly.complete
    assert get_answer(ws, assessment.id, "BMS8-29").content.measures_taken == (
        "Recorded by the police."
    )
    assert field_values(ws, assessment.id)[FIELD] == 4  # what does not parse is not stored


def test_an_invalid_law_year_holds_back_only_the_laws_and_keeps_them_as_a_draft(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    """Issue 12: a typo in a year never costs the narrative typed beside it, nor itself."""
    session = session_on(ws, assessment, "BMS8-29")
    content = typed("Marking law adopted.", laws=(Law("Firearms Act", year=1066),))
    result = session.save(content, {FIELD: "7"})
    assert result.outcome == "invalid" and not result.complete and result.draft_kept
    assert [p.field for p in result.problems] == ["laws"]
    assert "year 1066 is not a plausible year" in result.problems[0].message
    assert result.saved == (SavedStatus("BMS8-29", Status.DEVELOPING),)
    stored = get_answer(ws, assessment.id, "BMS8-29")
    assert stored.content.measures_taken == "Marking law adopted."  # the narrative is saved
    assert stored.content.laws == ()  # the law waits for its year
    assert field_values(ws, assessment.id)[FIELD] == 7  # the field parses: it is stored
    assert recovery.pending(ws.db.path) == []  # a refusal is not a storage failure
    draft = get_draft(ws, assessment.id, "BMS8-29")
    assert draft is not None and draft.content.laws == (Law("Firearms Act", year=1066),)
    shown, _ = overlay(stored, {}, draft)
    assert shown.laws == content.laws and shown.measures_taken == "Marking law adopted."

    fixed = session.save(typed("Marking law adopted.", laws=(Law("Firearms Act", year=2019),)), {})
    assert fixed.complete and not fixed.draft_kept
    assert get_answer(ws, assessment.id, "BMS8-29").content.laws[0].year == 2019
    assert get_draft(ws, assessment.id, "BMS8-29") is None


def test_a_number_that_does_not_parse_is_kept_as_typed(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    session = session_on(ws, assessment, "BMS8-29")
    assert session.save(typed("Counted."), {FIELD: "4"}).complete
    result = session.save(typed("Counted by the police."), {FIELD: "about 1200"})
    assert result.answer == "saved" and not result.fields_saved and result.draft_kept
    assert field_values(ws, assessment.id)[FIELD] == 4
    draft = get_draft(ws, assessment.id, "BMS8-29")
    assert draft is not None and draft.fields == {FIELD: "about 1200"}
    record = get_answer(ws, assessment.id, "BMS8-29")
    _, inputs = overlay(record, field_values(ws, assessment.id), draft)
    assert inputs[FIELD] == "about 1200"  # what comes back on screen, marked by the form


def test_a_conflict_writes_nothing_and_the_reloaded_version_saves(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    session = session_on(ws, assessment, "BMS8-29")
    assert session.save(typed("Mine, first."), {}).complete
    save_answer(ws, assessment.id, "BMS8-29", typed("Theirs.", Status.IMPLEMENTED), author="Juma")
    result = session.save(typed("Mine, second."), {FIELD: "3"})
    assert result.outcome == "conflict" and not result.complete and result.saved == ()
    record = get_answer(ws, assessment.id, "BMS8-29")
    assert record.content.measures_taken == "Theirs." and record.version == 2
    assert result.theirs == record  # both versions, for the person to choose
    draft = get_draft(ws, assessment.id, "BMS8-29")
    assert draft is not None and draft.content.measures_taken == "Mine, second."
    assert field_values(ws, assessment.id)[FIELD] == 3  # a report value is not the conflict
    assert session.version == 1

    session.track(assessment.id, "BMS8-29", record.version)  # what the window's reload does
    assert session.save(typed("Mine, after reading theirs."), {}).complete
    assert get_answer(ws, assessment.id, "BMS8-29").version == 3


def test_a_storage_failure_is_kept_and_reapplied_once_saving_works(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    session = session_on(ws, assessment, "BMS8-29")
    pragmas = Pragmas(ws)
    pragmas.wanted = ["PRAGMA query_only=1"]  # SQLite refuses writes: SQLITE_READONLY
    failed = session.save(typed("Typed on a read-only database."), {FIELD: "5"})
    assert failed.outcome == "storage_failed" and failed.answer == "storage_failed"
    storage = failed.storage
    assert storage is not None and storage.first and storage.kind == "read_only"
    assert "cannot be written (read-only" in storage.message and storage.recovery_error is None
    assert storage.recovery_path == recovery.recovery_file(ws.db.path) == session.recovery_path
    assert session.failing and get_answer(ws, assessment.id, "BMS8-29").version == 0
    [kept] = recovery.pending(ws.db.path)
    assert kept.key == (assessment.id, "BMS8-29") and kept.base_version == 0
    assert kept.content.measures_taken == "Typed on a read-only database."
    assert dict(kept.fields) == {FIELD: "5"} and kept.kind == "read_only"
    assert (kept.state, kept.cycle, kept.author) == ("Kenya", "BMS8 2022", "Amina")

    again = session.save(typed("Typed on a read-only database, still."), {FIELD: "5"})
    assert again.storage is not None and not again.storage.first  # told once per episode
    session.track(assessment.id, "BMS8-30", 0)  # moving on while saves fail
    assert session.save(typed("Second answer."), {}).outcome == "storage_failed"
    assert [e.commitment_id for e in recovery.pending(ws.db.path)] == ["BMS8-29", "BMS8-30"]

    pragmas.wanted = ["PRAGMA query_only=0"]  # writable again
    works = session.save(typed("Second answer. Done.", Status.IMPLEMENTED), {})
    assert works.complete and not session.failing
    assert works.saved == (
        SavedStatus("BMS8-30", Status.IMPLEMENTED),
        SavedStatus("BMS8-29", Status.DEVELOPING),  # re-applied from the recovery file
    )
    first = get_answer(ws, assessment.id, "BMS8-29")
    assert first.content.measures_taken == "Typed on a read-only database, still."
    assert first.provenance_detail.startswith("recovered after a failed save on")
    assert field_values(ws, assessment.id)[FIELD] == 5
    assert get_answer(ws, assessment.id, "BMS8-30").content.measures_taken == "Second answer. Done."
    assert recovery.pending(ws.db.path) == [] and recovery.recovery_file(ws.db.path) is None

    pragmas.wanted = ["PRAGMA query_only=1"]  # a new episode is told again
    new_episode = session.save(typed("Third try."), {})
    assert new_episode.storage is not None and new_episode.storage.first


def test_a_kept_answer_changed_meanwhile_waits_for_the_user(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    session = session_on(ws, assessment, "BMS8-29")
    pragmas = Pragmas(ws)
    pragmas.wanted = ["PRAGMA query_only=1"]
    session.save(typed("Kept while failing."), {})
    session.track(assessment.id, "BMS8-30", 0)
    session.save(typed("Also kept."), {})
    pragmas.wanted = ["PRAGMA query_only=0"]
    save_answer(ws, assessment.id, "BMS8-29", typed("Saved elsewhere."), author="Juma")
    works = session.save(typed("Also kept, now saved."), {})
    assert works.saved == (SavedStatus("BMS8-30", Status.DEVELOPING),)
    assert get_answer(ws, assessment.id, "BMS8-29").content.measures_taken == "Saved elsewhere."
    assert [e.commitment_id for e in recovery.pending(ws.db.path)] == ["BMS8-29"]


def test_when_the_recovery_file_cannot_be_written_the_error_is_returned(
    ws: Workspace, assessment: AssessmentInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setattr(recovery, "locations", lambda _db: [blocker / "recovery" / "kept.json"])
    session = session_on(ws, assessment, "BMS8-29")
    Pragmas(ws).wanted = ["PRAGMA query_only=1"]
    result = session.save(typed("Only on screen."), {})
    storage = result.storage
    assert storage is not None and storage.first and storage.recovery_path is None
    assert isinstance(storage.recovery_error, OSError) and session.recovery_path is None
    assert recovery.pending(ws.db.path) == [] and blocker.read_text() == ""


def test_saving_needs_a_followed_answer(ws: Workspace, assessment: AssessmentInfo) -> None:
    session = AutosaveSession(ws)
    session.track(assessment.id, None, 0)  # a paragraph shown for reference, not assessed
    with pytest.raises(RuntimeError, match="track"):
        session.save(typed("Nowhere to go."), {})


def test_the_session_does_not_load_qt() -> None:
    code = (
        "import sys, poa_desktop.services.answering.autosave\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.stdout.strip() == "[]"
