"""Reading one national workbook: any language, either format, the quick reader as the safe one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from poa_desktop.domain.aggregate import NationalReport
from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.status import Status
from poa_desktop.exchange.aggregate.quick_workbook import open_quick
from poa_desktop.exchange.aggregate.reading import offered_kinds, read_national, snapshot
from poa_desktop.exchange.reading.safe_workbook import open_workbook
from tests.aggregate.builders import Book, catalog, write_book

RICH = AnswerContent(
    status=Status.DEVELOPING,
    measures_taken="Line one\nline two, with a | bar, a \\ backslash and =SUM(A1) & <b>",
    laws=(Law("Loi n° 2019-04", "Act 4 of 2019", 2019, "https://example.org", "marking", "x"),
          Law("Décret")),
    agencies=("Police nationale", "Douanes"),
    challenges="  leading and trailing spaces  ",
    assistance_needed=True,
    assistance_kinds=("training", "legal"),
    assistance_description="حاجة إلى التدريب",
    assistance_offered="提供培训",
    national_target="Target 🎯",
    target_date=date(2030, 12, 31),
)  # fmt: skip


def _rich(tmp_path: Path, language: str) -> Book:
    measures = catalog().measures
    answers = {measures[0].id: RICH, measures[5].id: AnswerContent(status=Status.IMPLEMENTED)}
    return write_book(tmp_path, "Tunisia", "TUN", answers, language=language)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_workbook_in_another_language_is_read(tmp_path: Path, language: str) -> None:
    book = _rich(tmp_path, language)
    report = read_national(book.path, catalog())
    assert isinstance(report, NationalReport), report
    assert (report.state, report.iso, report.cycle, report.language) == (
        "Tunisia", "TUN", "BMS9 2026", language
    )  # fmt: skip
    answer = report.answers[catalog().measures[0].id]
    assert (answer.status, answer.assistance_kinds) == ("developing", ("training", "legal"))
    assert answer.offered_kinds == ("training",)  # 培训, in Chinese
    assert len(report.answers) == len(catalog().measures)


def test_a_format_1_workbook_is_read(tmp_path: Path) -> None:
    """Format 1: English, without the Template answer and Status code columns."""
    book = _rich(tmp_path, "en")
    workbook = load_workbook(book.path)
    workbook["Answers"].delete_cols(19, 2)
    workbook["About"]["B2"] = "1"
    workbook.save(book.path)
    report = read_national(book.path, catalog())
    assert isinstance(report, NationalReport), report
    assert report.answers[catalog().measures[0].id].status == "developing"


def test_the_quick_reader_reads_what_the_safe_reader_reads(tmp_path: Path) -> None:
    written = _rich(tmp_path, "ar").path
    resaved = tmp_path / "resaved.xlsx"
    load_workbook(written).save(resaved)  # as openpyxl writes it (shared strings...)
    for path in (written, resaved):
        quick, safe = open_quick(path), open_workbook(path)
        assert quick.sheet_names == safe.sheet_names
        for sheet in safe.sheet_names:
            assert quick.rows(sheet) == safe.rows(sheet), (path.name, sheet)


def test_snapshot_is_the_answers_own() -> None:
    for content in (RICH, AnswerContent(), AnswerContent(status=Status.NOT_APPLICABLE)):
        assert snapshot(content) == content.to_snapshot()


def test_offered_kinds() -> None:
    kinds = catalog().assistance_kinds
    found = offered_kinds("Training and EQUIPMENT for the police", kinds)
    assert found == ("equipment", "training")  # in the catalog's order
    assert offered_kinds("Nous offrons une formation", kinds) == ("training",)
    assert offered_kinds("Experts on request", kinds) == ()
    assert offered_kinds("legally speaking", kinds) == ()  # whole words only
