"""Where an import's rows come from: the seam for a new kind of file.

Everything after opening (header detection, mapping, references, statuses, the import plan)
reads a :class:`RowSource`: named sheets of rows of cell values, the cells that hold a formula
with no saved result, and notes about what opening passed over. An ``.xlsx`` workbook is the one
source today (:mod:`poa_desktop.exchange.reading.safe_workbook`, which refuses hostile files);
a CSV or ODS reader would implement the protocol and register its file endings in
:data:`OPENERS`, and nothing downstream changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from poa_desktop.exchange.reading.safe_workbook import WorkbookProblem, open_workbook, problem

Row = tuple[object, ...]


class RowSource(Protocol):
    """Sheets of rows, as an import reads them (1-based rows and columns in cell positions)."""

    @property
    def path(self) -> Path: ...

    @property
    def sheet_names(self) -> tuple[str, ...]: ...

    @property
    def notes(self) -> tuple[str, ...]: ...

    def rows(self, sheet: str) -> list[Row]: ...

    def formula_without_value(self, sheet: str) -> set[tuple[int, int]]: ...


Opener = Callable[[Path], RowSource]

OPENERS: dict[str, Opener] = {".xlsx": open_workbook, ".xlsm": open_workbook}
"""File ending (lower case) -> the function that opens such a file safely."""


def open_source(path: Path) -> RowSource:
    """The rows of the file at ``path``; :class:`WorkbookProblem` says why it cannot be read.

    An unknown ending is still tried as a workbook: the safe reader recognises what the file
    really is from its first bytes and explains (an old ``.xls``, a password-protected file...).
    """
    opener = OPENERS.get(Path(path).suffix.lower(), open_workbook)
    return opener(Path(path))


__all__ = ["OPENERS", "RowSource", "WorkbookProblem", "open_source", "problem"]
