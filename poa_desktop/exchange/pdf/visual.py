"""Text in the order it is printed: the bidirectional algorithm per line, Arabic shaped.

reportlab 5 can reorder and shape a paragraph itself (``wordWrap="RTL"``, ``shaping=1``), but
not well enough for this report (checked against reportlab 5.1 with python-bidi as ``rlbidi``):

- a word of two fonts (``"(وزارة"``, ``"الخارجية."``: :func:`poa_desktop.exchange.pdf.fonts.markup`
  sets Arabic in its own font) is shaped whole with the first font's glyphs, so the other font
  prints wrong glyphs or boxes;
- a shaped right-to-left line is printed by reversing its fragments (runs of one font and
  style), without the bidirectional algorithm: the words of one fragment keep their typed order
  from left to right, so "الجمهورية العربية المثالية" reads backwards (each word joined), and
  numbers or Latin words land in the wrong place. ``pdftotext -raw`` returns such a line in the
  typed order, because that is the order in which its words stand on the page.

So :class:`poa_desktop.exchange.pdf.styles.Para` lets reportlab break lines in logical order
(Noto Sans Arabic measures a word by its shaped width, so the lines fill correctly: see
``fonts``) and, just before drawing, :func:`visual_runs` reorders each line with python-bidi's
implementation of the Unicode bidirectional algorithm (UAX #9, with rule N0 for brackets added
here, rules L1 to L4) into runs of one fragment and one direction; right-to-left runs of Arabic
are shaped with HarfBuzz (:func:`printed`), which joins the letters and lays them out right to
left. Lines drawn straight on the canvas (header, footers, watermark, status boxes, the chart)
go through :func:`line_runs` and :func:`draw_line`.

A paragraph's direction is that of its first strong character (Arabic or Latin letter), like
``dir="auto"`` in HTML, unless it holds a right-to-left text of the report's own (an Arabic
translation, ``fonts.fill``): then it runs right to left whatever comes first. One without any
strong character (a telephone number, a count) runs left to right, so ``+999 20 555 0101``
keeps its order in an Arabic report too. Text after a line break is a paragraph of its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Literal

from bidi import algorithm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import FragLine, ParaLines

from poa_desktop.exchange.pdf.fonts import ARABIC, REPLACEMENT, clean, font_runs, shape

Anchor = Literal["start", "middle", "end"]

_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe]")
_TAG = re.compile(r"<[^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def has_arabic(text: str) -> bool:
    """Whether the text (plain or markup) holds an Arabic character."""
    return _ARABIC_LETTER.search(text) is not None


def first_strong(text: str, *, markup: bool = False) -> Literal["L", "R"] | None:
    """The direction of the first letter with a strong direction, None when there is none.

    With ``markup`` the tags and character entities of Paragraph markup are skipped.
    """
    if markup:
        text = _TAG.sub("", text)
    bidirectional = unicodedata.bidirectional
    for char in text:
        kind = bidirectional(char)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return None


def _resolved(text: str, right_to_left: bool) -> list[dict[str, Any]]:
    """The characters of one line in visual order, each with its logical index and level."""
    storage = algorithm.get_empty_storage()
    level = 1 if right_to_left else 0
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    algorithm.get_embedding_levels(text, storage, False, False)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    _resolve_brackets(storage["chars"], "R" if right_to_left else "L")
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    chars: list[dict[str, Any]] = storage["chars"]
    return chars


_OPENING = {"(": ")", "[": "]", "{": "}", "\uff08": "\uff09", "\uff3b": "\uff3d"}
_CLOSING = frozenset(_OPENING.values())


def _strong(kind: str) -> str | None:
    """A resolved type as it counts for brackets: numbers count as right to left (N0)."""
    return "L" if kind == "L" else "R" if kind in ("R", "AL", "EN", "AN") else None


def _resolve_brackets(chars: list[dict[str, Any]], embedding: str) -> None:
    """Rule N0 of the bidirectional algorithm (paired brackets), which python-bidi's
    algorithm predates: a pair of brackets takes the direction of the text it encloses when
    that is the paragraph's, else the direction before it, so "(Exampleland) 228" in Arabic
    keeps its brackets around the name. Our paragraphs have no explicit embeddings, so the
    whole line is one run at the paragraph's level."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for index, char in enumerate(chars):
        if char["type"] != "ON":
            continue
        if char["ch"] in _OPENING:
            if len(stack) == 63:  # BD16: stop at the 63rd nested opening bracket
                break
            stack.append((_OPENING[char["ch"]], index))
        elif char["ch"] in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char["ch"]:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    for opening, closing in sorted(pairs):
        inside = {_strong(chars[k]["type"]) for k in range(opening + 1, closing)} - {None}
        if not inside:
            continue  # N1 and N2 decide
        if embedding in inside:
            direction = embedding
        else:
            before = (_strong(chars[k]["type"]) for k in range(opening - 1, -1, -1))
            context = next((kind for kind in before if kind), embedding)
            direction = context  # the opposite direction only when the context has it too
        chars[opening]["type"] = chars[closing]["type"] = direction


