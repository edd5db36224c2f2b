"""The voluntary national report as PDF: cover, contents, summary, the measures, annexes.

``write_pdf(data, target)`` turns a :class:`ReportData` snapshot into an A4 report built with
reportlab platypus: bundled Noto fonts embedded as subsets, a contents page with page numbers
(two layout passes), "Page X of Y" footers from a numbered canvas, and a diagonal DRAFT watermark
on every page until the assessment is cleared. No Qt and no database: it runs off the UI thread.

The report is written in one of the six UN languages (``PdfOptions.language``), whatever the
window's language: every word of its own comes from ``language.say`` and ``language.term``; the
State's answers and the catalog's texts print as they are. An Arabic report is laid out right to
left (mirrored styles, tables, header and footer).

Scripts: Latin, Greek, Cyrillic print fully; Chinese, Japanese and Korean print with real glyphs
(Droid Sans Fallback); Arabic prints shaped (joined letters) and right to left in Noto Sans Arabic,
in a report of any language. See ``fonts`` and ``visual``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from poa_desktop.domain.report import ReportData
from poa_desktop.domain.text import arg
from poa_desktop.exchange.language import report_language, right_to_left, say
from poa_desktop.exchange.pdf.annexes import (
    annex_assistance,
    annex_changes,
    annex_contacts,
    annex_laws,
    annex_open_items,
)
from poa_desktop.exchange.pdf.evidence_annex import annex_evidence
from poa_desktop.exchange.pdf.flowables import TocHeading, long_date
from poa_desktop.exchange.pdf.fonts import SANS, clean, fill, markup
from poa_desktop.exchange.pdf.front import (
    clearance_text,
    contents,
    cover,
    cover_foot,
    state_name,
    status_words,
    summary,
)
from poa_desktop.exchange.pdf.front import title as report_title
from poa_desktop.exchange.pdf.national_data import national_data
from poa_desktop.exchange.pdf.outlines import draw_outlined
from poa_desktop.exchange.pdf.story import StoryOptions, document_story, shorten, shown
from poa_desktop.exchange.pdf.styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE,
    RULE,
    TEXT_WIDTH,
    WATERMARK,
    Para,
    styles,
)
from poa_desktop.exchange.pdf.template_story import template_story
from poa_desktop.exchange.pdf.visual import draw_line

Progress = Callable[[float], None]
STORY_SHARE = 0.12  # of the progress bar: building the story; the rest is layout


@dataclass(frozen=True)
class PdfOptions:
    """``full_text`` False cuts each commitment to its first sentence; ``include_unanswered``
    False leaves out measures not yet assessed; ``language`` is the report's language (en, fr,
    es, ar, ru, zh), independent of the window's."""

    full_text: bool = True
    include_unanswered: bool = True
    language: str = "en"
    order: str = "documents"
    """"documents": each outcome document in its own order; "template": the sections of
    UNODA's national report template."""


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end so every footer can say "Page X of Y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        rtl = right_to_left()
        for state in self._pages:
            self.__dict__.update(state)
            if self._pageNumber > 1:  # the cover carries no footer
                self.setFont(SANS, 7.8)
                self.setFillColor(MUTED)
                draw_line(
                    self,
                    MARGIN_LEFT if rtl else PAGE[0] - MARGIN_RIGHT,
                    MARGIN_BOTTOM - 0.95 * cm,
                    arg(say("Page %1 of %2"), self._pageNumber, total),
                    SANS,
                    7.8,
                    "start" if rtl else "end",
                )
            super().showPage()
        super().save()


class LayoutFrame(Frame):  # type: ignore[misc]
    """A frame that, on a dry pass, places flowables without drawing them.

    The first layout pass only finds the page of each heading for the contents; skipping its
    drawing saves close to half of that pass.
    """

    dry = False

    def _add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:
        if not self.dry:
            return int(super()._add(flowable, canv, trySplit))
        flowable.drawOn = _no_draw
        try:
            return int(super()._add(flowable, canv, trySplit))
        finally:
            del flowable.drawOn


