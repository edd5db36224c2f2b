"""Target dates as ministries type them in their own trackers -> a date, or a readable problem.

The "Deadline" column of a hand-kept implementation tracker holds whatever its keeper typed:
"June 2025", "31/12/2025", "fin juin 2025", "30 июня 2025 г.", "2025年6月". The workbook's own
cell parser (``poa_desktop.exchange.workbook.cells.parse_date``) reads only the ISO dates this app
writes; :func:`read_date` reads these for the import of such trackers. It never guesses silently:
a reading that is not a plain date says how the text was understood, for the import preview, and
a text that could mean two dates ("03/04/2025") is refused with a message saying what to write.

A deadline without a day is the last day of its period: "June 2025" is 30 June 2025, "2025" is
31 December 2025. Month names are Babel's CLDR names in the six UN languages, so no month list is
written by hand here. Only the standard library and Babel are used: no Qt, no openpyxl.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from babel.dates import get_month_names

EARLIEST_YEAR = 1900
LATEST_YEAR = 2100
MAX_LENGTH = 100
"""Longer text is refused without being read: no date needs it."""
MONTH_LOCALES = ("en", "fr", "es", "ar", "zh", "ru")
"""The six UN languages, whose month names (wide and abbreviated) are understood."""

_WRITE_INSTEAD = "write it as 2025-06-30, 'June 2025' or '2025'"
_QUOTE_WIDTH = 40
_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'"})
_WIDTHS: tuple[Literal["wide", "abbreviated"], ...] = ("wide", "abbreviated")
_CONTEXTS: tuple[Literal["format", "stand-alone"], ...] = ("format", "stand-alone")


@dataclass(frozen=True, slots=True)
class DateReading:
    """A deadline cell read as a date."""

    value: datetime.date
    understood: str | None
    """None when the cell was unambiguous (a real date cell, or ISO yyyy-mm-dd); otherwise how the
    text was read, for the import preview, e.g.
    "'June 2025' read as 30 June 2025 (the end of the month)"."""


# --- text -----------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """``text`` compared by its letters: case, accents and invisible marks dropped, digits ASCII.

    NFKC first (full-width digits and letters become plain ones), then any Unicode decimal digit
    (Arabic-Indic, Devanagari...) becomes its ASCII digit, curly apostrophes straight ones, and runs
    of white space one space.
    """
    lowered = unicodedata.normalize("NFKC", text).casefold()
    chars: list[str] = []
    for ch in unicodedata.normalize("NFKD", lowered):
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
            continue  # accents, Arabic vowel marks, right-to-left marks, soft hyphens
        digit = unicodedata.decimal(ch, None)
        chars.append(ch if digit is None else str(digit))
    return " ".join("".join(chars).translate(_APOSTROPHES).split())


def _quote(text: str) -> str:
    """``text`` as a message shows it: on one line, at most 40 characters, quoted, invisibles
    escaped."""
    line = " ".join(text[: _QUOTE_WIDTH * 4].split())
    if len(line) > _QUOTE_WIDTH:
        line = line[: _QUOTE_WIDTH - 1] + "…"
    return "'" + "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in line) + "'"


# --- month names ----------------------------------------------------------------------------


def _babel_month_names() -> Iterator[tuple[str, int]]:
    """Every (name, month) Babel knows in :data:`MONTH_LOCALES`, wide and abbreviated, in the
    format ("30 июня") and stand-alone ("июнь") forms."""
    for locale in MONTH_LOCALES:
        for width in _WIDTHS:
            for context in _CONTEXTS:
                for month, name in get_month_names(width, context, locale).items():
                    yield str(name), int(month)


def _month_key(name: str) -> str:
    """A month name as looked up: folded, without the dot of an abbreviation ("Sept." -> "sept")."""
    return _fold(name).rstrip(".")


def _build_month_table(names: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Folded name -> month, leaving out any name that means different months in two languages.

    Such a name cannot be read without knowing the language of the sheet, so a cell holding it is
    refused rather than read as one of its months.
    """
    months: dict[str, set[int]] = {}
    for name, month in names:
        key = _month_key(name)
        if key:
            months.setdefault(key, set()).add(month)
    return {key: next(iter(found)) for key, found in months.items() if len(found) == 1}


@functools.cache
def _month_table() -> Mapping[str, int]:
    return _build_month_table(_babel_month_names())


