"""``export`` writes the report files of a current database without SQLAlchemy, and the same
files through the workspace when the database must change first (see
``tests/services/test_quick_report.py`` for the snapshots compared field by field)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from poa_desktop.cli import main
from poa_desktop.services.reporting.quick_report_data import quick_report_data
from tests.cli.test_lazy_imports import LIBRARIES, loaded_by, packages


def test_export_pdf_reads_a_current_database_without_sqlalchemy(
    demo_db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    loaded = loaded_by("--db", str(demo_db), "export", "--pdf", str(target))
    assert target.read_bytes().startswith(b"%PDF")
    assert "poa_desktop.store.quick_report" in loaded
    assert packages(loaded, LIBRARIES) == {"reportlab"}
    assert not {m for m in loaded if m.startswith("poa_desktop.store.models")}


def test_a_package_is_written_through_the_workspace(demo_db: Path, tmp_path: Path) -> None:
    loaded = loaded_by("--db", str(demo_db), "export", "--package", str(tmp_path / "p.zip"))
    assert "sqlalchemy.orm" in loaded


def _lines(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    assert main([*argv]) == 0
    return [line for line in capsys.readouterr().out.splitlines() if "exported in" not in line]


def test_either_path_prints_the_same(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, xlsx = tmp_path / "quick.pdf", tmp_path / "quick.xlsx"
    quick = _lines(capsys, "--db", str(demo_db), "export", "--pdf", str(pdf), "--xlsx", str(xlsx))
    with closing(sqlite3.connect(demo_db)) as connection:
        connection.execute("PRAGMA application_id = 0")  # the full open stamps it
    assert quick_report_data(demo_db) is None
    full = _lines(capsys, "--db", str(demo_db), "export", "--pdf", str(pdf), "--xlsx", str(xlsx))
    assert full == quick
    assert quick_report_data(demo_db) is not None
