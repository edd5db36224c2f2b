"""Bundled fonts for the PDF report, and safe Paragraph markup for user text in any script.

Every font is a TrueType file from ``resources/fonts`` that reportlab embeds as a subset, so the
report prints the same on any machine, offline.

What prints, and what does not:

- Latin, Greek and Cyrillic: Noto Sans / Noto Serif, fully.
- Chinese, Japanese and Korean: runs of these characters are set in Droid Sans Fallback, so they
  print with real glyphs and can be copied out of the PDF. Line breaks fall between words
  (spaces); a run of ideographs without spaces longer than the line is split where the line is
  full (reportlab's ``splitLongWords``), so a Chinese report's sentences fill their lines.
- Arabic: runs are set in Noto Sans Arabic and printed as Arabic is written: letters joined
  (HarfBuzz shaping through reportlab, ``uharfbuzz``) and laid out right to left by the Unicode
  bidirectional algorithm (python-bidi), with Latin words and numbers inside an Arabic line in
  their place (``visual``). Noto Sans Arabic measures Arabic by its shaped width, so lines are
  broken where the joined text fills them. The text copies out of the PDF (``pdftotext``) as
  Arabic presentation forms, which NFKC normalisation turns back into the letters typed. Noto
  Sans Arabic has one weight: ``<b>`` around Arabic prints regular.
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
from functools import cache, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.abag import ABag
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeFragWord

from poa_desktop.domain.text import arg
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

_ARABIC_LETTERS = re.compile(f"[{_ARABIC_CHARS}]")

_lock = threading.Lock()
_registered: set[str] = set()


class ShapedWidthFont(TTFont):  # type: ignore[misc]
    """A TrueType font that measures Arabic as it prints: shaped, letters joined.

    reportlab breaks a paragraph's lines by the width of each word; joined Arabic letters are a
    fifth to a third narrower than the isolated ones, so measuring the letters as typed would
    leave every Arabic line short. Text that is already shaped (``ShapedStr``) is measured by
    its glyphs' advances, which is how the text object moves along the line.
    """

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        if isinstance(text, ShapedStr):
            return float(sum(data.x_advance for data in text.__shapeData__)) * size / 1000
        if not _ARABIC_LETTERS.search(text):
            return float(super().stringWidth(text, size, encoding))
        return _shaped_advance(self.fontName, text) * size / 1000


@lru_cache(maxsize=4096)
def shape(text: str, font: str, size: float) -> str:
    """``text`` shaped by HarfBuzz in ``font``: reportlab's ``ShapedStr`` of glyphs in visual
    order with their positions (Arabic joined, right to left), or the text itself when shaping
    changes nothing."""
    width = TTFont.stringWidth(pdfmetrics.getFont(font), text, size)
    word = shapeFragWord([width, (ABag(fontName=font, fontSize=size), text)])
    shaped: str = word[1][1]
    return shaped


@lru_cache(maxsize=8192)
def _shaped_advance(font: str, text: str) -> float:
    """The advance of ``text`` shaped, in thousandths of the font size (size independent)."""
    shaped = shape(text, font, 10)
    if isinstance(shaped, ShapedStr):
        return float(sum(data.x_advance for data in shaped.__shapeData__))
    return float(TTFont.stringWidth(pdfmetrics.getFont(font), shaped, 1000))


def font_file(name: str) -> Path:
    """The bundled file of one of the fonts above."""
    return Path(resource_path("fonts", _FILES[name]))


def script_of(text: str) -> str:
    """ "arabic" or "cjk" when ``text`` holds that script (the first found), else "other"."""
    match = _RUN.search(text)
    if match is None:
        return "other"
    return "arabic" if match.group("arabic") else "cjk"


def _register(name: str) -> str:
    """Register one bundled font the first time it is needed (the CJK file is 4 MB)."""
    if name in _registered:
        return name
    with _lock:
        if name not in _registered:
            path = resource_path("fonts", _FILES[name])
            kind = ShapedWidthFont if name == ARABIC else TTFont
            pdfmetrics.registerFont(kind(name, str(path)))
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


@cache
def _main_characters() -> frozenset[str]:
    """The characters the main font prints, and the line breaks and no-break spaces kept."""
    return frozenset(map(chr, _covers(SANS))) | {"\n", "\u00a0"}


def _plain(text: str) -> str:
    """Escaped text for the main font: what it lacks goes to the fallback font, or is marked."""
    if _main_characters().issuperset(text):
        return escape(text)  # nearly always: the loop below is for the few other characters
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


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """Clean text as (font, text) runs for the canvas: Arabic and CJK in their fonts, the rest in
    ``font``; a character no bundled font has is the replacement mark (and is collected)."""
    runs: list[tuple[str, str]] = []

    def add(name: str, part: str) -> None:
        if not part:
            return
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + part)
        else:
            runs.append((name, part))

    def plain(part: str) -> None:
        main, fallback = _covers(font), None
        for ch in part:
            if ch in "\n\u00a0" or ord(ch) in main:
                add(font, ch)
                continue
            fallback = fallback or _covers(CJK)
            if ord(ch) in fallback:
                add(_register(CJK), ch)
                continue
            found = _missing.get()
            if found is not None:
                found.add(ch)
            add(font, REPLACEMENT)

    position = 0
    for match in _RUN.finditer(text):
        plain(text[position : match.start()])
        add(_register(ARABIC) if match.group("arabic") else _register(CJK), match.group(0))
        position = match.end()
    plain(text[position:])
    return runs


_KEPT_TAG = re.compile(r"&lt;(/?)([bi])&gt;")


_TEMPLATES: dict[str, str] = {}
RIGHT_TO_LEFT_TEXT = "\x02"
"""Marks markup made from a right-to-left text of the report's own (an Arabic translation):
the paragraph holding it runs right to left, whatever data comes first (a State name in Latin
letters). A control character, which :func:`clean` removes from any other text, so it can only
come from :func:`fill`; ``styles.Para`` takes it out before reportlab sees the text."""


def fill(template: str, *values: str) -> str:
    """Paragraph markup for one of the report's own texts (from ``say``), with its ``%1``,
    ``%2``... replaced by ``values`` (markup already): the text is escaped and set in the font
    of its script like user text, except ``<b>`` and ``<i>``, which a translation keeps. A
    template that reads right to left is marked so (:data:`RIGHT_TO_LEFT_TEXT`)."""
    marked = _TEMPLATES.get(template)
    if marked is None:
        marked = _KEPT_TAG.sub(r"<\1\2>", markup(template))
        if _right_to_left(template):
            marked = RIGHT_TO_LEFT_TEXT + marked
        if REPLACEMENT not in marked and len(_TEMPLATES) < 4096:  # the few hundred texts
            _TEMPLATES[template] = marked
    return arg(marked, *values) if values else marked


def _right_to_left(template: str) -> bool:
    """Whether a text of the report's own is right-to-left text (an Arabic translation): it
    has a right-to-left letter, even if it starts with a Latin one ("A.1 ...")."""
    return any(
        unicodedata.bidirectional(char) in ("R", "AL")
        for char in re.sub("%[0-9]+|<[^>]*>", "", template)
    )
