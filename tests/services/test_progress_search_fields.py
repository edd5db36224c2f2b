"""Progress counts, search and report field values."""

from __future__ import annotations

import pytest

from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.status import NOT_ASSESSED
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.answering.field_values import field_values, save_field_values
from poa_desktop.services.answering.progress import assessment_progress
from poa_desktop.services.answering.search import search
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.errors import InvalidInputError
from poa_desktop.services.workspace import Workspace


def test_progress_by_document_section_and_theme(ws: Workspace, assessment: AssessmentInfo) -> None:
    save_answer(ws, assessment.id, "BMS8-29", AnswerContent(status="implemented"))
    save_answer(ws, assessment.id, "RC3-III-4", AnswerContent(status="developing"))
    save_answer(ws, assessment.id, "RC3-III-5", AnswerContent(measures_taken="draft only"))
    report = assessment_progress(ws, assessment.id)
    assert report.overall.total == 221 and report.overall.answered == 2
    documents = {r.key: r for r in report.documents}
    assert documents["BMS8"].total == 69 and documents["BMS8"].counts["implemented"] == 1
    assert documents["RC3"].total == 152 and documents["RC3"].counts[NOT_ASSESSED] == 151
    sections = {r.key: r for r in report.sections}
    assert sections["RC3:III"].total == 28 and sections["RC3:III"].answered == 1
    assert "RC3:I" not in sections and "BMS8:Annex" not in sections
    marking = next(r for r in report.themes if r.key == "marking")
    assert marking.counts["developing"] == 1
    assert sum(r.total for r in report.sections) == len(ws.catalog.measures)


def test_search_commitment_text_and_answers(ws: Workspace, assessment: AssessmentInfo) -> None:
    save_answer(
        ws,
        assessment.id,
        "BMS8-40",
        AnswerContent(
            status="implemented", measures_taken="The Gendarmerie closed 3 illegal workshops."
        ),
    )
    hits = search(ws, assessment.id, "gendarmerie workshops")
    assert [(h.commitment_id, h.where) for h in hits] == [("BMS8-40", "Measures taken")]
    hits = search(ws, assessment.id, "MANPADS") or search(ws, assessment.id, "man-portable")
    assert {h.commitment_id for h in hits} == {"RC3-II-24", "RC3-II-34"}
    assert search(ws, assessment.id, "securite") == search(ws, assessment.id, "sécurité")


def test_filters(ws: Workspace, assessment: AssessmentInfo) -> None:
    save_answer(ws, assessment.id, "BMS8-50", AnswerContent(status="developing"))
    gender = search(ws, assessment.id, themes=["gender"], documents=["BMS8"], measures_only=True)
    assert gender and all("gender" in ws.catalog.get(h.commitment_id).themes for h in gender)
    developing = search(ws, assessment.id, statuses=["developing"])
    assert [h.commitment_id for h in developing] == ["BMS8-50"]
    assert len(search(ws, assessment.id, statuses=[NOT_ASSESSED])) == len(ws.catalog.measures) - 1
    donors = search(ws, assessment.id, addressees=["states-in-a-position"])
    assert "BMS8-77" in {h.commitment_id for h in donors}


def test_field_values_typed_rules_kept_as_warnings(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    changed, problems = save_field_values(
        ws, assessment.id, {"sdg1642.seized": "10", "sdg1642.traced": "12"}
    )
    assert sorted(changed) == ["sdg1642.seized", "sdg1642.traced"]
    assert [p.field_id for p in problems] == ["sdg1642.traced"]
    with pytest.raises(InvalidInputError, match="Arms found: enter a whole number"):
        save_field_values(ws, assessment.id, {"sdg1642.found": "lots", "sdg1642.seized": "11"})
    assert field_values(ws, assessment.id)["sdg1642.seized"] == 10
    changed, problems = save_field_values(ws, assessment.id, {"sdg1642.found": "2"})
    assert problems == []
    changed, _ = save_field_values(ws, assessment.id, {"sdg1642.found": "2"})
    assert changed == []
