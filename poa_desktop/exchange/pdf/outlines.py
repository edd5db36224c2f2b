"""Text drawn as glyph outlines: seen on the page, absent from the text a reader extracts.

The DRAFT watermark is on every page of a draft; drawn as text it ends up inside every
paragraph someone copies or a machine extracts ("DRAFT" between two sentences of an answer).
Drawn as the glyphs' shapes it looks the same and is not text. HarfBuzz (uharfbuzz, already
used for Arabic) shapes the word in the font that covers its script (so "مسودة" is joined and
right to left) and gives each glyph's outline.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

import uharfbuzz as hb
from reportlab.pdfgen.pathobject import PDFPathObject

from poa_desktop.exchange.pdf.fonts import ARABIC, CJK, SANS_BOLD, font_file, script_of


@cache
def _font(name: str) -> hb.Font:
    blob = hb.Blob.from_file_path(str(font_file(name)))
    return hb.Font(hb.Face(blob))


def _towards(point: tuple[float, float], control: tuple[float, float]) -> tuple[float, float]:
    """Two thirds of the way from ``point`` to a quadratic ``control``: a cubic's control."""
    return point[0] + 2 / 3 * (control[0] - point[0]), point[1] + 2 / 3 * (control[1] - point[1])


class _Pen:
    """fontTools' pen protocol onto a reportlab path, scaled from font units to points."""

    def __init__(self, path: Any, x: float, y: float, scale: float) -> None:
        self.path, self.x, self.y, self.scale = path, x, y, scale
        self.last = (0.0, 0.0)

    def _at(self, point: tuple[float, float]) -> tuple[float, float]:
        return self.x + point[0] * self.scale, self.y + point[1] * self.scale

    def moveTo(self, point: tuple[float, float]) -> None:
        self.path.moveTo(*self._at(point))
        self.last = point

    def lineTo(self, point: tuple[float, float]) -> None:
        self.path.lineTo(*self._at(point))
        self.last = point

    def qCurveTo(self, *points: tuple[float, float]) -> None:
        """Quadratic segments (TrueType), as cubic ones (PDF has only those); between two
        off-curve points the on-curve point is implied, halfway."""
        start = self.last
        for index, control in enumerate(points[:-1]):
            if index == len(points) - 2:
                end = points[-1]
            else:
                following = points[index + 1]
                end = ((control[0] + following[0]) / 2, (control[1] + following[1]) / 2)
            one = _towards(start, control)
            two = _towards(end, control)
            self.path.curveTo(*self._at(one), *self._at(two), *self._at(end))
            start = end
        self.last = start

    def curveTo(self, *points: tuple[float, float]) -> None:
        one, two, end = points[-3:]
        self.path.curveTo(*self._at(one), *self._at(two), *self._at(end))
        self.last = end

    def closePath(self) -> None:
        self.path.close()

    def endPath(self) -> None:
        pass


def _font_for(text: str) -> str:
    script = script_of(text)
    return ARABIC if script == "arabic" else CJK if script == "cjk" else SANS_BOLD


def _shaped(text: str) -> tuple[hb.Font, hb.Buffer]:
    """``text`` shaped by HarfBuzz in the font of its script (glyphs in visual order)."""
    font = _font(_font_for(text))
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer)
    return font, buffer


def outlined_width(text: str, size: float) -> float:
    """The width of ``text`` drawn by :func:`draw_outlined` at ``size`` points."""
    font, buffer = _shaped(text)
    advance: int = sum(position.x_advance for position in buffer.glyph_positions)
    return float(advance * size / float(font.face.upem))


def draw_outlined(canvas: Any, x: float, y: float, text: str, size: float) -> None:
    """Fill ``text`` centred on ``x`` at baseline ``y``, as shapes in the current fill colour."""
    canvas.drawPath(_outline(x, y, text, size), stroke=0, fill=1)


@lru_cache(maxsize=16)
def _outline(x: float, y: float, text: str, size: float) -> PDFPathObject:
    """The glyphs' outlines as one path: traced once, drawn on every page of the report."""
    font, buffer = _shaped(text)
    scale = size / float(font.face.upem)
    left = x - outlined_width(text, size) / 2
    path = PDFPathObject()
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        pen = _Pen(path, left + position.x_offset * scale, y + position.y_offset * scale, scale)
        font.draw_glyph_with_pen(info.codepoint, pen)
        left += position.x_advance * scale
    return path
