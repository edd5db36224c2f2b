"""Assessments: one State per database, blank or carried forward with provenance."""

from __future__ import annotations

import pytest

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.field_values import field_values, save_field_values
from poa_desktop.services.answering.history import answer_history
from poa_desktop.services.assessments.assessments import (
    AssessmentInfo,
    create_assessment,
    find_assessment,
    list_assessments,
)
from poa_desktop.services.errors import NotFoundError, ServiceError
from poa_desktop.services.workspace import Workspace


def test_state_is_looked_up_in_the_un_list(ws: Workspace) -> None:
    info = create_assessment(ws, state="bolivia (plurinational state of)", cycle="RevCon4 2024")
    assert (info.state, info.iso_code) == ("Bolivia (Plurinational State of)", "BOL")
    assert info.catalog_version == ws.catalog.version and info.status == "draft"


def test_unknown_state_needs_an_iso_code(ws: Workspace) -> None:
    with pytest.raises(ServiceError, match="unknown State 'Atlantis'"):
        create_assessment(ws, state="Atlantis", cycle="X")
    assert create_assessment(ws, state="Atlantis", iso_code="xat", cycle="X").iso_code == "XAT"


def test_one_state_per_database_and_one_assessment_per_cycle(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    with pytest.raises(ServiceError, match="reports for Kenya, not Ghana"):
        create_assessment(ws, state="Ghana", cycle="2024")
    with pytest.raises(ServiceError, match="already has an assessment for BMS8 2022"):
        create_assessment(ws, state="Kenya", cycle="bms8 2022")


def test_most_recent_assessment_is_the_default(ws: Workspace, assessment: AssessmentInfo) -> None:
    later = create_assessment(ws, state="Kenya", cycle="RevCon4 2024")
    assert find_assessment(ws).id == later.id
    assert find_assessment(ws, "bms8 2022").id == assessment.id
    with pytest.raises(NotFoundError, match="this database has RevCon4 2024, BMS8 2022"):
        find_assessment(ws, "BMS9 2026")
    assert [a.cycle for a in list_assessments(ws)] == ["RevCon4 2024", "BMS8 2022"]


def test_carry_forward_copies_answers_with_provenance(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    content = AnswerContent(
        status="implemented",
        measures_taken="Stockpile audits yearly.",
        laws=(Law("Firearms Act", year=2015),),
        agencies=("National Police Service",),
    )
    save_answer(ws, assessment.id, "RC3-II-21", content)
    save_answer(ws, assessment.id, "RC3-II-21", content.with_changes(challenges="Funding"))
    save_field_values(ws, assessment.id, {"sdg1642.seized": "40", "ncb.exists": "yes"})
    new = create_assessment(ws, state="Kenya", cycle="RevCon4 2024", from_cycle="BMS8 2022")
    assert new.carried_from == "BMS8 2022"
    record = get_answer(ws, new.id, "RC3-II-21")
    assert record.content == content.with_changes(challenges="Funding")
    assert record.provenance == "carried_forward"
    assert record.provenance_detail == "carried forward from BMS8 2022"
    history = answer_history(ws, new.id, "RC3-II-21")
    assert len(history) == 1 and history[0].source == "carried forward from BMS8 2022"
    assert field_values(ws, new.id) == {"sdg1642.seized": 40, "ncb.exists": True}
    # The earlier cycle keeps its own answers and history untouched.
    save_answer(ws, new.id, "RC3-II-21", AnswerContent(status="developing"))
    assert get_answer(ws, assessment.id, "RC3-II-21").content.status == "implemented"
    assert len(answer_history(ws, assessment.id, "RC3-II-21")) == 2


def test_carry_forward_from_unknown_cycle(ws: Workspace, assessment: AssessmentInfo) -> None:
    with pytest.raises(NotFoundError, match="cannot carry forward from 'BMS7 2021'"):
        create_assessment(ws, state="Kenya", cycle="RevCon4 2024", from_cycle="BMS7 2021")
    assert len(list_assessments(ws)) == 1
