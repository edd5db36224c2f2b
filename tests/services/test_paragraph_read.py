"""One read for a paragraph on screen gives what the four services give, each on its own.

Moving to a measure reads through :func:`read_paragraph` (one connection, Core statements);
its parts must be what ``answers_for``, ``get_draft``, ``field_values`` and ``list_evidence``
return for the same paragraph.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from poa_desktop.catalog import Commitment
from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.status import Status
from poa_desktop.services.answering.answers import answers_for, save_answer
from poa_desktop.services.answering.drafts import Draft, get_draft, keep_draft
from poa_desktop.services.answering.evidence import add_evidence, list_evidence
from poa_desktop.services.answering.field_values import field_values
from poa_desktop.services.answering.paragraph_read import read_paragraph
from poa_desktop.services.assessments.assessments import find_assessment
from poa_desktop.services.errors import Problem
from poa_desktop.services.workspace import Workspace, open_workspace


def _same(ws: Workspace, assessment_id: int, commitment: Commitment) -> None:
    asks = bool(ws.catalog.field_groups_for(commitment.id))
    read = read_paragraph(ws, assessment_id, commitment)
    ids = [commitment.id, *commitment.related]
    assert read.answers == answers_for(ws, assessment_id, ids)
    assert read.draft == get_draft(ws, assessment_id, commitment.id)
    assert read.field_values == (field_values(ws, assessment_id) if asks else {})
    assert read.evidence == tuple(list_evidence(ws, assessment_id, commitment.id))


def test_every_paragraph_of_the_demo_with_drafts_and_evidence(
    demo_db: Path, tmp_path: Path
) -> None:
    with open_workspace(demo_db) as ws:
        info = find_assessment(ws)
        catalog = ws.cover(info.documents)
        measures = catalog.measures
        save_answer(
            ws,
            info.id,
            measures[2].id,
            AnswerContent(
                status=Status.DEVELOPING,
                measures_taken="Une loi «nouvelle»",
                laws=(Law("Loi 12", "Act 12", 2012),),
                target_date=date(2027, 1, 31),
            ),
            author="Amina",
        )
        keep_draft(
            ws,
            info.id,
            Draft(
                measures[2].id,
                AnswerContent(measures_taken="typed, not saved"),
                {"some.field": "twelve"},
                (Problem("measures_taken", "why"),),
                base_version=3,
                author="Amina",
            ),
        )
        for name, data in (("decree.pdf", b"%PDF-1.4 decree"), ("notes.txt", b"notes")):
            (tmp_path / name).write_bytes(data)
            add_evidence(ws, info.id, measures[2].id, [tmp_path / name], author="Otieno")
        for commitment in catalog:
            _same(ws, info.id, commitment)
        read = read_paragraph(ws, info.id, measures[2])
        assert read.draft is not None and read.draft.fields == {"some.field": "twelve"}
        assert [e.filename for e in read.evidence] == [
            "decree.pdf",
            "notes.txt",
        ]