def visual_runs(pieces: Sequence[str], right_to_left: bool) -> list[tuple[int, str, str, bool]]:
    """One line made of ``pieces`` (logical order) as runs in visual order, left to right.

    Each run is (index of its piece, its text in visual order with mirrored brackets, its text
    in logical order, whether it runs right to left); a run never spans two pieces.
    """
    text = "".join(pieces)
    owner: list[int] = []
    for index, piece in enumerate(pieces):
        owner += [index] * len(piece)
    runs: list[tuple[int, str, str, bool]] = []
    current: list[dict[str, Any]] = []

    def close() -> None:
        if current:
            first, last = current[0]["index"], current[-1]["index"]
            low, high = min(first, last), max(first, last)
            rtl = bool(current[0]["level"] % 2)
            visual = "".join(char["ch"] for char in current)
            runs.append((owner[first], visual, text[low : high + 1], rtl))
            current.clear()

    for char in _resolved(text, right_to_left):
        if current:
            previous = current[-1]
            step = -1 if previous["level"] % 2 else 1
            if (
                char["level"] != previous["level"]
                or owner[char["index"]] != owner[previous["index"]]
                or char["index"] != previous["index"] + step
            ):
                close()
        current.append(char)
    close()
    return runs


def printed(visual: str, logical: str, right_to_left: bool, font: str, size: float) -> str:
    """What to print for one run: Arabic shaped, anything else in visual order.

    A right-to-left run of Arabic in Noto Sans Arabic is shaped from its logical text by
    HarfBuzz, which joins the letters, mirrors brackets and returns the glyphs in visual order
    as reportlab's ``ShapedStr`` (glyphs and their positions, printed as is by a text object).
    """
    if right_to_left and font == ARABIC and has_arabic(logical):
        return shape(logical, font, size)
    return visual


_LINES: dict[tuple[str, str, float], tuple[tuple[str, str], ...]] = {}


def line_runs(text: str, font: str, size: float) -> tuple[tuple[str, str], ...]:
    """One line of plain text as (font, text) runs in visual order, Arabic shaped.

    Kept for the next time (status words, labels), unless a character could not be printed:
    that one is collected again each time (``fonts.collect_missing``).
    """
    key = (text, font, size)
    found = _LINES.get(key)
    if found is None:
        found = _line_runs(text, font, size)
        if len(_LINES) < 2048 and all(REPLACEMENT not in t for _, t in found):
            _LINES[key] = found
    return found


def _line_runs(text: str, font: str, size: float) -> tuple[tuple[str, str], ...]:
    pieces = font_runs(clean(text), font)
    if not has_arabic(text):
        return tuple(pieces)  # left to right, whatever the report's direction
    rtl = first_strong(text) == "R"
    out: list[tuple[str, str]] = []
    for index, visual, logical, run_rtl in visual_runs([t for _, t in pieces], rtl):
        piece_font = pieces[index][0]
        out.append((piece_font, printed(visual, logical, run_rtl, piece_font, size)))
    return tuple(out)


def runs_width(runs: Sequence[tuple[str, str]], size: float) -> float:
    """The printed width of :func:`line_runs`."""
    return float(sum(stringWidth(text, font, size) for font, text in runs))


