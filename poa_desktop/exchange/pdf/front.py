"""Cover and summary: what a reader sees before the measures (the contents: ``contents``).

The cover carries what a clearing official checks before signing (State, cycle, date, focal
point, clearance); the summary gives the counts as a chart and a table and lists assistance needs.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from poa_desktop.domain.progress import ProgressRow
from poa_desktop.domain.report import ReportData
from poa_desktop.domain.status import COUNT_KEYS, NOT_ASSESSED, status_label
from poa_desktop.domain.text import arg
from poa_desktop.exchange.language import right_to_left, say, say_count, term, texts
from poa_desktop.exchange.pdf.chart import status_chart
from poa_desktop.exchange.pdf.flowables import TocHeading, long_date
from poa_desktop.exchange.pdf.fonts import SANS, clean, fill, markup
from poa_desktop.exchange.pdf.story import kinds_text, para, text_cell
from poa_desktop.exchange.pdf.styles import (
    ACCENT,
    RULE,
    SHADE,
    TEXT_WIDTH,
    cell,
    data_table,
    in_order,
)


def state_name(data: ReportData) -> str:
    """The State's name in the report's language (its UN name where known), plain text."""
    return data.state_in(texts().language)


def _title() -> str:
    return say(
        "National report of %1 on the implementation of the Programme of Action to "
        "Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons "
        "in All Its Aspects and the International Tracing Instrument"
    )


def title(state: str) -> str:
    """The report's full title, naming the State (plain text, for the PDF's properties)."""
    return arg(_title(), clean(state))


def status_words(status: str) -> str:
    """The report's clearance status in words (plain text); an unknown status as it is."""
    if status == "draft":
        return say("Draft, not cleared")
    if status == "submitted":
        return say("Submitted for clearance, not yet cleared")
    if status == "cleared":
        return say("Cleared")
    return status


def clearance_text(data: ReportData) -> str:
    """Who cleared the report and when (markup), "" until it is cleared."""
    if data.status != "cleared":
        return ""
    who = markup(data.cleared_by) if data.cleared_by else ""
    when = markup(long_date(data.cleared_on.date())) if data.cleared_on else ""
    if who and when:
        return fill(say("Cleared by %1 on %2"), who, when)
    if who:
        return fill(say("Cleared by %1"), who)
    if when:
        return fill(say("Cleared on %1"), when)
    return fill(say("Cleared"))


def period_text(data: ReportData) -> str:
    """The reporting period written out in the report's language (markup), or "Not stated"."""
    start, end = data.period_start, data.period_end
    if start is not None and end is not None:
        return fill(say("%1 – %2"), markup(long_date(start)), markup(long_date(end)))
    if start is not None:
        return fill(say("From %1"), markup(long_date(start)))
    if end is not None:
        return fill(say("Until %1"), markup(long_date(end)))
    return fill(say("Not stated"))


def signature_block() -> list[Flowable]:
    """Where the transmitting authority signs the printed report: name and title, signature,
    date, each on a ruled line (a ministry sends the report under a signature)."""
    labels = (say("Transmitted by (name and title)"), say("Signature"), say("Date"))
    rows = [[cell(fill(label), "CoverLabel"), cell("", "CoverValue")] for label in labels]
    table = Table(
        [in_order(row) for row in rows],
        colWidths=in_order([5.2 * cm, TEXT_WIDTH - 5.2 * cm]),
        rowHeights=[0.8 * cm] * len(rows),
        hAlign="RIGHT" if right_to_left() else "LEFT",
    )
    value_column = 0 if right_to_left() else 1
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("LINEBELOW", (value_column, 0), (value_column, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [para(fill(say("For transmission")), "CoverSmall"), Spacer(1, 0.1 * cm), table]


def cover(data: ReportData) -> list[Flowable]:
    focal = data.focal_point
    rows = [
        (say("Reporting cycle"), markup(data.cycle)),
        (say("Reporting period"), period_text(data)),
        (say("Date"), markup(long_date(data.generated_at.date()))),
        (say("Status"), fill(status_words(data.status))),
        # The meetings, one line each; the documents' full titles head their chapters.
        (say("Outcome documents"), "<br/>".join(markup(d.meeting) for d in data.catalog.documents)),
    ]
    person = [
        f"<b>{markup(focal.name)}</b>" if focal.name else fill(say("Not named")),
        *(markup(v) for v in (focal.title, focal.email, focal.phone) if v),
    ]
    rows.append((say("National focal point"), "<br/>".join(person)))
    table = Table(
        [in_order([cell(fill(k), "CoverLabel"), cell(v, "CoverValue")]) for k, v in rows],
        colWidths=in_order([4.0 * cm, TEXT_WIDTH - 4.0 * cm]),
        splitInRow=1,  # a value of any length flows onto the next page (issue 13)
        hAlign="RIGHT" if right_to_left() else "LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("RIGHTPADDING" if right_to_left() else "LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ]
        )
    )
    story: list[Flowable] = [
        Spacer(1, 0.8 * cm),
        para(
            fill(
                say(
                    "Voluntary national report to the United Nations Office for Disarmament Affairs"
                )
            ),
            "CoverKicker",
        ),
        Spacer(1, 0.5 * cm),
        para(markup(state_name(data)), "CoverState"),
        Spacer(1, 0.4 * cm),
        HRFlowable(width="100%", thickness=1.4, color=ACCENT, spaceBefore=2, spaceAfter=14),
        para(fill(_title(), markup(state_name(data))), "CoverTitle"),
        Spacer(1, 0.8 * cm),
        table,
    ]
    story.append(PageBreak())
    return story


