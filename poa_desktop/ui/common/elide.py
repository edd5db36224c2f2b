"""Long labels in narrow lists: elided in the middle, between words, readable right to left.

The navigation tree shows whole paragraphs (issue 19). Qt's own middle elision halves the room
between start and end and cuts inside words ("To e…ctices on disposal."); and in the Arabic
window an English label's final full stop and its ellipsis jump to the wrong end. This delegate
keeps most of the room for the start (which says what the paragraph is), ends on the last words
(a heading's count stays in sight) and marks an English label as left to right.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

ELLIPSIS = "…"
COUNT = re.compile(r"\s+\(\d+/\d+\)$")
"""A heading's count of answered measures, "  (8/20)", at the end of its label."""
TAIL_AFTER = 45
"""Below about this many characters of room, no words from a label's end: only its start."""
_REMEMBERED = 4096
"""Elided texts a delegate keeps (a few hundred rows, at a few widths)."""
LRM = "\u200e"
"""LEFT-TO-RIGHT MARK: keeps an English label's punctuation at its end in a right-to-left view."""


def elide_middle(metrics: QFontMetrics, text: str, width: int, tail_share: float = 0.3) -> str:
    """``text`` within ``width`` pixels: its start, "…", and its end; whole when it fits.

    A heading's count ("(8/8)") is the end kept whole. Otherwise the end is the last words in
    at most ``tail_share`` of the width, kept only when two words or more fit and the room is
    not narrow: a word fragment would take the start's room for nothing.
    """
    if width <= 0 or metrics.horizontalAdvance(text) <= width:
        return text
    count = COUNT.search(text)
    if count is not None:
        tail = " " + count.group(0).strip()
        body = text[: count.start()]
        return _head(metrics, body, width - metrics.horizontalAdvance(ELLIPSIS + tail)) + tail
    if width < metrics.averageCharWidth() * TAIL_AFTER:  # narrow: the start says the most
        return _head(metrics, text, width)
    end = metrics.elidedText(text, Qt.TextElideMode.ElideLeft, int(width * tail_share))
    end = end.removeprefix(ELLIPSIS).removeprefix("...")  # "..." when the font lacks "…"
    start = len(text) - len(end)
    words = end.split()
    if words and start > 0 and not text[start - 1].isspace() and not end[:1].isspace():
        words = words[1:]  # a word cut at its beginning
    tail = " " + " ".join(words) if len(words) >= 2 else ""
    return _head(metrics, text, width - metrics.horizontalAdvance(ELLIPSIS + tail)) + tail


def _head(metrics: QFontMetrics, text: str, width: int) -> str:
    """The start of ``text`` that fits ``width`` with "…", ending on a whole word if it can."""
    head = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    head = head.removesuffix(ELLIPSIS).removesuffix("...")  # "..." when the font lacks "…"
    if head == text:
        return text
    cut = head.rstrip().rsplit(" ", 1)
    if len(cut) == 2 and len(cut[0]) >= len(head) * 0.85:  # a whole word, unless costly
        head = cut[0]
    return head.rstrip(" ,;:") + ELLIPSIS


def starts_left_to_right(text: str) -> bool:
    """True when the first letter with a direction reads left to right (English, French...)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return True
        if kind in ("R", "AL"):
            return False
    return False


class MiddleElideDelegate(QStyledItemDelegate):
    """Draws each item's text elided by :func:`elide_middle`, marked left to right if need be."""

    def __init__(self, parent: QObject | None = None, *, tail_share: float = 0.3) -> None:
        super().__init__(parent)
        self._tail_share = tail_share
        self._elided: dict[tuple[str, int, str], str] = {}
        """What each text became at a width in a font: moving repaints the same rows."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        text: str = opt.text
        width = rect.width() - 2 * margin - 4  # Qt's own elision never needed on top
        key = (text, width, opt.font.key())
        shown = self._elided.get(key)
        if shown is None:
            shown = elide_middle(opt.fontMetrics, text, width, self._tail_share)
            if len(self._elided) >= _REMEMBERED:
                self._elided.clear()
            self._elided[key] = shown
        if opt.direction == Qt.LayoutDirection.RightToLeft and starts_left_to_right(shown):
            shown = LRM + shown + LRM
        opt.text = shown
        # Already elided: Qt eliding again, a pixel over in a right-to-left row, made "… …".
        opt.textElideMode = Qt.TextElideMode.ElideNone
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
