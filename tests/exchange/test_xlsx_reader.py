"""Opening spreadsheets for import: ordinary ones quickly; hostile or broken ones refused, fast."""

from __future__ import annotations

import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl.xml
import pytest

from poa_desktop.domain.report import ReportData
from poa_desktop.exchange.reading import safe_workbook as xlsx_reader
from poa_desktop.exchange.reading.safe_workbook import WorkbookProblem, open_workbook
from poa_desktop.exchange.workbook.writer import write_xlsx
from tests.exchange import workbooks


def test_openpyxl_parses_with_defusedxml() -> None:
    assert openpyxl.xml.DEFUSEDXML is True, (
        "defusedxml is not installed (or OPENPYXL_DEFUSEDXML is off): openpyxl would parse "
        "workbooks with the unprotected standard XML parser"
    )


def test_the_demo_workbook_loads_quickly(demo_report: ReportData, tmp_path: Path) -> None:
    path = tmp_path / "demo.xlsx"
    write_xlsx(demo_report, path)
    start = time.perf_counter()
    book = open_workbook(path)
    elapsed = time.perf_counter() - start
    assert elapsed < 0.5
    assert book.sheet_names == ("Answers", "Report fields", "Contacts", "About")
    rows = book.rows("Answers")
    assert len(rows) == 1 + len(demo_report.measures())
    assert rows[0][0] == "Commitment ID"
    assert book.formula_without_value("Answers") == set()
    assert book.notes == ()


def test_rows_are_as_a_person_sees_them(tmp_path: Path) -> None:
    path = workbooks.french_tracker(tmp_path / "suivi.xlsx")
    book = open_workbook(path)
    rows = book.rows("Suivi PoA")
    assert rows[0] == ("Ministère des Affaires étrangères — suivi du Programme d'action",)
    assert rows[1] == ("Mise à jour : mars 2024", None, None, None, "Confidentiel")
    assert rows[2] == ()
    assert rows[3][0] == "Paragraphe"
    assert len(rows) == 9  # row 8 is empty but inside the table


def test_an_unknown_sheet_is_a_problem(tmp_path: Path) -> None:
    path = workbooks.write_table(tmp_path / "t.xlsx", {"One": [["a"]]})
    with pytest.raises(WorkbookProblem, match=r"t\.xlsx: has no sheet 'Two'"):
        open_workbook(path).rows("Two")


# --- refusals -------------------------------------------------------------------------------


def _text_file(path: Path) -> Path:
    path.write_text("Paragraph;Status\nBMS8 29;Yes\n", encoding="utf-8")
    return path


def _pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    return path


def _ole2(path: Path) -> Path:
    path.write_bytes(xlsx_reader.OLE2_MAGIC + bytes(4096))
    return path


