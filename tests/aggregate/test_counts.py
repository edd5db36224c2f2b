"""Every count of the analysis against the answers the tests put in the workbooks."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from poa_desktop.domain.aggregate import NO_GROUP
from poa_desktop.domain.status import COUNT_KEYS, NOT_ASSESSED
from poa_desktop.exchange.aggregate.regions import regional_groups
from poa_desktop.services.reporting.aggregate import AggregateResult, analyse_files, write_workbook
from tests.aggregate.builders import Book, catalog

BY_MEASURE_HEADER = [
    "Commitment ID",
    "Citation",
    "Implemented",
    "Developing",
    "Not implemented",
    "Not applicable",
    "Not yet assessed",
    "States reporting",
]


def _key(book: Book, commitment_id: str) -> str:
    status = book.answers[commitment_id].status
    return NOT_ASSESSED if status is None else str(status)


def _expected_by_measure(books: list[Book]) -> dict[str, Counter[str]]:
    return {
        c.id: Counter(_key(book, c.id) for book in books if c.id in book.answers)
        for c in catalog().measures
    }


@pytest.fixture(scope="module")
def result(folder: Path) -> AggregateResult:
    return analyse_files([folder])


def test_every_report_is_read_in_its_language(result: AggregateResult, books: list[Book]) -> None:
    assert not result.problems and not result.duplicates
    languages = {r.iso: r.language for r in result.reports}
    assert languages == {"KEN": "en", "FRA": "fr", "SAU": "ar", "BRA": "es", "XEX": "zh"}
    assert {r.state for r in result.reports} == {b.state for b in books}


def test_by_measure_counts_match_the_answers(result: AggregateResult, books: list[Book]) -> None:
    expected = _expected_by_measure(books)
    assert [row.commitment_id for row in result.analysis.measures] == list(expected)
    for row in result.analysis.measures:
        assert {k: row.counts[k] for k in COUNT_KEYS} == {
            k: expected[row.commitment_id][k] for k in COUNT_KEYS
        }, row.commitment_id
        assert row.states == len(books)


def test_by_measure_sheet_holds_the_same_counts(
    result: AggregateResult, books: list[Book], tmp_path: Path
) -> None:
    target = write_workbook(result, tmp_path / "analysis.xlsx")
    book = load_workbook(target, read_only=True)
    assert book.sheetnames[:4] == ["By measure", "By State", "By theme and region", "Assistance"]
    rows = list(book["By measure"].iter_rows(values_only=True))
    assert list(rows[0]) == BY_MEASURE_HEADER
    expected = _expected_by_measure(books)
    citations = {c.id: c.label for c in catalog().measures}
    assert len(rows) - 1 == len(expected)
    for row in rows[1:]:
        commitment_id = str(row[0])
        counts = expected[commitment_id]
        assert list(row) == [
            commitment_id,
            citations[commitment_id],
            *(counts[k] for k in COUNT_KEYS),
            sum(counts.values()),
        ]


def test_by_state_sheet(result: AggregateResult, books: list[Book], tmp_path: Path) -> None:
    target = write_workbook(result, tmp_path / "analysis.xlsx")
    rows = list(load_workbook(target, read_only=True)["By State"].iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:4] == ["State", "ISO code", "UN regional group", "Reporting cycle"]
    assert header[4:9] == BY_MEASURE_HEADER[2:7]
    assert header[9] == "Exported at (UTC)"
    by_iso = {row[1]: row for row in rows[1:]}
    groups = {"KEN": "African Group", "FRA": "Western European and others Group (WEOG)",
              "SAU": "Asia-Pacific Group", "BRA": "Latin American and Caribbean Group (GRULAC)",
              "XEX": "No UN regional group"}  # fmt: skip
    for book in books:
        row = by_iso[book.iso]
        counts = Counter(_key(book, cid) for cid in book.answers)
        assert row[0] == book.state and row[2] == groups[book.iso] and row[3] == book.cycle
        assert list(row[4:9]) == [counts[k] for k in COUNT_KEYS]
        assert row[9] == "2026-06-01T09:00:00Z"


def test_by_theme_and_region(result: AggregateResult, books: list[Book]) -> None:
    groups = regional_groups()
    expected: dict[tuple[str, str], Counter[str]] = {}
    for book in books:
        group = groups.group_of(book.iso)
        for commitment in catalog().measures:
            for theme in commitment.themes:
                expected.setdefault((theme, group), Counter())[_key(book, commitment.id)] += 1
    found = {(r.theme_id, r.group): r for r in result.analysis.theme_regions}
    assert set(found) == set(expected)
    for key, row in found.items():
        assert {k: row.counts[k] for k in COUNT_KEYS} == {k: expected[key][k] for k in COUNT_KEYS}
        assert row.states == 1  # one State per group here
    assert {r.key for r in result.analysis.regions} == {
        "african", "asia_pacific", "grulac", "weog", NO_GROUP
    }  # fmt: skip


def test_regions_and_sections_add_up(result: AggregateResult, books: list[Book]) -> None:
    total = sum(len(book.answers) for book in books)
    assert sum(r.total for r in result.analysis.regions) == total
    assert sum(r.total for r in result.analysis.sections) == total
