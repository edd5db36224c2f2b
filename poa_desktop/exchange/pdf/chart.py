"""The progress chart: one horizontal stacked bar per group of measures, with a legend.

Drawn with reportlab.graphics shapes rather than a chart widget so that each status has a fill
pattern as well as a colour (solid, diagonal hatch, cross-hatch, light, empty): the chart still
reads when printed in black and white or by a reader who does not tell the colours apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from poa_desktop.domain.progress import ProgressRow
from poa_desktop.domain.status import COUNT_KEYS, NOT_ASSESSED, Status, status_label
from poa_desktop.exchange.pdf.fonts import SANS, SANS_BOLD, clean
from poa_desktop.exchange.pdf.styles import INK, MUTED, RULE, STATUS_FILL

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


def status_chart(rows: Sequence[ProgressRow], width: float) -> Drawing:
    """Stacked bars, one per row, counts written inside segments wide enough to hold them."""
    bar_width = width - LABEL_WIDTH - TOTAL_WIDTH
    height = LEGEND_HEIGHT + len(rows) * (BAR + GAP) + 12
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=8)
    top = height - 14
    drawing.add(
        String(
            width, top + 4, "Total", fontName=SANS, fontSize=7, fillColor=MUTED, textAnchor="end"
        )
    )
    for index, row in enumerate(rows):
        y = top - (index + 1) * (BAR + GAP) + GAP
        font = SANS_BOLD if index == 0 else SANS
        drawing.add(
            String(
                LABEL_WIDTH - 6,
                y + 3.6,
                clean(row.label),
                fontName=font,
                fontSize=8,
                fillColor=INK,
                textAnchor="end",
            )
        )
        x = LABEL_WIDTH
        for key in COUNT_KEYS:
            count = row.counts.get(key, 0)
            if not count or not row.total:
                continue
            w = bar_width * count / row.total
            _segment(drawing, key, x, y, w, BAR)
            if w >= 14:
                _count(drawing, key, str(count), x + w / 2, y)
            x += w
        drawing.add(
            String(
                width,
                y + 3.6,
                str(row.total),
                fontName=SANS,
                fontSize=8,
                fillColor=INK,
                textAnchor="end",
            )
        )
    drawing.add(
        Line(
            LABEL_WIDTH,
            8 + LEGEND_HEIGHT - 14,
            LABEL_WIDTH,
            top + 2,
            strokeColor=RULE,
            strokeWidth=0.5,
        )
    )
    _legend(drawing, LABEL_WIDTH, 4, bar_width + TOTAL_WIDTH)
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


def _legend(drawing: Drawing, x: float, y: float, width: float) -> None:
    """Swatches with their labels in one line under the bars, spaced by the labels' widths."""
    labels = [status_label(k) for k in COUNT_KEYS]
    widths = [18 + stringWidth(t, SANS, 7.5) for t in labels]
    gap = max(8.0, (width - sum(widths)) / (len(labels) - 1))
    left = x
    for key, label, item_width in zip(COUNT_KEYS, labels, widths, strict=True):
        _segment(drawing, key, left, y, 14, 9)
        drawing.add(String(left + 18, y + 2, label, fontName=SANS, fontSize=7.5, fillColor=INK))
        left += item_width + gap