def _truncated(path: Path) -> Path:
    workbooks.french_tracker(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _not_a_workbook_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    return path


def _ods(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    return path


def _no_content_types(path: Path) -> Path:
    workbooks.write_table(path, {"S": [["a"]]})
    with zipfile.ZipFile(path) as source:
        items = [(i.filename, source.read(i)) for i in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for name, data in items:
            if name != "[Content_Types].xml":
                target.writestr(name, data)
    return path


def _declared_bomb(path: Path) -> Path:
    workbooks.write_table(path, {"S": [["a"]]})
    return workbooks.declare_size(path, "xl/worksheets/sheet1.xml", 400 * 2**20)


def _lying_member(path: Path) -> Path:
    """Declares a few bytes but holds 20 MB: zipfile stops at the declared size, CRC fails."""
    workbooks.zip_bomb(path, megabytes=20)
    return workbooks.declare_size(path, "xl/worksheets/sheet1.xml", 5000)


def _broken_xml(path: Path) -> Path:
    workbooks.write_table(path, {"S": [["a"]]})
    return workbooks.rewrite_member(path, "xl/workbook.xml", lambda xml: xml[: len(xml) // 2])


def _doctype_in_properties(path: Path) -> Path:
    workbooks.write_table(path, {"S": [["a"]]})
    entity = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
    return workbooks.rewrite_member(path, "docProps/core.xml", lambda xml: entity + xml)


DAMAGED = "the file is damaged (incomplete or corrupted): save it again from Excel"
BOMB = r"it is refused as a possible zip bomb"
HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "text renamed .xlsx": (_text_file, "not an Excel workbook (.xlsx)"),
    "pdf": (_pdf, "not an Excel workbook (.xlsx)"),
    "ole2": (
        _ole2,
        "the workbook is password-protected or in the old .xls format: save it as .xlsx "
        "without a password",
    ),
    "truncated zip": (_truncated, DAMAGED),
    "zip of something else": (_not_a_workbook_zip, "damaged or not an Excel workbook (.xlsx)"),
    "ods": (_ods, "an OpenDocument spreadsheet (.ods): save it as .xlsx"),
    "no content types": (_no_content_types, "damaged or not an Excel workbook (.xlsx)"),
    "zip bomb": (workbooks.zip_bomb, BOMB),
    "declared bomb": (_declared_bomb, BOMB),
    "member lying about its size": (_lying_member, DAMAGED),
    "doctype": (workbooks.with_doctype, "declares a DOCTYPE or ENTITY"),
    "doctype in utf-16": (
        lambda p: workbooks.with_doctype(p, "utf-16"),
        "declares a DOCTYPE or ENTITY",
    ),
    "doctype in the core properties": (_doctype_in_properties, "part docProps/core.xml declares"),
    "broken workbook xml": (_broken_xml, "the workbook cannot be read"),
    "100,001 rows": (
        lambda p: workbooks.many_rows(p, 100_001),
        "sheet Big has more than 100,000 rows",
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_or_broken_files_are_refused_quickly(case: str, tmp_path: Path) -> None:
    make, message = HOSTILE[case]
    path = make(tmp_path / "national report.xlsx")
    # CPU time, not wall time: other work on a busy machine must not fail the test. Reading
    # the 100,001 rows would take some seconds of CPU; refusing them takes a small fraction.
    start = time.process_time()
    with pytest.raises(WorkbookProblem) as caught:
        open_workbook(path)
    elapsed = time.process_time() - start
    assert caught.value.message.startswith("national report.xlsx: ")
    assert message in caught.value.message
    assert "\n" not in caught.value.message
    assert caught.value.path == path
    assert elapsed < 1.0
    assert path.stat().st_size < 2 * 2**20  # the test files themselves stay small


def test_missing_files_and_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkbookProblem, match=r"^gone\.xlsx: file not found$"):
        open_workbook(tmp_path / "gone.xlsx")
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(WorkbookProblem, match=r"^folder\.xlsx: not a file$"):
        open_workbook(tmp_path / "folder.xlsx")


def test_defusedxml_refuses_entities_even_if_the_scan_missed_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = workbooks.with_doctype(tmp_path / "xxe.xlsx")
    monkeypatch.setattr(xlsx_reader, "_FORBIDDEN", re.compile(b"(?!)"))  # never matches
    with pytest.raises(WorkbookProblem, match="the workbook cannot be read"):
        open_workbook(path)


def test_row_limit_is_checked_three_ways(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = workbooks.write_table(tmp_path / "t.xlsx", {"S": [[n] for n in range(1, 52)]})
    with pytest.raises(WorkbookProblem, match="sheet S has more than 50 rows"):
        open_workbook(path, max_rows=50)  # by counting <row> tags before parsing
    monkeypatch.setattr(xlsx_reader, "_ROW", re.compile(b"(?!)"))
    with pytest.raises(WorkbookProblem, match="sheet S has more than 50 rows"):
        open_workbook(path, max_rows=50)  # by the declared dimension
    workbooks.without_dimension(path)
    with pytest.raises(WorkbookProblem, match="sheet S has more than 50 rows"):
        open_workbook(path, max_rows=50)  # while streaming the rows
    assert len(open_workbook(path, max_rows=51).rows("S")) == 51


def test_empty_formatted_rows_below_the_table_do_not_count(tmp_path: Path) -> None:
    path = workbooks.write_table(tmp_path / "t.xlsx", {"S": [["a"], ["b"]]})
    book = openpyxl.load_workbook(path)
    for number in range(3, 30):
        book["S"].row_dimensions[number].height = 30
    book.save(path)
    assert open_workbook(path, max_rows=10).rows("S") == [("a",), ("b",)]


def test_cells_far_to_the_right_are_ignored_with_a_note(tmp_path: Path) -> None:
    path = workbooks.write_table(tmp_path / "t.xlsx", {"S": [["a"], [None]]})
    book = openpyxl.load_workbook(path)
    book["S"]["XFD2"] = "far away"
    book.save(path)
    loaded = open_workbook(path)
    assert loaded.rows("S") == [("a",)]
    assert loaded.notes == ("sheet S: cells right of column SF were ignored",)


# --- formulas -------------------------------------------------------------------------------


def test_formulas_read_as_their_saved_results(tmp_path: Path) -> None:
    rows = [["Paragraph", "Status", "Total"], ["BMS8 29", '=IF(1,"Yes","No")', "=SUM(1,2)"]]
    path = workbooks.write_table(tmp_path / "f.xlsx", {"Sheet": rows})
    workbooks.with_cached_value(path, "B2", "Yes")
    book = open_workbook(path)
    assert book.rows("Sheet")[1] == ("BMS8 29", "Yes")
    assert book.formula_without_value("Sheet") == {(2, 3)}
    assert book.notes == ("formulas: their saved results were used",)


def test_text_that_looks_like_a_formula_is_not_one(tmp_path: Path) -> None:
    path = workbooks.write_table(tmp_path / "t.xlsx", {"S": [["Paragraph"], ["x"]]})
    book = openpyxl.load_workbook(path)
    book["S"]["A2"].value = "=not a formula"
    book["S"]["A2"].data_type = "s"
    book.save(path)
    loaded = open_workbook(path)
    assert loaded.rows("S")[1] == ("=not a formula",)
    assert loaded.formula_without_value("S") == set()
    assert loaded.notes == ()


def test_rows_split_between_chunks_are_counted_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = workbooks.write_table(tmp_path / "t.xlsx", {"S": [[n, "x"] for n in range(1, 52)]})
    for chunk in (7, 64, 1 << 20):
        monkeypatch.setattr(xlsx_reader, "CHUNK", chunk)
        with zipfile.ZipFile(path) as archive:
            scan = xlsx_reader._check_members(path, archive)
        assert scan.rows["xl/worksheets/sheet1.xml"] == 51


# --- issue 13, finding 5: bounded work whatever the file claims ---------------------------------

_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = "</sheetData></worksheet>"


def _many_sheets(path: Path, sheets: int, body: str) -> Path:
    """A workbook of ``sheets`` worksheets that all hold ``body`` (built without openpyxl)."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    types = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, sheets + 1)
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f"{types}</Types>",
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0"?><workbook {ns} xmlns:r="{rel}"><sheets>'
            + "".join(
                f'<sheet name="S{i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(1, sheets + 1)
            )
            + "</sheets></workbook>",
        )
        for i in range(1, sheets + 1):
            archive.writestr(f"xl/worksheets/sheet{i}.xml", _SHEET_HEAD + body + _SHEET_TAIL)
    return path


def _timed_refusal(path: Path, match: str) -> float:
    start = time.perf_counter()
    with pytest.raises(WorkbookProblem, match=match):
        open_workbook(path)
    return time.perf_counter() - start


def test_thirty_sheets_of_almost_ten_megabytes_are_refused_at_once(tmp_path: Path) -> None:
    """The issue's file: each part passes the per-part ratio check; the total does not."""
    padding = " " * (9_900_000 - len(_SHEET_HEAD) - len(_SHEET_TAIL))
    path = _many_sheets(tmp_path / "thirty.xlsx", 30, padding)
    assert path.stat().st_size < 2_000_000
    assert _timed_refusal(path, "possible zip bomb") < 2.0


def test_more_sheets_than_an_import_reads_are_refused(tmp_path: Path) -> None:
    path = _many_sheets(tmp_path / "sheets.xlsx", xlsx_reader.MAX_SHEETS + 1, "")
    assert _timed_refusal(path, f"{xlsx_reader.MAX_SHEETS + 1} sheets") < 2.0


def test_more_cells_than_an_import_needs_are_refused_before_parsing(tmp_path: Path) -> None:
    row = '<row r="{r}">' + '<c r="A{r}"><v>1</v></c>' * 10 + "</row>"
    body = "".join(row.format(r=r) for r in range(1, 25_001))  # 250,000 cells a sheet
    path = _many_sheets(tmp_path / "cells.xlsx", 3, body)
    assert _timed_refusal(path, "500,000 cells") < 10.0
