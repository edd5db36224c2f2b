"""The contents page: the chapters and parts with their page numbers, resolved in one layout.

A table of contents needs the page of every heading, known only once the whole report is laid
out. reportlab's way is a second full layout pass with the numbers of the first. Here the report
is laid out once: the contents page keeps the place where the contents would be drawn, and once
the last page is laid out the entries are drawn there, into that page's content held back by
the canvas (``report.NumberedCanvas``), at the point where they would have been drawn. That is
the same page as a second pass would make whenever the contents fit in the room left on their
page (what follows starts on a new page, so nothing else moves); when they do not, the report
is laid out again the usual way (:meth:`Contents.draw_deferred` says which).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers
from reportlab.rl_config import _FUZZ, paraFontSizeHeightOffset

from poa_desktop.exchange.language import right_to_left, say
from poa_desktop.exchange.pdf.fonts import SANS, fill
from poa_desktop.exchange.pdf.story import para
from poa_desktop.exchange.pdf.styles import Para, styles


class DeferringCanvas(Protocol):
    """A canvas that draws on a page after the layout, where its content was then (the
    numbered canvas of ``report``)."""

    def getPageNumber(self) -> int: ...

    def code_position(self) -> int: ...

    def draw_later(self, page: int, position: int, draw: Callable[[Any], None]) -> None: ...


class Contents(TableOfContents):  # type: ignore[misc]
    """The table of contents, its entries set as :class:`Para` (so Arabic prints right).

    In a right-to-left report each entry runs from the right, its dot leader and page number
    on the left (:class:`RightToLeftEntry`).

    With ``deferred`` set, drawing only notes where the contents go (page, position, room);
    :meth:`draw_deferred` draws them there after the layout, with the pages found.
    """

    deferred = False
    _room: tuple[float, float] = (0.0, 0.0)
    _placed: tuple[int, float, float, int, tuple[float, float]] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._room = (available_width, available_height)
        entries = self._lastEntries or [(0, "Placeholder for table of contents", 0, None)]
        rtl = right_to_left()

        def entry_end(canvas: Any, kind: str, label: str) -> None:
            page_text, level_text, key_text = label.split(",")
            page, level = int(page_text), int(level_text)
            key = None if key_text == "None" else key_text
            style = self.getLevelStyle(level)
            drawPageNumbers(
                canvas, style, [(page, key)], available_width, available_height, self._dots(level)
            )

        self.canv.setNamedCB("drawTOCEntryEnd", entry_end)
        rows: list[list[Flowable]] = []
        for level, text, page, key in entries:
            style = self.getLevelStyle(level)
            if key:
                text = f'<a href="#{key}">{text}</a>'
            entry: Flowable
            if rtl:
                entry = RightToLeftEntry(
                    Para(text, style), page, key, self._dots(level), self.rightColumnWidth
                )
            else:
                label = f"{page},{level},{key}"
                entry = Para(f'{text}<onDraw name="drawTOCEntryEnd" label="{label}"/>', style)
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([entry])
        self._table = Table(rows, colWidths=(available_width,), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, available_width, available_height)
        return self.width, self.height

    def _dots(self, level: int) -> str:
        return " . " if 0 <= self.dotsMinLevel <= level else ""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if not self.deferred:
            super().drawOn(canvas, x, y, _sW)
            return
        top = y + self.height
        self._placed = (canvas.getPageNumber(), x, top, canvas.code_position(), self._room)

    def draw_deferred(self, canvas: DeferringCanvas) -> bool:
        """After a layout with ``deferred`` set: have the canvas draw the entries found where
        the contents were placed. False when they do not fit the room there (nothing drawn):
        the report then needs a layout with them in place."""
        if self._placed is None:
            return False
        page, x, top, position, (width, room) = self._placed
        self._lastEntries = self._entries[:]
        used_width, height = self.wrapOn(canvas, width, room)
        if height > room + _FUZZ:
            return False

        def draw(on: Any) -> None:
            TableOfContents.drawOn(self, on, x, top - height, width - used_width)

        canvas.draw_later(page, position, draw)
        return True


class RightToLeftEntry(Flowable):  # type: ignore[misc]
    """A contents entry of a right-to-left report: the heading right-aligned, its page number
    in a column on the left, on the baseline of the heading's last line, with a dot leader up
    to where that line begins."""

    def __init__(self, entry: Para, page: int, key: str | None, dots: str, column: float) -> None:
        super().__init__()
        self.entry = entry
        self.page = page
        self.key = key
        self.dots = dots
        self.column = column
        self.width = self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.entry.wrap(available_width - self.column, available_height)[1]
        return available_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        entry = self.entry
        style = entry.style
        self.entry.drawOn(canvas, self.column, 0)
        lines = entry.blPara.lines
        if not lines:
            return
        first, last = lines[0], lines[-1]
        source = entry.blPara if isinstance(first, tuple) else first
        # the first baseline where reportlab puts it (rl_config.paraFontSizeHeightOffset)
        drop = source.fontSize if paraFontSizeHeightOffset else source.ascent
        y = self.height - drop - (len(lines) - 1) * style.leading
        unused = last[0] if isinstance(last, tuple) else last.extraSpace
        text_left = self.column + style.leftIndent + max(0.0, unused)
        number = str(self.page)
        width = stringWidth(number, style.fontName, style.fontSize)
        canvas.saveState()
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        canvas.drawString(0, y, number)
        if self.dots:
            dot_width = stringWidth(self.dots, style.fontName, style.fontSize)
            count = int((text_left - width - 2) / dot_width)
            if count > 0:
                canvas.drawString(text_left - count * dot_width, y, self.dots * count)
        canvas.restoreState()
        if self.key:
            canvas.linkRect("", self.key, (0, y, width, y + style.leading), relative=1)


def contents() -> list[Flowable]:
    toc = Contents(
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
    return [para(fill(say("Contents")), "H0"), Spacer(1, 4), toc, PageBreak()]
