"""Cover, contents and summary: what a reader sees before the measures.

The cover carries what a clearing official checks before signing (State, cycle, date, focal
point, clearance); the summary gives the counts as a chart and a table and lists assistance needs.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, HRFlowable, PageBreak, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from poa_desktop.domain.progress import ProgressRow
from poa_desktop.domain.report import ReportData
from poa_desktop.domain.status import COUNT_KEYS, NOT_ASSESSED, status_label
from poa_desktop.exchange.pdf.chart import status_chart
from poa_desktop.exchange.pdf.flowables import TocHeading, long_date
from poa_desktop.exchange.pdf.fonts import SANS, clean, markup
from poa_desktop.exchange.pdf.story import kinds_text, para, shorten, text_cell
from poa_desktop.exchange.pdf.styles import (
    ACCENT,
    RULE,
    SHADE,
    TEXT_WIDTH,
    cell,
    data_table,
    styles,
)

TITLE = (
    "National report of {state} on the implementation of the Programme of Action to Prevent, "
    "Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects "
    "and the International Tracing Instrument"
)
STATUS_WORDS = {
    "draft": "Draft, not cleared",
    "submitted": "Submitted for clearance, not yet cleared",
    "cleared": "Cleared",
}


def clearance_text(data: ReportData) -> str:
    if data.status != "cleared":
        return ""
    text = "Cleared"
    if data.cleared_by:
        text += f" by {markup(data.cleared_by)}"
    if data.cleared_on:
        text += f" on {long_date(data.cleared_on.date())}"
    return text


def cover(data: ReportData) -> list[Flowable]:
    focal = data.focal_point
    rows = [
        ("Reporting cycle", markup(data.cycle)),
        ("Date", long_date(data.generated_at.date())),
        ("Status", STATUS_WORDS.get(data.status) or markup(data.status)),
        ("Outcome documents", "; ".join(markup(d.title) for d in data.catalog.documents)),
    ]
    person = [
        f"<b>{markup(focal.name)}</b>" if focal.name else "Not named",
        *(markup(v) for v in (focal.title, focal.email, focal.phone) if v),
    ]
    rows.append(("National focal point", "<br/>".join(person)))
    table = Table(
        [[cell(k, "CoverLabel"), cell(v, "CoverValue")] for k, v in rows],
        colWidths=[4.0 * cm, TEXT_WIDTH - 4.0 * cm],
        splitInRow=1,  # a value of any length flows onto the next page (issue 13)
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ]
        )
    )
    story: list[Flowable] = [
        Spacer(1, 1.6 * cm),
        para(
            "Voluntary national report to the United Nations Office for Disarmament Affairs",
            "CoverKicker",
        ),
        Spacer(1, 0.5 * cm),
        para(markup(data.state), "CoverState"),
        Spacer(1, 0.4 * cm),
        HRFlowable(width="100%", thickness=1.4, color=ACCENT, spaceBefore=2, spaceAfter=14),
        para(markup(TITLE.format(state=clean(data.state))), "CoverTitle"),
        Spacer(1, 1.2 * cm),
        table,
    ]
    stamp = clearance_text(data)
    if stamp:
        story += [Spacer(1, 0.8 * cm), para(stamp, "ClearedStamp")]
    story += [
        Spacer(1, 1.4 * cm),
        para(
            f"Prepared with poa-desktop {markup(data.app_version)} (commitment catalog "
            f"{markup(data.catalog.version)}). The text of each commitment is quoted verbatim "
            "from the outcome documents.",
            "CoverSmall",
        ),
        PageBreak(),
    ]
    return story


def contents() -> list[Flowable]:
    toc = TableOfContents(
        levelStyles=[styles()["TOC0"], styles()["TOC1"], styles()["TOC2"]],
        dotsMinLevel=0,
        rightColumnWidth=1.2 * cm,
        tableStyle=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ]
        ),
    )
    return [para("Contents", "H0"), Spacer(1, 4), toc, PageBreak()]


ABBREVIATIONS = (
    (
        "the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small "
        "Arms and Light Weapons in All Its Aspects",
        "the Programme of Action",
    ),
    (
        "the International Instrument to Enable States to Identify and Trace, in a Timely and "
        "Reliable Manner, Illicit Small Arms and Light Weapons",
        "the International Tracing Instrument",
    ),
)


def short_title(title: str) -> str:
    """A section title for a table row: the instruments by their short names, at most 120
    characters (the body prints every heading in full)."""
    text = clean(title)
    for long, short in ABBREVIATIONS:
        text = text.replace(long, short)
    return shorten(text, 120)


def _count_table(data: ReportData) -> Flowable:
    catalog = data.catalog
    titles = {s.key: short_title(f"{s.label} {s.title}") for s in catalog.sections()}
    header = ["Measures", *(status_label(k) for k in COUNT_KEYS), "Total"]
    rows: list[tuple[str, ProgressRow]] = []
    bold_rows: list[int] = []
    for document in data.progress.documents:
        sections = [r for r in data.progress.sections if r.key.startswith(f"{document.key}:")]
        bold_rows.append(len(rows) + 1)
        rows.append((f"<b>{markup(document.label)}</b>", document))
        rows += [(markup(titles.get(r.key, r.label)), r) for r in sections]
    bold_rows.append(len(rows) + 1)
    rows.append(("<b>All measures</b>", data.progress.overall))
    body = [
        [
            cell(label),
            *(cell(str(r.counts.get(k, 0)), "CellRight") for k in COUNT_KEYS),
            cell(str(r.total), "CellRight"),
        ]
        for label, r in rows
    ]
    total = 1.2 * cm
    status = 2.1 * cm
    first = TEXT_WIDTH - total - status * len(COUNT_KEYS)
    widths = [first, *([status] * len(COUNT_KEYS)), total]
    table = data_table(header, body, widths, right_from=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, r), (-1, r), SHADE) for r in bold_rows]))
    return table


def summary(data: ReportData) -> list[Flowable]:
    overall = data.progress.overall
    counts = ", ".join(
        f"{overall.counts.get(k, 0)} {status_label(k).lower()}" for k in COUNT_KEYS[:-1]
    )
    text = (
        f"{markup(data.state)} has assessed {overall.answered} of the {overall.total} measures "
        f"that the two outcome documents ask States to take: {counts}"
    )
    missing = overall.counts.get(NOT_ASSESSED, 0)
    text += f"; {missing} are not yet assessed." if missing else "."
    rows = [overall, *data.progress.sections]
    story: list[Flowable] = [
        TocHeading(
            "1. Summary", "H0", key="summary", plain="1. Summary", toc_level=0, outline_level=0
        ),
        para(text, "BodySpaced"),
        TocHeading(
            "Status of the measures",
            "H1",
            key="summary-status",
            plain="Status of the measures",
            toc_level=1,
            outline_level=1,
        ),
        status_chart(rows, TEXT_WIDTH),
        para(
            "Figure 1. Measures by status, for each section of the outcome documents. Each "
            "status has its own fill pattern as well as its own colour.",
            "Caption",
        ),
        Spacer(1, 10),
        _count_table(data),
        para("Table 1. Measures by status, for each outcome document and section.", "Caption"),
    ]
    story += assistance_summary(data)
    story.append(PageBreak())
    return story


def assistance_summary(data: ReportData) -> list[Flowable]:
    needs = [
        (c, r.content)
        for c in data.measures()
        if (r := data.answer(c.id)) is not None and r.content.assistance_needed
    ]
    story: list[Flowable] = [
        TocHeading(
            "Assistance needed",
            "H1",
            key="summary-assistance",
            plain="Assistance needed",
            toc_level=1,
            outline_level=1,
        ),
    ]
    if not needs:
        return [*story, para("No assistance needs are recorded.", "Body")]
    by_kind = {t.id: 0 for t in data.catalog.assistance_kinds}
    for _, content in needs:
        for kind in content.assistance_kinds:
            by_kind[kind] = by_kind.get(kind, 0) + 1
    kinds = "; ".join(f"{markup(kinds_text(data, [k]))}: {n}" for k, n in by_kind.items() if n)
    story.append(
        para(
            f"Assistance is needed for {len(needs)} measures. By kind: {kinds}. Annex A gives "
            "the text of each commitment and the assistance offered.",
            "BodySpaced",
        )
    )
    rows = [
        [
            cell(f"<b>{markup(c.label)}</b>"),
            cell(markup(kinds_text(data, content.assistance_kinds))),
            text_cell(content.assistance_description),
        ]
        for c, content in needs
    ]
    widths = [2.8 * cm, 3.4 * cm, TEXT_WIDTH - 6.2 * cm]
    story.append(data_table(["Commitment", "Kinds", "Description"], rows, widths))
    return story
