"""``poa-desktop import`` on the trackers ministries keep: cells, agencies, sheets, mappings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from poa_desktop.cli import main
from poa_desktop.services.answering.answers import all_answers
from poa_desktop.services.assessments.assessments import find_assessment
from poa_desktop.services.assessments.profiles import get_profile
from poa_desktop.services.workspace import open_workspace
from tests.exchange.trackers import (
    french_tracker_by_document,
    spanish_tracker,
    uruguay_assessment,
)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def uruguay(db_path: Path) -> Path:
    with open_workspace(db_path) as ws:
        uruguay_assessment(ws)
    return db_path


def test_the_preview_lists_skipped_cells_understood_dates_and_new_agencies(
    capsys: pytest.CaptureFixture[str], uruguay: Path, tmp_path: Path
) -> None:
    tracker = spanish_tracker(tmp_path / "seguimiento.xlsx")
    code, out, err = cli(capsys, "--db", str(uruguay), "import", str(tracker.path), "--dry-run")
    assert code == 1 and "4 cell(s) and 1 row(s) cannot be read: nothing imported" in err
    assert "skipped cell: sheet Seguimiento, row 12, column D (Status)" in out
    assert "skipped row: sheet Seguimiento, row 13, column C (Paragraph reference)" in out
    assert "understood: sheet Seguimiento, row 5, column G (Target date): 'junio 2025'" in out
    assert "agencies not in the profile: Dirección General de Aduanas; Fuerzas Armadas" in out
    assert "note: sheet Portada not read: passed over" in out
    assert "policy fill-empty" in out
    with open_workspace(uruguay) as ws:
        assert all_answers(ws, find_assessment(ws).id) == {}


def test_add_agencies_and_skip_unreadable_import_every_readable_cell(
    capsys: pytest.CaptureFixture[str], uruguay: Path, tmp_path: Path
) -> None:
    tracker = spanish_tracker(tmp_path / "seguimiento.xlsx")
    code, out, err = cli(
        capsys, "--db", str(uruguay), "import", str(tracker.path), "--add-agencies",
        "--skip-unreadable",
    )  # fmt: skip
    assert code == 0, err
    assert "agencies added to the profile: Dirección General de Aduanas; Fuerzas Armadas" in out
    assert "8 new, 0 changed" in out and "2 agenc(ies) added to the profile" in out
    assert "2 cell(s) and 1 row(s) skipped" in out and "Backup taken before:" in out
    with open_workspace(uruguay) as ws:
        names = [a.name for a in get_profile(ws).agencies]
        assert names[-2:] == ["Dirección General de Aduanas", "Fuerzas Armadas"]
        assert len(all_answers(ws, find_assessment(ws).id)) == 8


def test_the_sheets_chosen_go_to_a_mapping_file_and_back(
    capsys: pytest.CaptureFixture[str], uruguay: Path, tmp_path: Path
) -> None:
    tracker = french_tracker_by_document(tmp_path / "suivi.xlsx")
    saved = tmp_path / "suivi.json"
    code, out, _ = cli(
        capsys, "--db", str(uruguay), "import", str(tracker.path), "--dry-run", "--json",
        "--add-agencies", "--save-mapping", str(saved),
    )  # fmt: skip
    assert code == 1  # one date cannot be read: previewed, not imported
    data = json.loads(out)
    assert data["sheets"] == ["BMS8", "RevCon3 II", "RevCon3 III"]
    assert [a["name"] for a in data["new_agencies"]] == ["Gendarmerie nationale"]
    assert data["counts"]["cells_skipped"] == 1 and data["counts"]["rows_skipped"] == 0
    assert data["unreadable"][0]["skips"] == "cell"
    assert any("juin 2025" in u["text"] for u in data["understood"])
    document = json.loads(saved.read_text(encoding="utf-8"))
    assert document["version"] == 2
    # The person leaves the ITI sheet out this time, by editing the file.
    for entry in document["sheets"]:
        if entry["sheet"] == "RevCon3 III":
            entry.clear()
            entry.update({"sheet": "RevCon3 III", "include": False})
    saved.write_text(json.dumps(document), encoding="utf-8")
    _, out, _ = cli(
        capsys, "--db", str(uruguay), "import", str(tracker.path), "--dry-run", "--json",
        "--add-agencies", "--mapping", str(saved),
    )  # fmt: skip
    data = json.loads(out)
    assert data["sheets"] == ["BMS8", "RevCon3 II"]
    assert not any(row["sheet"] == "RevCon3 III" for row in data["rows"])
    assert any("RevCon3 III not read: left out, as chosen" in n for n in data["notes"])
