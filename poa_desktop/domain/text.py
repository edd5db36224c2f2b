"""Small text helpers every layer uses: shortening for display, safe file names, placeholders."""

from __future__ import annotations

import re
import unicodedata

ELLIPSIS = "…"
_NOT_NAME = re.compile(r"[^\w.]+")


def shorten(text: str, width: int, *, at_word: bool = False) -> str:
    """``text`` on one line (runs of white space folded), at most about ``width`` characters.

    A longer text ends in an ellipsis: cut at ``width - 1`` characters, or with ``at_word``
    before the last word that does not fit (and a trailing comma or colon), as long official
    titles read better cut between words.
    """
    line = " ".join(text.split())
    if len(line) <= width:
        return line
    if at_word:
        return line[:width].rsplit(" ", 1)[0].rstrip(",;:") + ELLIPSIS
    return line[: width - 1].rstrip() + ELLIPSIS


def safe_file_stem(*parts: str, fallback: str = "file") -> str:
    """``parts`` joined by "-", each run of anything but letters, digits, "." and "_" one "-".

    Safe on every system the app runs on, whatever a State, cycle or agency is called.
    """
    text = "-".join(part.strip() for part in parts if part.strip())
    return _NOT_NAME.sub("-", text).strip("-.") or fallback


def arg(template: str, *values: object) -> str:
    """Fill Qt-style ``%1``, ``%2``... placeholders (PySide has no ``QString.arg``).

    Translators may reorder placeholders, so the template keeps Qt's numbering; the highest
    number is replaced first so ``%1`` never eats the start of ``%10``.
    """
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


_NOT_ALNUM = re.compile(r"[\W_]+")
# Marks that make a letter of its own, kept: Cyrillic й (и + breve) and ў (у + breve). Other marks
# go, as accents do: ё reads as е (as Russian is usually typed), Arabic short vowels and shadda
# as the bare letters, and the hamza of أ إ آ ئ as the letter carrying it.
_LETTER_MARKS = frozenset({("и", "\u0306"), ("у", "\u0306")})
_TATWEEL = "\u0640"  # Arabic stretching stroke: typography, not a letter


def fold(text: str) -> str:
    """Case, accents and punctuation removed, words separated by one space.

    Shared by every matcher of written words (statuses, headers, references, agencies, State
    names), so "  OUI ", "Mis en œuvre" and "n.a." compare by
    their letters only: "oui", "mis en oeuvre", "n a". A text and a table entry fold alike
    whether typed precomposed or decomposed ("й" or "и" + breve), with or without Arabic
    vowel marks.
    """
    lowered = unicodedata.normalize("NFKD", text).casefold()  # "㏗" is "PH" before it is "ph"
    lowered = lowered.replace("œ", "oe").replace("æ", "ae").replace(_TATWEEL, "")
    kept: list[str] = []
    for c in unicodedata.normalize("NFKD", lowered):
        if not unicodedata.combining(c) or (kept and (kept[-1], c) in _LETTER_MARKS):
            kept.append(c)
    plain = unicodedata.normalize("NFC", "".join(kept))
    return _NOT_ALNUM.sub(" ", plain).strip()


def format_size(size: int) -> str:
    """A byte count as people read it: "912 bytes", "48.2 KB", "25 MB" (1 KB = 1024 bytes)."""
    if size < 1024:
        return "1 byte" if size == 1 else f"{size} bytes"
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            break
    text = f"{value:.1f}".removesuffix(".0")
    return f"{text} {unit}"
