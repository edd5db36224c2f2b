"""The report in the order of UNODA's template (issue 16): sections as catalog data, every
measure placed once, the PDF reading section by section."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from poa_desktop.catalog import default_catalog
from poa_desktop.catalog.loader import CatalogError
from poa_desktop.catalog.template import TEMPLATE_FILE, load_template, template_sections
from poa_desktop.domain.report import ReportData
from poa_desktop.exchange.pdf.report import PdfOptions, write_pdf
from tools import template_sections as builder


def test_every_measure_is_placed_once_in_the_template_s_order() -> None:
    catalog = default_catalog()
    sections = template_sections(catalog)
    placed = [cid for section in sections for cid in section.measures]
    assert sorted(placed) == sorted(c.id for c in catalog.measures)
    assert [s.id for s in sections][:4] == [
        "coordination",
        "point-of-contact",
        "action-plan",
        "laws",
    ]
    by_id = {s.id: s.measures for s in sections}
    assert "RC3-II-3" in by_id["point-of-contact"] and "BMS8-24" in by_id["action-plan"]


def test_the_committed_file_is_what_the_tool_builds() -> None:
    assert builder.main(["--check"]) == 0


def test_a_measure_placed_twice_is_refused_one_left_out_goes_to_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog = default_catalog()
    data = builder.placement()
    data["sections"][0]["measures"].append(data["sections"][1]["measures"][0])
    folder = tmp_path / "catalog"
    folder.mkdir()
    (folder / TEMPLATE_FILE).write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr("poa_desktop.catalog.template.resource_path", lambda *parts: folder)
    with pytest.raises(CatalogError, match="in both coordination and point-of-contact"):
        load_template(catalog)
    data["sections"][0]["measures"].pop()
    missing = data["sections"][1]["measures"].pop(0)
    (folder / TEMPLATE_FILE).write_text(json.dumps(data), encoding="utf-8")
    sections = load_template(catalog)  # a measure the file does not place: under "Other"
    assert sections[-1].id == "other" and sections[-1].measures[-1] == missing


def test_the_pdf_reads_section_by_section(demo_report: ReportData) -> None:
    buffer = io.BytesIO()
    write_pdf(demo_report, buffer, PdfOptions(order="template"))
    pages = [page.extract_text() or "" for page in PdfReader(buffer).pages]
    contents = " ".join(pages[1].split())
    assert "3. The measures in the order of UNODA’s reporting template" in contents
    assert "3.1. National coordination" in contents and "Annex A." in contents
    body = " ".join(" ".join(pages[2:]).split())
    positions = [body.index(f"3.{n}. ") for n in range(1, 14)]
    assert positions == sorted(positions)
    for commitment in demo_report.measures():
        assert re.search(re.escape(commitment.label) + r"\b", body), commitment.label


def test_export_order_template_on_the_command_line(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from poa_desktop.cli import main

    pdf = tmp_path / "report.pdf"
    assert main(["--db", str(demo_db), "export", "--pdf", str(pdf), "--order", "template"]) == 0
    contents = " ".join((PdfReader(pdf).pages[1].extract_text() or "").split())
    assert "3.12. SDG 16.4.2" in contents
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(demo_db), "export", "--pdf", str(pdf), "--order", "x"])
    assert exit_.value.code == 2
