"""Nothing typed is lost when the catalog stops counting a paragraph as a measure.

Catalog 1.1.0 reads BMS8-60 (a request to the Secretariat) as procedural; catalog 1.0.0 had it
among the measures, so a focal point may have answered it. That answer stays in the database,
readable with its history, carried into the next cycle, and no service deletes it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from poa_desktop.catalog import default_catalog
from poa_desktop.domain.content import AnswerContent
from poa_desktop.exchange.workbook.writer import write_xlsx
from poa_desktop.services.answering.answers import all_answers, get_answer, save_answer
from poa_desktop.services.answering.history import answer_history
from poa_desktop.services.answering.progress import assessment_progress
from poa_desktop.services.assessments.assessments import create_assessment, find_assessment
from poa_desktop.services.assessments.clearance import checklist
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.reporting.imports import apply_import, preview_import
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import open_workspace
from tests.catalogs import catalog_1_0

ANSWER = AnswerContent(
    status="not_applicable",
    measures_taken="Concerns the Secretariat; our mission follows the informal meetings.",
    challenges="None.",
)


@pytest.fixture
def old_database(tmp_path: Path) -> Path:
    """A real SQLite file written under catalog 1.0.0: BMS8-60 answered twice, BMS8-29 once."""
    path = tmp_path / "written-under-1.0.0.sqlite"
    with open_workspace(path, catalog_1_0(tmp_path)) as ws:
        assert ws.catalog.get("BMS8-60").assessed
        info = create_assessment(ws, state="Ghana", cycle="BMS8 2022", author="Ama")
        first = AnswerContent(status="not_applicable")
        save_answer(ws, info.id, "BMS8-60", first, author="Ama")
        save_answer(ws, info.id, "BMS8-60", ANSWER, author="Ama")
        save_answer(ws, info.id, "BMS8-29", AnswerContent(status="implemented"), author="Ama")
        write_xlsx(build_report_data(ws), tmp_path / "written-under-1.0.0.xlsx")
    return path


def _rows(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT commitment_id, measures_taken FROM answer ORDER BY commitment_id"
        ).fetchall()


def test_the_answer_is_readable_with_its_history(old_database: Path) -> None:
    with open_workspace(old_database) as ws:
        assert ws.catalog.version == default_catalog().version
        assert ws.catalog.get("BMS8-60").kind == "procedural"
        info = find_assessment(ws)
        record = get_answer(ws, info.id, "BMS8-60")
        assert record.content == ANSWER and record.version == 2
        assert set(all_answers(ws, info.id)) == {"BMS8-29", "BMS8-60"}
        history = answer_history(ws, info.id, "BMS8-60")
        assert [view.content for view in history] == [
            AnswerContent(status="not_applicable"),
            ANSWER,
        ]


def test_it_no_longer_counts_but_nothing_deletes_it(old_database: Path, tmp_path: Path) -> None:
    before = _rows(old_database)
    with open_workspace(old_database) as ws:
        info = find_assessment(ws)
        progress = assessment_progress(ws, info.id)
        assert progress.overall.total == len(ws.catalog.measures)
        assert progress.overall.answered == 1  # BMS8-29 only
        assert all(item.commitment_id != "BMS8-60" for item in checklist(ws, info.id))
        with pytest.raises(ServiceError, match="procedural paragraph"):
            save_answer(ws, info.id, "BMS8-60", AnswerContent(), author="Ama")
        # Importing the workbook exported under 1.0.0: the BMS8-60 row is named and left out.
        preview = preview_import(ws, tmp_path / "written-under-1.0.0.xlsx", assessment=info)
        assert [p.reason for p in preview.problems if "para. 60" in p.reason] == [
            "BMS8 para. 60 is a procedural paragraph: it is not assessed"
        ]
        apply_import(ws, preview, skip_unreadable=True, author="Ama")
        assert get_answer(ws, info.id, "BMS8-60").content == ANSWER
        # The next cycle starts from this one: the answer travels with the others.
        carried = create_assessment(ws, state="Ghana", cycle="BMS9 2026", from_cycle="BMS8 2022")
        assert get_answer(ws, carried.id, "BMS8-60").content == ANSWER
    assert set(before) <= set(_rows(old_database))
    assert ("BMS8-60", ANSWER.measures_taken) in _rows(old_database)