@functools.cache
def _english_months() -> tuple[str, ...]:
    names = get_month_names("wide", "format", "en")
    return ("", *(str(names[month]) for month in range(1, 13)))


def _spell(value: datetime.date) -> str:
    """``30 June 2025``: how a reading is shown, whatever language the cell was in."""
    return f"{value.day} {_english_months()[value.month]} {value.year}"


# --- readings -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Parts:
    """What a text says: a year, perhaps a month, perhaps a day; and notes on how it was read."""

    year: int
    month: int | None = None
    day: int | None = None
    notes: tuple[str, ...] = ()


def _finish(shown: str, parts: _Parts, *, exact: bool) -> DateReading:
    """The date ``parts`` name, the end of the month or year if they stop short; checked."""
    year, month, day = parts.year, parts.month, parts.day
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        years = f"a year from {EARLIEST_YEAR} to {LATEST_YEAR}"
        if month is None:
            raise ValueError(f"{shown} is not {years}")
        raise ValueError(f"{shown} has the year {year}: write {years}")
    notes = list(parts.notes)
    if month is None:
        month, day = 12, 31
        notes.append("the end of the year")
    elif not 1 <= month <= 12:
        raise ValueError(f"{shown} is not a date: there is no month {month}")
    last = calendar.monthrange(year, month)[1]
    if day is None:
        day = last
        notes.append("the end of the month")
    elif day == 0:
        raise ValueError(f"{shown} is not a date: there is no day 0")
    elif day > last:
        raise ValueError(
            f"{shown} is not a date: {_english_months()[month]} {year} has only {last} days"
        )
    value = datetime.date(year, month, day)
    if exact and not notes:
        return DateReading(value, None)
    understood = f"{shown} read as {_spell(value)}"
    if notes:
        understood += f" ({'; '.join(notes)})"
    return DateReading(value, understood)


def _full_year(digits: str) -> tuple[int, tuple[str, ...]]:
    """A year of four digits, or of two taken as 20yy (with a note saying so)."""
    if len(digits) == 2:
        year = 2000 + int(digits)
        return year, (f"{digits} taken as {year}",)
    return int(digits), ()


def _no_year(shown: str) -> ValueError:
    return ValueError(f"{shown} has no year: write it as '30 June 2025' or 'June 2025'")


# Words before a deadline that do not change it: "by June 2025", "fin juin 2025", "до 30 июня".
_LEAD_WORDS = (
    *("by the end of", "by end of", "the end of", "end of", "by"),
    *("d'ici la fin de", "d'ici fin", "d'ici", "fin de", "fin"),
    *("a finales de", "finales de", "antes de", "para"),
    *("до конца", "к концу", "до", "к"),
)
_LEAD = re.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(_LEAD_WORDS, key=len, reverse=True)) + ") "
)
# "30 июня 2025 г.", "2025 года": the Russian year mark after the year.
_YEAR_MARK = re.compile(r"(?<=[0-9]) ?(?:г|года|год)\.?$")

_DIGITS = re.compile(r"[0-9]+")
_ISO = re.compile(
    r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})"
    r"(?:[ t]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]{1,6})?)?)?"
)
_NUMERIC = re.compile(r"([0-9]{1,2}) ?([-/. ]) ?([0-9]{1,2}) ?([-/. ]) ?([0-9]{2}|[0-9]{4})")
_MONTH_YEAR = re.compile(r"([0-9]{1,2}) ?[-/.] ?([0-9]{4})")
_YEAR_MONTH = re.compile(r"([0-9]{4}) ?[-/] ?([0-9]{1,2})")
_CJK = re.compile(r"([0-9]{4}) ?年(?: ?([^ ]+?) ?月(?: ?([0-9]{1,2}) ?[日号])?)?")

_SEPARATORS = r"\s,،\-/.'"
_TOKEN = re.compile(rf"([{_SEPARATORS}]*)([^{_SEPARATORS}]+)")
_NUMBER = re.compile(r"([0-9]+)(st|nd|rd|th|er)?")
# Words between the parts: "30 de junio de 2025", "junio del 2025", "30th of June 2025", and the
# article of "le 30 juin 2025".
_FILLERS = frozenset({"de", "del", "of", "le"})


