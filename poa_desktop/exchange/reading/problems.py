"""Where an import could not read something, and how it understood what it did read.

A :class:`RowProblem` names the sheet, row, column and field, and says whether importing anyway
costs that one cell or the whole row; a :class:`CellReading` says how a value typed by hand was
understood. Both read as one sentence in the preview and on the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from poa_desktop.domain.fields import mapped_field_label
from poa_desktop.exchange.workbook.layout import column_letter

Skips = Literal["row", "cell"]


def field_name(key: str) -> str:
    """What a person calls a mapped field ("Paragraph reference", "Measures taken"...)."""
    return "Value" if key == "value" else mapped_field_label(key)


def _where(sheet: str, row: int, column: str | None, name: str | None) -> str:
    where = f"sheet {sheet}, row {row}"
    label = field_name(name) if name else None
    if column:
        where += f", column {column}" + (f" ({label})" if label else "")
    elif label:
        where += f", {label}"
    return where


@dataclass(frozen=True)
class RowProblem:
    """One unreadable row or cell; ``field`` is a logical field name or a report field id.

    ``skips`` says what importing anyway leaves out: the one cell, or the whole row (a row whose
    reference cannot be read names no commitment, so none of its cells can go anywhere).
    """

    sheet: str
    row: int
    column: str | None
    field: str | None
    reason: str
    skips: Skips = "row"

    def __str__(self) -> str:
        return f"{_where(self.sheet, self.row, self.column, self.field)}: {self.reason}"


@dataclass(frozen=True)
class CellReading:
    """How a cell typed by hand was understood ("'June 2025' read as 30 June 2025")."""

    sheet: str
    row: int
    column: str | None
    field: str
    text: str

    def __str__(self) -> str:
        return f"{_where(self.sheet, self.row, self.column, self.field)}: {self.text}"


def formula_reason(row: int, column: int) -> str:
    """Why a formula cell (1-based row and column) without a saved result cannot be read."""
    return (
        f"cell {column_letter(column - 1)}{row} holds a formula with no saved result: "
        "open and save the file in Excel, or type the value"
    )
