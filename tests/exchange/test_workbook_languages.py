"""The workbook in the six UN languages: words for people, stable columns for machines.

A French ministry's workbook says "Réponses", "Statut" and "Mis en œuvre"; UNODA's reader still
finds the commitment ids, the ``Status code`` column and the About values where an English
workbook has them, and this app imports every language's workbook back without a problem.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from poa_desktop.catalog import default_catalog
from poa_desktop.domain.report import ReportData
from poa_desktop.domain.status import STATUSES
from poa_desktop.domain.words import read_yes_no
from poa_desktop.exchange.language import report_language, say, term
from poa_desktop.exchange.reading.own_layout import language_words, own_layout
from poa_desktop.exchange.reading.plan import read_workbook
from poa_desktop.exchange.reading.sources import open_source
from poa_desktop.exchange.workbook import cells
from poa_desktop.exchange.workbook.layout import (
    ABOUT_COLUMNS,
    ABOUT_ITEMS,
    ANSWER_COLUMNS,
    CHANGE_COLUMNS,
    CHANGES_TITLE,
    CONTACT_COLUMNS,
    CONTACT_KINDS,
    EVIDENCE,
    EVIDENCE_COLUMNS,
    FORMAT_NOTES,
    NOTE_PREFIX,
    REPORT_FIELD_COLUMNS,
    SHEETS,
    changes_sheet_title,
    heading,
    sheet_title,
)
from poa_desktop.exchange.workbook.writer import write_xlsx
from poa_desktop.translations import REPORT_LANGUAGES

LANGUAGES = list(REPORT_LANGUAGES)
OTHER_LANGUAGES = [language for language in LANGUAGES if language != "en"]
FORBIDDEN = set("[]:*?/\\")


def _book(data: ReportData, language: str) -> Any:
    stream = io.BytesIO()
    write_xlsx(data, stream, language=language)
    return load_workbook(io.BytesIO(stream.getvalue()))


@pytest.fixture(scope="module")
def books(demo_report: ReportData) -> dict[str, Any]:
    return {language: _book(demo_report, language) for language in LANGUAGES}


def _table(sheet: Any) -> list[dict[str, Any]]:
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_sheet_names_and_headers_are_in_the_report_language(
    books: dict[str, Any], language: str
) -> None:
    book = books[language]
    with report_language(language):
        assert book.sheetnames == [sheet_title(name) for name in SHEETS]
        for sheet, columns in zip(
            book.worksheets,
            (ANSWER_COLUMNS, REPORT_FIELD_COLUMNS, CONTACT_COLUMNS, ABOUT_COLUMNS),
            strict=True,
        ):
            assert [cell.value for cell in sheet[1]] == [heading(c.header) for c in columns]
    if language != "en":  # "Contacts" is also French
        assert book.sheetnames[0] != "Answers" and book.sheetnames[3] != "About"


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_no_english_status_word_or_yes_no_in_a_translated_workbook(
    books: dict[str, Any], demo_report: ReportData, language: str
) -> None:
    book = books[language]
    answers = _table(book.worksheets[0])
    with report_language(language):
        status_header, needed_header = term("Status"), term("Assistance needed")
        words = {term(status.label) for status in STATUSES}
        yes_no = {say("Yes"), say("No")}
    seen = {row[status_header] for row in answers} - {None}
    assert seen == words  # the demo uses every status
    assert not seen & {status.label for status in STATUSES}
    assert {row[needed_header] for row in answers} - {None} <= yes_no
    validations = {dv.formula1 for dv in book.worksheets[0].data_validations.dataValidation}
    assert '"' + ",".join(term_in(language, s.label) for s in STATUSES) + '"' in validations


def term_in(language: str, text: str) -> str:
    with report_language(language):
        return term(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_machine_columns_are_the_same_in_every_language(
    books: dict[str, Any], demo_report: ReportData, language: str
) -> None:
    english = list(books["en"].worksheets[0].iter_rows(values_only=True))
    here = list(books[language].worksheets[0].iter_rows(values_only=True))
    code = next(i for i, c in enumerate(ANSWER_COLUMNS) if c.key == "status_code")
    assert [row[0] for row in here][1:] == [row[0] for row in english][1:]
    assert [row[code] for row in here][1:] == [row[code] for row in english][1:]
    for row in here[1:]:
        record = demo_report.answer(row[0])
        stored = record.content.status if record is not None else None
        assert row[code] == (stored or None)
    about = {row[1] for row in books[language].worksheets[3].iter_rows(values_only=True)}
    assert demo_report.answers_digest() in about and demo_report.iso_code in about
    assert language in about  # the Report language item


def test_an_arabic_workbook_reads_right_to_left(books: dict[str, Any]) -> None:
    assert all(sheet.sheet_view.rightToLeft for sheet in books["ar"].worksheets)
    assert not any(sheet.sheet_view.rightToLeft for sheet in books["fr"].worksheets)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_s_workbook_imports_back_exactly(
    demo_report: ReportData, tmp_path: Path, language: str
) -> None:
    path = tmp_path / f"report-{language}.xlsx"
    write_xlsx(demo_report, path, language=language)
    catalog = default_catalog()
    result = read_workbook(path, catalog)
    assert result.own_format and result.problems == ()
    assert len(result.rows) == len(demo_report.measures())
    for row in result.rows:
        record = demo_report.answer(row.commitment_id)
        assert record is not None
        content = record.content.with_changes(**{k: v for k, v in row.values.items()})
        assert content == record.content, row.commitment_id
    assert {v.field_id: v.value for v in result.field_values} == dict(demo_report.field_values)
    assert [a.name for a in result.agencies] == [a.name for a in demo_report.agencies]
    assert result.origin is not None and result.origin.language == language
    assert result.origin.iso_code == demo_report.iso_code


def test_a_status_typed_in_the_workbook_s_language_is_read(
    demo_report: ReportData, tmp_path: Path
) -> None:
    path = tmp_path / "rapport.xlsx"
    write_xlsx(demo_report, path, language="fr")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    status = next(i for i, c in enumerate(ANSWER_COLUMNS, 1) if c.key == "status")
    needed = next(i for i, c in enumerate(ANSWER_COLUMNS, 1) if c.key == "assistance_needed")
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "BMS8-29")
    sheet.cell(row, status, term_in("fr", "Not applicable").upper())  # typed in capitals
    sheet.cell(row, needed, "non")
    book.save(path)
    result = read_workbook(path, default_catalog())
    assert result.own_format and result.problems == ()
    read = {r.commitment_id: r.values for r in result.rows}
    assert read["BMS8-29"]["status"] == "not_applicable"
    assert read["BMS8-29"]["assistance_needed"] is False


def test_a_format_1_workbook_without_status_codes_still_imports(
    demo_report: ReportData, tmp_path: Path
) -> None:
    path = tmp_path / "old.xlsx"
    write_xlsx(demo_report, path)
    book = load_workbook(path)
    code = next(i for i, c in enumerate(ANSWER_COLUMNS, 1) if c.key == "status_code")
    book["Answers"].delete_cols(code)
    book.save(path)
    layout = own_layout(open_source(path))
    assert layout is not None and "status_code" not in layout.columns
    result = read_workbook(path, default_catalog())
    rows = len(demo_report.measures())
    assert result.own_format and result.problems == () and len(result.rows) == rows


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_s_words_can_be_told_apart(language: str) -> None:
    """The importer maps headers, About items and contact kinds back by their words."""
    words = language_words(language)
    assert len(words.headers) == len(ANSWER_COLUMNS)
    with report_language(language):
        for columns in (REPORT_FIELD_COLUMNS, CONTACT_COLUMNS, CHANGE_COLUMNS):
            headers = [heading(c.header) for c in columns]
            assert len(set(headers)) == len(headers), headers
        names = [sheet_title(name) for name in SHEETS]
        assert len(set(names)) == len(names)
        for name in [*names, changes_sheet_title("BMS8 2022")]:
            assert len(name) <= 31 and not set(name) & FORBIDDEN, name
        assert read_yes_no(say("Yes")) is True and read_yes_no(say("No")) is False
    assert len(words.about_items) == 14 and len(words.contact_kinds) == 3


def test_assistance_kinds_read_in_any_language_and_with_any_script_s_comma() -> None:
    kinds = default_catalog().assistance_kinds
    first, second = kinds[0], kinds[1]
    for language in LANGUAGES:
        typed = f"{term_in(language, first.label)}، {term_in(language, second.label)}"
        assert cells.parse_kinds(typed, kinds) == (first.id, second.id), language
    chinese = f"{term_in('zh', first.label)}、{term_in('zh', second.label)}"
    assert cells.parse_kinds(chinese, kinds) == (first.id, second.id)


def test_every_word_the_workbook_writes_reaches_the_translators() -> None:
    """Constants are marked with ``report_word`` (or are shared terms), so ``tools.translations``
    extracts them: a new header cannot ship untranslated."""
    from tools.translations import report_texts, term_texts

    known = set(report_texts()) | set(term_texts())
    columns = (*ANSWER_COLUMNS, *REPORT_FIELD_COLUMNS, *CONTACT_COLUMNS, *ABOUT_COLUMNS)
    columns += EVIDENCE_COLUMNS
    words = {c.header for c in (*columns, *CHANGE_COLUMNS)} | set(SHEETS) | set(ABOUT_ITEMS)
    words |= set(CONTACT_KINDS) | {text for note in FORMAT_NOTES for text in note}
    words |= {CHANGES_TITLE, NOTE_PREFIX, EVIDENCE}
    assert sorted(words - known) == []
