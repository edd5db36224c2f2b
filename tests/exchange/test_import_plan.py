"""Reading workbooks for import: our own exactly, hand-kept trackers by mapping, problems by row."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl.utils.exceptions import IllegalCharacterError

from poa_desktop.catalog import Catalog, default_catalog
from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.report import ReportData
from poa_desktop.exchange.reading.mapping import (
    OWN_COLUMNS,
    ImportMapping,
    MappingError,
    WorkbookMapping,
    propose_import_mapping,
)
from poa_desktop.exchange.reading.plan import RowProblem, read_workbook
from poa_desktop.exchange.reading.safe_workbook import WorkbookProblem, open_workbook
from poa_desktop.exchange.workbook.writer import write_xlsx
from tests.exchange import workbooks
from tests.exchange.workbooks import FRENCH_HEADER


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return default_catalog()


@pytest.fixture
def demo_xlsx(demo_report: ReportData, tmp_path: Path) -> Path:
    path = tmp_path / "demo.xlsx"
    write_xlsx(demo_report, path)
    return path


def _content(values: Mapping[str, object]) -> AnswerContent:
    return AnswerContent().with_changes(**values)


def _expected(data: ReportData, commitment_id: str) -> AnswerContent:
    record = data.answer(commitment_id)
    return record.content if record is not None else AnswerContent()


# --- our own workbook -----------------------------------------------------------------------


def test_the_demo_workbook_reads_back_exactly(
    demo_report: ReportData, demo_xlsx: Path, catalog: Catalog
) -> None:
    result = read_workbook(demo_xlsx, catalog)
    assert result.own_format
    assert result.problems == ()
    assert result.mapping == WorkbookMapping((ImportMapping("Answers", 1, OWN_COLUMNS),))
    assert len(result.rows) == len(demo_report.measures())
    assert [row.row for row in result.rows] == list(range(2, 2 + len(result.rows)))
    for row in result.rows:
        assert _content(row.values) == _expected(demo_report, row.commitment_id)
    assert {v.field_id: v.value for v in result.field_values} == dict(demo_report.field_values)
    assert "a poa-desktop workbook: Exampleland, BMS9 2026" in result.notes


def test_sorted_and_edited_rows_still_read_by_commitment_id(
    demo_report: ReportData, demo_xlsx: Path, catalog: Catalog
) -> None:
    def shuffle_and_edit(book: Any) -> None:
        sheet = book["Answers"]
        rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
        random.Random(7).shuffle(rows)
        for number, values in enumerate(rows, start=2):
            for column, value in enumerate(values, start=1):
                sheet.cell(row=number, column=column).value = value
        for number in range(2, len(rows) + 2):
            if sheet.cell(row=number, column=1).value == "BMS8-29":
                sheet.cell(row=number, column=6).value = "developing"  # a person's typing
                sheet.cell(row=number, column=7).value = "Edited in Excel"

    workbooks.edit_own_workbook(demo_xlsx, shuffle_and_edit)
    result = read_workbook(demo_xlsx, catalog)
    assert result.own_format and result.problems == ()
    assert len(result.rows) == len(demo_report.measures())
    assert [row.commitment_id for row in result.rows] != [c.id for c in catalog.measures]
    for row in result.rows:
        expected = _expected(demo_report, row.commitment_id)
        if row.commitment_id == "BMS8-29":
            expected = expected.with_changes(status="developing", measures_taken="Edited in Excel")
        assert _content(row.values) == expected


def test_our_workbook_without_its_about_sheet_reads_by_headers(
    demo_report: ReportData, demo_xlsx: Path, catalog: Catalog
) -> None:
    workbooks.edit_own_workbook(demo_xlsx, lambda book: book.remove(book["About"]))
    result = read_workbook(demo_xlsx, catalog)
    assert not result.own_format and result.problems == () and result.field_values == ()
    assert len(result.rows) == len(demo_report.measures())
    assert all(
        _content(row.values) == _expected(demo_report, row.commitment_id) for row in result.rows
    )


def _answers_row(book: Any, commitment_id: str) -> int:
    sheet = book["Answers"]
    return next(
        number
        for number in range(2, sheet.max_row + 1)
        if sheet.cell(row=number, column=1).value == commitment_id
    )


def test_unreadable_cells_of_our_workbook_are_problems(demo_xlsx: Path, catalog: Catalog) -> None:
    rows: dict[str, int] = {}

    def spoil(book: Any) -> None:
        sheet = book["Answers"]
        for cid in ("BMS8-29", "BMS8-30", "BMS8-31", "BMS8-32"):
            rows[cid] = _answers_row(book, cid)
        sheet.cell(row=rows["BMS8-29"], column=6).value = "Peut-être"
        sheet.cell(row=rows["BMS8-30"], column=16).value = "31/12/2026"
        sheet.cell(row=rows["BMS8-31"], column=1).value = "BMS8-29"
        sheet.cell(row=rows["BMS8-32"], column=1).value = "BMS8-999"
        report = book["Report fields"]
        report.cell(row=2, column=2).value = "no.such.field"

    workbooks.edit_own_workbook(demo_xlsx, spoil)
    result = read_workbook(demo_xlsx, catalog)
    shown = [str(p) for p in result.problems]
    assert shown[:3] == [
        f"sheet Answers, row {rows['BMS8-29']}, column F (Status): status 'Peut-être' is not one "
        "of Implemented, Developing, Not implemented, Not applicable (or empty)",
        f"sheet Answers, row {rows['BMS8-31']}, column A (Paragraph reference): BMS8 para. 29 "
        f"is already on row {rows['BMS8-29']}: each commitment can be imported from one row only",
        f"sheet Answers, row {rows['BMS8-32']}, column A (Paragraph reference): no commitment "
        "BMS8-999: BMS8 has paragraphs 1-97",
    ]
    assert [p.skips for p in result.problems[:3]] == ["cell", "row", "row"]
    report_problem = "sheet Report fields, row 2, column B: unknown report field 'no.such.field'"
    assert shown[3] == report_problem
    read = {row.commitment_id: row for row in result.rows}
    assert "BMS8-32" not in read and "BMS8-31" not in read
    # Two rows skipped; the unknown status costs its cell only: BMS8-29 is read.
    assert len(result.rows) == len(catalog.measures) - 2
    assert "status" not in read["BMS8-29"].values and read["BMS8-29"].values["measures_taken"]
    # A date typed day/month/year in our own workbook is read, and said how.
    assert read["BMS8-30"].values["target_date"] == date(2026, 12, 31)
    (typed,) = result.readings
    assert (typed.row, typed.column) == (rows["BMS8-30"], "P")
    assert "'31/12/2026' read as 31 December 2026" in typed.text

    mapped = ImportMapping("Answers", 1, OWN_COLUMNS, {"Peut-être": "developing"})
    again = read_workbook(demo_xlsx, catalog, mapped)
    row = next(r for r in again.rows if r.commitment_id == "BMS8-29")
    assert row.values["status"] == "developing"


def test_report_fields_must_agree_across_commitments(demo_xlsx: Path, catalog: Catalog) -> None:
    def edit(book: Any) -> None:
        sheet = book["Report fields"]
        seen: dict[str, int] = {}
        for number in range(2, sheet.max_row + 1):
            field_id = sheet.cell(row=number, column=2).value
            if field_id == "sdg1642.seized" and field_id in seen:
                sheet.cell(row=number, column=4).value = 1  # differs from the first
            if field_id == "tracing.sent":
                sheet.cell(row=number, column=4).value = None  # blank: no value given
            seen.setdefault(field_id, number)

    workbooks.edit_own_workbook(demo_xlsx, edit)
    result = read_workbook(demo_xlsx, catalog)
    values = {v.field_id: v.value for v in result.field_values}
    assert "sdg1642.seized" not in values and "tracing.sent" not in values
    assert values["sdg1642.found"] == 430  # repeated with the same value: fine
    problems = [p for p in result.problems if p.sheet == "Report fields"]
    assert len(problems) == 3  # three commitments after the first say 1 instead of 2180
    assert problems[0].reason.startswith("report field sdg1642.seized is 1 here but 2180 on row")


# --- hand-kept trackers ---------------------------------------------------------------------


def test_a_french_tracker_with_title_rows(tmp_path: Path, catalog: Catalog) -> None:
    path = workbooks.french_tracker(tmp_path / "suivi.xlsx")
    (mapping,) = propose_import_mapping(open_workbook(path)).sheets
    assert mapping.sheet == "Suivi PoA" and mapping.header_row == 4
    assert mapping.columns == {
        "reference": 0,
        "document": 1,
        "status": 2,
        "measures_taken": 3,
        "agencies": 4,
        "assistance_needed": 5,
        "target_date": 6,
    }
    result = read_workbook(path, catalog)
    assert not result.own_format and result.problems == ()
    assert [(r.row, r.commitment_id) for r in result.rows] == [
        (5, "RC3-II-21"),
        (6, "BMS8-77"),
        (7, "BMS8-24"),
        (9, "BMS8-29"),
    ]
    first, second, third, fourth = (dict(r.values) for r in result.rows)
    assert first == {
        "status": "implemented",
        "measures_taken": "Loi 2019-04 adoptée",
        "agencies": ("Police", "Douanes"),
        "assistance_needed": False,
        "target_date": None,
    }
    assert second["status"] == "developing" and second["assistance_needed"] is True
    assert second["agencies"] == ()
    assert third["agencies"] == ("Ministère de la Défense", "Gendarmerie")
    assert third["status"] == "not_implemented" and third["measures_taken"] == ""
    assert fourth["status"] == "not_applicable"
    assert any(note.startswith("sheet Suivi PoA, headers on row 4: A Paragraphe") for note in
               result.notes)  # fmt: skip
    assert (
        "not in the file, left as they are: Laws and regulations, Challenges, Assistance kinds, "
        "Assistance description, Assistance offered, National target" in result.notes
    )


def test_tracker_rows_that_cannot_be_read(tmp_path: Path, catalog: Catalog) -> None:
    extra = [
        ["BMS8 para 30", None, "Peut-être"],  # row 10
        ["RevCon3 I.3", None, "Oui"],  # 11: a declaration
        ["RevCon3 II.21", None, "Non"],  # 12: again
        [None, None, "Oui", "Sans référence"],  # 13
        ["BMS8 para 999", None, "Oui"],  # 14
        ["§ 31", None, "Oui"],  # 15: no document anywhere
        ["BMS8 para 32", None, "Oui", None, None, "peut-être", "fin 2026"],  # 16
        [None, None, "   "],  # 17: blank
    ]
    path = workbooks.french_tracker(tmp_path / "suivi.xlsx", extra)
    result = read_workbook(path, catalog)
    assert [str(p) for p in result.problems] == [
        "sheet Suivi PoA, row 10, column C (Status): unknown status 'Peut-être': map it in the "
        "import settings",
        "sheet Suivi PoA, row 11, column A (Paragraph reference): RevCon3 I.3 is a declaration: "
        "it is not assessed",
        "sheet Suivi PoA, row 12, column A (Paragraph reference): RevCon3 II.21 is already on "
        "row 5: each commitment can be imported from one row only",
        "sheet Suivi PoA, row 13, column A (Paragraph reference): no paragraph reference",
        "sheet Suivi PoA, row 14, column A (Paragraph reference): unknown paragraph: BMS8 has "
        "paragraphs 1-97",
        "sheet Suivi PoA, row 15, column A (Paragraph reference): ambiguous: '§ 31' names no "
        "document and no document column was given",
        "sheet Suivi PoA, row 16, column F (Assistance needed): answer Yes or No, not 'peut-être'",
    ]
    assert [p.skips for p in result.problems] == ["cell", *["row"] * 5, "cell"]
    # A bad cell costs that cell: rows 10 and 16 are read without it.
    read = {r.row: r for r in result.rows}
    assert sorted(read) == [5, 6, 7, 9, 10, 16]
    assert read[10].commitment_id == "BMS8-30" and "status" not in read[10].values
    assert read[16].values["target_date"] == date(2026, 12, 31)  # "fin 2026"
    assert "assistance_needed" not in read[16].values
    (proposed,) = result.mapping.sheets
    mapping = ImportMapping("Suivi PoA", 4, proposed.columns, {"Peut-être": "developing"})
    again = read_workbook(path, catalog, mapping)
    assert next(r for r in again.rows if r.commitment_id == "BMS8-30").values["status"] == (
        "developing"
    )


def test_an_english_tracker(tmp_path: Path, catalog: Catalog) -> None:
    extra = [["BMS8 para 40", "Done", None, None, datetime(2027, 3, 1)]]
    result = read_workbook(workbooks.english_tracker(tmp_path / "t.xlsx", extra), catalog)
    assert result.problems == ()
    assert [(r.commitment_id, r.values["status"]) for r in result.rows] == [
        ("RC3-III-12", "developing"),
        ("RC3-II-3", "implemented"),
        ("BMS8-40", "implemented"),
    ]
    first, second, third = (r.values for r in result.rows)
    assert first == {
        "status": "developing",
        "measures_taken": "Marking at import started",
        "challenges": "Budget",
        "target_date": None,
    }
    assert second["target_date"] == date(2026, 6, 30)
    assert third["target_date"] == date(2027, 3, 1)


def test_laws_kinds_and_numbers_in_a_tracker(tmp_path: Path, catalog: Catalog) -> None:
    rows: list[list[Any]] = [
        ["Paragraph", "Document", "Status", "Laws", "Type of assistance", "Needs", "Target"],
        [24, "BMS8", "Yes", "Firearms Act | | 2001\nDecree 5", "Technical; training", "si", 12],
    ]
    path = workbooks.write_table(tmp_path / "t.xlsx", {"Sheet1": rows})
    result = read_workbook(path, catalog)
    assert result.problems == ()
    (row,) = result.rows
    assert row.commitment_id == "BMS8-24"
    assert row.values == {
        "status": "implemented",
        "laws": (Law("Firearms Act", "", 2001), Law("Decree 5")),
        "assistance_kinds": ("technical", "training"),
        "assistance_needed": True,
        "national_target": "12",
    }


def test_formulas_without_a_saved_result_are_problems(tmp_path: Path, catalog: Catalog) -> None:
    rows = [
        ["Paragraph", "Status", "Comments"],
        ["BMS8 para 29", '=IF(TRUE,"Yes","No")', "ok"],
        ["BMS8 para 30", '=IF(TRUE,"Yes","No")', '=CONCAT("a","b")'],
    ]
    path = workbooks.write_table(tmp_path / "f.xlsx", {"Sheet": rows})
    workbooks.with_cached_value(path, "B2", "Yes")
    result = read_workbook(path, catalog)
    assert [str(p) for p in result.problems] == [
        "sheet Sheet, row 3, column B (Status): cell B3 holds a formula with no saved result: "
        "open and save the file in Excel, or type the value",
        "sheet Sheet, row 3, column C (Measures taken): cell C3 holds a formula with no saved "
        "result: open and save the file in Excel, or type the value",
    ]
    assert [(r.commitment_id, r.values.get("status")) for r in result.rows] == [
        ("BMS8-29", "implemented"),
        ("BMS8-30", None),  # its reference reads: only the formula cells are left out
    ]
    assert "formulas: their saved results were used" in result.notes


def test_a_workbook_without_a_reference_column_is_refused(tmp_path: Path, catalog: Catalog) -> None:
    path = workbooks.write_table(tmp_path / "t.xlsx", {"S": [["Status", "Comments"], ["Yes"]]})
    with pytest.raises(WorkbookProblem) as caught:
        read_workbook(path, catalog)
    assert caught.value.message == (
        "t.xlsx: no sheet has a header row with a paragraph reference column"
    )


def test_a_mapping_that_does_not_fit_the_file_is_refused(tmp_path: Path, catalog: Catalog) -> None:
    path = workbooks.english_tracker(tmp_path / "t.xlsx")
    with pytest.raises(WorkbookProblem, match=r"t\.xlsx: the import settings name a sheet 'Suivi'"):
        read_workbook(path, catalog, ImportMapping("Suivi", 1, {"reference": 0}))
    with pytest.raises(WorkbookProblem, match="sheet Tracker has no row 40"):
        read_workbook(path, catalog, ImportMapping("Tracker", 40, {"reference": 0}))
    with pytest.raises(WorkbookProblem, match=r"nothing in column K \(mapped to Status\)"):
        read_workbook(path, catalog, ImportMapping("Tracker", 1, {"reference": 0, "status": 10}))


# --- mappings as JSON -----------------------------------------------------------------------


def test_mapping_json_round_trip() -> None:
    mapping = ImportMapping(
        "Suivi PoA", 4, {"reference": 0, "status": 2, "target_date": 27}, {"Peut-être": None}
    )
    text = mapping.to_json()
    assert '"target_date": "AB"' in text and '"Peut-être": null' in text
    assert WorkbookMapping.from_json(text) == WorkbookMapping((mapping,))


def test_a_version_1_mapping_file_is_still_read() -> None:
    text = (
        '{"format": "poa-desktop import mapping", "version": 1, "sheet": "Suivi", '
        '"header_row": 4, "columns": {"reference": "A", "status": "C"}}'
    )
    assert WorkbookMapping.from_json(text) == WorkbookMapping(
        (ImportMapping("Suivi", 4, {"reference": 0, "status": 2}),)
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"version": 2, "sheets": []}', "sheets: write"),
        ('{"version": 2, "sheets": [1]}', "sheets[1]: each sheet is a JSON object"),
        ('{"version": 2, "sheets": [{"sheet": "S", "include": "yes"}]}', "include: write true"),
        ('{"version": 2, "sheets": [{"sheet": "S", "include": false}]}', "include at least one"),
        ('{"version": 2, "sheets": [{"sheet": "S", "header_row": 1, "columns": {"status": "B"}}]}',
         "sheets[1]: columns: say which column holds the paragraph reference"),
        ('{"version": 2, "sheets": [{"sheet": "S", "header_row": 1, "columns": {"reference": "A"}'
         '}, {"sheet": "S", "include": false}]}', "'S' is given twice"),
        ('{"version": 3, "sheets": []}', "this app reads version 1 and 2 mappings"),
    ],
)  # fmt: skip
def test_bad_sheet_lists_are_explained(text: str, message: str) -> None:
    with pytest.raises(MappingError) as caught:
        WorkbookMapping.from_json(text)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "the mapping is not valid JSON (line 1, column 2: "),
        ("[]", "the mapping must be a JSON object"),
        ('{"sheet": "S", "header_row": 1}', "the mapping has no 'columns' entry"),
        ('{"sheet": "", "header_row": 1, "columns": {"reference": "A"}}', "sheet: give the name"),
        ('{"sheet": "S", "header_row": 0, "columns": {"reference": "A"}}', "header_row: 0 is not"),
        ('{"sheet": "S", "header_row": "2", "columns": {"reference": "A"}}', "header_row: give"),
        ('{"sheet": "S", "header_row": 1, "columns": {"status": "B"}}', "which column holds the "
         "paragraph reference"),
        ('{"sheet": "S", "header_row": 1, "columns": {"reference": 1}}', "columns.reference: 1 "
         'is not a column letter (write "A", "B", …)'),
        ('{"sheet": "S", "header_row": 1, "columns": {"colour": "A"}}', "unknown field 'colour'"),
        ('{"sheet": "S", "header_row": 1, "columns": {"reference": "A"}, "status_values": '
         '{"Oui": "yes please"}}', "'Oui' maps to 'yes please', which is not a status"),
        ('{"sheet": "S", "header_row": 1, "columns": {}, "extra": 1}', "unknown entry 'extra'"),
        ('{"format": "x", "sheet": "S", "header_row": 1, "columns": {}}', "format: expected"),
    ],
)  # fmt: skip
def test_bad_mapping_json_is_explained(text: str, message: str) -> None:
    with pytest.raises(MappingError) as caught:
        WorkbookMapping.from_json(text)
    assert message in str(caught.value)


def test_row_problem_reads_as_a_sentence() -> None:
    problem = RowProblem("Answers", 12, "F", "status", "unknown status 'Peut-être'")
    assert str(problem) == "sheet Answers, row 12, column F (Status): unknown status 'Peut-être'"
    assert str(RowProblem("S", 3, None, None, "x")) == "sheet S, row 3: x"


# --- anything at all ------------------------------------------------------------------------

WORDS = [
    "Paragraph", "Status", "Document", "Section", "Comments", "Statut", "Paragraphe", "Ref",
    "Needs", "Laws", "Agencies", "Target date", "Type of assistance", "Commitment ID", "BMS8",
    "RevCon3", "II", "BMS8 para 29", "RevCon3 II.21", "§ 24", "RC3-II-21", "BMS8-29", "Oui",
    "Partially", "x", "N/A", "Yes", "no", "2026-01-01", "=1+1", "a | b | 19x", "Financial",
    "Answers", "About", "\n", "", " ",
]  # fmt: skip
CELLS = st.one_of(
    st.none(),
    st.sampled_from(WORDS),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
    st.integers(-5, 3000),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(date(1990, 1, 1), date(2040, 1, 1)),
)
REFERENCES = st.sampled_from(["BMS8 para 29", "RevCon3 II.21", "§ 24", "RC3-II-21", "BMS8-29"])
ROW = st.lists(CELLS, max_size=7) | st.builds(lambda r, rest: [r, *rest], REFERENCES,
                                               st.lists(CELLS, max_size=6))  # fmt: skip
ROWS = st.lists(ROW, max_size=6)
HEADERS = st.builds(
    lambda first, rest: [first, *rest],
    st.sampled_from(["Paragraph", "Ref", "Commitment ID", "Status"]),
    st.lists(st.sampled_from(WORDS[:14]), min_size=1, max_size=6),
)
# Title rows, a header row that names columns (often), then data rows: a tracker's layout.
TABLES = st.builds(lambda top, header, rest: [*top, header, *rest], ROWS, HEADERS, ROWS) | ROWS


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tables=st.lists(TABLES, min_size=1, max_size=2),
    titles=st.lists(st.sampled_from(["Answers", "About", "Sheet1", "Suivi"]), min_size=2,
                    max_size=2, unique=True),
)  # fmt: skip
def test_any_small_table_reads_or_is_refused_without_writing(
    tables: list[list[list[Any]]], titles: list[str]
) -> None:
    catalog = default_catalog()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.xlsx"
        sheets = dict(zip(titles, tables, strict=False))
        try:
            workbooks.write_table(path, sheets)
        except (ValueError, IllegalCharacterError):
            return  # openpyxl refuses some characters in cells: not a file we can make
        before = path.read_bytes()
        listing = sorted(p.name for p in Path(folder).iterdir())
        try:
            result = read_workbook(path, catalog)
        except WorkbookProblem as refusal:
            event("refused")
            assert "\n" not in refusal.message and refusal.message.startswith("random.xlsx: ")
        else:
            event("read rows" if result.rows else "read problems only")
            for row in result.rows:
                assert row.commitment_id in catalog
                assert catalog.get(row.commitment_id).assessed
                assert AnswerContent().with_changes(**row.values) is not None
            for problem in result.problems:
                assert str(problem).startswith(f"sheet {problem.sheet}, row {problem.row}")
        assert path.read_bytes() == before
        assert sorted(p.name for p in Path(folder).iterdir()) == listing


def test_the_header_row_of_a_proposal_survives_json(tmp_path: Path) -> None:
    path = workbooks.french_tracker(tmp_path / "suivi.xlsx")
    mapping = propose_import_mapping(open_workbook(path))
    assert WorkbookMapping.from_json(mapping.to_json()) == mapping
    (sheet,) = mapping.sheets
    assert list(FRENCH_HEADER[:7]) == [FRENCH_HEADER[i] for i in sorted(sheet.columns.values())]
