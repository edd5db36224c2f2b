"""PDF and Excel export of the demo assessment (writing only: the snapshot is read once)."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from bench.measure import Result, timed

PDF_TARGET_MS = 2000.0
XLSX_TARGET_MS = 1000.0


def exports() -> list[Result]:
    from poa_desktop.exchange.pdf.report import write_pdf
    from poa_desktop.exchange.workbook.writer import write_xlsx
    from poa_desktop.services.demo.build import build_demo
    from poa_desktop.services.reporting.report_data import build_report_data
    from poa_desktop.services.workspace import open_workspace

    with tempfile.TemporaryDirectory() as name, open_workspace(Path(name) / "demo.sqlite") as ws:
        build_demo(ws)
        snapshot = timed(
            "report snapshot (read the demo)", lambda _: build_report_data(ws), 10, None
        )
        data = build_report_data(ws)
    pdf = timed("PDF export (demo)", lambda _: write_pdf(data, io.BytesIO()), 5, PDF_TARGET_MS)
    xlsx = timed("Excel export (demo)", lambda _: write_xlsx(data, io.BytesIO()), 5, XLSX_TARGET_MS)
    return [snapshot, pdf, xlsx, *_import(data)]


IMPORT_TARGET_MS = 1000.0


def _import(data: object) -> list[Result]:
    """Preview and apply the demo's own workbook into a fresh cycle (backup included)."""
    from poa_desktop.exchange.workbook.writer import write_xlsx
    from poa_desktop.services.assessments.assessments import create_assessment
    from poa_desktop.services.demo.build import build_demo
    from poa_desktop.services.reporting.imports import apply_import, preview_import
    from poa_desktop.services.workspace import open_workspace

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        book = folder / "demo.xlsx"
        write_xlsx(data, book)  # type: ignore[arg-type]
        with open_workspace(folder / "demo.sqlite") as ws:
            build_demo(ws)

            def run(i: int) -> None:
                info = create_assessment(
                    ws, state="Exampleland", iso_code="XEX", cycle=f"import {i}"
                )
                apply_import(ws, preview_import(ws, book, assessment=info), author="bench")

            return [timed("import of the demo's own workbook", run, 5, IMPORT_TARGET_MS)]
