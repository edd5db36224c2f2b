"""Deadline cells of hand-kept trackers: dates typed in the six UN languages, or a clear refusal."""

from __future__ import annotations

import datetime
import unicodedata
from typing import Literal

import pytest
from babel.dates import get_month_names
from hypothesis import given
from hypothesis import strategies as st

from poa_desktop.exchange.reading.dates import (
    _LEAD_WORDS,
    EARLIEST_YEAR,
    LATEST_YEAR,
    MONTH_LOCALES,
    DateReading,
    _build_month_table,
    _month_table,
    read_date,
)

D = datetime.date
JUNE_30 = D(2025, 6, 30)
WRITE_INSTEAD = "write it as 2025-06-30, 'June 2025' or '2025'"
WIDTHS: tuple[Literal["wide", "abbreviated"], ...] = ("wide", "abbreviated")
CONTEXTS: tuple[Literal["format", "stand-alone"], ...] = ("format", "stand-alone")


def _fold(name: str) -> str:
    """The test's own folding, as the brief states it: casefold, NFKD, no combining marks."""
    plain = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name).casefold())
    return "".join(c for c in plain if not unicodedata.combining(c)).rstrip(".")


def _message(value: object) -> str:
    with pytest.raises(ValueError) as caught:
        read_date(value)
    return str(caught.value)


# --- unambiguous cells --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        D(2025, 6, 30),
        datetime.datetime(2025, 6, 30),
        datetime.datetime(2025, 6, 30, tzinfo=datetime.UTC),
        "2025-06-30",
        "2025/06/30",
        "2025.06.30",
        "  2025-06-30 ",
        "2025-6-30",
        "2025-06-30T00:00:00",
        "2025-06-30 00:00",
        "２０２５－０６－３０",  # full width
    ],
)
def test_date_cells_and_iso_dates_are_read_without_comment(value: object) -> None:
    assert read_date(value) == DateReading(JUNE_30, None)


@pytest.mark.parametrize(
    "value", [datetime.datetime(2025, 6, 30, 14, 30), "2025-06-30T14:30", "2025-06-30 09:15:02.5"]
)
def test_a_time_of_day_is_dropped_and_said(value: object) -> None:
    reading = read_date(value)
    assert reading.value == JUNE_30
    assert reading.understood is not None
    assert reading.understood.endswith("read as 30 June 2025 (the time of day is dropped)")


def test_a_time_that_is_no_time_is_refused() -> None:
    assert "25:00 is not a time of day" in _message("2025-06-30 25:00")


