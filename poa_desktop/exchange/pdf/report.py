"""The voluntary national report as PDF: cover, contents, summary, the measures, annexes.

``write_pdf(data, target)`` turns a :class:`ReportData` snapshot into an A4 report built with
reportlab platypus: bundled Noto fonts embedded as subsets, a contents page with page numbers
(one layout pass: the contents are drawn last, see ``contents``), "Page X of Y" footers from a
numbered canvas, and a diagonal DRAFT watermark on every page until the assessment is cleared.
No Qt and no database: it runs off the UI thread.

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
from poa_desktop.exchange.pdf.contents import Contents, contents
from poa_desktop.exchange.pdf.evidence_annex import annex_evidence
from poa_desktop.exchange.pdf.flowables import TocHeading, long_date, shared_labels
from poa_desktop.exchange.pdf.fonts import SANS, clean, fill, markup
from poa_desktop.exchange.pdf.front import (
    clearance_text,
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
    """Holds pages back until the end so every footer can say "Page X of Y", and so the
    contents can be drawn on their page once every heading's page is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._later: dict[int, tuple[int, Callable[[Canvas], None]]] = {}

    def code_position(self) -> int:
        """Where the current page's content has got to (for :meth:`draw_later`)."""
        return len(self._code)

    def draw_later(self, page: int, position: int, draw: Callable[[Canvas], None]) -> None:
        """Have ``draw`` draw on ``page`` when the document is saved, its drawing put at
        ``position`` of that page's content (a :meth:`code_position`), as if drawn then."""
        self._later[page] = (position, draw)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        rtl = right_to_left()
        # Link annotations are named by a running count ("NUMBER7"); a page's saved state has
        # the count of its time, so the count is carried forward or a link drawn late (the
        # contents, on page 2) would reuse a name a later page already took.
        annotations: int = self.__dict__["_annotationCount"]
        for state in self._pages:
            self.__dict__.update(state)
            self.__dict__["_annotationCount"] = max(state["_annotationCount"], annotations)
            later = self._later.get(self._pageNumber)
            if later is not None:
                # Every flowable draws inside q ... Q, so the state here is the state there.
                position, draw = later
                after = self._code[position:]
                del self._code[position:]
                draw(self)
                annotations = self.__dict__["_annotationCount"]
                self._code.extend(after)
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


def _frame(bottom: float, height: float, name: str) -> Frame:
    return Frame(
        MARGIN_LEFT,
        bottom,
        TEXT_WIDTH,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )


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
        self._size = 1
        self._done = 0.0
        self._outline_level = -1
        self.frame_ = frame = _frame(MARGIN_BOTTOM, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM, "body")
        # The cover's frame ends where its foot (signature block, preparation note) begins.
        self.cover_foot = cover_foot(data)  # built once, drawn by the cover page
        foot = sum(f.wrap(TEXT_WIDTH, PAGE[1])[1] for f in self.cover_foot) + 0.4 * cm
        height = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM - foot
        cover_frame = _frame(MARGIN_BOTTOM + foot, height, "cover")
        self.running = RunningWords(data)  # the same on every page: built once
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
        if kind == "SIZE_EST":
            self._size = max(1, value)
        elif kind == "PROGRESS" and self.report_progress is not None:
            # One pass; a rare second one (contents longer than their page) leaves the bar full.
            fraction = STORY_SHARE + (1 - STORY_SHARE) * min(0.99, value / self._size)
            if fraction >= self._done + 0.01:
                self._done = fraction
                self.report_progress(fraction)

    def lay_out(self, story: list[Flowable]) -> None:
        """Lay the report out and save it: once, the contents drawn afterwards where they were
        placed (see ``contents``); as many times as reportlab needs (``multiBuild``) only when
        the contents do not fit there."""
        indexing = [f for f in story if f.isIndexing()]  # what needs the pages: the contents
        if len(indexing) == 1 and isinstance(indexing[0], Contents):
            toc = indexing[0]
            toc.deferred = True
            self._indexingFlowables = [toc]
            self._doSave = 0  # saved below, once the contents are drawn
            toc.beforeBuild()
            # What the pass marks on the story's flowables (a flowable moved to the next page is
            # marked '_postponed', and a marked one that does not fit again is a LayoutError),
            # recorded as multiBuild records it, to be undone before a second layout.
            edits: list[tuple[Any, ...]] = []
            self._multiBuildEdits = edits.append
            try:
                self.build(story[:], canvasmaker=NumberedCanvas)
            finally:
                toc.deferred = False
                del self._multiBuildEdits
            toc.afterBuild()
            if toc.draw_deferred(self.canv):
                self.canv.save()
                return
            for undo, *arguments in edits:
                undo(*arguments)
        self.multiBuild(story, canvasmaker=NumberedCanvas)

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
        self.running.draw(canvas)


class RunningWords:
    """The page header (State, cycle, the report's name) and footer note (date, clearance)
    of every page after the cover: laid out once, drawn on each page."""

    def __init__(self, data: ReportData) -> None:
        self.rtl = rtl = right_to_left()
        country, cycle = markup(shorten(state_name(data), 56)), markup(shorten(data.cycle, 30))
        self.names = Para(
            f"<b>{country}</b> \u00b7 {cycle}",  # one line, whatever the names' length
            styles()["Header"],
            keep_alignment=True,
        )
        self.names.wrap(TEXT_WIDTH * 0.68, 2 * cm)
        self.title = say("National report on the PoA and the ITI")
        state = clearance_text(data) or (fill(status_words("draft")) if data.is_draft else "")
        generated = markup(long_date(data.generated_at.date()))
        if state:
            note = fill(say("Generated %1 \u00b7 %2"), generated, state)
        else:
            note = fill(say("Generated %1"), generated)
        self.note = Para(note, styles()["Header"], keep_alignment=True)
        self.note.wrap(TEXT_WIDTH * 0.75, 2 * cm)
        right = PAGE[0] - MARGIN_RIGHT
        self.names_x = right - TEXT_WIDTH * 0.68 if rtl else MARGIN_LEFT
        self.note_x = right - TEXT_WIDTH * 0.75 if rtl else MARGIN_LEFT

    def draw(self, canvas: Canvas) -> None:
        right = PAGE[0] - MARGIN_RIGHT
        canvas.saveState()
        top = PAGE[1] - MARGIN_TOP + 0.75 * cm
        self.names.drawOn(canvas, self.names_x, top)
        canvas.setFont(SANS, 7.8)
        canvas.setFillColor(MUTED)
        x = MARGIN_LEFT if self.rtl else right
        draw_line(canvas, x, top + 2.6, self.title, SANS, 7.8, "start" if self.rtl else "end")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, top - 3, right, top - 3)
        bottom = MARGIN_BOTTOM - 0.55 * cm
        canvas.line(MARGIN_LEFT, bottom, right, bottom)
        self.note.drawOn(canvas, self.note_x, MARGIN_BOTTOM - 1.05 * cm)
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
    with report_language(options.language), shared_labels():
        story = build_story(data, options, progress)
        document = ReportTemplate(buffer, data, progress)
        # the footers and page headers are drawn while building, in the same language
        document.lay_out(story)
    if isinstance(target, Path):
        target.write_bytes(buffer.getvalue())
    else:
        target.write(buffer.getvalue())
    if progress is not None:
        progress(1.0)
