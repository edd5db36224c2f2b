"""The whole loop of a reporting cycle, as the issue describes it, through the command line.

assign → prepare the agency workbook → the agency fills it in Excel → the focal point changes
the same answer in the app → import with the conflict → resolve → clear → the exports show
cleared. Then: a new cycle → change two answers → the change list shows exactly those two.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from poa_desktop.services.demo.content import DEMO_AGENCIES

AGENCY = DEMO_AGENCIES[1]["name"]


def cli(db: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "poa_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def fill(path: Path, answers: dict[str, tuple[str, str]]) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book["Answers"]
    rows = {str(r[0].value): r[0].row for r in sheet.iter_rows(min_row=2) if r[0].value}
    for commitment_id, (status, text) in answers.items():
        sheet.cell(row=rows[commitment_id], column=6).value = status
        sheet.cell(row=rows[commitment_id], column=7).value = text
    book.save(path)


def test_agency_clearance_and_cycle_loop(demo_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "loop.sqlite"
    shutil.copyfile(demo_template, db)
    cli(db, "assign", "--agency", AGENCY, "--id", "BMS8-35", "--id", "BMS8-39")
    book = tmp_path / "police.xlsx"
    cli(db, "agency-workbook", AGENCY, "--xlsx", str(book))
    fill(
        book,
        {
            "BMS8-35": ("Not implemented", "No brokering register yet."),
            "BMS8-39": ("Implemented", "Postal scanners at both hubs."),
        },
    )
    cli(db, "answer", "BMS8-35", "--status", "developing", "--text", "Register drafted here.")
    preview = cli(db, "agency-return", str(book), "--dry-run")
    assert "1 update(s), 1 conflict(s)" in preview and "conflict BMS8-35" in preview
    cli(db, "agency-return", str(book), "--choose", "BMS8-35=agency")
    history = cli(db, "history", "BMS8-35")
    assert f"contributed by {AGENCY}" in history
    assert "{+No brokering register yet+}." in history  # the word diff of the agency's text

    cli(db, "submit", "--officer", "Lena Marov")
    cli(db, "clear", "--authority", "Minister A. Example", "--accept-open-items")
    cli(db, "export", "--pdf", str(tmp_path / "r.pdf"), "--xlsx", str(tmp_path / "r.xlsx"))
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "Cleared by Minister A. Example" in text and "DRAFT" not in text
    about = openpyxl.load_workbook(tmp_path / "r.xlsx")["About"]
    assert "cleared" in [str(row[1]).lower() for row in about.iter_rows(values_only=True)]

    cli(
        db,
        "new-assessment",
        "--state",
        "Exampleland",
        "--iso",
        "XEX",
        "--cycle",
        "BMS10 2028",
        "--from",
        "BMS9 2026",
    )
    cli(db, "answer", "RC3-II-21", "--status", "not-implemented")
    cli(db, "answer", "RC3-III-4", "--status", "implemented", "--text", "New marking law.")
    changes = json.loads(cli(db, "changes", "--since", "BMS9 2026", "--json"))
    assert [c["id"] for c in changes["changes"]] == ["RC3-II-21", "RC3-III-4"]