# --- digits: day/month/year or month/day/year ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "understood"),
    [
        ("31/12/2025", D(2025, 12, 31), "'31/12/2025' read as 31 December 2025 (day/month/year)"),
        ("12/31/2025", D(2025, 12, 31), "'12/31/2025' read as 31 December 2025 (month/day/year)"),
        ("31.12.2025", D(2025, 12, 31), "'31.12.2025' read as 31 December 2025 (day/month/year)"),
        ("31-12-2025", D(2025, 12, 31), "'31-12-2025' read as 31 December 2025 (day/month/year)"),
        ("31 12 2025", D(2025, 12, 31), "'31 12 2025' read as 31 December 2025 (day/month/year)"),
        ("31 / 12 / 2025", D(2025, 12, 31), "'31 / 12 / 2025' read as 31 December 2025 (day/"),
        ("5/5/2025", D(2025, 5, 5), "'5/5/2025' read as 5 May 2025"),
        ("31/12/25", D(2025, 12, 31), "(day/month/year; 25 taken as 2025)"),
        ("12/31/25", D(2025, 12, 31), "(month/day/year; 25 taken as 2025)"),
        ("07.07.07", D(2007, 7, 7), "'07.07.07' read as 7 July 2007 (07 taken as 2007)"),
        ("29/02/2024", D(2024, 2, 29), "read as 29 February 2024"),
        ("٣١/١٢/٢٠٢٥", D(2025, 12, 31), "read as 31 December 2025"),  # Arabic-Indic digits
        ("۳۱/۱۲/۲۰۲۵", D(2025, 12, 31), "read as 31 December 2025"),  # Persian digits
        ("३१/१२/२०२५", D(2025, 12, 31), "read as 31 December 2025"),  # Devanagari digits
        ("06/2025", JUNE_30, "'06/2025' read as 30 June 2025 (the end of the month)"),
        ("6.2025", JUNE_30, "(the end of the month)"),
        ("2025-06", JUNE_30, "'2025-06' read as 30 June 2025 (the end of the month)"),
        ("2025/6", JUNE_30, "(the end of the month)"),
    ],
)
def test_digits_are_read_when_only_one_order_makes_a_date(
    text: str, expected: D, understood: str
) -> None:
    reading = read_date(text)
    assert reading.value == expected
    assert reading.understood is not None
    assert understood in reading.understood


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "03/04/2025",
            "'03/04/2025' could be 3 April or 4 March 2025: "
            "write the date as 2025-04-03 or name the month",
        ),
        (
            "1.2.25",
            "'1.2.25' could be 1 February or 2 January 2025: "
            "write the date as 2025-02-01 or name the month",
        ),
        ("12 11 2030", "could be 12 November or 11 December 2030"),
    ],
)
def test_digits_that_could_be_two_dates_are_refused(text: str, message: str) -> None:
    assert message in _message(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31/02/2025", "'31/02/2025' is not a date: February 2025 has only 28 days"),
        ("29/02/2025", "February 2025 has only 28 days"),
        ("31/04/2025", "April 2025 has only 30 days"),
        ("2025-02-30", "'2025-02-30' is not a date: February 2025 has only 28 days"),
        ("13/14/2025", "'13/14/2025' is not a date: neither 13 nor 14 is a month"),
        ("00/05/2025", "there is no day 0"),
        ("2025-13-01", "'2025-13-01' is not a date: there is no month 13"),
        ("13/2025", "there is no month 13"),
        ("00/2025", "there is no month 0"),
        ("31 juin 2025", "June 2025 has only 30 days"),
        ("2025年2月30日", "February 2025 has only 28 days"),
        ("31/12 2025", "is not a date: " + WRITE_INSTEAD),  # two different separators
    ],
)
def test_dates_that_do_not_exist_are_refused_with_the_reason(text: str, message: str) -> None:
    assert message in _message(text)


# --- month names in the six languages -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English
        ("30 June 2025", JUNE_30),
        ("June 30, 2025", JUNE_30),
        ("june 30 2025", JUNE_30),
        ("June 1st, 2025", D(2025, 6, 1)),
        ("30th of June 2025", JUNE_30),
        ("30-Jun-2025", JUNE_30),
        ("30 Jun. 2025", JUNE_30),
        ("2025 June 30", JUNE_30),
        ("30 Sept. 2025", D(2025, 9, 30)),
        # French
        ("30 juin 2025", JUNE_30),
        ("1er juin 2025", D(2025, 6, 1)),
        ("15 août 2025", D(2025, 8, 15)),
        ("15 aout 2025", D(2025, 8, 15)),
        ("3 févr. 2026", D(2026, 2, 3)),
        ("3 FÉVRIER 2026", D(2026, 2, 3)),
        # Spanish
        ("30 de junio de 2025", JUNE_30),
        ("30 de junio del 2025", JUNE_30),
        ("30 junio 2025", JUNE_30),
        ("5 de sept. de 2025", D(2025, 9, 5)),
        # Russian
        ("30 июня 2025 г.", JUNE_30),
        ("30 июня 2025г.", JUNE_30),
        ("30 июня 2025 года", JUNE_30),
        ("1 мая 2025", D(2025, 5, 1)),
        ("5 сент. 2025", D(2025, 9, 5)),
        # Arabic
        ("30 يونيو 2025", JUNE_30),
        ("٣٠ يونيو ٢٠٢٥", JUNE_30),
        ("30 يونيو، 2025", JUNE_30),
        ("1 أبريل 2025", D(2025, 4, 1)),
        ("1 ابريل 2025", D(2025, 4, 1)),  # typed without the hamza
        ("\u200f30 يونيو 2025\u200f", JUNE_30),  # right-to-left marks
        # Chinese
        ("2025年6月30日", JUNE_30),
        ("2025年06月30日", JUNE_30),
        ("2025 年 6 月 30 日", JUNE_30),
        ("2025年6月30号", JUNE_30),
        ("２０２５年６月３０日", JUNE_30),
        ("2025年十二月1日", D(2025, 12, 1)),
    ],
)
def test_a_day_month_and_year_are_read_in_each_language(text: str, expected: D) -> None:
    reading = read_date(text)
    assert reading.value == expected
    assert reading.understood is not None
    assert reading.understood.endswith(f"' read as {_spell(expected)}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 2025", JUNE_30),
        ("Jun 2025", JUNE_30),
        ("Sept. 2025", D(2025, 9, 30)),
        ("SEPT 2025", D(2025, 9, 30)),
        ("February 2024", D(2024, 2, 29)),
        ("juin 2025", JUNE_30),
        ("févr. 2026", D(2026, 2, 28)),
        ("fevrier 2026", D(2026, 2, 28)),
        ("junio de 2025", JUNE_30),
        ("junio del 2025", JUNE_30),
        ("dic. 2025", D(2025, 12, 31)),
        ("июнь 2025", JUNE_30),
        ("июня 2025 г.", JUNE_30),
        ("май 2025", D(2025, 5, 31)),
        ("МАЙ 2025", D(2025, 5, 31)),
        ("يونيو 2025", JUNE_30),
        ("يونيو ٢٠٢٥", JUNE_30),
        ("2025年6月", JUNE_30),
        ("2025年六月", JUNE_30),
        ("2025年十一月", D(2025, 11, 30)),
        ("6月 2025", JUNE_30),
        ("2025 June", JUNE_30),
    ],
)
def test_a_month_without_a_day_is_its_last_day(text: str, expected: D) -> None:
    reading = read_date(text)
    assert reading.value == expected
    assert reading.understood == f"'{text}' read as {_spell(expected)} (the end of the month)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jun-25", JUNE_30),
        ("jun/25", JUNE_30),
        ("June '25", JUNE_30),
        ("juin-25", JUNE_30),
        ("Dec-99", D(2099, 12, 31)),
    ],
)
def test_a_month_and_two_digit_year_are_read_as_20yy(text: str, expected: D) -> None:
    reading = read_date(text)
    assert reading.value == expected
    assert reading.understood is not None
    assert f"taken as {expected.year}; the end of the month)" in reading.understood


