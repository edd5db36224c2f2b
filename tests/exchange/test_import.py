"""Importing answers: preview, policies, all-or-nothing, provenance, the own-format round trip."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from poa_desktop.domain.content import AnswerContent
from poa_desktop.exchange.workbook.writer import write_xlsx
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.history import answer_history
from poa_desktop.services.assessments.assessments import (
    AssessmentInfo,
    create_assessment,
    find_assessment,
)
from poa_desktop.services.errors import ConflictError, ServiceError
from poa_desktop.services.reporting.imports import apply_import, preview_import
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import Workspace, open_workspace


@pytest.fixture
def demo_ws(demo_template: Path, tmp_path: Path) -> Workspace:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    ws = open_workspace(target)
    yield ws  # type: ignore[misc]
    ws.close()


def _answers_sheet(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path)["Answers"]
    rows = list(sheet.iter_rows(values_only=True))
    # Last changed and Source describe the copy, not the answer.
    return [row[:16] for row in rows]


def _tracker(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Suivi"
    sheet.append(["Ministère des Affaires étrangères — suivi du PoA"])
    sheet.append([])
    sheet.append(["Document", "Paragraphe", "Statut", "Mesures prises"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_own_workbook_round_trips_into_a_fresh_assessment(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    first = tmp_path / "first.xlsx"
    write_xlsx(build_report_data(demo_ws), first)
    fresh = create_assessment(demo_ws, state="Exampleland", iso_code="XEX", cycle="BMS10 2028")
    preview = preview_import(demo_ws, first, assessment=fresh)
    assert preview.own_format and not preview.problems
    measures = len(demo_ws.catalog.measures)
    assert preview.counts()["new"] == measures
    result = apply_import(demo_ws, preview, author="tester")
    assert result.answers == measures and result.backup is not None and result.backup.exists()
    second = tmp_path / "second.xlsx"
    write_xlsx(build_report_data(demo_ws, fresh), second)
    assert _answers_sheet(second) == _answers_sheet(first)
    history = answer_history(demo_ws, fresh.id, "BMS8-29")
    assert history[-1].provenance == "imported"
    assert history[-1].provenance_detail.startswith("imported from first.xlsx, sheet Answers, row ")


def test_rows_sorted_and_edited_in_excel(demo_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "edited.xlsx"
    write_xlsx(build_report_data(demo_ws), path)
    book = load_workbook(path)
    sheet = book["Answers"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    rows.reverse()  # "sorted" by someone
    for index, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            sheet.cell(index, column).value = value
    target_row = next(i for i, r in enumerate(rows, start=2) if r[0] == "RC3-II-21")
    sheet.cell(target_row, 6, "Not implemented")
    sheet.cell(target_row, 7, "Armouries still unaudited.")
    book.save(path)
    info = find_assessment(demo_ws)
    filling = preview_import(demo_ws, path)  # the default fills empty fields only
    assert [c for c in filling.changes if c.action == "update"] == []
    assert filling.counts()["left"] == 2  # and says what the file would change
    preview = preview_import(demo_ws, path, policy="replace")
    changed = [c for c in preview.changes if c.action == "update"]
    assert [(c.commitment_id, c.changed) for c in changed] == [
        ("RC3-II-21", ("status", "measures_taken"))
    ]
    apply_import(demo_ws, preview)
    record = get_answer(demo_ws, info.id, "RC3-II-21")
    assert record.content.status == "not_implemented"
    assert record.provenance_detail == f"imported from edited.xlsx, sheet Answers, row {target_row}"


def test_unreadable_rows_change_nothing_unless_skipped(demo_ws: Workspace, tmp_path: Path) -> None:
    info = find_assessment(demo_ws)
    before = get_answer(demo_ws, info.id, "RC3-II-21").content
    path = _tracker(
        tmp_path / "suivi.xlsx",
        [
            ["RevCon3", "II.21", "Non", "Aucun audit en 2025."],
            ["RevCon3", "II.999", "Oui", "?"],
            ["BMS8", "§ 29", "Peut-être", ""],
        ],
    )
    preview = preview_import(demo_ws, path, policy="replace")
    assert [(p.row, p.sheet, p.skips) for p in preview.problems] == [
        (5, "Suivi", "row"),
        (6, "Suivi", "cell"),
    ]
    assert "RevCon3 II has paragraphs 1-94" in str(preview.problems[0])
    assert "Peut-être" in str(preview.problems[1])
    with pytest.raises(ServiceError, match="nothing was imported"):
        apply_import(demo_ws, preview)
    assert get_answer(demo_ws, info.id, "RC3-II-21").content == before
    result = apply_import(demo_ws, preview, skip_unreadable=True)
    assert (result.answers, result.skipped) == (1, 2)
    after = get_answer(demo_ws, info.id, "RC3-II-21").content
    assert after.status == "not_implemented" and after.measures_taken == "Aucun audit en 2025."
    assert after.laws == before.laws  # columns not in the tracker are left as they were


def test_policies(empty_assessment: tuple[Workspace, AssessmentInfo], tmp_path: Path) -> None:
    ws, info = empty_assessment
    save_answer(
        ws, info.id, "RC3-II-21", AnswerContent(status="developing", measures_taken="typed")
    )
    save_answer(ws, info.id, "RC3-II-22", AnswerContent(status="developing"))
    path = _tracker(
        tmp_path / "t.xlsx",
        [
            ["RevCon3", "II.21", "Oui", "imported"],
            ["RevCon3", "II.22", "Oui", "imported"],
            ["RevCon3", "II.23", "Oui", "imported"],
        ],
    )
    keep = preview_import(ws, path, policy="keep")
    assert [c.action for c in keep.changes] == ["kept", "kept", "new"]
    fill = preview_import(ws, path, policy="fill-empty")
    assert [c.new.measures_taken for c in fill.changes] == ["typed", "imported", "imported"]
    assert [c.new.status for c in fill.changes] == ["developing", "developing", "implemented"]
    replace = preview_import(ws, path, policy="replace")
    assert [c.new.status for c in replace.changes] == ["implemented"] * 3


def test_answer_changed_after_preview_aborts_everything(
    empty_assessment: tuple[Workspace, AssessmentInfo], tmp_path: Path
) -> None:
    ws, info = empty_assessment
    path = _tracker(
        tmp_path / "t.xlsx", [["RevCon3", "II.21", "Oui", "a"], ["RevCon3", "II.22", "Oui", "b"]]
    )
    preview = preview_import(ws, path)
    save_answer(ws, info.id, "RC3-II-22", AnswerContent(status="developing"))
    with pytest.raises(ConflictError, match="changed after the preview"):
        apply_import(ws, preview)
    assert get_answer(ws, info.id, "RC3-II-21").version == 0


@pytest.fixture
def empty_assessment(db_path: Path) -> tuple[Workspace, AssessmentInfo]:
    ws = open_workspace(db_path)
    info = create_assessment(ws, state="France", cycle="BMS10 2028")
    yield ws, info  # type: ignore[misc]
    ws.close()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "poa_desktop", *args], capture_output=True, text=True, check=False
    )


def test_command_line_import(demo_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    shutil.copyfile(demo_template, db)
    path = _tracker(
        tmp_path / "suivi.xlsx",
        [
            ["RevCon3", "II.21", "Non", "Aucun audit."],
            ["BMS8", "§ 200", "Oui", ""],
        ],
    )
    dry = _cli("--db", str(db), "import", str(path), "--dry-run", "--json", "--policy", "replace")
    assert dry.returncode == 1
    data = json.loads(dry.stdout)
    assert data["rows"] == [
        {
            "sheet": "Suivi",
            "row": 4,
            "id": "RC3-II-21",
            "status": "not_implemented",
            "action": "update",
            "changed": ["status", "measures_taken"],
        }
    ]
    assert (
        data["unreadable"][0]["row"] == 5
        and "BMS8 has paragraphs 1-97" in (data["unreadable"][0]["reason"])
    )
    assert "nothing imported" in dry.stderr
    refused = _cli("--db", str(db), "import", str(path), "--policy", "replace")
    assert refused.returncode == 1
    done = _cli("--db", str(db), "import", str(path), "--skip-unreadable", "--policy", "replace")
    assert done.returncode == 0, done.stderr
    assert "0 new, 1 changed" in done.stdout and "0 cell(s) and 1 row(s) skipped" in done.stdout
    history = _cli("--db", str(db), "history", "RC3-II-21")
    assert "imported from suivi.xlsx, sheet Suivi, row 4" in history.stdout
    garbage = tmp_path / "notes.xlsx"
    garbage.write_text("not a workbook", encoding="utf-8")
    bad = _cli("--db", str(db), "import", str(garbage))
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.startswith("poa-desktop: error:")


def test_command_line_mapping_file(demo_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    shutil.copyfile(demo_template, db)
    path = _tracker(tmp_path / "suivi.xlsx", [["RevCon3", "II.21", "Peut-être", "x"]])
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps(
            {
                "format": "poa-desktop import mapping",
                "version": 1,
                "sheet": "Suivi",
                "header_row": 3,
                "columns": {"document": "A", "reference": "B", "status": "C"},
                "status_values": {"Peut-être": "developing"},
            }
        ),
        encoding="utf-8",
    )
    result = _cli(
        "--db", str(db), "import", str(path), "--mapping", str(mapping), "--dry-run", "--json",
        "--policy", "replace",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    assert rows[0]["status"] == "developing" and rows[0]["changed"] == ["status"]
    mapping.write_text("{not json", encoding="utf-8")
    broken = _cli("--db", str(db), "import", str(path), "--mapping", str(mapping))
    assert broken.returncode == 1 and "mapping" in broken.stderr
    assert "Traceback" not in broken.stderr
