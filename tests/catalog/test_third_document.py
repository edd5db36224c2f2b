"""A third outcome document added as data (issue 17, first steps): it loads beside the two,
its one-way links work both ways, and the report counts its documents instead of saying "two"."""

from __future__ import annotations

import io
import json
import shutil
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from poa_desktop.catalog import Catalog, load_catalog
from poa_desktop.catalog.template import template_sections
from poa_desktop.domain.progress import compute_progress
from poa_desktop.domain.report import ReportData
from poa_desktop.exchange.pdf.report import PdfOptions, write_pdf
from tests.conftest import REPO
from tests.documents import synthetic_document, write_document


def third_document_catalog(folder: Path) -> Catalog:
    """The bundled catalog plus a small synthetic document (no UN text is copied)."""
    target = folder / "catalog"
    shutil.copytree(REPO / "resources" / "catalog", target)
    write_document(target / "test.json", synthetic_document(aliases=["Test Protocol", "PT"]))
    manifest = json.loads((target / "catalog.json").read_text(encoding="utf-8"))
    manifest["documents"].append("test.json")
    (target / "catalog.json").write_text(json.dumps(manifest), encoding="utf-8")
    return load_catalog(target)


def test_a_one_way_link_from_a_new_document_works_both_ways(tmp_path: Path) -> None:
    catalog = third_document_catalog(tmp_path)
    assert [d.id for d in catalog.documents] == ["BMS8", "RC3", "TEST"]
    assert catalog.get("TEST-1").related == ("BMS8-62",)
    assert "TEST-1" in catalog.get("BMS8-62").related  # made symmetric when loaded
    sections = template_sections(catalog)  # not in template.json: under "Other commitments"
    assert sections[-1].measures[-2:] == ("TEST-1", "TEST-2")


def test_the_report_prints_the_third_document_and_does_not_say_two(
    tmp_path: Path, demo_report: ReportData
) -> None:
    catalog = third_document_catalog(tmp_path)
    statuses = {cid: r.content.status for cid, r in demo_report.answers.items() if r.content.status}
    data = replace(demo_report, catalog=catalog, progress=compute_progress(catalog, statuses))
    buffer = io.BytesIO()
    write_pdf(data, buffer, PdfOptions())
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(buffer).pages).split())
    assert "two outcome documents" not in text
    assert "5. Outcome of a test meeting (TEST)" in text and "TEST para. 2" in text
    assert f"of the {len(catalog.measures)} measures that the outcome documents ask" in text


def test_a_document_without_its_text_has_no_read_in_the_source_text(
    tmp_path: Path, qtbot: QtBot
) -> None:
    from poa_desktop.services.sources import has_source_text
    from poa_desktop.ui.window.commitment_view import CommitmentView

    catalog = third_document_catalog(tmp_path)
    assert has_source_text(catalog.document("BMS8"))
    assert not has_source_text(catalog.document("TEST"))
    view = CommitmentView(catalog)
    qtbot.addWidget(view)
    view.show()
    view.show_commitment(catalog.get("BMS8-62"), {})
    assert view.ui.sourceButton.isVisible()
    view.show_commitment(catalog.get("TEST-1"), {})
    assert not view.ui.sourceButton.isVisible()


def test_references_to_the_new_document_read_by_its_own_name(tmp_path: Path) -> None:
    """No reference word in the code names it: its short title from the catalog does."""
    from poa_desktop.exchange.reading.references import (
        ReferenceMatch,
        ReferenceProblem,
        parse_reference,
    )

    catalog = third_document_catalog(tmp_path)
    assert parse_reference("TEST para. 2", catalog=catalog) == ReferenceMatch("TEST-2")
    assert parse_reference("2", document_hint="Test", catalog=catalog) == ReferenceMatch("TEST-2")
    assert parse_reference("RevCon3 ITI plan, para 5", catalog=catalog) == ReferenceMatch(
        "RC3-III-5"
    )  # the section concept ("ITI plan") comes from the catalog too
    # Aliases the catalog gives are names too, in any case and spacing.
    assert parse_reference("Test protocol, par. 2", catalog=catalog) == ReferenceMatch("TEST-2")
    assert parse_reference("PT §1", catalog=catalog) == ReferenceMatch("TEST-1")
    problem = parse_reference("TEST para 3", catalog=catalog)
    assert isinstance(problem, ReferenceProblem) and "TEST has paragraphs 1-2" in problem.reason
