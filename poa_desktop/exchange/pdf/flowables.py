"""Small custom flowables of the report: contents-aware headings, measure headers, field rows.

Custom flowables draw straight on the canvas, which is several times faster than a Table per
measure (the demo has 221 of them) and lets a long answer flow from one page to the next. In a
right-to-left report they are drawn mirrored: labels on the right, values and status on the left.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

from babel.dates import format_date
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Table
from reportlab.platypus.doctemplate import FrameBreak, NullActionFlowable

from poa_desktop.exchange.language import right_to_left, say, texts
from poa_desktop.exchange.pdf.fonts import SANS_BOLD, clean, fill
from poa_desktop.exchange.pdf.styles import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    STATUS_FILL,
    STATUS_TINT,
    Para,
)
from poa_desktop.exchange.pdf.styles import styles as _styles
from poa_desktop.exchange.pdf.visual import draw_line, line_runs, runs_width

DATE_LOCALES = {"en": "en_GB", "fr": "fr", "es": "es", "ar": "ar", "ru": "ru", "zh": "zh"}
"""Babel locale of each report language; English writes dates the UN way (22 November 2026)."""
LABEL_WIDTH: float = 3.2 * cm
VALUE_GAP = 3.0
SMALL_TABLE_ROWS = 8


def long_date(value: date, language: str | None = None) -> str:
    """The date written out in the report's language (or ``language``), whatever the machine's
    locale: "22 November 2026", "22 novembre 2026", "2026年11月22日" (plain text, see
    :func:`markup`)."""
    locale = DATE_LOCALES[language or texts().language]
    return clean(format_date(value, format="long", locale=locale))


class TocHeading(Para):
    """A heading the document template puts in the contents and the PDF outline."""

    def __init__(
        self,
        text: str,
        style: str,
        *,
        key: str,
        plain: str,
        toc_level: int | None,
        outline_level: int | None,
    ) -> None:
        super().__init__(text, _styles()[style])
        self.key = key
        self.plain = plain
        self.toc_level = toc_level
        self.outline_level = outline_level
        self.toc_text = text


def part_heading(
    title: str, key: str, level: int, *, in_contents: bool | None = None
) -> TocHeading:
    """A chapter (level 0) or part (level 1) heading from plain text, in the PDF outline; in the
    contents when ``in_contents`` (by default only chapters: the contents must stay on one page,
    a longer one would cost a third layout pass)."""
    listed = level == 0 if in_contents is None else in_contents
    return TocHeading(
        fill(title),
        "H0" if level == 0 else "H1",
        key=key,
        plain=title,
        toc_level=level if listed else None,
        outline_level=level,
    )


class MeasureHeader(Flowable):  # type: ignore[misc]
    """A rule, the citation label at the start of the line and the status in a tinted box at
    its end (label on the right and box on the left in a right-to-left report)."""

    HEIGHT = 19.0

    def __init__(self, label: str, status_key: str, status_text: str) -> None:
        super().__init__()
        self.label = clean(label)
        self.status_key = status_key
        self.status_text = status_text
        self.width = 0.0
        self.rtl = right_to_left()

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.HEIGHT

    def draw(self) -> None:
        canvas = self.canv
        rtl = self.rtl
        top = self.HEIGHT
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(0, top - 0.5, self.width, top - 0.5)
        canvas.setFillColor(ACCENT)
        if rtl:
            draw_line(canvas, self.width, 4.5, self.label, SANS_BOLD, 9.5, "end")
        else:
            canvas.setFont(SANS_BOLD, 9.5)
            canvas.drawString(0, 4.5, self.label)
        size = 7.3
        runs = line_runs(self.status_text, SANS_BOLD, size)
        text_width = runs_width(runs, size)
        box_width = text_width + 16
        x = 0 if rtl else self.width - box_width
        canvas.setFillColor(STATUS_TINT[self.status_key])
        outline = STATUS_FILL[self.status_key]
        canvas.setStrokeColor(MUTED if outline == colors.white else outline)
        canvas.setLineWidth(0.6)
        canvas.roundRect(x, 1.5, box_width, 12.5, 2.5, stroke=1, fill=1)
        canvas.setFillColor(INK)
        centre = x + box_width / 2
        draw_line(canvas, centre, 5.2, self.status_text, SANS_BOLD, size, "middle")


_LABELS: ContextVar[dict[tuple[str, int], Para] | None] = ContextVar("poa_pdf_labels", default=None)


@contextmanager
def shared_labels() -> Iterator[None]:
    """Within the block (one report being written), field rows with the same label share one
    label paragraph, parsed and broken into lines once (hundreds of rows, a dozen labels)."""
    token = _LABELS.set({})
    try:
        yield
    finally:
        _LABELS.reset(token)


def _label(text: str) -> Para:
    """A field row's label (markup); the one already made for this report, if any (a label is
    only ever wrapped at the label column's width and drawn, never split)."""
    style = _styles()["FieldLabel"]
    labels = _LABELS.get()
    if labels is None:
        return Para(text, style)
    key = (text, id(style))
    label = labels.get(key)
    if label is None:
        label = labels[key] = Para(text, style)
    return label