@lru_cache(maxsize=256)
def _simple(text: str, font: str) -> bool:
    """Whether the text prints in ``font`` alone, left to right (no work for draw_line)."""
    pieces = font_runs(clean(text), font)
    return not has_arabic(text) and len(pieces) <= 1 and all(f == font for f, _ in pieces)


def draw_line(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    anchor: Anchor = "start",
) -> None:
    """Draw one line at ``x`` (its left end, centre or right end).

    Text in one font without Arabic is drawn exactly as ``drawString`` and its right-aligned
    and centred variants draw it.
    """
    if _simple(text, font):
        if (canvas._fontname, canvas._fontsize) != (font, size):
            canvas.setFont(font, size)
        if anchor == "end":
            canvas.drawRightString(x, y, text)
        elif anchor == "middle":
            canvas.drawCentredString(x, y, text)
        else:
            canvas.drawString(x, y, text)
        return
    runs = line_runs(text, font, size)
    width = runs_width(runs, size)
    left = x - width if anchor == "end" else x - width / 2 if anchor == "middle" else x
    for run_font, run_text in runs:
        canvas.setFont(run_font, size)
        canvas.drawString(left, y, run_text)
        left += stringWidth(run_text, run_font, size)


def visual_paragraph(lines: Any, right_to_left: bool) -> ParaLines:
    """A paragraph's broken lines (reportlab's ``blPara``, logical order) as printed.

    Every line becomes a line of fragments (kind 1) in visual order; the unused width of each
    line is corrected by the width shaping saved, so alignment stays exact. Text after a line
    break (``<br/>``, a line break typed in an answer) is a paragraph of its own for the
    bidirectional algorithm, with its own direction (so a telephone number under an Arabic name
    keeps its order); the first one takes ``right_to_left``. Callback fragments (``<onDraw>``)
    go to the end of the line in its direction: the right end of a left-to-right line, the left
    end of a right-to-left one.
    """
    broken = [_frag_line(line, lines) for line in lines.lines]
    directions: list[bool] = []
    start = 0
    for index, line in enumerate(broken):
        if getattr(line, "lineBreak", False) or index == len(broken) - 1:
            segment = broken[start : index + 1]
            if start == 0:
                rtl = right_to_left
            else:
                text = "".join(f.text for f in _frags(segment))
                rtl = first_strong(text) == "R"
            directions += [rtl] * len(segment)
            start = index + 1
    out = [_visual_line(line, rtl) for line, rtl in zip(broken, directions, strict=True)]
    return ParaLines(
        kind=1,
        lines=out,
        fontSize=getattr(lines, "fontSize", None),
        ascent=getattr(lines, "ascent", None),
        descent=getattr(lines, "descent", None),
    )


def _frag_line(line: Any, lines: Any) -> Any:
    """A line of fragments (kind 1) for a line of a paragraph in one style (kind 0)."""
    if not isinstance(line, tuple):
        return line
    extra, words = line  # (unused width, words)
    frag = lines.clone(text=" ".join(words), lines=None, kind=None)
    return FragLine(
        extraSpace=extra,
        wordCount=len(words),
        lineBreak=False,
        fontSize=lines.fontSize,
        ascent=lines.ascent,
        descent=lines.descent,
        words=[frag],
    )


def _frags(lines: Sequence[Any]) -> list[Any]:
    return [f for line in lines for f in line.words if not hasattr(f, "cbDefn")]


def _visual_line(line: Any, right_to_left: bool) -> Any:
    frags = _frags([line])
    specials = [f for f in line.words if hasattr(f, "cbDefn")]
    before = sum(stringWidth(f.text, f.fontName, f.fontSize) for f in frags)
    words = []
    for index, visual, logical, rtl in visual_runs([f.text for f in frags], right_to_left):
        frag = frags[index]
        words.append(frag.clone(text=printed(visual, logical, rtl, frag.fontName, frag.fontSize)))
    after = sum(stringWidth(f.text, f.fontName, f.fontSize) for f in words)
    words = [*specials, *words] if right_to_left else [*words, *specials]
    return line.clone(words=words, extraSpace=line.extraSpace + before - after)
