"""Tables of the report never leave one row alone on a page (issue 16)."""

from __future__ import annotations

from typing import Any

from poa_desktop.exchange.pdf.styles import KeptTable

ROW = 20.0


def _table(body_rows: int) -> KeptTable:
    rows = [["Header", "H"]] + [[f"row {n}", str(n)] for n in range(body_rows)]
    table = KeptTable(rows, colWidths=[100, 50], rowHeights=[ROW] * len(rows), repeatRows=1)
    table.wrap(150, 10_000)
    return table


def _bodies(parts: list[Any]) -> list[int]:
    return [len(part._cellvalues) - 1 for part in parts]


def test_one_row_at_the_foot_of_a_page_moves_the_table_on() -> None:
    table = _table(6)
    assert table.split(150, 2.5 * ROW) == []  # header and one row would fit: move on
    assert _bodies(table.split(150, 2.5 * ROW)) == [1, 5]  # refused once only


def test_one_row_carried_over_keeps_two_back() -> None:
    table = _table(5)
    assert _bodies(table.split(150, 5.5 * ROW)) == [3, 2]  # not [4, 1]


def test_short_tables_and_good_splits_are_left_alone() -> None:
    assert _bodies(_table(8).split(150, 4.5 * ROW)) == [3, 5]
    assert _bodies(_table(2).split(150, 2.5 * ROW)) == [1, 1]  # two rows: nothing better