def _read_iso(text: str, shown: str, *, plain: bool) -> DateReading | None:
    found = _ISO.fullmatch(text)
    if found is None:
        return None
    year, _, month, day, hour, minute, second = found.groups()
    notes: tuple[str, ...] = ()
    if hour is not None:
        if int(hour) > 23 or int(minute) > 59 or int(second or 0) > 59:
            raise ValueError(f"{shown} is not a date: {hour}:{minute} is not a time of day")
        if int(hour) or int(minute) or int(second or 0):
            notes = ("the time of day is dropped",)
    return _finish(shown, _Parts(int(year), int(month), int(day), notes), exact=plain)


def _read_numeric(text: str, shown: str) -> _Parts | None:
    """``31/12/2025``, ``12.31.25``, ``31 12 2025``: day and month in either order, if only one
    order makes a date (or both give the same one)."""
    found = _NUMERIC.fullmatch(text)
    if found is None or found[2] != found[4]:
        return None
    first, second = int(found[1]), int(found[3])
    year, notes = _full_year(found[5])
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return _Parts(year)  # refused by _finish, with the year named
    if first == second:
        return _Parts(year, second, first, notes)
    day_first = 1 <= second <= 12  # the first number is the day, the second the month
    month_first = 1 <= first <= 12
    if not day_first and not month_first:
        raise ValueError(f"{shown} is not a date: neither {first} nor {second} is a month")
    if not month_first:
        return _Parts(year, second, first, ("day/month/year", *notes))
    if not day_first:
        return _Parts(year, first, second, ("month/day/year", *notes))
    months = _english_months()
    raise ValueError(
        f"{shown} could be {first} {months[second]} or {second} {months[first]} {year}: "
        f"write the date as {year}-{second:02}-{first:02} or name the month"
    )


def _read_numeric_month(text: str) -> _Parts | None:
    """``06/2025``, ``6.2025``, ``2025-06``: a month and a four-digit year."""
    if found := _MONTH_YEAR.fullmatch(text):
        return _Parts(int(found[2]), int(found[1]))
    if found := _YEAR_MONTH.fullmatch(text):
        return _Parts(int(found[1]), int(found[2]))
    return None


def _read_cjk(text: str) -> _Parts | None:
    """``2025年6月30日``, ``2025年六月``, ``2025年``."""
    found = _CJK.fullmatch(text)
    if found is None:
        return None
    year, month_text, day = found.groups()
    if month_text is None:
        return _Parts(int(year))
    if len(month_text) <= 2 and _DIGITS.fullmatch(month_text):
        month: int | None = int(month_text)
    else:
        month = _month_table().get(month_text + "月")
    if month is None:
        return None
    return _Parts(int(year), month, None if day is None else int(day))


@dataclass(frozen=True, slots=True)
class _Word:
    separator: str
    """What came before it: spaces, a comma, "-", "/", "." or an apostrophe."""
    month: int | None
    """The month it names, or None for a number."""
    digits: str = ""
    ordinal: bool = False
    """A number written "1er", "1st", "30th"."""

    def day(self) -> int | None:
        return int(self.digits) if self.month is None and len(self.digits) <= 2 else None

    def year(self, *, short: bool) -> tuple[int, tuple[str, ...]] | None:
        """Its year; a two-digit one only if ``short`` allows it."""
        if self.month is not None or self.ordinal:
            return None
        if len(self.digits) == 4 or (short and len(self.digits) == 2):
            return _full_year(self.digits)
        return None


def _words(text: str) -> list[_Word] | None:
    words: list[_Word] = []
    for found in _TOKEN.finditer(text):
        separator, token = found.groups()
        if token in _FILLERS:
            continue
        if number := _NUMBER.fullmatch(token):
            words.append(_Word(separator, None, number[1], number[2] is not None))
        elif (month := _month_table().get(token)) is not None:
            words.append(_Word(separator, month))
        else:
            return None
    return words