@pytest.mark.parametrize(
    ("text", "expected"),
    [("30-Jun-25", JUNE_30), ("30 juin 25", JUNE_30), ("June 30, 25", JUNE_30)],
)
def test_a_day_month_and_two_digit_year_are_read_as_20yy(text: str, expected: D) -> None:
    reading = read_date(text)
    assert reading.value == expected
    assert reading.understood == f"'{text}' read as 30 June 2025 (25 taken as 2025)"


@pytest.mark.parametrize("text", ["June", "30 June", "Jun 25", "30 juin", "junio", "июнь", "6月"])
def test_a_month_without_a_year_is_refused(text: str) -> None:
    assert _message(text) == f"'{text}' has no year: write it as '30 June 2025' or 'June 2025'"


# --- the month table ----------------------------------------------------------------------------


def _babel_months() -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    for locale in ("en", "fr", "es", "ar", "zh", "ru"):
        for width in WIDTHS:
            for context in CONTEXTS:
                names = get_month_names(width, context, locale)
                for month, name in names.items():
                    found.setdefault(_fold(name), set()).add(month)
    return found


def test_the_month_table_is_babels_names_in_the_six_un_languages() -> None:
    assert set(MONTH_LOCALES) == {"en", "fr", "es", "ar", "zh", "ru"}
    table = _month_table()
    for key, months in _babel_months().items():
        if len(months) == 1:
            assert table[key] == next(iter(months)), key
        else:
            assert key not in table, key
    assert {table[k] for k in ("mar", "mars", "marzo", "март", "марта", "مارس", "三月", "3月")} == {
        3
    }
    assert table["sept"] == 9  # French and Spanish; English "Sep"
    assert table["mai"] == table["маи"] == 5  # French; Russian "май" without its breve


def test_every_babel_month_name_reads_as_the_end_of_its_month() -> None:
    for locale in MONTH_LOCALES:
        for width in WIDTHS:
            for context in CONTEXTS:
                names = get_month_names(width, context, locale)
                for month, name in names.items():
                    expected = D(2030, month, 1) + datetime.timedelta(days=31)
                    expected = expected.replace(day=1) - datetime.timedelta(days=1)
                    assert read_date(f"{name} 2030").value == expected, (locale, name)


