"""The body of the report: each outcome document in its own order, one block per measure.

Declarations and procedural paragraphs are not assessed, so they are not reproduced: a note under
each document names them. Headings and lead-ins are printed only where measures follow them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Spacer

from poa_desktop.catalog import Commitment
from poa_desktop.catalog.validation import format_value
from poa_desktop.domain.catalog import (
    Document,
    FieldDefinition,
    FieldGroup,
    FieldValue,
    OutlineItem,
)
from poa_desktop.domain.content import LAW_AREAS, AnswerContent, Law
from poa_desktop.domain.fields import field_label
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.domain.report import ReportData
from poa_desktop.domain.status import NOT_ASSESSED
from poa_desktop.domain.text import shorten as shorten_text
from poa_desktop.exchange.language import kind_words, say, status_with_template, term, texts
from poa_desktop.exchange.pdf.flowables import (
    FieldRow,
    MeasureBlock,
    MeasureHeader,
    TocHeading,
    long_date,
)
from poa_desktop.exchange.pdf.fonts import clean, fill, markup
from poa_desktop.exchange.pdf.styles import (
    FRAME_HEIGHT,
    Para,
    styles,
)

Tick = Callable[[], None]
KEEP_LIMIT = 0.3 * FRAME_HEIGHT  # at most this much of a page is left blank before a measure


@dataclass(frozen=True)
class StoryOptions:
    full_text: bool = True
    include_unanswered: bool = True


def para(text: str, style: str = "Body") -> Para:
    return Para(text, styles()[style])


def text_paragraphs(text: str, style: str = "FieldValue") -> list[Flowable]:
    """User text as paragraphs: a blank line starts a new one, a line break stays."""
    blocks = [b.strip() for b in clean(text).split("\n\n")]
    return [para(markup(b, breaks=True), style) for b in blocks if b]


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary with an ellipsis (long official texts in a narrow column)."""
    return shorten_text(clean(text), limit, at_word=True)


def text_cell(text: str) -> list[Flowable]:
    """A table cell holding user text (line breaks kept); a dash when empty."""
    return text_paragraphs(text, "Cell") or [para("\u2013", "Cell")]


def kinds_text(data: ReportData, kinds: Iterable[str]) -> str:
    """The assistance kinds by their labels in the report's language (plain text)."""
    return kind_words(kinds, data.catalog.assistance_kinds)


def law_markup(law: Law) -> str:
    """Original title, English title in italics, year, and the link when it is a web address."""
    text = markup(law.title_original)
    if law.title_english.strip():
        text += f" (<i>{markup(law.title_english)}</i>)"
    if law.year:
        text += f", {law.year}"
    link = clean(law.link).strip()
    if link.startswith(("http://", "https://")):
        href = escape(link, {'"': "&quot;"})
        text += f'. <link href="{href}" color="#1d3f66">{escape(link)}</link>'
    elif link:
        text += f". {markup(link)}"
    if law.area in LAW_AREAS:
        text += f". <i>{markup(term(LAW_AREAS[law.area]))}</i>"
    if law.description.strip():
        text += f": {markup(law.description)}"
    return text


def shown(record: AnswerRecord | None, options: StoryOptions) -> bool:
    """Whether a measure appears: unanswered ones (no status, nothing written) only by option."""
    if options.include_unanswered:
        return True
    return record is not None and (record.content.status is not None or not record.content.is_blank)


def field_value_text(definition: FieldDefinition, value: FieldValue) -> str:
    """A report field's value in the report's language: yes or no, a count with its unit."""
    if isinstance(value, bool):
        return say("Yes") if value else say("No")
    if definition.type == "integer" and isinstance(value, int) and definition.unit:
        return f"{format_value(replace(definition, unit=''), value)} {term(definition.unit)}"
    return format_value(definition, value)


def groups_with_values(data: ReportData) -> list[FieldGroup]:
    """The report field groups with at least one value, in the catalog's order: the parts of
    the National data chapter (2.1, 2.2...), which the measures refer to."""
    return [
        g for g in data.catalog.field_groups if any(f.id in data.field_values for f in g.fields)
    ]


def answer_rows(data: ReportData, content: AnswerContent, commitment_id: str) -> list[Flowable]:
    """A field row for every filled field of the answer, then the report field tables."""
    rows: list[Flowable] = []

    def add(name: str, values: list[Flowable]) -> None:
        if values:
            rows.append(FieldRow(term(field_label(name)), values))

    add("measures_taken", text_paragraphs(content.measures_taken))
    add("laws", [para(law_markup(law), "FieldValue") for law in content.laws])
    add(
        "agencies",
        [para(", ".join(markup(a) for a in content.agencies), "FieldValue")]
        if content.agencies
        else [],
    )
    add("challenges", text_paragraphs(content.challenges))
    if content.assistance_needed:
        kinds = kinds_text(data, content.assistance_kinds)
        first = fill(say("Yes. <i>Kinds:</i> %1."), markup(kinds)) if kinds else fill(say("Yes."))
        add(
            "assistance_needed",
            [para(first, "FieldValue"), *text_paragraphs(content.assistance_description)],
        )
    add("assistance_offered", text_paragraphs(content.assistance_offered))
    target = text_paragraphs(content.national_target)
    if content.target_date:
        when = markup(long_date(content.target_date))
        target.append(para(fill(say("<i>Target date:</i> %1"), when), "FieldValue"))
    add("national_target", target)
    # Report fields are printed once, in the National data chapter; the measure points there.
    groups = [
        g
        for g in data.catalog.field_groups_for(commitment_id)
        if any(f.id in data.field_values for f in g.fields)
    ]
    if groups:
        numbers = {g.id: f"2.{n}" for n, g in enumerate(groups_with_values(data), start=1)}
        where = "; ".join(f"{numbers[g.id]} {markup(term(g.label))}" for g in groups)
        see = para(fill(say("See National data: %1."), where), "FieldValue")
        rows.append(FieldRow(say("Report data"), [see]))
    return rows


