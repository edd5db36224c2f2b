"""An expired measure in the PDF: still reported, with the catalog's note under its header."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from poa_desktop.domain.content import AnswerContent
from poa_desktop.exchange.pdf.report import PdfOptions, write_pdf
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.assessments.assessments import create_assessment
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import open_workspace


def test_the_note_is_printed_under_the_expired_measure_s_header(db_path: Path) -> None:
    with open_workspace(db_path) as ws:
        info = create_assessment(ws, state="Ghana", cycle="BMS10 2028", author="Ama")
        for commitment_id in ("BMS8-27", "BMS8-28"):
            content = AnswerContent(status="implemented", measures_taken="Reported in 2024.")
            save_answer(ws, info.id, commitment_id, content, author="Ama")
        data = build_report_data(ws)
    expired = data.catalog.get("BMS8-27").expired
    assert expired is not None
    buffer = io.BytesIO()
    write_pdf(data, buffer, PdfOptions(include_unanswered=False))
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(buffer.getvalue())).pages]
    text = " ".join(" ".join(pages).split())
    header = text.index("BMS8 para. 27")
    note = text.index("No longer current: " + expired.note[:60])
    body = text.index("To submit voluntary national reports")
    assert header < note < body < text.index("BMS8 para. 28")
    assert text.count("No longer current:") == 1  # BMS8-28 has no such note
