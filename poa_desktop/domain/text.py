"""Small text helpers every layer uses: shortening for display, safe file names, placeholders."""

from __future__ import annotations

import re

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