def test_a_name_meaning_two_months_in_two_languages_is_left_out() -> None:
    table = _build_month_table(
        [("Mar", 3), ("mar.", 3), ("MARS", 3), ("Mai", 5), ("maí", 6), ("Juin", 6)]
    )
    assert table == {"mar": 3, "mars": 3, "juin": 6}


def test_no_babel_name_of_the_six_languages_means_two_months_today() -> None:
    # If a Babel update brings one, the table drops it (above) and this test names it.
    assert {key: m for key, m in _babel_months().items() if len(m) > 1} == {}


def test_no_word_read_around_a_date_is_a_month_name() -> None:
    table = _month_table()
    words = {
        "de",
        "del",
        "of",
        "le",
        "г",
        "год",
        "года",
        *(w for lead in _LEAD_WORDS for w in lead.split()),
    }
    assert not words & set(table)


# --- a year alone, and the words before a deadline ---------------------------------------------


@pytest.mark.parametrize(
    "value", ["2025", " 2025 ", "2025.", "2025 г.", "2025 года", "2025年", 2025, 2025.0]
)
def test_a_year_alone_is_its_last_day(value: object) -> None:
    reading = read_date(value)
    assert reading.value == D(2025, 12, 31)
    assert reading.understood is not None
    assert reading.understood.endswith("read as 31 December 2025 (the end of the year)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("by June 2025", JUNE_30),
        ("By 30 June 2025", JUNE_30),
        ("by 2025-06-30", JUNE_30),
        ("by 31/12/2025", D(2025, 12, 31)),
        ("end of June 2025", JUNE_30),
        ("End of 2025", D(2025, 12, 31)),
        ("the end of 2025", D(2025, 12, 31)),
        ("by end of 2025", D(2025, 12, 31)),
        ("by the end of June 2025", JUNE_30),
        ("fin juin 2025", JUNE_30),
        ("fin 2025", D(2025, 12, 31)),
        ("fin de junio de 2025", JUNE_30),
        ("d'ici juin 2025", JUNE_30),
        ("d’ici 30 juin 2025", JUNE_30),  # curly apostrophe
        ("d'ici le 30 juin 2025", JUNE_30),
        ("le 30 juin 2025", JUNE_30),
        ("d'ici fin 2025", D(2025, 12, 31)),
        ("d'ici la fin de 2025", D(2025, 12, 31)),
        ("finales de 2025", D(2025, 12, 31)),
        ("a finales de junio de 2025", JUNE_30),
        ("para junio de 2025", JUNE_30),
        ("antes de 30 de junio de 2025", JUNE_30),
        ("к 30 июня 2025 г.", JUNE_30),
        ("до июня 2025", JUNE_30),
        ("до конца 2025 года", D(2025, 12, 31)),
        ("к концу июня 2025 г.", JUNE_30),
    ],
)
def test_words_before_a_deadline_are_passed_over(text: str, expected: D) -> None:
    reading = read_date(text)
    assert reading.value == expected
    assert reading.understood is not None
    assert reading.understood.startswith(f"'{text}' read as {_spell(expected)}")


@pytest.mark.parametrize("lead", _LEAD_WORDS)
def test_each_word_before_a_deadline_is_accepted(lead: str) -> None:
    assert read_date(f"{lead} 2025").value == D(2025, 12, 31)


@pytest.mark.parametrize(
    "text", ["before June 2025", "by by June 2025", "byJune 2025", "к июню 2025"]
)
def test_other_words_before_a_date_are_not(text: str) -> None:
    assert _message(text) == f"'{text}' is not a date: {WRITE_INSTEAD}"


# --- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "1899",
        "2101",
        1850,
        "31/12/1899",
        "2101-01-01",
        D(1899, 12, 31),
        datetime.datetime(2200, 1, 1),
        "June 2200",
        "1 janvier 1066",
        "0630",
    ],
)
def test_years_outside_1900_to_2100_are_refused(value: object) -> None:
    assert "a year from 1900 to 2100" in _message(value)


def test_the_refusal_of_a_year_says_which() -> None:
    assert _message("1850") == "'1850' is not a year from 1900 to 2100"
    assert _message("June 2200") == "'June 2200' has the year 2200: write a year from 1900 to 2100"