def cover_foot(data: ReportData) -> list[Flowable]:
    """The clearance stamp, the signature block and how the report was prepared, at the foot
    of the cover whatever the length of what is above (the page draws them, so they never push
    the cover onto a second page)."""
    prepared = fill(
        say(
            "Prepared with poa-desktop %1 (commitment catalog %2). The text of each commitment "
            "is quoted verbatim from the outcome documents."
        ),
        markup(data.app_version),
        markup(data.catalog.version),
    )
    language = texts().language
    if language != "en" and any(c.text_in(language) is None for c in data.measures()):
        english = say(
            "The commitments are quoted in English, the language of the outcome documents "
            "held by this application."
        )
        prepared += " " + fill(english)
    stamp = clearance_text(data)
    cleared = [para(stamp, "ClearedStamp"), Spacer(1, 0.4 * cm)] if stamp else []
    return [*cleared, *signature_block(), Spacer(1, 0.4 * cm), para(prepared, "CoverSmall")]


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
    """A section title for a table row: the instruments by their short names, never cut (a
    signatory reads "…" as something left out); the cell wraps."""
    text = clean(title)
    for long, short in ABBREVIATIONS:
        text = text.replace(long, short)
    return text


def _count_table(data: ReportData) -> Flowable:
    catalog = data.catalog
    titles = {s.key: short_title(f"{s.label} {s.title}") for s in catalog.sections()}
    header = [
        fill(say("Measures")),
        *(markup(term(status_label(k))) for k in COUNT_KEYS),
        fill(say("Total")),
    ]
    rows: list[tuple[str, ProgressRow]] = []
    bold_rows: list[int] = []
    for document in data.progress.documents:
        sections = [r for r in data.progress.sections if r.key.startswith(f"{document.key}:")]
        bold_rows.append(len(rows) + 1)
        rows.append((f"<b>{markup(document.label)}</b>", document))
        rows += [(markup(titles.get(r.key, r.label)), r) for r in sections]
    bold_rows.append(len(rows) + 1)
    rows.append((f"<b>{fill(say('All measures'))}</b>", data.progress.overall))
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
        f"{overall.counts.get(k, 0)} {markup(term(status_label(k)).lower())}"
        for k in COUNT_KEYS[:-1]
    )
    missing = overall.counts.get(NOT_ASSESSED, 0)
    values = (markup(state_name(data)), str(overall.answered), str(overall.total), counts)
    if missing:
        text = fill(
            say(
                "%1 has assessed %2 of the %3 measures that the outcome documents ask "
                "States to take: %4; %5 are not yet assessed."
            ),
            *values,
            str(missing),
        )
    else:
        text = fill(
            say(
                "%1 has assessed %2 of the %3 measures that the outcome documents ask "
                "States to take: %4."
            ),
            *values,
        )
    rows = [overall, *data.progress.sections]
    heading = say("1. Summary")
    status_heading = say("Status of the measures")
    story: list[Flowable] = [
        TocHeading(fill(heading), "H0", key="summary", plain=heading, toc_level=0, outline_level=0),
        para(text, "BodySpaced"),
        TocHeading(
            fill(status_heading),
            "H1",
            key="summary-status",
            plain=status_heading,
            toc_level=1,
            outline_level=1,
        ),
        status_chart(rows, TEXT_WIDTH),
        para(
            fill(
                say(
                    "Figure 1. Measures by status, for each section of the outcome documents. "
                    "Each status has its own fill pattern as well as its own colour."
                )
            ),
            "Caption",
        ),
        Spacer(1, 10),
        _count_table(data),
        para(
            fill(say("Table 1. Measures by status, for each outcome document and section.")),
            "Caption",
        ),
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
    heading = say("Assistance needed")
    story: list[Flowable] = [
        TocHeading(
            fill(heading),
            "H1",
            key="summary-assistance",
            plain=heading,
            toc_level=1,
            outline_level=1,
        ),
    ]
    if not needs:
        return [*story, para(fill(say("No assistance needs are recorded.")), "Body")]
    by_kind = {t.id: 0 for t in data.catalog.assistance_kinds}
    for _, content in needs:
        for kind in content.assistance_kinds:
            by_kind[kind] = by_kind.get(kind, 0) + 1
    kinds = "; ".join(f"{markup(kinds_text(data, [k]))}: {n}" for k, n in by_kind.items() if n)
    story.append(
        para(
            fill(
                say_count(
                    len(needs),
                    "Assistance is needed for %n measure. By kind: %1. Annex A gives the text "
                    "of the commitment and the assistance offered.|Assistance is needed for %n "
                    "measures. By kind: %1. Annex A gives the text of each commitment and the "
                    "assistance offered.",
                ),
                kinds,
            ),
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
    header = [fill(say("Commitment")), fill(say("Kinds")), fill(say("Description"))]
    story.append(data_table(header, rows, widths))
    return story
