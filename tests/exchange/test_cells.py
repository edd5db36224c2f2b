"""Cell encodings: every format has a parse that gives the value back, whatever the text holds."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from poa_desktop.catalog.loader import load_catalog
from poa_desktop.domain.content import LAW_AREAS, Law
from poa_desktop.exchange.workbook import cells

KINDS = load_catalog().assistance_kinds
KIND_IDS = [term.id for term in KINDS]

# Any text Python can hold in a file (no lone surrogates); "|", "\\", line breaks, "=" included.
any_text = st.text(
    alphabet=st.one_of(
        st.characters(exclude_categories=["Cs"]),
        st.sampled_from(["|", "\\", "\n", "\r", " ", "\t", "=", "+", "-", "@", "n", "r"]),
    )
)
laws = st.builds(
    Law,
    any_text,
    any_text,
    st.none() | st.integers(-5000, 10**12),
    any_text,
    st.sampled_from(["", *LAW_AREAS]),
    any_text,
)


@given(st.lists(laws, max_size=5))
def test_laws_round_trip(values: list[Law]) -> None:
    assert cells.parse_laws(cells.format_laws(values)) == tuple(values)


@given(st.lists(any_text.filter(bool), max_size=6))
def test_agencies_round_trip(names: list[str]) -> None:
    assert cells.parse_agencies(cells.format_agencies(names)) == tuple(names)


@given(st.lists(st.sampled_from(KIND_IDS), unique=True))
def test_kinds_round_trip(ids: list[str]) -> None:
    assert cells.parse_kinds(cells.format_kinds(ids, KINDS), KINDS) == tuple(ids)


@given(any_text)
def test_cell_text_round_trip(text: str) -> None:
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert cells.from_cell_text(cells.to_cell_text(text)) == expected


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(any_text, min_size=1, max_size=8))
def test_text_survives_a_real_workbook(texts: list[str]) -> None:
    """Through openpyxl and back: same text (line ends as \\n), never a formula."""
    book = Workbook()
    for row, text in enumerate(texts, start=1):
        cells.safe_text(book.active.cell(row=row, column=1), "=" + text)
        cells.safe_text(book.active.cell(row=row, column=2), text)
    stream = io.BytesIO()
    book.save(stream)
    sheet = load_workbook(io.BytesIO(stream.getvalue())).active
    for row, text in enumerate(texts, start=1):
        expected = text.replace("\r\n", "\n").replace("\r", "\n")
        first, second = sheet.cell(row=row, column=1), sheet.cell(row=row, column=2)
        assert cells.from_cell_text(first.value) == "=" + expected
        assert first.data_type != "f" and first.quotePrefix
        assert cells.from_cell_text(second.value) == expected
        assert second.data_type != "f"


@pytest.mark.parametrize("text", ["=SUM(A1:A2)", "+1", "-x", "@cmd", '=HYPERLINK("x")'])
def test_formula_like_text_gets_the_quote_prefix(text: str) -> None:
    cell = Workbook().active["A1"]
    cells.safe_text(cell, text)
    assert cell.value == text and cell.data_type == "s" and cell.quotePrefix


def test_ordinary_text_is_left_as_it_is() -> None:
    cell = Workbook().active["A1"]
    cells.safe_text(cell, "Firearms Act 2012 _x")
    assert cell.value == "Firearms Act 2012 _x" and not cell.quotePrefix


def test_xml_illegal_characters_use_the_ooxml_escape() -> None:
    assert cells.to_cell_text("a\x01b") == "a_x0001_b"
    assert cells.to_cell_text("_x0041_") == "_x005F_x0041_"  # as Excel writes it
    assert cells.from_cell_text("_x005F_x0041_") == "_x0041_"
    assert cells.from_cell_text(None) == ""


def test_status() -> None:
    for status, text in cells.STATUS_TEXT.items():
        assert cells.format_status(status) == text
        assert cells.parse_status(text) == status
        assert cells.parse_status(text.upper()) == status
        assert cells.parse_status(status) == status
    assert cells.format_status(None) == ""
    assert cells.parse_status("") is None and cells.parse_status(None) is None
    assert cells.parse_status("  not   IMPLEMENTED ") == "not_implemented"
    with pytest.raises(ValueError, match="'Partially' is not one of Implemented"):
        cells.parse_status("Partially")


def test_laws_as_people_type_them() -> None:
    typed = "Firearms Act|Loi sur les armes|2012|http://x.example\r\n\r\n  Decree 5  \n"
    assert cells.parse_laws(typed) == (
        Law("Firearms Act", "Loi sur les armes", 2012, "http://x.example"),
        Law("Decree 5"),
    )
    assert cells.parse_laws(r"Act | | | C:\laws\act.pdf") == (Law("Act", link=r"C:\laws\act.pdf"),)
    assert cells.parse_laws(None) == ()
    with pytest.raises(ValueError, match="year 'twenty' is not a number"):
        cells.parse_laws("Act | | twenty")
    with pytest.raises(ValueError, match="has 7 parts"):
        cells.parse_laws("a | b | 2000 | c | export | d | e")
    with pytest.raises(ValueError, match="the area 'd' is not one of production, export"):
        cells.parse_laws("a | b | 2000 | c | d")
    # Issue 16: the area by its id or English label, and what the law provides.
    assert cells.parse_laws("Arms Act | | 2019 | | Export | Licences for every export") == (
        Law("Arms Act", year=2019, area="export", description="Licences for every export"),
    )
    assert cells.parse_laws("Decree | | | | record-keeping") == (
        Law("Decree", area="record-keeping"),
    )


def test_laws_read_well() -> None:
    text = cells.format_laws([Law("Loi 12|3", "Act", 2012, ""), Law("Decree", year=None)])
    assert text == "Loi 12\\|3 | Act | 2012 |\nDecree | | |"


def test_kinds_as_people_type_them() -> None:
    assert cells.parse_kinds("financial; TECHNICAL\ntraining, Financial", KINDS) == (
        "financial",
        "technical",
        "training",
    )
    assert cells.format_kinds(["equipment", "legal"], KINDS) == "Equipment, Legal"
    with pytest.raises(ValueError, match="'money' is not one of Financial"):
        cells.parse_kinds("money", KINDS)


def test_yes_no() -> None:
    assert cells.format_yes_no(True) == "Yes" and cells.format_yes_no(False) == "No"
    assert cells.format_yes_no(None) == ""
    assert cells.parse_yes_no("Yes") is True and cells.parse_yes_no(" no ") is False
    assert cells.parse_yes_no(True) is True and cells.parse_yes_no("") is None
    with pytest.raises(ValueError, match="answer Yes or No"):
        cells.parse_yes_no("maybe")


@given(st.dates())
def test_dates_round_trip(value: date) -> None:
    assert cells.parse_date(cells.format_date(value)) == value


def test_dates_excel_made() -> None:
    assert cells.format_date(date(2030, 1, 5)) == "2030-01-05"
    assert cells.parse_date(datetime(2030, 1, 5)) == date(2030, 1, 5)
    assert cells.parse_date(None) is None
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        cells.parse_date("5/1/2030")


@given(
    st.datetimes(
        min_value=datetime(1, 1, 2),
        max_value=datetime(9999, 12, 30),
        timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5, minutes=-30))]),
    )
)
def test_timestamps_round_trip(value: datetime) -> None:
    text = cells.format_timestamp(value)
    assert text.endswith("Z") and len(text) == 20
    assert cells.parse_timestamp(text) == value.astimezone(UTC).replace(microsecond=0)


def test_timestamps() -> None:
    moment = datetime(2026, 11, 22, 22, 35, 31, 976859, tzinfo=UTC)
    assert cells.format_timestamp(moment) == "2026-11-22T22:35:31Z"
    assert cells.format_timestamp(None) == "" and cells.parse_timestamp("") is None
    assert cells.parse_timestamp("2026-11-22T23:35:31+01:00") == moment.replace(microsecond=0)
    with pytest.raises(ValueError, match="YYYY-MM-DDTHH:MM:SSZ"):
        cells.parse_timestamp("yesterday")
