"""Status icons that differ in shape as well as colour, so they read without colour vision.

Implemented: filled circle with a tick. Developing: half-filled circle. Not implemented: square
with a cross. Not applicable: diamond with a bar. Not yet assessed: empty circle. Paragraphs that
are not assessed (declarations, procedural): a pilcrow.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from poa_desktop.domain.status import Status
from poa_desktop.domain.status import status_label as domain_status_label
from poa_desktop.resources import resource_path
from poa_desktop.ui.common.terms import term

COLOURS: dict[str | None, str] = {
    Status.IMPLEMENTED: "#1b7f3b",
    Status.DEVELOPING: "#b86e00",
    Status.NOT_IMPLEMENTED: "#b3261e",
    Status.NOT_APPLICABLE: "#5f6b7a",
    None: "#7a8594",
}


def status_label(status: str | None) -> str:
    """The status as shown in the UI, through Qt's translation system."""
    return term(domain_status_label(status))


def _draw(painter: QPainter, status: str | None, size: float) -> None:
    colour = QColor(COLOURS.get(status, COLOURS[None]))
    pen = QPen(colour, max(1.5, size / 10))
    painter.setPen(pen)
    m = size * 0.12
    box = QRectF(m, m, size - 2 * m, size - 2 * m)
    white = QPen(QColor("white"), max(1.5, size / 8))
    white.setCapStyle(Qt.PenCapStyle.RoundCap)
    if status == Status.IMPLEMENTED:
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(white)
        tick = QPolygonF(
            [
                QPointF(size * 0.3, size * 0.52),
                QPointF(size * 0.45, size * 0.67),
                QPointF(size * 0.72, size * 0.36),
            ]
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(tick)
    elif status == Status.DEVELOPING:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        half = QPainterPath()
        half.moveTo(box.center())
        half.arcTo(box, 90, 180)
        half.closeSubpath()
        painter.fillPath(half, colour)
    elif status == Status.NOT_IMPLEMENTED:
        painter.setBrush(colour)
        painter.drawRect(box)
        painter.setPen(white)
        inset = size * 0.32
        painter.drawLine(QPointF(inset, inset), QPointF(size - inset, size - inset))
        painter.drawLine(QPointF(size - inset, inset), QPointF(inset, size - inset))
    elif status == Status.NOT_APPLICABLE:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        c = size / 2
        r = size / 2 - m
        painter.drawPolygon(
            QPolygonF([QPointF(c, c - r), QPointF(c + r, c), QPointF(c, c + r), QPointF(c - r, c)])
        )
        painter.drawLine(QPointF(c - r / 2, c), QPointF(c + r / 2, c))
    elif status == "reference":
        font = QFont()
        font.setPixelSize(int(size * 0.8))
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "¶")
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)


@cache
def status_icon(status: str | None) -> QIcon:
    """Icon for a status; ``"reference"`` for paragraphs that are shown but not assessed."""
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw(painter, status, float(size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def app_icon() -> QIcon:
    """The application's icon from ``resources/icons`` (a status icon if it is missing)."""

    icon = QIcon()
    for file in sorted(resource_path("icons").glob("poa-desktop-*.png")):
        icon.addFile(str(file))
    return icon if not icon.isNull() else status_icon(Status.IMPLEMENTED)
