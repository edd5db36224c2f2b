"""Recognise the app's own workbook in whichever of the six languages it was written.

The export names its sheets, headers, About items and contact kinds in the report's language
(:mod:`poa_desktop.exchange.workbook.layout`). Reading one back, the importer looks for the
``Answers`` and ``About`` sheets under their name in each language, then maps every header of
the ``Answers`` sheet back to its column key. The column positions come from the file, so a
workbook of format 1 (English, no ``Status code`` column) reads as well as one of format 2.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from poa_desktop.exchange.language import report_language, say
from poa_desktop.exchange.reading.sources import RowSource
from poa_desktop.exchange.workbook.cells import from_cell_text
from poa_desktop.exchange.workbook.layout import (
    ABOUT,
    ABOUT_ITEMS,
    ANSWER_COLUMNS,
    ANSWERS,
    CONTACT_KINDS,
    REPORT_FIELD_COLUMNS,
    SHEETS,
    heading,
    sheet_title,
)
from poa_desktop.translations import REPORT_LANGUAGES

NEEDED_KEYS = frozenset(column.key for column in ANSWER_COLUMNS) - {
    "template_answer",
    "status_code",
}
"""Columns every own workbook has (the two derived from Status came with format 2 and are not
read back)."""


@dataclass(frozen=True)
class LanguageWords:
    """What the export writes in one language, each mapped back to its English source."""

    language: str
    sheets: Mapping[str, str]
    """Sheet name in this language -> English name."""
    headers: Mapping[str, str]
    """Header of the ``Answers`` sheet in this language -> column key."""
    report_field_headers: tuple[str, ...]
    about_items: Mapping[str, str]
    """About item in this language -> English item."""
    contact_kinds: Mapping[str, str]
    """Contact kind in this language -> English kind."""


@cache
def language_words(language: str) -> LanguageWords:
    with report_language(language):
        return LanguageWords(
            language,
            {sheet_title(name): name for name in SHEETS},
            {heading(column.header): column.key for column in ANSWER_COLUMNS},
            tuple(heading(column.header) for column in REPORT_FIELD_COLUMNS),
            {heading(item): item for item in ABOUT_ITEMS},
            {say(kind): kind for kind in CONTACT_KINDS},
        )


@dataclass(frozen=True)
class OwnLayout:
    """An app workbook as found: its language and where each sheet and column is."""

    words: LanguageWords
    columns: Mapping[str, int]
    """Column key -> 0-based index on the ``Answers`` sheet."""

    @property
    def language(self) -> str:
        return self.words.language

    def sheet(self, name: str) -> str:
        """The workbook's name for one of :data:`SHEETS` (given in English)."""
        return next((here for here, source in self.words.sheets.items() if source == name), name)

    def about_item(self, text: str) -> str:
        """An About item as the file writes it -> its English label ("" when unknown)."""
        return self.words.about_items.get(text.strip(), "")

    def contact_kind(self, text: str) -> str:
        """A contact kind as the file writes it -> its English kind ("" when unknown)."""
        return self.words.contact_kinds.get(text.strip(), "")


def _header_text(value: object) -> str:
    return from_cell_text(value).strip() if isinstance(value, str) else ""


def own_layout(workbook: RowSource) -> OwnLayout | None:
    """The app's own workbook in any of the six languages, or None for any other file.

    It must have the ``Answers`` and ``About`` sheets named in one language and, on ``Answers``,
    a header row whose every cell is one of that language's headers (or English ones: a format 1
    workbook), together naming every column the import reads.
    """
    names = set(workbook.sheet_names)
    for language in REPORT_LANGUAGES:
        words = language_words(language)
        answers, about = (
            next((here for here, source in words.sheets.items() if source == name), "")
            for name in (ANSWERS, ABOUT)
        )
        if answers not in names or about not in names:
            continue
        rows = workbook.rows(answers)
        if not rows:
            continue
        english = language_words("en").headers
        columns: dict[str, int] = {}
        for index, value in enumerate(rows[0]):
            text = _header_text(value)
            key = words.headers.get(text) or english.get(text)
            if key is None:
                if text:
                    break  # a header the app never writes: someone's own sheet
                continue
            columns.setdefault(key, index)
        if columns.keys() >= NEEDED_KEYS:
            return OwnLayout(words, columns)
    return None
