"""The report's typography in one place: named paragraph styles, colours and table styles.

Noto Serif sets running text (commitments, answers); Noto Sans sets headings, labels and tables.
Keeping every size and colour here is what makes the pages look like one document.

A right-to-left report (Arabic) has its own set of styles, the mirror image of the left-to-right
one: right-aligned where the other is left-aligned, indents swapped, ``wordWrap="RTL"`` and
``shaping=1``. :class:`Para` reads those two and does the reordering and shaping itself
(``visual``), as it does for any paragraph with Arabic in it; tables put their first column on
the right (:func:`in_order`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from poa_desktop.domain.status import NOT_ASSESSED, Status
from poa_desktop.exchange.language import right_to_left
from poa_desktop.exchange.pdf.fonts import (
    RIGHT_TO_LEFT_TEXT,
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_ITALIC,
    register_fonts,
)
from poa_desktop.exchange.pdf.visual import first_strong, has_arabic, visual_paragraph

PAGE = A4
MARGIN_LEFT = 2.3 * cm
MARGIN_RIGHT = 2.0 * cm
MARGIN_TOP = 2.4 * cm
MARGIN_BOTTOM = 2.2 * cm
TEXT_WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#5b5b5b")
ACCENT = colors.HexColor("#1d3f66")
RULE = colors.HexColor("#b9bec6")
SHADE = colors.HexColor("#eef1f5")
WATERMARK = colors.HexColor("#c8c8c8")

STATUS_FILL: dict[str, colors.Color] = {
    Status.IMPLEMENTED: colors.HexColor("#2f6f4e"),
    Status.DEVELOPING: colors.HexColor("#e3a82b"),
    Status.NOT_IMPLEMENTED: colors.HexColor("#b23a32"),
    Status.NOT_APPLICABLE: colors.HexColor("#bfc4ca"),
    NOT_ASSESSED: colors.white,
}
STATUS_TINT: dict[str, colors.Color] = {
    Status.IMPLEMENTED: colors.HexColor("#dcebe2"),
    Status.DEVELOPING: colors.HexColor("#f8ebcc"),
    Status.NOT_IMPLEMENTED: colors.HexColor("#f1d7d5"),
    Status.NOT_APPLICABLE: colors.HexColor("#e9ebee"),
    NOT_ASSESSED: colors.white,
}


def styles() -> dict[str, ParagraphStyle]:
    """The named styles of the report being written, in its direction (see :func:`mirrored`)."""
    return _styles(right_to_left())


_MIRROR = {TA_LEFT: TA_RIGHT, TA_RIGHT: TA_LEFT}


def mirrored(style: ParagraphStyle) -> ParagraphStyle:
    """The right-to-left counterpart of a style: alignment and indents mirrored."""
    return ParagraphStyle(
        style.name,
        parent=style,
        alignment=_MIRROR.get(style.alignment, style.alignment),
        leftIndent=style.rightIndent,
        rightIndent=style.leftIndent,
        wordWrap="RTL",
        shaping=1,
    )


@cache
def _styles(rtl: bool) -> dict[str, ParagraphStyle]:
    """The named styles; built once per process and direction (fonts registered first)."""
    register_fonts()
    body = ParagraphStyle("Body", fontName=SERIF, fontSize=9.5, leading=13.2, textColor=INK)
    sans = ParagraphStyle("Sans", parent=body, fontName=SANS, fontSize=9, leading=12)
    named = [
        body,
        sans,
        ParagraphStyle("BodySpaced", parent=body, spaceAfter=6),
        ParagraphStyle("CoverKicker", parent=sans, fontSize=10, leading=14, textColor=ACCENT),
        ParagraphStyle(
            "CoverTitle", parent=body, fontName="NotoSerif-Bold", fontSize=16, leading=21
        ),
        ParagraphStyle("CoverState", parent=sans, fontName=SANS_BOLD, fontSize=26, leading=32),
        ParagraphStyle("CoverLabel", parent=sans, fontSize=8.5, leading=11, textColor=MUTED),
        ParagraphStyle("CoverValue", parent=sans, fontSize=10, leading=13),
        ParagraphStyle("CoverSmall", parent=sans, fontSize=8, leading=11, textColor=MUTED),
        ParagraphStyle(
            "ClearedStamp", parent=sans, fontName=SANS_BOLD, fontSize=11, textColor=ACCENT
        ),
        ParagraphStyle(
            "H0",
            parent=sans,
            fontName=SANS_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceAfter=8,
            keepWithNext=1,
        ),
        ParagraphStyle(
            "H1",
            parent=sans,
            fontName=SANS_BOLD,
            fontSize=12,
            leading=15.5,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        ParagraphStyle(
            "H2",
            parent=sans,
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=13.5,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=1,
        ),
        ParagraphStyle(
            "H3",
            parent=sans,
            fontName=SANS_BOLD,
            fontSize=9.5,
            leading=12.5,
            textColor=MUTED,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        ),
        ParagraphStyle(
            "H4",
            parent=sans,
            fontName="NotoSans-Italic",
            fontSize=9.5,
            leading=12.5,
            textColor=MUTED,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        ParagraphStyle(
            "LeadIn",
            parent=body,
            fontName=SERIF_ITALIC,
            textColor=MUTED,
            spaceBefore=2,
            spaceAfter=6,
            keepWithNext=1,
        ),
        ParagraphStyle("Note", parent=sans, fontSize=8.5, leading=11.5, textColor=MUTED),
        ParagraphStyle(
            "Commitment", parent=body, leftIndent=8, spaceBefore=3, spaceAfter=5, textColor=INK
        ),
        ParagraphStyle("FieldLabel", parent=sans, fontSize=8, leading=13.2, textColor=MUTED),
        ParagraphStyle("FieldValue", parent=body),
        ParagraphStyle("Cell", parent=sans, fontSize=8.2, leading=10.6),
        ParagraphStyle("CellRight", parent=sans, fontSize=8.2, leading=10.6, alignment=TA_RIGHT),
        ParagraphStyle("CellCenter", parent=sans, fontSize=8.2, leading=10.6, alignment=TA_CENTER),
        ParagraphStyle(
            "CellHead", parent=sans, fontName=SANS_BOLD, fontSize=7.6, leading=10, textColor=ACCENT
        ),
        ParagraphStyle(
            "CellHeadRight",
            parent=sans,
            fontName=SANS_BOLD,
            fontSize=7.6,
            leading=10,
            textColor=ACCENT,
            alignment=TA_RIGHT,
        ),
        ParagraphStyle("Caption", parent=sans, fontSize=8, leading=10.5, textColor=MUTED),
        ParagraphStyle("Header", parent=sans, fontSize=7.8, leading=10, textColor=MUTED),
        ParagraphStyle(
            "TOC0", parent=sans, fontName=SANS_BOLD, fontSize=9.5, leading=12.5, spaceBefore=6
        ),
        ParagraphStyle("TOC1", parent=sans, fontSize=8.8, leading=11.5, leftIndent=14),
        ParagraphStyle(
            "TOC2", parent=sans, fontSize=8.2, leading=10.5, leftIndent=28, textColor=MUTED
        ),
    ]
    if rtl:
        named = [mirrored(s) for s in named]
    return {s.name: s for s in named}


_LAYOUT: dict[tuple[int, int], tuple[ParagraphStyle, ParagraphStyle]] = {}


def _layout_style(style: ParagraphStyle, alignment: int) -> ParagraphStyle:
    """``style`` as reportlab lays out a paragraph :class:`Para` reorders itself: no bidi, no
    shaping of its own (cached per style and alignment)."""
    key = (id(style), alignment)
    found = _LAYOUT.get(key)
    if found is None or found[0] is not style:
        variant = ParagraphStyle(
            style.name, parent=style, wordWrap=None, shaping=0, alignment=alignment
        )
        found = _LAYOUT[key] = (style, variant)
    return found[1]


class Para(Paragraph):  # type: ignore[misc]
    """A Paragraph that breaks its lines once per width, and prints Arabic right.

    Line breaking is most of the layout time, and platypus wraps a paragraph several times at the
    same width (to measure a kept-together block, to place it, on each layout pass).

    A paragraph with Arabic in it is broken into lines in logical order and reordered line by
    line when drawn (:func:`visual_paragraph`), Arabic shaped. It runs right to left when it
    holds a right-to-left text of the report's own (``fonts.fill``), else in the direction of
    its first letter with one (Arabic or Latin); one without (a number) runs left to right.
    A right-to-left paragraph in a left-aligned style is aligned right. reportlab's own
    ``wordWrap="RTL"`` and ``shaping`` (set by the right-to-left styles) are taken over here:
    the style reportlab sees has neither. Paragraphs without Arabic in left-to-right styles are
    left to reportlab alone (no cost).
    """

    blPara: Any  # reportlab's broken lines, set by wrap()
    _wrapped_at: tuple[float, float, float] | None = None
    _rtl: bool | None = None  # None: print as laid out; else the line direction to reorder in

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        *args: Any,
        keep_alignment: bool = False,
        **kwargs: Any,
    ) -> None:
        """``keep_alignment``: an Arabic paragraph keeps a left alignment (a page header)."""
        rtl_style = style.wordWrap == "RTL"
        arabic = bool(text) and has_arabic(text or "")
        marked = bool(text) and RIGHT_TO_LEFT_TEXT in (text or "")
        if marked:
            text = (text or "").replace(RIGHT_TO_LEFT_TEXT, "")
        if rtl_style or arabic or marked:
            # a translation's direction, else the first letter's; none: left to right
            rtl = marked or first_strong(text or "", markup=True) == "R"
            alignment = style.alignment
            if rtl and not rtl_style and alignment == TA_LEFT and not keep_alignment:
                alignment = TA_RIGHT
            style = _layout_style(style, alignment)
            if arabic or rtl:
                self._rtl = rtl
        super().__init__(text, style, *args, **kwargs)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(available_width, available_height)
        for part in parts:
            if isinstance(part, Para) and part is not self:
                part._rtl = self._rtl
        return parts

    def drawPara(self, debug: int = 0) -> None:
        if self._rtl is None:
            super().drawPara(debug)
            return
        logical = self.blPara
        self.blPara = visual_paragraph(logical, self._rtl)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        cached = self._wrapped_at
        # split() drops blPara when the paragraph cannot split: then wrap again.
        if cached is not None and cached[0] == available_width and hasattr(self, "blPara"):
            return cached[1], cached[2]
        width, height = super().wrap(available_width, available_height)
        if available_width >= 1:
            self._wrapped_at = (available_width, width, height)
        return width, height


def cell(text: str, style: str = "Cell") -> Para:
    """A table cell from markup (already escaped)."""
    return Para(text, styles()[style])


def in_order(cells: Sequence[Any]) -> list[Any]:
    """A table row's cells (or column widths) left to right: reversed in a right-to-left
    report, so the first column is on the right."""
    return list(reversed(cells)) if right_to_left() else list(cells)


class KeptTable(Table):  # type: ignore[misc]
    """A table that never leaves a single row alone on a page: a split that would put one body
    row at the foot of a page moves the table on, and one that would carry one row over keeps
    two back. Refused once only, so a table that cannot do better still lays out."""

    MIN_ROWS = 2

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._moved_on = False

    def _body_rows(self, part: Any) -> int:
        return int(len(part._cellvalues) - self.repeatRows)

    def split(self, available_width: float, available_height: float) -> list[Any]:
        parts: list[Any] = super().split(available_width, available_height)
        if len(parts) != 2 or self._body_rows(self) <= self.MIN_ROWS:
            return parts
        first, second = parts
        if self._body_rows(first) < self.MIN_ROWS and not self._moved_on:
            self._moved_on = True
            return []  # the whole table starts on the next page
        if self._body_rows(second) < self.MIN_ROWS and self._body_rows(first) > self.MIN_ROWS:
            shorter = available_height - first._rowHeights[-1] - 0.5
            retried: list[Any] = super().split(available_width, shorter)
            if len(retried) == 2 and self._body_rows(retried[1]) >= self.MIN_ROWS:
                return retried
        return parts


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable]],
    widths: Sequence[float],
    *,
    right_from: int | None = None,
) -> Table:
    """A ruled table whose header repeats on every page; cells may split inside a long row."""
    head_cells = [
        cell(h, "CellHeadRight" if right_from is not None and i >= right_from else "CellHead")
        for i, h in enumerate(header)
    ]
    table = KeptTable(
        [in_order(head_cells), *(in_order(r) for r in rows)],
        colWidths=in_order(widths),
        repeatRows=1,
        splitInRow=1,
        hAlign="RIGHT" if right_to_left() else "LEFT",
    )
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    table.setStyle(TableStyle(commands))
    return table


def key_value_table(rows: Sequence[tuple[str, str]], label_width: float = 4.0 * cm) -> Table:
    """Labels in the first column (left, or right in a right-to-left report), values beside
    them, ruled like the data tables."""
    label_column = -1 if right_to_left() else 0
    table = Table(
        [in_order([cell(k, "CellHead"), cell(v)]) for k, v in rows],
        colWidths=in_order([label_width, TEXT_WIDTH - label_width]),
        splitInRow=1,
        hAlign="RIGHT" if right_to_left() else "LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("BACKGROUND", (label_column, 0), (label_column, -1), SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return table
