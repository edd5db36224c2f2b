"""Annex F. Evidence files: what supports the answers, listed so a reader can ask for a file and
check it (name, size, SHA-256); the files themselves travel in the submission package.

Only when some answer has evidence attached: an empty annex would only add a page.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak

from poa_desktop.domain.report import ReportData
from poa_desktop.domain.text import format_size
from poa_desktop.exchange.language import say, say_count
from poa_desktop.exchange.pdf.flowables import part_heading
from poa_desktop.exchange.pdf.fonts import fill, markup
from poa_desktop.exchange.pdf.story import para
from poa_desktop.exchange.pdf.styles import TEXT_WIDTH, cell, data_table


def annex_evidence(data: ReportData) -> list[Flowable]:
    if not data.evidence:
        return []
    labels = {c.id: c.label for c in data.catalog}
    story: list[Flowable] = [
        PageBreak(),
        part_heading(say("Annex F. Evidence files"), "annex-f", 0),
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
            cell(markup(format_size(row.size))),
            cell(f"{row.sha256[:32]}<br/>{row.sha256[32:]}", "Caption"),
        ]
        for row in data.evidence
    ]
    widths = [3.4 * cm, TEXT_WIDTH - 3.4 * cm - 2.0 * cm - 5.4 * cm, 2.0 * cm, 5.4 * cm]
    header = [fill(say("Commitment")), fill(say("File")), fill(say("Size")), "SHA-256"]
    story.append(data_table(header, rows, widths))
    return story