class FieldRow(Flowable):  # type: ignore[misc]
    """A field label in a narrow column beside its value(s); splits between pages.

    The label column is on the left, or on the right in a right-to-left report.
    """

    def __init__(self, label: str, values: Sequence[Flowable], continued: bool = False) -> None:
        super().__init__()
        self.label_text = label
        text = fill(say("%1 (cont.)"), fill(label)) if continued else fill(label)
        self.label = _label(text)
        self.values = list(values)
        self.heights: list[float] = []
        self.label_height = 0.0
        self.width = 0.0
        self.height = 0.0
        self.rtl = right_to_left()

    def _value_width(self, available_width: float) -> float:
        return available_width - LABEL_WIDTH

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        width = self._value_width(available_width)
        self.label_height = self.label.wrap(LABEL_WIDTH - 8, available_height)[1]
        self.heights = [v.wrap(width, available_height)[1] for v in self.values]
        total = sum(self.heights) + VALUE_GAP * max(0, len(self.values) - 1)
        self.height = max(self.label_height, total) + VALUE_GAP
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self.label.wrap(LABEL_WIDTH - 8, available_height)[1] + VALUE_GAP > available_height:
            return []  # a label of two lines (a longer language) does not fit: next page
        width = self._value_width(available_width)
        used = 0.0
        first: list[Flowable] = []
        rest = list(self.values)
        while rest:
            value = rest[0]
            height = value.wrap(width, available_height)[1]
            if used + height <= available_height - VALUE_GAP:
                first.append(rest.pop(0))
                used += height + VALUE_GAP
                continue
            if isinstance(value, Table) and len(value._cellvalues) <= SMALL_TABLE_ROWS:
                break  # a few rows of report data stay together
            parts = value.split(width, available_height - used - VALUE_GAP)
            if len(parts) > 1:
                first.append(parts[0])
                rest = [*parts[1:], *rest[1:]]
            break
        if not first or not rest:
            return []
        return [FieldRow(self.label_text, first), FieldRow(self.label_text, rest, True)]

    def draw(self) -> None:
        label_x = self.width - (LABEL_WIDTH - 8) if self.rtl else 0
        value_x = 0 if self.rtl else LABEL_WIDTH
        self.label.drawOn(self.canv, label_x, self.height - self.label_height - 0.6)
        y = self.height
        for value, height in zip(self.values, self.heights, strict=True):
            y -= height
            value.drawOn(self.canv, value_x, y)
            y -= VALUE_GAP


class MeasureBlock(KeepTogether):  # type: ignore[misc]
    """A measure: kept whole on one page where it fits, without leaving much of a page blank.

    The head (citation, commitment text, first answer row) never separates. The whole block
    moves to the next page when it would not fit here and this page has at most ``limit``
    points left; with more room left it starts here and the answer flows on.
    """

    def __init__(self, head: Sequence[Flowable], rest: Sequence[Flowable], limit: float) -> None:
        super().__init__([*head, *rest])
        self.head = list(head)
        self.rest = list(rest)
        self.limit = limit

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Always too tall, as ``KeepTogether`` says, so that platypus asks :meth:`split`; the
        block is measured there (``KeepTogether`` measured it here too, for nothing)."""
        return available_width, 0xFFFFFF

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        heights = [f.wrapOn(self.canv, available_width, available_height)[1] for f in self.head]
        head_height = sum(heights) + sum(f.getSpaceAfter() for f in self.head[:-1])
        total = head_height + sum(
            f.wrapOn(self.canv, available_width, available_height)[1] for f in self.rest
        )
        frame = getattr(self, "_frame", None)
        at_top = bool(frame and getattr(frame, "_atTop", False))
        move = total > available_height and not at_top
        move = move and (head_height > available_height or available_height <= self.limit)
        # platypus needs an action first: it places the first part of a split without splitting
        return [FrameBreak() if move else NullActionFlowable(), KeepTogether(self.head), *self.rest]