@pytest.mark.parametrize(
    ("value", "holds"),
    [
        (45838, "the number 45838"),
        (45838.5, "the number 45838.5"),
        (2025.5, "the number 2025.5"),
        (0, "the number 0"),
        (-2025, "the number -2025"),
        (float("nan"), "the number nan"),
        (float("inf"), "the number inf"),
        (10**400, "a very large number"),
        ("45838", "the number '45838'"),
        ("20250630", "the number '20250630'"),
        (True, "True"),
    ],
)
def test_numbers_that_are_not_years_are_refused(value: object, holds: str) -> None:
    assert _message(value) == f"the cell holds {holds}, not a date: write it as 2025-06-30"


@pytest.mark.parametrize("value", [None, "", "   ", "\n\t", "\u200f"])
def test_an_empty_cell_holds_no_date(value: object) -> None:
    assert _message(value) == "no date"


@pytest.mark.parametrize(
    "text",
    ["hello", "TBD", "ASAP", "Q2 2025", "June July 2025", "30 June 2025 14:30", "2025.5", "-", "."],
)
def test_other_text_is_refused_with_what_to_write(text: str) -> None:
    assert _message(text) == f"'{text}' is not a date: {WRITE_INSTEAD}"


def test_the_text_in_a_message_is_shortened_and_its_invisibles_shown() -> None:
    long = "ongoing, depends on the new law being passed by parliament"
    assert _message(long) == f"'{long[:39]}…' is not a date: {WRITE_INSTEAD}"
    assert _message("a\x00b") == f"'a\\x00b' is not a date: {WRITE_INSTEAD}"
    assert _message("\ud800") == f"'\\ud800' is not a date: {WRITE_INSTEAD}"


def test_long_text_is_refused_without_reading_it() -> None:
    assert "is too long to be a date (101 characters)" in _message("2025-06-30" + " " * 91)
    assert "is too long to be a date" in _message("x" * 10**6)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (datetime.time(12, 0), "the cell holds a time of day, not a date"),
        ([2025], "the cell holds a list value, not a date"),
        (b"2025-06-30", "the cell holds a bytes value, not a date"),
    ],
)
def test_other_cell_values_are_refused(value: object, message: str) -> None:
    assert message in _message(value)


# --- properties ---------------------------------------------------------------------------------

DATES = st.dates(min_value=D(EARLIEST_YEAR, 1, 1), max_value=D(LATEST_YEAR, 12, 31))
DATE_LIKE = st.text(alphabet="0123456789 /.-,'年月日junemaiиюнябыdeг\u0663\u200f", max_size=20)


def _in_range_or_refused(value: object) -> None:
    try:
        reading = read_date(value)
    except ValueError:
        return
    assert isinstance(reading, DateReading)
    assert isinstance(reading.value, D)
    assert EARLIEST_YEAR <= reading.value.year <= LATEST_YEAR


@given(
    st.one_of(
        st.text(),
        DATE_LIKE,
        st.integers(),
        st.floats(),
        st.none(),
        st.dates(),
        st.datetimes(),
    )
)
def test_any_cell_gives_a_date_in_range_or_a_value_error(value: object) -> None:
    _in_range_or_refused(value)


@given(DATES)
def test_an_iso_date_reads_back_as_itself(value: D) -> None:
    assert read_date(value.isoformat()) == DateReading(value, None)
    assert read_date(value) == DateReading(value, None)


@given(DATES, st.sampled_from(["en", "fr", "es", "ru", "ar"]))
def test_a_day_babels_month_name_and_a_year_read_back(value: D, locale: str) -> None:
    month = get_month_names("wide", "format", locale)[value.month]
    reading = read_date(f"{value.day} {month} {value.year}")
    assert reading.value == value


@given(DATES, st.sampled_from("/.-"))
def test_digits_read_back_or_are_refused_as_two_dates(value: D, separator: str) -> None:
    text = separator.join(str(n) for n in (value.day, value.month, value.year))
    if value.day > 12 or value.day == value.month:
        assert read_date(text).value == value
    else:
        assert "could be" in _message(text)


def _spell(value: D) -> str:
    return f"{value.day} {get_month_names('wide', 'format', 'en')[value.month]} {value.year}"
