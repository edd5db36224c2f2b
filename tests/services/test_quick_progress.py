"""``progress`` read without SQLAlchemy counts what the workspace counts, for the same assessment.

The command line prints the same either way (tests/cli/test_cli.py checks the output itself);
here the two paths are compared with each other, cycle by cycle.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from poa_desktop.cli import main
from poa_desktop.services.answering.progress import assessment_progress
from poa_desktop.services.answering.quick_progress import quick_progress
from poa_desktop.services.assessments.assessments import create_assessment, find_assessment
from poa_desktop.services.errors import NotFoundError
from poa_desktop.services.workspace import open_workspace


@pytest.fixture
def two_cycles(demo_db: Path) -> Path:
    """The demo, and an earlier cycle covering only BMS8 with nothing answered."""
    with open_workspace(demo_db) as ws:
        create_assessment(ws, state="Exampleland", cycle="BMS8 2022", documents=["BMS8"])
    return demo_db


@pytest.mark.parametrize("cycle", [None, "BMS9 2026", "BMS8 2022", "  bms8 2022 ", "BMS9 2026 "])
def test_the_counts_of_the_workspace_for_the_same_assessment(
    two_cycles: Path, cycle: str | None
) -> None:
    quick = quick_progress(two_cycles, cycle)
    assert quick is not None
    with open_workspace(two_cycles) as ws:
        info = find_assessment(ws, cycle)
        ws.cover(info.documents)
        full = assessment_progress(ws, info.id)
    assert (quick.state, quick.cycle, quick.status) == (info.state, info.cycle, info.status)
    assert quick.progress == full


def test_what_it_cannot_answer_is_left_to_the_workspace(two_cycles: Path, db_path: Path) -> None:
    assert quick_progress(two_cycles, "RevCon4 2024") is None  # the full path names the cycles
    with open_workspace(db_path):
        pass  # a current database without an assessment
    assert quick_progress(db_path) is None
    with open_workspace(db_path) as ws, pytest.raises(NotFoundError):
        find_assessment(ws)


def _progress(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main([*argv]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("argv", [[], ["--json"], ["--cycle", "bms8 2022"]])
def test_the_command_prints_the_same_on_either_path(
    two_cycles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    quick = _progress(capsys, "--db", str(two_cycles), "progress", *argv)
    unstamped = tmp_path / "unstamped.sqlite"
    with (
        closing(sqlite3.connect(two_cycles)) as source,
        closing(sqlite3.connect(unstamped)) as copy,
    ):
        source.backup(copy)
        copy.execute("PRAGMA application_id = 0")  # the quick read leaves it to the full open
    assert quick_progress(unstamped) is None
    assert _progress(capsys, "--db", str(unstamped), "progress", *argv) == quick
    assert quick_progress(unstamped) is not None  # the full open stamped it