def _read_words(text: str, shown: str) -> _Parts | None:
    """A month named in words, with a day and a year, or a year alone.

    "30 June 2025", "June 30, 2025", "1er juin 2025", "30 de junio de 2025", "июнь 2025",
    "30-Jun-2025", "Jun-25" (a two-digit year after a month only after "-", "/" or "'")...
    """
    words = _words(text)
    if words is None or sum(w.month is not None for w in words) != 1:
        return None
    kinds = "".join("N" if w.month is None else "M" for w in words)
    if kinds == "M":
        raise _no_year(shown)
    if kinds == "NM":
        year = words[0].year(short=False)
        if year is not None:
            return _Parts(year[0], words[1].month, None, year[1])
        if words[0].day() is not None:
            raise _no_year(shown)
        return None
    if kinds == "MN":
        short = any(mark in words[1].separator for mark in "-/'")
        year = words[1].year(short=short)
        if year is not None:
            return _Parts(year[0], words[0].month, None, year[1])
        if words[1].day() is not None:
            raise _no_year(shown)
        return None
    if kinds == "NMN":
        leading = words[0].year(short=False)
        if leading is not None:  # 2025 June 30
            day, year = words[2].day(), leading
        else:  # 30 June 2025
            day, year = words[0].day(), words[2].year(short=True)
        month = words[1].month
    elif kinds == "MNN":  # June 30, 2025
        day, month, year = words[1].day(), words[0].month, words[2].year(short=True)
    else:
        return None
    if day is None or year is None:
        return None
    return _Parts(year[0], month, day, year[1])


def _read_text(raw: str) -> DateReading:
    if len(raw) > MAX_LENGTH:
        raise ValueError(
            f"{_quote(raw)} is too long to be a date ({len(raw)} characters): {_WRITE_INSTEAD}"
        )
    shown = _quote(raw)
    folded = _fold(raw)
    if not folded:
        raise ValueError("no date")
    lead = _LEAD.match(folded)
    text = folded[lead.end() :] if lead else folded
    text = _YEAR_MARK.sub("", text).rstrip(". ")
    if not text:
        raise ValueError(f"{shown} is not a date: {_WRITE_INSTEAD}")
    if (iso := _read_iso(text, shown, plain=text == folded)) is not None:
        return iso
    if _DIGITS.fullmatch(text):
        if len(text) == 4:
            return _finish(shown, _Parts(int(text)), exact=False)
        raise ValueError(f"the cell holds the number {shown}, not a date: write it as 2025-06-30")
    parts = (
        _read_numeric(text, shown)
        or _read_numeric_month(text)
        or _read_cjk(text)
        or _read_words(text, shown)
    )
    if parts is None:
        raise ValueError(f"{shown} is not a date: {_WRITE_INSTEAD}")
    return _finish(shown, parts, exact=False)


def _read_number(number: int | float) -> DateReading:
    """A number cell: a year such as 2025 (read as its last day), else refused."""
    whole = int(number) if isinstance(number, int) or number.is_integer() else None
    if whole is not None and 1000 <= whole <= 9999:
        return _finish(f"'{whole}'", _Parts(whole), exact=False)
    if isinstance(number, float):
        shown = f"the number {number!r}"
    elif -(10**15) < number < 10**15:
        shown = f"the number {number}"
    else:
        shown = "a very large number"
    raise ValueError(f"the cell holds {shown}, not a date: write it as 2025-06-30")


def read_date(value: object) -> DateReading:
    """The date a "Deadline" cell holds, as openpyxl gives it (a date, a number or text).

    Accepted: date and datetime cells; ISO dates (2025-06-30, 2025/06/30, 2025.06.30, with a time
    or not); day/month/year or month/day/year in digits when only one order makes a date; a month
    named in any of the six UN languages with a day and a year, or with a year alone (the end of
    the month); a year alone (the end of the year); Chinese 2025年6月30日; after "by", "fin",
    "para", "до"... Raises ``ValueError``, and only that, whose message says what the cell holds
    and what to write instead.
    """
    if value is None:
        raise ValueError("no date")
    if isinstance(value, datetime.datetime):
        notes: tuple[str, ...] = ()
        if value.time() != datetime.time(0):
            notes = ("the time of day is dropped",)
        shown = _quote(value.isoformat(sep=" ", timespec="minutes"))
        return _finish(shown, _Parts(value.year, value.month, value.day, notes), exact=True)
    if isinstance(value, datetime.date):
        return _finish(
            _quote(value.isoformat()), _Parts(value.year, value.month, value.day), exact=True
        )
    if isinstance(value, bool):
        raise ValueError(f"the cell holds {value}, not a date: write it as 2025-06-30")
    if isinstance(value, int | float):
        return _read_number(value)
    if isinstance(value, str):
        return _read_text(value)
    if isinstance(value, datetime.time):
        raise ValueError("the cell holds a time of day, not a date: write it as 2025-06-30")
    raise ValueError(f"the cell holds a {type(value).__name__} value, not a date: {_WRITE_INSTEAD}")
