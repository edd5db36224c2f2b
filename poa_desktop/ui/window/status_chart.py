"""Horizontal stacked bars of status counts, one bar per group of measures.

Painted with QPainter because QtCharts is not installed (it lives in PySide6-Addons). Each status
has a colour *and* a fill pattern, and the legend repeats the status icons, so the chart reads
without colour vision. All sizes come from the font metrics, so it scales with the font and the
screen; text colours come from the palette, so it follows a dark theme.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from poa_desktop.domain.progress import ProgressRow
from poa_desktop.domain.status import COUNT_KEYS, NOT_ASSESSED, Status, as_status
from poa_desktop.domain.text import arg
from poa_desktop.ui.common.icons import COLOURS, status_icon, status_label
from poa_desktop.ui.common.terms import term

# The pattern drawn over each status colour; together with the colour it tells statuses apart.
PATTERNS: dict[str, Qt.BrushStyle] = {
    Status.IMPLEMENTED: Qt.BrushStyle.NoBrush,
    Status.DEVELOPING: Qt.BrushStyle.BDiagPattern,
    Status.NOT_IMPLEMENTED: Qt.BrushStyle.DiagCrossPattern,
    Status.NOT_APPLICABLE: Qt.BrushStyle.Dense6Pattern,
    NOT_ASSESSED: Qt.BrushStyle.NoBrush,
}


def icon_status(status: str) -> Status | None:
    """The key the icon module uses for a count key (it calls 'not assessed' ``None``)."""
    return as_status(status)


def paint_swatch(painter: QPainter, rect: QRectF, status: str, palette: QPalette) -> None:
    """Fill ``rect`` the way a segment of ``status`` is filled (bars and legend share it)."""
    colour = QColor(COLOURS.get(icon_status(status), COLOURS[None]))
    if status == NOT_ASSESSED:
        # Nothing yet: an empty box in the page colour with a grey outline, like the empty circle.
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0.75, 0.75, -0.75, -0.75))
        return
    painter.fillRect(rect, colour)
    pattern = PATTERNS[status]
    if pattern != Qt.BrushStyle.NoBrush:
        painter.fillRect(rect, QBrush(QColor(255, 255, 255, 170), pattern))


@dataclass(frozen=True)
class _Segment:
    status: str
    count: int
    rect: QRectF


class StatusChart(QWidget):
    """Bars of status counts for groups of :class:`ProgressRow`, with a legend above them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[list[ProgressRow]] = []
        self._legend_lines = 1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # data ------------------------------------------------------------------------------------

    def set_groups(self, groups: Sequence[Sequence[ProgressRow]]) -> None:
        """Show these rows; a little space separates the groups (overall, documents, sections)."""
        self._groups = [list(g) for g in groups if g]
        self.updateGeometry()
        self.update()

    def rows(self) -> list[ProgressRow]:
        """Every row shown, top to bottom."""
        return [row for group in self._groups for row in group]

    # geometry --------------------------------------------------------------------------------

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _legend_items(self, width: float) -> list[tuple[str, QRectF]]:
        """Where each legend entry goes, wrapped to ``width``."""
        fm = self._metrics()
        h = fm.height()
        x = y = 0.0
        items = []
        for status in COUNT_KEYS:
            w = h * 1.6 + h * 0.4 + h + h * 0.35 + fm.horizontalAdvance(self._label(status))
            if x > 0 and x + w > width:
                x, y = 0.0, y + h * 1.6
            items.append((status, QRectF(x, y, w, h * 1.2)))
            x += w + h * 1.2
        return items

    def _legend_height(self, width: float) -> float:
        items = self._legend_items(width)
        return items[-1][1].bottom() if items else 0.0

    def _row_height(self) -> float:
        return self._metrics().height() * 1.9

    def _content_height(self, width: float) -> int:
        fm = self._metrics()
        rows = len(self.rows())
        gaps = max(0, len(self._groups) - 1)
        header = fm.height() * 1.8
        height = self._legend_height(width) + header + rows * self._row_height()
        return int(height + gaps * fm.height() * 0.6 + fm.height() * 0.6) + 1

    def sizeHint(self) -> QSize:
        fm = self._metrics()
        width = fm.averageCharWidth() * 90
        return QSize(int(width), self._content_height(width))

    def minimumSizeHint(self) -> QSize:
        fm = self._metrics()
        width = max(self.width(), int(fm.averageCharWidth() * 40))
        return QSize(int(fm.averageCharWidth() * 40), self._content_height(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        lines = len({rect.top() for _, rect in self._legend_items(event.size().width())})
        if lines != self._legend_lines:
            self._legend_lines = lines
            self.updateGeometry()
        super().resizeEvent(event)

    def _label(self, status: str) -> str:
        return status_label(icon_status(status))

    def _layout(self) -> list[tuple[ProgressRow, QRectF, QRectF, QRectF, list[_Segment]]]:
        """Per row: label rect, bar rect, total rect and segments (shared by paint and tooltips)."""
        fm = self._metrics()
        width = float(self.width())
        # The first row is drawn bold, so measure every label in bold: never elide needlessly.
        bold = QFont(self.font())
        bold.setBold(True)
        bold_fm = QFontMetricsF(bold)
        label_w = max((bold_fm.horizontalAdvance(term(r.label)) for r in self.rows()), default=0.0)
        label_w = min(label_w + fm.height() * 0.8, width * 0.35)
        total_w = fm.horizontalAdvance(self.tr("Total")) + fm.height() * 0.8
        bar_x = label_w
        # Keep half a line of room on the right so totals never touch a scroll bar.
        bar_w = max(1.0, width - label_w - total_w - fm.height() * 0.5)
        row_h = self._row_height()
        bar_h = fm.height() * 1.4
        y = self._legend_height(width) + fm.height() * 1.8
        result = []
        for index, group in enumerate(self._groups):
            if index:
                y += fm.height() * 0.6
            for row in group:
                bar = QRectF(bar_x, y + (row_h - bar_h) / 2, bar_w, bar_h)
                segments = []
                x = bar.left()
                for status in COUNT_KEYS:
                    count = row.counts.get(status, 0)
                    if not count or not row.total:
                        continue
                    w = bar_w * count / row.total
                    segments.append(_Segment(status, count, QRectF(x, bar.top(), w, bar_h)))
                    x += w
                label = QRectF(0, y, label_w - fm.height() * 0.6, row_h)
                total = QRectF(bar.right(), y, total_w, row_h)
                result.append((row, label, bar, total, segments))
                y += row_h
        return result

    # painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.NonCosmeticBrushPatterns)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        fm = self._metrics()
        if not self._groups:
            painter.setPen(text)
            painter.drawText(
                QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show yet")
            )
            return
        self._paint_legend(painter, palette)
        layout = self._layout()
        header_y = self._legend_height(float(self.width())) + fm.height() * 0.4
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        if layout:
            _, _, bar, total, _ = layout[0]
            painter.drawText(
                QRectF(bar.left(), header_y, bar.width(), fm.height() * 1.2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("Share of measures by status"),
            )
            painter.drawText(
                QRectF(total.left(), header_y, total.width(), fm.height() * 1.2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.tr("Total"),
            )
        bold = QFont(self.font())
        bold.setBold(True)
        for index, (row, label, _, total, segments) in enumerate(layout):
            painter.setFont(bold if index == 0 else self.font())
            painter.setPen(text)
            align = Qt.AlignmentFlag.AlignVCenter
            elided = QFontMetricsF(painter.font()).elidedText(
                term(row.label), Qt.TextElideMode.ElideRight, label.width()
            )
            painter.drawText(label, align | Qt.AlignmentFlag.AlignLeft, elided)
            painter.drawText(total, align | Qt.AlignmentFlag.AlignRight, str(row.total))
            painter.setFont(self.font())
            for segment in segments:
                self._paint_segment(painter, segment, palette)

    def _paint_legend(self, painter: QPainter, palette: QPalette) -> None:
        fm = self._metrics()
        h = fm.height()
        for status, rect in self._legend_items(float(self.width())):
            swatch = QRectF(rect.left(), rect.top() + h * 0.1, h * 1.6, h)
            paint_swatch(painter, swatch, status, palette)
            icon_rect = QRectF(swatch.right() + h * 0.4, rect.top() + h * 0.1, h, h)
            status_icon(icon_status(status)).paint(painter, icon_rect.toRect())
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text_rect = QRectF(icon_rect.right() + h * 0.35, rect.top(), rect.width(), h * 1.2)
            text_rect.setRight(rect.right() + 1)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._label(status),
            )

    def _paint_segment(self, painter: QPainter, segment: _Segment, palette: QPalette) -> None:
        rect = segment.rect
        paint_swatch(painter, rect, segment.status, palette)
        # A thin line in the page colour between segments, so neighbours never merge.
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Window), 1.0))
        painter.drawLine(QPointF(rect.right(), rect.top()), QPointF(rect.right(), rect.bottom()))
        fm = self._metrics()
        label = str(segment.count)
        chip_w = fm.horizontalAdvance(label) + fm.height() * 0.5
        if chip_w + 4 > rect.width():
            return
        chip = QRectF(0, 0, chip_w, fm.height())
        chip.moveCenter(rect.center())
        if segment.status == NOT_ASSESSED:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
        else:
            # A solid chip under the number hides the pattern so the digits stay legible.
            colour = QColor(COLOURS.get(icon_status(segment.status), COLOURS[None]))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(QColor("white"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)

    # tooltips --------------------------------------------------------------------------------

    def describe_at(self, pos: QPointF) -> str:
        """The tooltip for a point: the row, and the status under the pointer if any."""
        for row, label, _, _, segments in self._layout():
            if not label.top() <= pos.y() < label.bottom():
                continue
            for segment in segments:
                if segment.rect.contains(pos):
                    percent = round(100 * segment.count / row.total) if row.total else 0
                    return arg(
                        self.tr("%1: %2 of %3 measures %4 (%5%)"),
                        term(row.label),
                        segment.count,
                        row.total,
                        self._label(segment.status).lower(),
                        percent,
                    )
            parts = [
                f"{self._label(s)}: {row.counts.get(s, 0)}"
                for s in COUNT_KEYS
                if row.counts.get(s, 0)
            ]
            return f"{term(row.label)} ({row.total})\n" + "\n".join(parts)
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.describe_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
