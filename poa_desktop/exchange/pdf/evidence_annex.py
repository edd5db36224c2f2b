"""Annex F. Evidence files: what supports the answers, listed so a reader can ask for a file and
check it (name, size, SHA-256); the files themselves travel in the submission package.

Only when some answer has evidence attached: an empty annex would only add a page.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak

from poa_desktop.domain.report import ReportData
from poa_desktop.exchange.language import say, say_count
from poa_desktop.exchange.pdf.annexes import annex_heading
from poa_desktop.exchange.pdf.fonts import fill, markup
from poa_desktop.exchange.pdf.story import para
from poa_desktop.exchange.pdf.styles import TEXT_WIDTH, cell, data_table


def file_size(size: int) -> str:
    """Bytes in the unit a person reads: 812 B, 14 KB, 3.2 MB."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def annex_evidence(data: ReportData) -> list[Flowable]:
    if not data.evidence:
        return []
    labels = {c.id: c.label for c in data.catalog}
    story: list[Flowable] = [
        PageBreak(),
        annex_heading(say("Annex F. Evidence files"), "annex-f", 0),
        para(
            fill(
                say_count(
                    len(data.evidence),
                    "%n file supports the answers. It is identified by its SHA-256 digest, "
                    "which the submission package's manifest repeats, so a copy can be checked."
                    "|%n files support the answers. Each is identified by its SHA-256 digest, "
                    "which the submission package's manifest repeats, so a copy can be checked.",
                )
            ),
            "BodySpaced",
        ),
    ]
    rows = [
        [
            cell(f"<b>{markup(labels.get(row.commitment_id, row.commitment_id))}</b>"),
            cell(markup(row.filename)),
            cell(markup(file_size(row.size))),
            cell(f"{row.sha256[:32]}<br/>{row.sha256[32:]}", "Caption"),
        ]
        for row in data.evidence
    ]
    widths = [3.4 * cm, TEXT_WIDTH - 3.4 * cm - 2.0 * cm - 5.4 * cm, 2.0 * cm, 5.4 * cm]
    header = [fill(say("Commitment")), fill(say("File")), fill(say("Size")), "SHA-256"]
    story.append(data_table(header, rows, widths))
    return story
