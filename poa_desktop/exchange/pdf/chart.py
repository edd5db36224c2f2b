"""The progress chart: one horizontal stacked bar per group of measures, with a legend.

Drawn with reportlab.graphics shapes rather than a chart widget so that each status has a fill
pattern as well as a colour (solid, diagonal hatch, cross-hatch, light, empty): the chart still
reads when printed in black and white or by a reader who does not tell the colours apart.

In a right-to-left report the chart is mirrored: labels on the right, bars growing leftwards,
totals on the left. Its words are set run by run (``visual.line_runs``), so Arabic is shaped.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from poa_desktop.domain.progress import ProgressRow
from poa_desktop.domain.status import COUNT_KEYS, NOT_ASSESSED, Status, status_label
from poa_desktop.exchange.language import right_to_left, say, term
from poa_desktop.exchange.pdf.fonts import SANS, SANS_BOLD, clean
from poa_desktop.exchange.pdf.styles import INK, MUTED, RULE, STATUS_FILL
from poa_desktop.exchange.pdf.visual import Anchor, has_arabic, line_runs, runs_width

BAR = 13.0
GAP = 7.0
LABEL_WIDTH = 78.0
TOTAL_WIDTH = 30.0
LEGEND_HEIGHT = 30.0
DARK = {Status.IMPLEMENTED, Status.NOT_IMPLEMENTED}
HATCHED = {Status.DEVELOPING, Status.NOT_IMPLEMENTED}


def _hatch(
    drawing: Drawing, x: float, y: float, w: float, h: float, *, cross: bool, step: float = 4.0
) -> None:
    """Diagonal lines (and their mirror image when ``cross``) clipped to the rectangle."""
    c = x - h
    while c < x + w:
        for mirror in (False, True) if cross else (False,):
            t0 = max(0.0, (x - c) / h)
            t1 = min(1.0, (x + w - c) / h)
            if t1 > t0:
                y_a, y_b = (y + t0 * h, y + t1 * h)
                if mirror:
                    y_a, y_b = y + h - t0 * h, y + h - t1 * h
                drawing.add(
                    Line(
                        c + t0 * h, y_a, c + t1 * h, y_b, strokeColor=colors.white, strokeWidth=0.7
                    )
                )
        c += step


def _segment(drawing: Drawing, key: str, x: float, y: float, w: float, h: float) -> None:
    outline = key == NOT_ASSESSED
    drawing.add(
        Rect(
            x,
            y,
            w,
            h,
            fillColor=STATUS_FILL[key],
            strokeColor=MUTED if outline else colors.white,
            strokeWidth=0.5,
        )
    )
    if key == Status.DEVELOPING:
        _hatch(drawing, x, y, w, h, cross=False)
    elif key == Status.NOT_IMPLEMENTED:
        _hatch(drawing, x, y, w, h, cross=True, step=5.0)


_FLIP: dict[Anchor, Anchor] = {"start": "end", "end": "start", "middle": "middle"}


class _Canvas:
    """Places the chart's shapes, mirrored left to right in a right-to-left report."""

    def __init__(self, drawing: Drawing, width: float, mirror: bool) -> None:
        self.drawing = drawing
        self.width = width
        self.mirror = mirror

    def x(self, x: float, w: float = 0.0) -> float:
        """The left edge of something ``w`` wide whose left edge is ``x`` unmirrored."""
        return self.width - x - w if self.mirror else x

    def text(
        self,
        x: float,
        y: float,
        text: str,
        font: str,
        size: float,
        colour: colors.Color,
        anchor: Anchor = "start",
    ) -> None:
        if self.mirror:
            x, anchor = self.width - x, _FLIP[anchor]
        add_text(self.drawing, x, y, text, font, size, colour, anchor)


def add_text(
    drawing: Drawing,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    colour: colors.Color,
    anchor: Anchor,
) -> None:
    """A line of text as one String, or as one String per font run when it needs shaping,
    reordering or another font."""
    runs = line_runs(text, font, size)
    if not has_arabic(text) and all(run_font == font for run_font, _ in runs):
        drawing.add(
            String(x, y, text, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor)
        )
        return
    width = runs_width(runs, size)
    left = x - width if anchor == "end" else x - width / 2 if anchor == "middle" else x
    for run_font, run_text in runs:
        drawing.add(String(left, y, run_text, fontName=run_font, fontSize=size, fillColor=colour))
        left += stringWidth(run_text, run_font, size)


def status_chart(rows: Sequence[ProgressRow], width: float) -> Drawing:
    """Stacked bars, one per row, counts written inside segments wide enough to hold them."""
    bar_width = width - LABEL_WIDTH - TOTAL_WIDTH
    height = LEGEND_HEIGHT + len(rows) * (BAR + GAP) + 12
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=8)
    place = _Canvas(drawing, width, right_to_left())
    top = height - 14
    place.text(width, top + 4, say("Total"), SANS, 7, MUTED, "end")
    for index, row in enumerate(rows):
        y = top - (index + 1) * (BAR + GAP) + GAP
        font = SANS_BOLD if index == 0 else SANS
        label = say("All measures") if row.key == "all" else clean(row.label)
        place.text(LABEL_WIDTH - 6, y + 3.6, label, font, 8, INK, "end")
        x = LABEL_WIDTH
        for key in COUNT_KEYS:
            count = row.counts.get(key, 0)
            if not count or not row.total:
                continue
            w = bar_width * count / row.total
            _segment(drawing, key, place.x(x, w), y, w, BAR)
            if w >= 14:
                _count(drawing, key, str(count), place.x(x + w / 2), y)
            x += w
        place.text(width, y + 3.6, str(row.total), SANS, 8, INK, "end")
    drawing.add(
        Line(
            place.x(LABEL_WIDTH),
            8 + LEGEND_HEIGHT - 14,
            place.x(LABEL_WIDTH),
            top + 2,
            strokeColor=RULE,
            strokeWidth=0.5,
        )
    )
    _legend(place, LABEL_WIDTH, 4, bar_width + TOTAL_WIDTH)
    return drawing


def _count(drawing: Drawing, key: str, text: str, centre: float, y: float) -> None:
    """The count inside a segment; on a hatched fill it sits on a small white plate."""
    if key in HATCHED:
        plate = stringWidth(text, SANS_BOLD, 7) + 5
        drawing.add(
            Rect(
                centre - plate / 2,
                y + 2.2,
                plate,
                BAR - 4.4,
                fillColor=colors.white,
                strokeColor=None,
            )
        )
    colour = colors.white if key in DARK and key not in HATCHED else INK
    drawing.add(
        String(
            centre,
            y + 3.6,
            text,
            fontName=SANS_BOLD,
            fontSize=7,
            fillColor=colour,
            textAnchor="middle",
        )
    )


def _legend(place: _Canvas, x: float, y: float, width: float) -> None:
    """Swatches with their labels in one line under the bars, spaced by the labels' widths."""
    labels = [term(status_label(k)) for k in COUNT_KEYS]
    widths = [18 + runs_width(line_runs(t, SANS, 7.5), 7.5) for t in labels]
    gap = max(8.0, (width - sum(widths)) / (len(labels) - 1))
    left = x
    for key, label, item_width in zip(COUNT_KEYS, labels, widths, strict=True):
        _segment(place.drawing, key, place.x(left, 14), y, 14, 9)
        place.text(left + 18, y + 2, label, SANS, 7.5, INK)
        left += item_width + gap
