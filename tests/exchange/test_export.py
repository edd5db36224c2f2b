"""Exporting through the service and the command line: files appear whole or not at all."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from poa_desktop.services.errors import ServiceError
from poa_desktop.services.reporting.export import (
    ExportCancelledError,
    default_file_stem,
    export_report,
)
from poa_desktop.services.workspace import open_workspace


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


def test_both_formats_in_one_go(demo_copy: Path, tmp_path: Path) -> None:
    seen: list[float] = []
    with open_workspace(demo_copy) as ws:
        result = export_report(
            ws, pdf=tmp_path / "r.pdf", xlsx=tmp_path / "r.xlsx", progress=seen.append
        )
    assert result.files == (tmp_path / "r.pdf", tmp_path / "r.xlsx")
    assert PdfReader(tmp_path / "r.pdf").pages
    assert load_workbook(tmp_path / "r.xlsx")["Answers"].max_row == 1 + 221  # the measures
    assert seen[-1] == 1.0 and seen == sorted(seen)
    assert not list(tmp_path.glob("*.part"))


def test_cancel_leaves_the_old_file_untouched(demo_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    target.write_bytes(b"previous report")

    def cancel(fraction: float) -> None:
        if fraction > 0.2:
            raise ExportCancelledError("cancelled")

    with open_workspace(demo_copy) as ws, pytest.raises(ExportCancelledError):
        export_report(ws, pdf=target, progress=cancel)
    assert target.read_bytes() == b"previous report"
    assert not list(tmp_path.glob("*.part"))


def test_bad_targets_are_refused(demo_copy: Path, tmp_path: Path) -> None:
    with open_workspace(demo_copy) as ws:
        with pytest.raises(ServiceError, match="nothing to export"):
            export_report(ws)
        with pytest.raises(ServiceError, match="does not exist"):
            export_report(ws, pdf=tmp_path / "missing" / "r.pdf")
        with pytest.raises(ServiceError, match="is a folder"):
            export_report(ws, xlsx=tmp_path)


def test_file_stem_is_safe() -> None:
    assert default_file_stem("KEN", "BMS10 2028") == "KEN-BMS10-2028-national-report-DRAFT"
    assert default_file_stem("CIV", "RevCon4 / 2024") == "CIV-RevCon4-2024-national-report-DRAFT"
    cleared = default_file_stem("KEN", "BMS10 2028", "cleared")
    assert cleared == "KEN-BMS10-2028-national-report-CLEARED"
    assert default_file_stem("KEN", "BMS10 2028", "submitted").endswith("-DRAFT")


def test_command_line_export(demo_copy: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "out.pdf", tmp_path / "out.xlsx"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "poa_desktop",
            "--db",
            str(demo_copy),
            "export",
            "--pdf",
            str(pdf),
            "--xlsx",
            str(xlsx),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"Wrote {pdf}" in result.stdout and f"Wrote {xlsx}" in result.stdout
    assert "Exampleland, BMS9 2026: exported in" in result.stdout
    missing = subprocess.run(
        [sys.executable, "-m", "poa_desktop", "--db", str(demo_copy), "export"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == 1
    assert "say what to write: --pdf FILE, --xlsx FILE, --package FILE.zip" in missing.stderr


def test_changes_since_an_earlier_cycle(demo_copy: Path, tmp_path: Path) -> None:
    from poa_desktop.services.answering.answers import get_answer, save_answer
    from poa_desktop.services.assessments.assessments import create_assessment
    from poa_desktop.services.reporting.export import ExportOptions

    with open_workspace(demo_copy) as ws:
        later = create_assessment(
            ws, state="Exampleland", iso_code="XEX", cycle="BMS10 2028", from_cycle="BMS9 2026"
        )
        record = get_answer(ws, later.id, "RC3-II-21")
        save_answer(ws, later.id, "RC3-II-21", record.content.with_changes(status="developing"))
        export_report(
            ws,
            pdf=tmp_path / "r.pdf",
            xlsx=tmp_path / "r.xlsx",
            options=ExportOptions(changes_since="BMS9 2026"),
        )
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "Annex E. What changed since BMS9 2026" in text
    assert "RevCon3 II.21" in text.split("Annex E.")[-1]
    book = load_workbook(tmp_path / "r.xlsx")
    sheet = next(s for s in book.worksheets if s.title.startswith("Changes since"))
    ids = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]]
    assert ids == ["RC3-II-21"]


def test_fields_of_any_length_export(demo_copy: Path, tmp_path: Path) -> None:
    """Issue 13, finding 4: a 5,000-character title and a 6,000-character cycle used to stop
    the PDF with a LayoutError; now they flow over pages and every word is in the report."""
    from poa_desktop.store import Assessment, StateProfile

    with open_workspace(demo_copy) as ws:
        with ws.db.session() as session, session.begin():
            session.query(StateProfile).one().focal_point_title = "Director " * 555 + "END"
            session.query(Assessment).one().cycle = "BMS9 2026 " * 600 + "LAST"
        result = export_report(ws, pdf=tmp_path / "long.pdf", xlsx=tmp_path / "long.xlsx")
    assert [p.name for p in result.files] == ["long.pdf", "long.xlsx"]
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "long.pdf").pages[:6])
    assert "END" in text and "LAST" in text


def test_characters_no_font_has_are_warned_about(demo_copy: Path, tmp_path: Path) -> None:
    from poa_desktop.domain.content import AnswerContent
    from poa_desktop.services.answering.answers import save_answer
    from poa_desktop.services.assessments.assessments import find_assessment

    with open_workspace(demo_copy) as ws:
        info = find_assessment(ws)
        text = "Seized 10² km² of H₂O; ½ of it; with the partner שלום."
        save_answer(ws, info.id, "BMS8-29", AnswerContent(measures_taken=text))
        result = export_report(ws, pdf=tmp_path / "r.pdf")
    assert len(result.warnings) == 1 and "ש" in result.warnings[0]
    pdf_text = "".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "10²" in pdf_text and "km²" in pdf_text and "H₂O" in pdf_text and "½" in pdf_text


def test_the_command_line_writes_the_report_in_the_language_asked(
    demo_copy: Path, tmp_path: Path
) -> None:
    """Issue 15: ``export --language fr`` writes a French PDF and workbook whatever the window
    speaks."""
    pdf, xlsx = tmp_path / "rapport.pdf", tmp_path / "rapport.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "poa_desktop", "--db", str(demo_copy), "export", "--pdf",
         str(pdf), "--xlsx", str(xlsx), "--language", "fr"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages[:3])
    assert "Rapport national" in text and "Résumé" in text
    assert "Summary" not in text and "Reporting cycle" not in text
    assert "warning" not in done.stdout
    book = load_workbook(xlsx)
    assert book.sheetnames[0] == "Réponses"
    header = [cell.value for cell in book["Réponses"][1]]
    assert "Statut" in header and "Status" not in header and "Status code" not in header
    statuses = {row[header.index("Statut")] for row in book["Réponses"].iter_rows(values_only=True)}
    assert {"Mis en œuvre", "En cours"} <= statuses and "Implemented" not in statuses
    bad = subprocess.run(
        [sys.executable, "-m", "poa_desktop", "--db", str(demo_copy), "export", "--pdf",
         str(pdf), "--language", "de"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert bad.returncode == 2 and "invalid choice: 'de'" in bad.stderr
