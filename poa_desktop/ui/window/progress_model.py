"""A table model of status counts (one row per :class:`ProgressRow`) for the dashboard."""

from __future__ import annotations

import ctypes
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from poa_desktop.domain.progress import ProgressRow
from poa_desktop.domain.status import COUNT_KEYS, NOT_ASSESSED
from poa_desktop.domain.text import arg
from poa_desktop.ui.common.icons import status_icon, status_label
from poa_desktop.ui.common.terms import term
from poa_desktop.ui.common.tooltips import tooltip_html

ModelIndex = QModelIndex | QPersistentModelIndex

# Count columns in table order; "assessed", "total" and "percent" follow them.
COLUMNS: tuple[str, ...] = ("label", *COUNT_KEYS, "assessed", "total", "percent")


_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def no_data() -> None:
    """``None`` for "no value" from ``data()``/``headerData()``, with a reference to spare.

    PySide6 6.12 drops one reference to ``None`` each time it converts ``None`` to a QVariant.
    On Python 3.11, where ``None`` is not immortal, views calling ``data()`` thousands of times
    then bring its count to zero and the interpreter aborts ("none_dealloc: deallocating None").
    Taking one extra reference per return balances that; if a later PySide6 fixes the bug the
    surplus is harmless (``None`` is never freed).
    """
    _incref(None)
    return None


def percent_text(value: float) -> str:
    """A whole percentage in the user's locale ("79%")."""
    return arg(QCoreApplication.translate("Progress", "%1%"), QLocale().toString(round(value)))


class ProgressTableModel(QAbstractTableModel):
    """Read-only counts; ``Qt.UserRole`` gives the raw number behind each displayed cell."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ProgressRow] = []
        self._descriptions: Mapping[str, str] = {}

    def set_descriptions(self, descriptions: Mapping[str, str]) -> None:
        """What each row's short code means ("BMS8 A": section A of…), by row key: the label's
        tooltip says it (issue 19: the codes were never explained)."""
        self._descriptions = dict(descriptions)

    def set_rows(self, rows: Sequence[ProgressRow]) -> None:
        """Replace every row (the first is shown in bold as the overall figure)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ProgressRow:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def _value(self, row: ProgressRow, column: str) -> int | float | str:
        if column == "label":
            return term(row.label)
        if column == "assessed":
            return row.answered
        if column == "total":
            return row.total
        if column == "percent":
            return row.percent
        return row.counts.get(column, 0)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return no_data()
        if not 0 <= index.column() < len(COLUMNS):
            return no_data()
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        value = self._value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "label":
                return value
            if column == "percent":
                return percent_text(float(value))
            return QLocale().toString(int(value))
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == "label":
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == "label":
            counts = arg(
                self.tr("%1: %2 of %3 measures assessed"), term(row.label), row.answered, row.total
            )
            return tooltip_html(counts, self._descriptions.get(row.key, ""))
        return no_data()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return no_data()
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(column)
        if role == Qt.ItemDataRole.DecorationRole and column in COUNT_KEYS:
            return status_icon(None if column == NOT_ASSESSED else column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "percent":
            return self.tr("Share of the measures that have a status")
        return no_data()

    def _title(self, column: str) -> str:
        if column in COUNT_KEYS:
            return status_label(None if column == NOT_ASSESSED else column)
        return {
            "label": self.tr("Measures"),
            "assessed": self.tr("Assessed"),
            "total": self.tr("Total"),
            "percent": self.tr("%"),
        }[column]

    def figures(self) -> dict[str, dict[str, int]]:
        """The counts shown, by row key and count key (plus ``total``), read back from cells."""
        result: dict[str, dict[str, int]] = {}
        for r, row in enumerate(self._rows):
            shown = {}
            for key in (*COUNT_KEYS, "total"):
                value = self.data(self.index(r, COLUMNS.index(key)), Qt.ItemDataRole.UserRole)
                shown[key] = int(value)
            result[row.key] = shown
        return result