def measure_block(
    data: ReportData, commitment: Commitment, options: StoryOptions
) -> list[Flowable]:
    record = data.answer(commitment.id)
    content = record.content if record else AnswerContent()
    status_key = content.status or NOT_ASSESSED
    official = commitment.text_in(texts().language)  # the document's own version, if held
    text = official.text if official else commitment.text
    first = text[: end + 1] if (end := text.find(". ")) >= 0 else text
    if not options.full_text and first != text:
        text = first + " [\u2026]"
    header = MeasureHeader(commitment.label, status_key, status_with_template(content.status))
    rows = answer_rows(data, content, commitment.id)
    head = [header, para(markup(text), "Commitment"), *rows[:1]]
    if commitment.expired is not None:  # its deadline passed, or a later text replaced it
        head.insert(
            1, para(fill(say("No longer current: %1"), markup(commitment.expired.note)), "Note")
        )
    return [MeasureBlock(head, rows[1:], KEEP_LIMIT), Spacer(1, 7)]


def _ranges(commitments: list[Commitment]) -> str:
    """'BMS8 para. 1–20' or 'RevCon3 I.1–20, V.1–16': consecutive paragraphs joined."""
    runs: list[list[Commitment]] = []
    for c in commitments:
        if runs and runs[-1][-1].section == c.section and runs[-1][-1].number + 1 == c.number:
            runs[-1].append(c)
        else:
            runs.append([c])
    parts = []
    for run in runs:
        label = run[0].label
        parts.append(label if len(run) == 1 else f"{label}\u2013{run[-1].number}")
    return ", ".join(parts)


def not_assessed_note(document: Document) -> str:
    """Which paragraphs of the document are not assessed, in the report's language (markup)."""
    declaratory = [c for c in document.commitments if c.kind == "declaration"]
    procedural = [c for c in document.commitments if c.kind == "procedural"]
    if declaratory and procedural:
        return fill(
            say(
                "The declaratory paragraphs (%1) and the procedural paragraphs (%2) are not "
                "assessed and are not reproduced here; this section covers the measures only."
            ),
            markup(_ranges(declaratory)),
            markup(_ranges(procedural)),
        )
    if declaratory:
        return fill(
            say(
                "The declaratory paragraphs (%1) are not assessed and are not reproduced here; "
                "this section covers the measures only."
            ),
            markup(_ranges(declaratory)),
        )
    if procedural:
        return fill(
            say(
                "The procedural paragraphs (%1) are not assessed and are not reproduced here; "
                "this section covers the measures only."
            ),
            markup(_ranges(procedural)),
        )
    return ""


def _has_measures_until(
    outline: tuple[OutlineItem, ...], start: int, level: int, visible: set[str]
) -> bool:
    """Whether a visible measure follows before the next heading at ``level`` or above."""
    for item in outline[start + 1 :]:
        if item.type == "heading" and item.heading and item.heading.level <= level:
            return False
        if item.type == "paragraph" and item.paragraph_id in visible:
            return True
    return False


def _section_level(document: Document) -> int:
    """Outline level of the headings that open the document's sections with measures.

    BMS8 nests its parts A-D under an "Annex" heading, RevCon3 starts at parts I-V; the contents
    lists sections and one level below, whatever the nesting.
    """
    with_measures = {c.section for c in document.commitments if c.assessed}
    openers = {(s.label, s.title) for s in document.sections if s.id in with_measures}
    levels = [
        item.heading.level
        for item in document.outline
        if item.heading and (item.heading.label, item.heading.title) in openers
    ]
    return min(levels, default=1)


def document_story(
    data: ReportData, document: Document, number: int, options: StoryOptions, tick: Tick
) -> list[Flowable]:
    visible = {
        c.id for c in document.commitments if c.assessed and shown(data.answer(c.id), options)
    }
    title = f"{number}. {document.title} ({document.short_title})"
    story: list[Flowable] = [
        TocHeading(
            markup(title),
            "H0",
            key=f"doc-{document.id}",
            plain=clean(title),
            toc_level=0,
            outline_level=0,
        )
    ]
    source = document.source
    about = markup(document.meeting)
    if source.symbol:
        about += ". " + fill(say("Source: %1"), markup(source.symbol))
    story.append(para(about + ".", "Note"))
    note = not_assessed_note(document)
    if note:
        story.append(para(note, "Note"))
    if not visible:
        message = say("No measure of this document has been assessed yet.")
        story.append(para(fill(message), "Body"))
    story.append(Spacer(1, 6))
    base = _section_level(document)
    level = 0
    for index, item in enumerate(document.outline):
        if item.type == "heading" and item.heading:
            level = item.heading.level
            if not _has_measures_until(document.outline, index, level, visible):
                continue
            heading = item.heading
            style = f"H{min(heading.level, 4)}"
            depth = heading.level - base + 1
            toc = depth if 1 <= depth <= 2 else None
            story.append(
                TocHeading(
                    markup(heading.display),
                    style,
                    key=f"{document.id}-h{index}",
                    plain=clean(heading.display),
                    toc_level=toc,
                    outline_level=toc,
                )
            )
        elif item.type == "text" and item.lead_in and item.text:
            if _has_measures_until(document.outline, index, level, visible):
                story.append(para(markup(item.text), "LeadIn"))
        elif item.type == "paragraph" and item.paragraph_id in visible:
            story += measure_block(data, data.catalog.get(item.paragraph_id), options)
            tick()
    return story
