"""The language a report is being written in, for every part of the PDF and workbook with words.

``write_pdf`` and ``write_xlsx`` set it for the time they build the report
(:func:`report_language`); headings, labels and status words ask for their text with
:func:`say` (the report's own words, context ``Report`` of the translations) and :func:`term`
(shared terms: statuses, field labels, catalog words, context ``Terms``).
``tools/translations.py`` finds every ``say("...")`` and ``report_word("...")`` literal in the
code, so a new heading cannot ship untranslated (``tests/test_translations.py``). A context
variable, like :func:`poa_desktop.exchange.pdf.fonts.collect_missing`, keeps reports written at
the same time on two threads apart.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager

from poa_desktop.translations import Texts

_TEXTS: contextvars.ContextVar[Texts] = contextvars.ContextVar("poa_report_texts")
_ENGLISH = Texts("en")


def texts() -> Texts:
    """The texts of the report being written (English outside :func:`report_language`)."""
    return _TEXTS.get(_ENGLISH)


@contextmanager
def report_language(language: str) -> Iterator[Texts]:
    """Within the block, the report speaks ``language`` (en, fr, es, ar, ru, zh)."""
    token = _TEXTS.set(Texts(language))
    try:
        yield _TEXTS.get()
    finally:
        _TEXTS.reset(token)


def report_word(text: str) -> str:
    """Marks ``text`` as one of the report's words without translating it yet (Qt's
    ``QT_TR_NOOP``): for constants such as column headers, which :func:`say` translates when
    the report is written. ``tools/translations.py`` collects these literals as it does
    ``say``'s."""
    return text


def say(text: str) -> str:
    """One of the report's own words (a heading, a label) in the report's language."""
    return texts().report(text)


def term(text: str) -> str:
    """A shared term (a status, a field label, a catalog label) in the report's language."""
    return texts().term(text)


def right_to_left() -> bool:
    """Whether the report's pages are laid out right to left (Arabic)."""
    return texts().right_to_left
