"""Bundled fonts for the PDF report, and safe Paragraph markup for user text in any script.

Every font is a TrueType file from ``resources/fonts`` that reportlab embeds as a subset, so the
report prints the same on any machine, offline.

What prints, and what does not:

- Latin, Greek and Cyrillic: Noto Sans / Noto Serif, fully.
- Chinese, Japanese and Korean: runs of these characters are set in Droid Sans Fallback, so they
  print with real glyphs and can be copied out of the PDF. Line breaks fall between words (spaces)
  only; a long run of ideographs without spaces wraps as one word.
- Arabic: runs are set in Noto Sans Arabic, so each letter prints with a real glyph (no boxes) and
  the text can be copied out. reportlab does NO Arabic shaping and NO right-to-left reordering
  here: letters print in their isolated forms, unjoined, in logical (left-to-right) order. A
  name such as "وزارة الخارجية" is legible to a reader of Arabic only with effort; a ministry
  that needs proper Arabic should type the English name beside it. (reportlab can shape and
  reorder when the optional packages ``uharfbuzz`` and ``rlbidi`` are installed; this report
  does not rely on them.)
- Other scripts (Hebrew, Devanagari, Thai...) have no bundled font and print as missing glyphs.

All text is NFC-normalised (reportlab does not combine accents with their letters), never
NFKC: compatibility folding would change what was typed (``10²`` would print ``102``). Control
characters are dropped, and ``&``, ``<``, ``>`` are escaped before any markup is added. A
character the main font lacks is set in Droid Sans Fallback when that has it; one that no
bundled font has prints as a visible replacement mark (U+FFFD) and is listed in the export's
warnings (:func:`collect_missing`), never silently dropped.
"""

from __future__ import annotations

import contextvars
import re
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from poa_desktop.resources import resource_path

SANS = "NotoSans"
SANS_BOLD = "NotoSans-Bold"
SANS_ITALIC = "NotoSans-Italic"
SERIF = "NotoSerif"
SERIF_BOLD = "NotoSerif-Bold"
SERIF_ITALIC = "NotoSerif-Italic"
ARABIC = "NotoSansArabic"
CJK = "DroidSansFallback"

_FILES: dict[str, str] = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    "NotoSans-BoldItalic": "NotoSans-BoldItalic.ttf",
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf",
    SERIF_ITALIC: "NotoSerif-Italic.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}

_ARABIC_CHARS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe"
_CJK_CHARS = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f"
    "\uff00-\uffef\U00020000-\U0002fa1f"
)
# A run keeps the spaces between its words, so "وزارة الخارجية" is one run in one font.
_RUN = re.compile(
    rf"(?P<arabic>[{_ARABIC_CHARS}]+(?:[ \u00a0]+[{_ARABIC_CHARS}]+)*)"
    rf"|(?P<cjk>[{_CJK_CHARS}]+(?:[ \u00a0]+[{_CJK_CHARS}]+)*)"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NO_BREAK = re.compile("[\u00a0\u202f\u2007]")

_lock = threading.Lock()
_registered: set[str] = set()


def _register(name: str) -> str:
    """Register one bundled font the first time it is needed (the CJK file is 4 MB)."""
    if name in _registered:
        return name
    with _lock:
        if name not in _registered:
            path = resource_path("fonts", _FILES[name])
            pdfmetrics.registerFont(TTFont(name, str(path)))
            _registered.add(name)
    return name


def register_fonts() -> None:
    """Register Noto Sans and Noto Serif as families, so ``<b>`` and ``<i>`` pick real faces."""
    for name in (SANS, SANS_BOLD, SANS_ITALIC, "NotoSans-BoldItalic", SERIF, SERIF_BOLD):
        _register(name)
    _register(SERIF_ITALIC)
    for family, regular, bold, italic, bold_italic in (
        (SANS, SANS, SANS_BOLD, SANS_ITALIC, "NotoSans-BoldItalic"),
        (SERIF, SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD),  # no bold italic bundled
    ):
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, italic)
        addMapping(family, 1, 1, bold_italic)
    # Fallback fonts map to themselves whatever the weight, so <b> around them still works.
    for name in (ARABIC, CJK):
        for weight in (0, 1):
            for slant in (0, 1):
                addMapping(name, weight, slant, name)


def clean(text: str | None) -> str:
    """NFC-normalised text without control characters; no-break spaces stay no-break."""
    if not text:
        return ""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    parts = _NO_BREAK.split(text)
    return "\u00a0".join(unicodedata.normalize("NFC", part) for part in parts)


REPLACEMENT = "\ufffd"
_missing: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar(
    "poa_pdf_missing", default=None
)


@contextmanager
def collect_missing() -> Iterator[set[str]]:
    """Within the block, every character no bundled font can print is added to the set."""
    found: set[str] = set()
    token = _missing.set(found)
    try:
        yield found
    finally:
        _missing.reset(token)


@cache
def _covers(name: str) -> frozenset[int]:
    """The code points a bundled font has a glyph for."""
    face = pdfmetrics.getFont(_register(name)).face
    return frozenset(face.charToGlyph)


def _plain(text: str) -> str:
    """Escaped text for the main font: what it lacks goes to the fallback font, or is marked."""
    main, fallback = _covers(SANS), None
    out: list[str] = []
    for ch in text:
        if ch in "\n\u00a0" or ord(ch) in main:
            out.append(escape(ch))
            continue
        fallback = fallback or _covers(CJK)
        if ord(ch) in fallback:
            out.append(f'<font name="{CJK}">{escape(ch)}</font>')
            continue
        found = _missing.get()
        if found is not None:
            found.add(ch)
        out.append(REPLACEMENT)
    return "".join(out)


def markup(text: str | None, *, breaks: bool = False) -> str:
    """Paragraph markup for user or catalog text: cleaned, escaped, other scripts in their font.

    With ``breaks`` a line break in the text stays a line break.
    """
    cleaned = clean(text)
    parts: list[str] = []
    position = 0
    for match in _RUN.finditer(cleaned):
        parts.append(_plain(cleaned[position : match.start()]))
        font = _register(ARABIC) if match.group("arabic") else _register(CJK)
        parts.append(f'<font name="{font}">{escape(match.group(0))}</font>')
        position = match.end()
    parts.append(_plain(cleaned[position:]))
    wrapped = "".join(parts)
    return wrapped.replace("\n", "<br/>") if breaks else wrapped.replace("\n", " ")