def _no_draw(*args: Any, **kwargs: Any) -> None:
    return None


class ReportTemplate(BaseDocTemplate):  # type: ignore[misc]
    """Cover template without header or footer, then the body template; feeds the contents."""

    def __init__(self, target: BinaryIO, data: ReportData, progress: Progress | None) -> None:
        super().__init__(
            target,
            pagesize=PAGE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=report_title(state_name(data)),
            author=clean(state_name(data)),
            subject=clean(arg(say("Voluntary national report, %1"), data.cycle)),
            creator=f"poa-desktop {data.app_version}",
            initialFontName=SANS,
        )
        self.data = data
        self.report_progress = progress
        self._pass = 1
        self._size = 1
        self._done = 0.0
        self._outline_level = -1
        self.frame_ = frame = LayoutFrame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            TEXT_WIDTH,
            PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        # The cover's frame ends where its foot (signature block, preparation note) begins.
        self.cover_foot = cover_foot(data)  # built once; drawn by the cover page on each pass
        foot = sum(f.wrap(TEXT_WIDTH, PAGE[1])[1] for f in self.cover_foot) + 0.4 * cm
        self.cover_frame = cover_frame = LayoutFrame(
            MARGIN_LEFT,
            MARGIN_BOTTOM + foot,
            TEXT_WIDTH,
            PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM - foot,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="cover",
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    "cover",
                    [cover_frame],
                    onPage=self._cover_foot,
                    onPageEnd=self._watermark,
                    autoNextPageTemplate="body",
                ),
                PageTemplate(
                    "body", [frame], onPage=self._header_footer, onPageEnd=self._watermark
                ),
            ]
        )
        if progress is not None:
            self.setProgressCallBack(self._on_progress)

    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "PASS":
            self._pass = value
        elif kind == "SIZE_EST":
            self._size = max(1, value)
        elif kind == "PROGRESS" and self.report_progress is not None:
            # Two passes are usual (the second one with the page numbers in the contents).
            layout = min(0.99, ((self._pass - 1) + value / self._size) / 2)
            fraction = STORY_SHARE + (1 - STORY_SHARE) * layout
            if fraction >= self._done + 0.01:
                self._done = fraction
                self.report_progress(fraction)

    def build(self, flowables: list[Flowable], *args: Any, **kwargs: Any) -> None:
        """One layout pass; the first is dry (multiBuild always runs a second, drawn one)."""
        self._passes_run = getattr(self, "_passes_run", 0) + 1
        self.frame_.dry = self.cover_frame.dry = self._passes_run == 1
        super().build(flowables, *args, **kwargs)

    def handle_documentBegin(self) -> None:
        self._outline_level = -1
        super().handle_documentBegin()

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, TocHeading):
            return
        canvas = self.canv
        canvas.bookmarkPage(flowable.key)
        if flowable.outline_level is not None:
            level = min(flowable.outline_level, self._outline_level + 1)
            canvas.addOutlineEntry(flowable.plain, flowable.key, level, closed=level > 0)
            self._outline_level = level
        if flowable.toc_level is not None:
            page = canvas.getPageNumber()
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_text, page, flowable.key))

    def _cover_foot(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The signature block and the preparation note, stacked up from the bottom margin."""
        if self.frame_.dry:
            return
        y = MARGIN_BOTTOM
        for flowable in reversed(self.cover_foot):
            _, height = flowable.wrapOn(canvas, TEXT_WIDTH, PAGE[1])
            flowable.drawOn(canvas, MARGIN_LEFT, y)
            y += height

    def _watermark(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if not self.data.is_draft:
            return
        canvas.saveState()
        canvas.setFillColor(WATERMARK)
        canvas.setFillAlpha(0.35)
        canvas.translate(PAGE[0] / 2, PAGE[1] / 2)
        canvas.rotate(54)
        # Shapes, not text: "DRAFT" must not end up in what a reader copies or extracts.
        draw_outlined(canvas, 0, -40, say("DRAFT"), 120)
        canvas.restoreState()

    def _header_footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if self.frame_.dry:
            return
        data = self.data
        rtl = right_to_left()
        right = PAGE[0] - MARGIN_RIGHT
        canvas.saveState()
        top = PAGE[1] - MARGIN_TOP + 0.75 * cm
        country, cycle = markup(shorten(state_name(data), 56)), markup(shorten(data.cycle, 30))
        names = Para(
            f"<b>{country}</b> \u00b7 {cycle}",  # one line, whatever the names' length
            styles()["Header"],
            keep_alignment=True,
        )
        names.wrapOn(canvas, TEXT_WIDTH * 0.68, 2 * cm)
        names.drawOn(canvas, right - TEXT_WIDTH * 0.68 if rtl else MARGIN_LEFT, top)
        canvas.setFont(SANS, 7.8)
        canvas.setFillColor(MUTED)
        draw_line(
            canvas,
            MARGIN_LEFT if rtl else right,
            top + 2.6,
            say("National report on the PoA and the ITI"),
            SANS,
            7.8,
            "start" if rtl else "end",
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, top - 3, right, top - 3)
        bottom = MARGIN_BOTTOM - 0.55 * cm
        canvas.line(MARGIN_LEFT, bottom, right, bottom)
        state = clearance_text(data) or (fill(status_words("draft")) if data.is_draft else "")
        generated = markup(long_date(data.generated_at.date()))
        if state:
            note = fill(say("Generated %1 \u00b7 %2"), generated, state)
        else:
            note = fill(say("Generated %1"), generated)
        footer = Para(note, styles()["Header"], keep_alignment=True)
        footer.wrapOn(canvas, TEXT_WIDTH * 0.75, 2 * cm)
        footer.drawOn(
            canvas, right - TEXT_WIDTH * 0.75 if rtl else MARGIN_LEFT, MARGIN_BOTTOM - 1.05 * cm
        )
        canvas.restoreState()


def build_story(
    data: ReportData, options: PdfOptions, progress: Progress | None = None
) -> list[Flowable]:
    """Every flowable of the report in order (the hook to add or reorder parts)."""
    story_options = StoryOptions(options.full_text, options.include_unanswered)
    total = max(1, sum(1 for c in data.measures() if shown(data.answer(c.id), story_options)))
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and done % 20 == 0:
            progress(STORY_SHARE * done / total)

    story: list[Flowable] = [*cover(data), *contents(), *summary(data), *national_data(data, 2)]
    if options.order == "template":
        story += template_story(data, 3, story_options, tick)
        story.append(PageBreak())
    else:
        for number, document in enumerate(data.catalog.documents, start=3):
            story += document_story(data, document, number, story_options, tick)
            story.append(PageBreak())
    story += annex_assistance(data) + annex_laws(data) + annex_contacts(data)
    story += annex_open_items(data)
    story += annex_changes(data)
    story += annex_evidence(data)
    return story


def write_pdf(
    data: ReportData,
    target: Path | BinaryIO,
    options: PdfOptions = PdfOptions(),
    progress: Progress | None = None,
) -> None:
    """Write the report to a path or a binary stream.

    ``progress`` receives fractions from 0 to 1; it may raise to cancel, in which case nothing
    is written to ``target``.
    """
    if progress is not None:
        progress(0.0)
    buffer = io.BytesIO()
    with report_language(options.language):
        story = build_story(data, options, progress)
        document = ReportTemplate(buffer, data, progress)
        # the footers and page headers are drawn while building, in the same language
        document.multiBuild(story, canvasmaker=NumberedCanvas)
    if isinstance(target, Path):
        target.write_bytes(buffer.getvalue())
    else:
        target.write(buffer.getvalue())
    if progress is not None:
        progress(1.0)
