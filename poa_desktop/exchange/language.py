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
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache

from babel import Locale

from poa_desktop.domain.catalog import Term
from poa_desktop.domain.status import Status, status_label
from poa_desktop.domain.words import NO, YES
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


PLURAL_ORDER = ("zero", "one", "two", "few", "many", "other")


@cache
def plural_categories(language: str) -> tuple[str, ...]:
    """The CLDR plural categories ``language`` distinguishes, in :data:`PLURAL_ORDER`: the
    forms, separated by "|", a translation of a counted text gives, in this order."""
    tags = Locale.parse(language).plural_form.tags | {"other"}
    return tuple(category for category in PLURAL_ORDER if category in tags)


def say_count(count: int, text: str) -> str:
    """A counted text ("%n measure|%n measures") in the report's language, in the form its
    plural rules (Unicode CLDR, through Babel) give ``count``, with ``%n`` the number.

    English is written "one|other"; each translation lists its language's forms in
    :func:`plural_categories` order (Russian one|few|many|other, Chinese a single form). A
    translation with the wrong number of forms prints its last, never a wrong category.
    """
    language = texts().language
    forms = texts().report(text).split("|")
    categories = plural_categories(language)
    category = Locale.parse(language).plural_form(count)
    form = forms[categories.index(category)] if len(forms) == len(categories) else forms[-1]
    return form.replace("%n", str(count))


def template_word(status: str | None) -> str:
    """A status as UNODA's national report template words it (Yes, No, Developing, Not
    applicable) in the report's language; empty when not assessed."""
    if not status:
        return ""
    word = Status(status).template_answer
    return say(word) if word in (YES, NO) else term(word)


def status_with_template(status: str | None) -> str:
    """ "Implemented (Yes)": the status and, where its words differ, the template's answer."""
    shown = term(status_label(status))
    template = template_word(status)
    return shown if not template or template == shown else f"{shown} ({template})"


def kind_words(kinds: Iterable[str], terms: Iterable[Term]) -> str:
    """Assistance kinds (ids) by their catalog labels in the report's language, comma-separated
    (an id the catalog does not know is printed as it is)."""
    labels = {t.id: t.label for t in terms}
    return ", ".join(term(labels[k]) if k in labels else k for k in kinds)


def right_to_left() -> bool:
    """Whether the report's pages are laid out right to left (Arabic)."""
    return texts().right_to_left
