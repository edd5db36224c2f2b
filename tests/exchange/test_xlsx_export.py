"""The Excel workbook, read back with openpyxl: what a person sees and what an importer reads."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.report import ReportData
from poa_desktop.exchange.workbook import cells
from poa_desktop.exchange.workbook.layout import ANSWER_COLUMNS, AboutItem
from poa_desktop.exchange.workbook.writer import write_xlsx
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.assessments.assessments import create_assessment
from poa_desktop.services.assessments.profiles import add_agency, load_profile
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import open_workspace

HEADERS = [
    "Commitment ID",
    "Document",
    "Citation",
    "Section",
    "Commitment text",
    "Status",
    "Measures taken",
    "Laws and regulations",
    "Responsible agencies",
    "Challenges",
    "Assistance needed",
    "Assistance kinds",
    "Assistance description",
    "Assistance offered",
    "National target",
    "Target date",
    "Last changed",
    "Source",
    "Template answer",
    "Status code",
]
LOCKED = {"Commitment ID", "Document", "Citation", "Section", "Commitment text"}
LOCKED |= {"Last changed", "Source", "Template answer", "Status code"}
ARABIC, CHINESE, CYRILLIC = "وزارة الداخلية", "公安部枪支管理局", "Министерство внутренних дел"


def _workbook(data: ReportData) -> Any:
    stream = io.BytesIO()
    write_xlsx(data, stream)
    return load_workbook(io.BytesIO(stream.getvalue()))


@pytest.fixture(scope="module")
def demo_book(demo_report: ReportData) -> Any:
    return _workbook(demo_report)


@pytest.fixture(scope="module")
def partial_report(tmp_path_factory: pytest.TempPathFactory) -> ReportData:
    """A few answers with text a spreadsheet could mistake for formulas, in three scripts."""
    path = tmp_path_factory.mktemp("partial") / "partial.sqlite"
    with open_workspace(path) as ws:
        info = create_assessment(ws, state="Kenya", cycle="BMS8 2022", author="Amina")
        with ws.db.session() as session, session.begin():
            profile = load_profile(session)
            assert profile is not None
            for name in (ARABIC, CHINESE, CYRILLIC):
                add_agency(session, profile, name)
        answers = {
            "BMS8-21": AnswerContent(
                status="implemented",
                measures_taken="=SUM(A1:A2)",
                laws=(Law("قانون الأسلحة | 2", "Arms Act", 2015, "https://laws.example/1"),),
                agencies=(ARABIC, CHINESE, CYRILLIC),
                challenges="+1",
            ),
            "BMS8-23": AnswerContent(
                measures_taken="-x",
                assistance_needed=True,
                assistance_kinds=("training", "financial"),
                assistance_description="@cmd",
                national_target=f"{CHINESE} {CYRILLIC}\n{ARABIC}",
            ),
            "RC3-II-1": AnswerContent(status="not_applicable", challenges="a\\b\tc"),
        }
        for commitment_id, content in answers.items():
            save_answer(ws, info.id, commitment_id, content, author="Amina")
        return build_report_data(ws)


@pytest.fixture(scope="module")
def partial_book(partial_report: ReportData) -> Any:
    return _workbook(partial_report)


def _rows(sheet: Any) -> Iterator[dict[str, Any]]:
    """Data rows as {header: cell}."""
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        yield dict(zip(header, row, strict=True))


def _text(cell: Any) -> str:
    return cells.from_cell_text(cell.value)


def _content(row: dict[str, Any], data: ReportData) -> AnswerContent:
    """What the importer will make of a row, with the cell decoders."""
    kinds = data.catalog.assistance_kinds
    return AnswerContent(
        status=cells.parse_status(row["Status"].value),
        measures_taken=_text(row["Measures taken"]),
        laws=cells.parse_laws(_text(row["Laws and regulations"])),
        agencies=cells.parse_agencies(_text(row["Responsible agencies"])),
        challenges=_text(row["Challenges"]),
        assistance_needed=bool(cells.parse_yes_no(row["Assistance needed"].value)),
        assistance_kinds=cells.parse_kinds(row["Assistance kinds"].value, kinds),
        assistance_description=_text(row["Assistance description"]),
        assistance_offered=_text(row["Assistance offered"]),
        national_target=_text(row["National target"]),
        target_date=cells.parse_date(row["Target date"].value),
    )


def test_sheets_and_headers(demo_book: Any) -> None:
    assert demo_book.sheetnames == ["Answers", "Report fields", "Contacts", "About"]
    assert [c.value for c in demo_book["Answers"][1]] == HEADERS
    assert [c.header for c in ANSWER_COLUMNS] == HEADERS
    assert [c.value for c in demo_book["Report fields"][1]] == [
        "Commitment ID",
        "Field ID",
        "Label",
        "Value",
        "Unit",
    ]
    assert [c.value for c in demo_book["About"][1]] == ["Item", "Value"]
    assert demo_book.active.title == "Answers"


def test_every_measure_with_its_answer(demo_book: Any, demo_report: ReportData) -> None:
    rows = list(_rows(demo_book["Answers"]))
    measures = demo_report.measures()
    assert len(rows) == len(measures) == 221
    for row, commitment in zip(rows, measures, strict=True):
        assert row["Commitment ID"].value == commitment.id
        assert row["Citation"].value == commitment.label
        assert row["Commitment text"].value == commitment.text
        record = demo_report.answers[commitment.id]
        assert record.content.status is not None and record.updated_at is not None
        assert row["Status"].value == cells.STATUS_TEXT[record.content.status]
        assert _content(row, demo_report) == record.content
        assert cells.parse_timestamp(row["Last changed"].value) == record.updated_at.replace(
            microsecond=0
        )
        assert row["Source"].value == "typed"
    first = rows[0]
    assert first["Document"].value == "BMS8"
    assert first["Section"].value.startswith("A. Consideration of the implementation")
    assert rows[-1]["Document"].value == "RevCon3"
    revcon_ii = next(r for r in rows if r["Commitment ID"].value == "RC3-II-1")
    assert revcon_ii["Section"].value.startswith("II. Implementation plan for the Programme")


def test_report_fields_under_each_measure(demo_book: Any, demo_report: ReportData) -> None:
    rows = [[c.value for c in row] for row in demo_book["Report fields"].iter_rows(min_row=2)]
    expected = [
        (commitment_id, field.id)
        for group in demo_report.catalog.field_groups
        for commitment_id in group.commitments
        for field in group.fields
    ]
    assert [(r[0], r[1]) for r in rows] == expected
    for commitment_id, field_id, label, value, unit in rows:
        definition = demo_report.catalog.field(field_id)
        stored = demo_report.field_values.get(field_id)
        assert definition.label in label and (unit or "") == definition.unit
        if definition.type == "boolean":
            assert value == ("Yes" if stored else "No")
        elif definition.type in ("integer", "year"):
            assert value == stored and isinstance(value, int)
        else:
            assert value == stored
        assert commitment_id in demo_report.catalog


def test_drop_downs(demo_book: Any, demo_report: ReportData) -> None:
    last = 1 + len(demo_report.measures())
    validations = demo_book["Answers"].data_validations.dataValidation
    by_formula = {dv.formula1: dv for dv in validations}
    status = by_formula['"Implemented,Developing,Not implemented,Not applicable"']
    assert status.type == "list" and status.allow_blank
    assert all(f"F{row}" in status.sqref for row in range(2, last + 1))
    needed = by_formula['"Yes,No"']
    assert all(f"K{row}" in needed.sqref for row in range(2, last + 1))


def test_frozen_header_and_filters(demo_book: Any, demo_report: ReportData) -> None:
    last = 1 + len(demo_report.measures())
    answers = demo_book["Answers"]
    assert answers.freeze_panes == "B2"
    assert answers.auto_filter.ref == f"A1:T{last}"
    for name in ("Report fields", "Contacts", "About"):
        assert demo_book[name].freeze_panes == "A2"
        assert demo_book[name].auto_filter.ref


def test_protection_locks_ids_and_texts_only(demo_book: Any) -> None:
    answers = demo_book["Answers"]
    protection = answers.protection
    assert protection.sheet and not protection.password
    # In the file format True means "this action is protected"; people may sort and filter.
    assert protection.sort is False and protection.autoFilter is False
    assert protection.formatColumns is False
    for row in _rows(answers):
        for header, cell in row.items():
            assert cell.protection.locked == (header in LOCKED), (header, cell.coordinate)
            if header not in LOCKED:  # typing "=1+1" or a date into an answer keeps the text
                assert cell.number_format == "@", (header, cell.coordinate)
    for name, editable in (("Report fields", "Value"), ("About", "Value")):
        sheet = demo_book[name]
        assert sheet.protection.sheet
        for row in _rows(sheet):
            for header, cell in row.items():
                assert cell.protection.locked == (header != editable), (name, cell.coordinate)


def test_formula_like_text_stays_text(partial_book: Any) -> None:
    rows = {r["Commitment ID"].value: r for r in _rows(partial_book["Answers"])}
    for commitment_id, header, text in (
        ("BMS8-21", "Measures taken", "=SUM(A1:A2)"),
        ("BMS8-21", "Challenges", "+1"),
        ("BMS8-23", "Measures taken", "-x"),
        ("BMS8-23", "Assistance description", "@cmd"),
    ):
        cell = rows[commitment_id][header]
        assert cell.value == text and cell.data_type != "f" and cell.quotePrefix


def test_partial_assessment_round_trips(partial_book: Any, partial_report: ReportData) -> None:
    rows = {r["Commitment ID"].value: r for r in _rows(partial_book["Answers"])}
    assert len(rows) == len(partial_report.measures())
    for commitment_id, row in rows.items():
        record = partial_report.answer(commitment_id)
        expected = record.content if record is not None else AnswerContent()
        assert _content(row, partial_report) == expected
    assert rows["BMS8-22"]["Status"].value is None
    assert rows["BMS8-22"]["Last changed"].value is None
    assert rows["BMS8-23"]["Status"].value is None  # answered, but no status chosen yet
    assert rows["BMS8-23"]["Assistance kinds"].value == "Training, Financial"
    assert rows["BMS8-21"]["Responsible agencies"].value == f"{ARABIC}\n{CHINESE}\n{CYRILLIC}"
    assert rows["BMS8-21"]["Laws and regulations"].value == (
        "قانون الأسلحة \\| 2 | Arms Act | 2015 | https://laws.example/1"
    )
    assert rows["RC3-II-1"]["Status"].value == "Not applicable"


def test_contacts(demo_book: Any, demo_report: ReportData) -> None:
    rows = [[c.value for c in row] for row in demo_book["Contacts"].iter_rows(min_row=2)]
    kinds = [row[0] for row in rows]
    assert kinds == ["Focal point"] + ["Agency"] * len(demo_report.agencies) + ["Contact"] * len(
        demo_report.contacts
    )
    assert rows[0][1] == demo_report.focal_point.name
    assert rows[0][7] == demo_report.focal_point.phone  # "+999 ...": text, not a formula
    assert [row[1] for row in rows[1 : 1 + len(demo_report.agencies)]] == [
        a.name for a in demo_report.agencies
    ]


def test_about(demo_book: Any, demo_report: ReportData) -> None:
    items = {
        row[0].value: row[1].value
        for row in demo_book["About"].iter_rows(min_row=2)
        if row[0].value
    }
    assert items[AboutItem.DIGEST] == demo_report.answers_digest()
    assert items[AboutItem.APPLICATION] == demo_report.app_version
    assert items[AboutItem.CATALOG] == demo_report.catalog.version
    assert items[AboutItem.STATE] == "Exampleland"
    assert items[AboutItem.ISO_CODE] == demo_report.iso_code
    assert items[AboutItem.CYCLE] == demo_report.cycle
    assert items[AboutItem.STATUS] == demo_report.status
    assert items[AboutItem.EXPORTED] == cells.format_timestamp(demo_report.generated_at)
    measures = len(demo_report.measures())
    assert items[AboutItem.MEASURES] == measures and items[AboutItem.ASSESSED] == measures
    assert "Format: Laws and regulations" in items
    assert "Financial, Technical" in items["Format: Assistance kinds"]


def test_path_target_and_progress(demo_report: ReportData, tmp_path: Path) -> None:
    seen: list[float] = []
    target = tmp_path / "report.xlsx"
    write_xlsx(demo_report, target, seen.append)
    assert load_workbook(target)["Answers"].max_row == 1 + len(demo_report.measures())
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)


def test_cancel_from_progress_writes_nothing(demo_report: ReportData) -> None:
    stream = io.BytesIO()

    def cancel(fraction: float) -> None:
        if fraction > 0.3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_xlsx(demo_report, stream, cancel)
    assert stream.getvalue() == b""


def test_the_template_answer_and_status_code_stand_beside_each_other(demo_book: Any) -> None:
    """Issue 16: UNODA's template words (Yes, No, Developing, Not applicable) and the code."""
    expected = {
        "implemented": "Yes",
        "developing": "Developing",
        "not_implemented": "No",
        "not_applicable": "Not applicable",
    }
    pairs = {
        (row["Status code"].value, row["Template answer"].value)
        for row in _rows(demo_book["Answers"])
    }
    assert pairs == set(expected.items())  # the demo answers every measure
    for row in _rows(demo_book["Answers"]):
        assert cells.parse_status(row["Status"].value) == row["Status code"].value


def test_the_digest_covers_the_rows_the_workbook_has(demo_report: ReportData) -> None:
    """An answer kept on a former measure (BMS8-60, procedural since catalog 1.1.0) is not a row
    of the workbook, so it is not in the digest either: a reader can recompute it from rows."""
    import dataclasses

    kept = next(iter(demo_report.answers.values()))
    answers = {**demo_report.answers, "BMS8-60": kept}
    assert not demo_report.catalog.get("BMS8-60").assessed
    with_kept = dataclasses.replace(demo_report, answers=answers)
    assert with_kept.answers_digest() == demo_report.answers_digest()
