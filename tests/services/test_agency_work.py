"""Assigning measures to agencies in bulk, and progress per agency."""

from __future__ import annotations

import pytest

from poa_desktop.domain.content import AnswerContent
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.history import answer_history
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.errors import NotFoundError
from poa_desktop.services.reporting.agency_work import agency_progress, assign
from poa_desktop.services.workspace import Workspace

POLICE = "National Police Service"
CUSTOMS = "Kenya Revenue Authority, Customs"


def test_assign_by_theme_section_and_id(ws: Workspace, assessment: AssessmentInfo) -> None:
    marking = [c.id for c in ws.catalog.measures if "marking" in c.themes]
    assert assign(ws, assessment.id, [POLICE], themes=["marking"]) == len(marking)
    assert assign(ws, assessment.id, [POLICE], themes=["marking"]) == 0  # already assigned
    section_iii = [c.id for c in ws.catalog.measures if c.section_key == "RC3:III"]
    assign(ws, assessment.id, [CUSTOMS.lower()], sections=["RC3:III"])
    assign(ws, assessment.id, [CUSTOMS], commitment_ids=["BMS8-39"])
    record = get_answer(ws, assessment.id, "RC3-III-4")
    assert set(record.content.agencies) == {POLICE, CUSTOMS}
    assert record.content.status is None  # assigning does not assess
    assert answer_history(ws, assessment.id, "BMS8-39")[-1].provenance_detail == (
        f"assigned to {CUSTOMS}"
    )
    progress = {row.agency: row for row in agency_progress(ws, assessment.id)}
    assert progress[CUSTOMS].assigned == len(section_iii) + 1
    assert progress[POLICE].answered == 0
    save_answer(ws, assessment.id, "RC3-III-4", record.content.with_changes(status="implemented"))
    progress = {row.agency: row for row in agency_progress(ws, assessment.id)}
    assert progress[POLICE].answered == 1 and progress[CUSTOMS].answered == 1


def test_unassign_keeps_the_rest_of_the_answer(ws: Workspace, assessment: AssessmentInfo) -> None:
    save_answer(
        ws,
        assessment.id,
        "BMS8-35",
        AnswerContent(status="developing", measures_taken="Draft law."),
    )
    assign(ws, assessment.id, [POLICE, CUSTOMS], commitment_ids=["BMS8-35"])
    assert assign(ws, assessment.id, [POLICE], commitment_ids=["BMS8-35"], unassign=True) == 1
    content = get_answer(ws, assessment.id, "BMS8-35").content
    assert content.agencies == (CUSTOMS,) and content.measures_taken == "Draft law."


def test_bad_requests(ws: Workspace, assessment: AssessmentInfo) -> None:
    with pytest.raises(NotFoundError, match="no agency 'Interpol'"):
        assign(ws, assessment.id, ["Interpol"], themes=["marking"])
    with pytest.raises(NotFoundError, match="no theme 'astrology'"):
        assign(ws, assessment.id, [POLICE], themes=["astrology"])
    with pytest.raises(Exception, match="not a measure"):
        assign(ws, assessment.id, [POLICE], commitment_ids=["RC3-I-4"])
