"""The laws and regulations table of the answer form: one editable row per law.

A table rather than repeated line edits so a focal point can cite many laws and see them side
by side; it sizes itself to its rows so it never scrolls inside the answer form's own scroll area.
Rows are numbered because the services name problems by row ("Laws and regulations, row 2").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from poa_desktop.domain.content import LAW_AREAS, Law
from poa_desktop.ui.common.terms import term

TITLE, ENGLISH, YEAR, LINK, AREA, DESCRIPTION = range(6)
COLUMNS = 6
AREA_ROLE = Qt.ItemDataRole.UserRole  # the area's id; the cell shows its label
MIN_VISIBLE_ROWS = 2
MAX_VISIBLE_ROWS = 10
_NUMBER = re.compile(r"[+-]?\d+")


class _YearDelegate(QStyledItemDelegate):
    """Only digits in the year column, so a year is never silently dropped as non-numeric."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setValidator(QIntValidator(0, 9999, editor))
        return editor


class _AreaDelegate(QStyledItemDelegate):
    """The area from a list (UNODA's template asks laws by area); the cell keeps its id."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.addItem("", "")
        for area, label in LAW_AREAS.items():
            editor.addItem(term(label), area)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(AREA_ROLE) or ""), 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), AREA_ROLE)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class LawsTable(QTableWidget):
    """Title (original language), English title, year, link, area and description of each law
    cited."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, COLUMNS, parent)
        self._loading = False
        titles = [self.tr("Title (original language)"), self.tr("English title")]
        more = [self.tr("Year"), self.tr("Link"), self.tr("Area"), self.tr("What it provides")]
        self.setHorizontalHeaderLabels([*titles, *more])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (TITLE, ENGLISH, LINK, DESCRIPTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(YEAR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AREA, QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegateForColumn(YEAR, _YearDelegate(self))
        self.setItemDelegateForColumn(AREA, _AreaDelegate(self))
        self._edit_triggers = self.editTriggers()
        self._refit_soon = QTimer(self, singleShot=True, interval=0)
        self._refit_soon.timeout.connect(self._refit)
        header.sectionResized.connect(self._refit_soon.start)  # wrapped titles change height
        self.itemChanged.connect(self._on_item_changed)
        self._fit_height()

    def set_read_only(self, read_only: bool) -> None:
        """Rows stay selectable and readable; nothing can be typed or removed."""
        no_edit = QAbstractItemView.EditTrigger.NoEditTriggers
        self.setEditTriggers(no_edit if read_only else self._edit_triggers)

    # -- content -------------------------------------------------------------------------------

    def set_laws(self, laws: Sequence[Law]) -> None:
        """Replace every row, without emitting ``edited``."""
        self._loading = True
        try:
            self.setRowCount(0)
            for law in laws:
                year = "" if law.year is None else str(law.year)
                label = term(LAW_AREAS[law.area]) if law.area in LAW_AREAS else law.area
                cells = [law.title_original, law.title_english, year, law.link, label]
                row = self._append([*cells, law.description])
                area = self.item(row, AREA)
                if area is not None:
                    area.setData(AREA_ROLE, law.area)
        finally:
            self._loading = False
        self._refit()

    def laws(self) -> tuple[Law, ...]:
        """Rows with any cell filled; a non-numeric year becomes None, the rest is kept."""
        found = []
        for row in range(self.rowCount()):
            cells = [self._text(row, column) for column in range(COLUMNS)]
            if not any(cells):
                continue
            year = cells[YEAR]
            area = self.item(row, AREA)
            found.append(
                Law(
                    title_original=cells[TITLE],
                    title_english=cells[ENGLISH],
                    year=int(year) if _NUMBER.fullmatch(year) else None,
                    link=cells[LINK],
                    area=str(area.data(AREA_ROLE) or "") if area is not None else "",
                    description=cells[DESCRIPTION],
                )
            )
        return tuple(found)

    # -- user actions --------------------------------------------------------------------------

    def add_row(self) -> None:
        """Append an empty row and start typing its title."""
        self._loading = True
        try:
            row = self._append([""] * COLUMNS)
        finally:
            self._loading = False
        self._refit()
        self.setFocus()
        self.setCurrentCell(row, TITLE)
        self.edit(self.currentIndex())
        self.edited.emit()

    def remove_selected(self) -> None:
        """Remove the selected rows, or the current row when nothing is selected."""
        rows = {index.row() for index in self.selectionModel().selectedRows()}
        if not rows and self.currentRow() >= 0:
            rows = {self.currentRow()}
        if not rows:
            return
        for row in sorted(rows, reverse=True):
            self.removeRow(row)
        self._refit()
        self.edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editable = self.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
        idle = self.state() != self.State.EditingState
        if event.key() == Qt.Key.Key_Delete and editable and idle:
            self.remove_selected()
            return
        super().keyPressEvent(event)

    # -- internals -----------------------------------------------------------------------------

    def _append(self, cells: list[str]) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.setItem(row, column, item)
        return row

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def commit_open_edit(self) -> None:
        """Put what is being typed in a cell into the table now, leaving the cell open.

        A cell's editor commits only on Return, Tab or losing focus; a shortcut that moves on or
        quits must not lose what it holds, so the autosave asks for it before reading the form.
        """
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is None or not self.isAncestorOf(editor):
            return
        self.commitData(editor)  # the editor stays open: typing goes on where it was

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        item.setToolTip(item.text())
        self._refit()
        self.edited.emit()

    def _refit(self) -> None:
        self.resizeRowsToContents()
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for every row (up to a limit) so the table does not scroll on its own."""
        rows = self.rowCount()
        default = self.verticalHeader().defaultSectionSize()
        shown = sum(self.rowHeight(r) for r in range(min(rows, MAX_VISIBLE_ROWS)))
        shown += default * max(0, MIN_VISIBLE_ROWS - rows)
        height = self.horizontalHeader().sizeHint().height() + shown + 2 * self.frameWidth()
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)
