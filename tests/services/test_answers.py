"""Saving answers: one transaction with its revision, invalid values refused, nothing lost."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.history import answer_history, restore_revision
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    ServiceError,
)
from poa_desktop.services.workspace import Workspace, open_workspace

FULL = AnswerContent(
    status="developing",
    measures_taken="A firearms bill was tabled in 2025.",
    laws=(Law("Loi n° 2019-12 sur les armes", "Arms Act", 2019, "https://laws.example/2019-12"),),
    agencies=("National Police Service",),
    challenges="Records are kept on paper.",
    assistance_needed=True,
    assistance_kinds=("equipment", "training"),
    assistance_description="Marking machines for 12 armouries.",
    assistance_offered="",
    national_target="All State-held weapons marked",
    target_date=date(2028, 12, 31),
)


def _revision_rows(ws: Workspace) -> int:
    with sqlite3.connect(ws.db.path) as connection:
        return int(connection.execute("SELECT count(*) FROM revision").fetchone()[0])


def test_save_and_read_back_everything(ws: Workspace, assessment: AssessmentInfo) -> None:
    saved = save_answer(ws, assessment.id, "RC3-II-21", FULL, author="Amina")
    assert saved.version == 1 and "status" in saved.changed
    record = get_answer(ws, assessment.id, "RC3-II-21")
    assert record.content == FULL
    assert record.updated_by == "Amina" and record.provenance == "typed"


def test_answer_survives_reopening_the_file(ws: Workspace, assessment: AssessmentInfo) -> None:
    save_answer(ws, assessment.id, "BMS8-29", FULL)
    ws.close()
    with open_workspace(ws.db.path) as again:
        assert get_answer(again, assessment.id, "BMS8-29").content == FULL


def test_each_save_is_one_revision_and_no_change_is_none(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    save_answer(ws, assessment.id, "BMS8-29", FULL)
    save_answer(ws, assessment.id, "BMS8-29", FULL)
    second = save_answer(ws, assessment.id, "BMS8-29", FULL.with_changes(status="implemented"))
    assert second.version == 2 and second.changed == ("status",)
    assert _revision_rows(ws) == 2
    history = answer_history(ws, assessment.id, "BMS8-29")
    assert [r.number for r in history] == [1, 2]
    assert [(c.label, c.old, c.new) for c in history[1].changes] == [
        ("Status", "Developing", "Implemented")
    ]


def test_invalid_values_are_refused_naming_the_field_and_nothing_is_written(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    bad = FULL.with_changes(
        status="done",
        assistance_kinds=("money",),
        agencies=("Ministry of Magic",),
        laws=(Law("", year=1066),),
    )
    with pytest.raises(InvalidInputError) as caught:
        save_answer(ws, assessment.id, "BMS8-29", bad)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"status", "assistance_kinds", "agencies", "laws"}
    assert "Responsible agencies: 'Ministry of Magic' is not an agency" in str(caught.value)
    assert "Laws and regulations, row 1" in str(caught.value)
    assert get_answer(ws, assessment.id, "BMS8-29").version == 0
    assert _revision_rows(ws) == 0


def test_assistance_kinds_need_assistance_ticked(ws: Workspace, assessment: AssessmentInfo) -> None:
    with pytest.raises(InvalidInputError, match="'assistance needed' must be ticked"):
        save_answer(ws, assessment.id, "BMS8-29", FULL.with_changes(assistance_needed=False))


def test_declarations_and_unknown_ids_are_refused(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    with pytest.raises(ServiceError, match="declaration paragraph"):
        save_answer(ws, assessment.id, "RC3-I-3", FULL)
    with pytest.raises(NotFoundError, match="BMS8 has paragraphs 1-97"):
        save_answer(ws, assessment.id, "BMS8-120", FULL)


def test_stale_version_is_a_conflict(ws: Workspace, assessment: AssessmentInfo) -> None:
    save_answer(ws, assessment.id, "BMS8-29", FULL)
    save_answer(ws, assessment.id, "BMS8-29", FULL.with_changes(challenges="x"))
    with pytest.raises(ConflictError, match="changed elsewhere"):
        save_answer(ws, assessment.id, "BMS8-29", FULL, expected_version=1)


def test_restore_is_a_new_revision(ws: Workspace, assessment: AssessmentInfo) -> None:
    save_answer(ws, assessment.id, "BMS8-29", FULL)
    save_answer(ws, assessment.id, "BMS8-29", AnswerContent(status="not_implemented"))
    restored = restore_revision(ws, assessment.id, "BMS8-29", 1)
    assert restored.version == 3
    assert get_answer(ws, assessment.id, "BMS8-29").content == FULL
    history = answer_history(ws, assessment.id, "BMS8-29")
    assert history[-1].provenance_detail == "restored revision 1"
    with pytest.raises(NotFoundError, match="has revisions 1-3, not revision 9"):
        restore_revision(ws, assessment.id, "BMS8-29", 9)


def test_windows_line_endings_do_not_make_a_change(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    save_answer(ws, assessment.id, "BMS8-29", FULL.with_changes(measures_taken="a\nb"))
    again = save_answer(ws, assessment.id, "BMS8-29", FULL.with_changes(measures_taken="a\r\nb"))
    assert again.changed == ()


def test_cleared_assessment_is_frozen(ws: Workspace, assessment: AssessmentInfo) -> None:
    from poa_desktop.store import Assessment

    with ws.db.session() as session, session.begin():
        row = session.get(Assessment, assessment.id)
        assert row is not None
        row.status = "cleared"
    with pytest.raises(ServiceError, match="is cleared"):
        save_answer(ws, assessment.id, "BMS8-29", FULL)
