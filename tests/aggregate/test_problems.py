"""Files that cannot be counted are named with their reason; the others are still analysed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from poa_desktop.domain.aggregate import FileProblem
from poa_desktop.exchange.aggregate.reading import CHANGED, NOT_OWN, read_national
from poa_desktop.exchange.workbook.layout import answer_column
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.reporting.aggregate import (
    AggregateResult,
    AnalysisCancelledError,
    analyse_files,
)
from tests.aggregate.builders import EXPORTED, catalog, varied_answers, write_book


def _edit(path: Path, column_key: str, value: str, row: int = 2) -> None:
    """Change one cell of the Answers sheet after export, as a person with Excel would."""
    book = load_workbook(path)
    book["Answers"].cell(row=row, column=answer_column(column_key) + 1, value=value)
    book.save(path)


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> tuple[AggregateResult, Path]:
    folder = tmp_path_factory.mktemp("problems")
    write_book(folder, "Kenya", "KEN", varied_answers("KEN"))
    write_book(folder, "Peru", "PER", varied_answers("PER"), name="peru-old.xlsx")
    later = EXPORTED + timedelta(days=3)
    write_book(folder, "Peru", "PER", varied_answers("PER", 2), exported=later, name="peru.xlsx")
    tampered = write_book(folder, "Chad", "TCD", varied_answers("TCD")).path
    first = catalog().measures[0].id
    was = varied_answers("TCD")[first].status
    _edit(tampered, "status", "Not applicable" if was != "not_applicable" else "Implemented")
    coded = write_book(folder, "Mali", "MLI", varied_answers("MLI"), name="mali.xlsx").path
    _edit(coded, "status_code", "implemented" if was != "implemented" else "developing")
    (folder / "notes.xlsx").write_text("not a workbook", encoding="utf-8")
    good = (folder / "KEN.xlsx").read_bytes()
    (folder / "broken.xlsx").write_bytes(good[: len(good) // 2])
    other = Workbook()
    other.active.append(["Paragraph", "Status"])
    other.save(folder / "tracker.xlsx")
    (folder / "sub").mkdir()
    write_book(folder / "sub", "Fiji", "FJI", varied_answers("FJI"))
    (folder / "sub" / "~$FJI.xlsx").write_bytes(b"lock")
    return analyse_files([folder, folder / "missing.xlsx"]), folder


def _reasons(result: AggregateResult) -> dict[str, str]:
    return {Path(p.file).name: p.reason for p in result.problems}


def test_the_good_workbooks_are_counted(result: tuple[AggregateResult, Path]) -> None:
    analysis, _ = result
    assert sorted(r.iso for r in analysis.reports) == ["FJI", "KEN", "PER"]
    assert any("lock file" in note for note in analysis.notes)


def test_a_changed_workbook_is_named(result: tuple[AggregateResult, Path]) -> None:
    reasons = _reasons(result[0])
    assert reasons["TCD.xlsx"] == CHANGED
    assert reasons["TCD.xlsx"] == "changed after export: the answers' digest does not match"
    code = reasons["mali.xlsx"]
    assert code.startswith("changed after export: sheet Answers, row 2, column ")
    assert "Status code" in code


def test_unreadable_files_have_their_reason(result: tuple[AggregateResult, Path]) -> None:
    reasons = _reasons(result[0])
    assert reasons["notes.xlsx"] == "not an Excel workbook (.xlsx)"
    assert "damaged" in reasons["broken.xlsx"]
    assert reasons["tracker.xlsx"] == NOT_OWN
    assert reasons["missing.xlsx"] == "no such file or folder"
    assert len(reasons) == 6


def test_the_same_state_and_cycle_keeps_the_newest(result: tuple[AggregateResult, Path]) -> None:
    analysis, folder = result
    (duplicate,) = analysis.duplicates
    assert Path(duplicate.kept.file).name == "peru.xlsx"
    assert Path(duplicate.dropped.file).name == "peru-old.xlsx"
    said = duplicate.describe()
    assert "peru-old.xlsx" in said and "peru.xlsx is used (a newer export)" in said
    (peru,) = [r for r in analysis.reports if r.iso == "PER"]
    assert peru.exported_at is not None and peru.exported_at.day == 4
    assert str(folder / "peru.xlsx") == peru.file


def test_read_national_never_raises(tmp_path: Path) -> None:
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    assert isinstance(read_national(folder, catalog()), FileProblem)


def test_nothing_to_read_and_cancel(tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="no workbook"):
        analyse_files([tmp_path])
    write_book(tmp_path, "Kenya", "KEN", varied_answers("KEN", 5))
    with pytest.raises(AnalysisCancelledError):
        analyse_files([tmp_path], cancel=lambda: True)


def test_nothing_counted_still_writes_the_list(tmp_path: Path) -> None:
    from poa_desktop.services.reporting.aggregate import write_pdf, write_workbook

    (tmp_path / "bad.xlsx").write_text("no", encoding="utf-8")
    result = analyse_files([tmp_path])
    assert not result.reports and len(result.problems) == 1
    book = load_workbook(write_workbook(result, tmp_path / "out.xlsx"), read_only=True)
    files = list(book["Files"].iter_rows(values_only=True))
    assert files[1][:2] == (str(tmp_path / "bad.xlsx"), "Not used")
    assert write_pdf(result, tmp_path / "out.pdf", "ar").stat().st_size > 0


def test_hostile_files_are_refused_with_their_reason(tmp_path: Path) -> None:
    from tests.exchange.workbooks import rewrite_member, zip_bomb

    planted = write_book(tmp_path, "Oman", "OMN", varied_answers("OMN", 7)).path

    def plant(xml: bytes) -> bytes:
        doctype = b'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        return xml.replace(b"<worksheet", doctype + b"<worksheet", 1)

    rewrite_member(planted, "xl/worksheets/sheet4.xml", plant)
    zip_bomb(tmp_path / "bomb.xlsx", megabytes=70)
    reasons = {Path(p.file).name: p.reason for p in analyse_files([tmp_path]).problems}
    assert "declares a DOCTYPE or ENTITY" in reasons["OMN.xlsx"]
    assert "zip bomb" in reasons["bomb.xlsx"]
