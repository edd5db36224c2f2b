"""Issue 13, finding 1: another State's workbook never replaces an assessment by a slip."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from poa_desktop.domain.report import ReportData
from poa_desktop.exchange.workbook.writer import write_xlsx
from poa_desktop.services.answering.answers import all_answers
from poa_desktop.services.assessments.assessments import AssessmentInfo, create_assessment
from poa_desktop.services.reporting.imports import (
    OtherStateError,
    apply_import,
    preview_import,
)
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.store import Agency, StateProfile
from tests.conftest import REPO


@pytest.fixture
def exampleland_workbook(demo_report: ReportData, tmp_path: Path) -> Path:
    path = tmp_path / "exampleland.xlsx"
    write_xlsx(demo_report, path)
    return path


def _ghana(ws: Workspace, agencies: tuple[str, ...]) -> AssessmentInfo:
    """Ghana's assessment, its profile knowing the agencies the workbook names (issue 14 is
    about agencies a profile does not know; this file is about whose workbook it is)."""
    info = create_assessment(ws, state="Ghana", cycle="BMS9 2026", author="Ama")
    with ws.db.session() as session, session.begin():
        profile = session.query(StateProfile).one()
        for name in agencies:
            profile.agencies.append(Agency(name=name))
    return info


def test_another_states_workbook_is_refused_naming_both(
    exampleland_workbook: Path, db_path: Path, demo_report: ReportData
) -> None:
    agencies = tuple(a.name for a in demo_report.agencies)
    with open_workspace(db_path) as ws:
        ghana = _ghana(ws, agencies)
        with pytest.raises(OtherStateError) as refused:
            preview_import(ws, exampleland_workbook, assessment=ghana)
        message = str(refused.value)
        assert "Exampleland (XEX)" in message and "Ghana (GHA)" in message
        assert "--from-another-state" in message
        assert all_answers(ws, ghana.id) == {}  # nothing changed


def test_said_on_purpose_it_is_an_ordinary_import_with_a_note(
    exampleland_workbook: Path, db_path: Path, demo_report: ReportData
) -> None:
    agencies = tuple(a.name for a in demo_report.agencies)
    with open_workspace(db_path) as ws:
        ghana = _ghana(ws, agencies)
        preview = preview_import(
            ws, exampleland_workbook, assessment=ghana, from_another_state=True
        )
        assert preview.notes[0].startswith("answers of Exampleland (XEX) into the assessment")
        result = apply_import(ws, preview, author="Ama")
        assert result.answers == len(demo_report.measures()) and result.backup is not None


def test_the_same_states_workbook_needs_no_flag(exampleland_workbook: Path, demo_db: Path) -> None:
    with open_workspace(demo_db) as ws:
        preview = preview_import(ws, exampleland_workbook)
        assert preview.own_format and not any("as asked" in n for n in preview.notes)


def test_the_command_line_refuses_then_imports_when_told(
    exampleland_workbook: Path, db_path: Path, demo_report: ReportData
) -> None:
    agencies = tuple(a.name for a in demo_report.agencies)
    with open_workspace(db_path) as ws:
        _ghana(ws, agencies)

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "poa_desktop", "--db", str(db_path), "import"]
        return subprocess.run(
            [*command, str(exampleland_workbook), *extra],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
        )

    refused = run()
    assert refused.returncode == 1 and "Ghana (GHA)" in refused.stderr
    done = run("--from-another-state")
    assert done.returncode == 0, done.stderr
    new = f"{len(demo_report.measures())} new"
    assert "Imported into" in done.stdout and new in done.stdout


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\xff\xfe{\x00}\x00", "not UTF-8"),
        (b"{" + b" " * (300 * 1024) + b"}", "larger than 256 KiB"),
    ],
)
def test_a_mapping_file_that_is_not_one_is_refused_plainly(
    tmp_path: Path, content: bytes, words: str
) -> None:
    """Issue 13, finding 11: a non-UTF-8 or endless --mapping file no longer crashes."""
    from poa_desktop.services.errors import ServiceError
    from poa_desktop.services.reporting.import_settings import load_mapping

    path = tmp_path / "mapping.json"
    path.write_bytes(content)
    with pytest.raises(ServiceError, match=words):
        load_mapping(path)


def test_invisible_direction_controls_are_named_not_taken_silently(
    demo_db: Path, tmp_path: Path
) -> None:
    """Issue 13, finding 11: a right-to-left override can make text read differently."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Paragraph", "Status", "Measures taken"])
    sheet.append(["BMS8 para 29", "Yes", "Licences \u202eevoked\u202c weekly."])
    sheet.append(["BMS8 para 30", "Yes", "Plain text."])
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    with open_workspace(demo_db) as ws:
        preview = preview_import(ws, path, policy="replace")
    note = next(n for n in preview.notes if "invisible direction" in n)
    assert "row 2 (Measures taken)" in note and "row 3" not in note
    imported = next(c for c in preview.changes if c.commitment_id == "BMS8-29")
    assert "\u202e" in imported.new.measures_taken  # kept as it is: nothing changed unasked
