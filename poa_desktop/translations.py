"""Translated texts for code that runs without Qt: the report, in the language chosen for it.

The translations live in one Qt Linguist file per language (``resources/translations/*.ts``,
see ``tools/translations.py``): the window loads them compiled, and this module reads the same
files directly, so the PDF and the workbook print the same words as the window for a status, a
field or a theme. English is the source language: a text with no translation is printed in
English, never blank.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from xml.etree import ElementTree  # our own shipped files, never a file from outside

from poa_desktop.resources import resource_path

REPORT_LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "ru": "Русский",
    "zh": "中文",
}
"""The six UN languages a report can be written in, each named in itself."""
RIGHT_TO_LEFT = frozenset({"ar"})
_FILES = {"fr": "fr", "es": "es", "ar": "ar", "ru": "ru", "zh": "zh_CN"}


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source text) -> translation ("" while unfinished) of one ``.ts`` file."""
    tree = ElementTree.parse(path)
    entries: dict[tuple[str, str], str] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished",
                "vanished",
                "obsolete",
            )
            text = (translation.text or "") if translation is not None and done else ""
            entries[(name, source)] = text
    return entries


@cache
def _entries(language: str) -> dict[tuple[str, str], str]:
    file = _FILES.get(language)
    if file is None:
        return {}
    path = resource_path("translations", f"poa_desktop_{file}.ts")
    return read_ts(path) if path.exists() else {}


class Texts:
    """The report's words in one language; English (the source) where a text is untranslated."""

    def __init__(self, language: str = "en") -> None:
        if language not in REPORT_LANGUAGES:
            choices = ", ".join(REPORT_LANGUAGES)
            raise ValueError(f"unknown report language {language!r}: use one of {choices}")
        self.language = language
        self._entries = _entries(language)

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    def _look_up(self, context: str, text: str) -> str:
        return self._entries.get((context, text)) or text

    def term(self, text: str) -> str:
        """A shared term (a status, a field label, a catalog label) in this language."""
        return self._look_up("Terms", text)

    def report(self, text: str) -> str:
        """One of the report's own words (a heading, a label) in this language."""
        return self._look_up("Report", text)
