"""The demo: a complete, valid assessment that every later feature can be tried on."""

from __future__ import annotations

from pathlib import Path

import pytest

from poa_desktop.services.answering.answers import all_answers
from poa_desktop.services.answering.field_values import field_problems, field_values
from poa_desktop.services.answering.progress import assessment_progress
from poa_desktop.services.demo.build import build_demo
from poa_desktop.services.demo.content import DEMO_FIELD_VALUES, demo_answer
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.workspace import Workspace


def test_demo_answers_every_measure_validly(ws: Workspace) -> None:
    info = build_demo(ws)
    assert (info.state, info.iso_code, info.cycle) == ("Exampleland", "XEX", "BMS9 2026")
    answers = all_answers(ws, info.id)
    assert set(answers) == {c.id for c in ws.catalog.measures}
    statuses = {r.content.status for r in answers.values()}
    assert statuses == {"implemented", "developing", "not_implemented", "not_applicable"}
    assert sum(r.content.assistance_needed for r in answers.values()) >= 10
    assert len({r.content.measures_taken for r in answers.values()}) > 150
    assert assessment_progress(ws, info.id).overall.answered == len(ws.catalog.measures) == 221
    # Procedural paragraphs (requests to the Secretariat, decisions of the meeting) are not
    # measures, so the demo has no "not applicable: concerns the meetings of States" answers.
    assert not any("meetings of States" in r.content.measures_taken for r in answers.values())
    assert field_values(ws, info.id) == DEMO_FIELD_VALUES
    assert field_problems(ws, info.id) == []


def test_demo_is_deterministic(ws: Workspace) -> None:
    first = [demo_answer(c) for c in ws.catalog.measures]
    assert first == [demo_answer(c) for c in ws.catalog.measures]


def test_demo_refuses_a_database_in_use(ws: Workspace, db_path: Path) -> None:
    build_demo(ws)
    with pytest.raises(ServiceError, match="already holds Exampleland"):
        build_demo(ws)
