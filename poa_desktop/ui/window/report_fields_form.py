"""Report field inputs under an answer (counts, yes/no, years, contacts), checked as they are typed.

Built in code because which groups appear depends on the commitment. Each value is checked with the
catalog's own :func:`parse_value` on every edit, so a focal point sees "Arms seized: enter a whole
number" at once, while the typed text is still handed to the caller (saving decides what to store).
Also home of the small helpers that give problem and hint lines one look across the answer form.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from poa_desktop.catalog.validation import FieldValueError, parse_value
from poa_desktop.domain.catalog import FieldDefinition, FieldGroup, FieldValue
from poa_desktop.ui.common.terms import term

PROBLEM_MARK = "⚠"
LABEL_CHARS = 30
_ERROR_ON_LIGHT = "#b3261e"
_ERROR_ON_DARK = "#ff8a80"


def _catalog_text(text: str) -> str:
    """Catalog labels and help go through Qt translation too (context "catalog")."""
    return term(text)


def show_messages(label: QLabel, messages: Sequence[str]) -> None:
    """Show problems as "⚠ message" lines in an error colour readable on light and dark palettes."""
    unique = list(dict.fromkeys(m for m in messages if m))
    if not unique and label.isHidden() and not label.text():
        return  # nothing shown, nothing to show: skip the palette and layout work
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the user typed
    label.setWordWrap(True)
    label.setText("\n".join(f"{PROBLEM_MARK} {m}" for m in unique))
    palette = label.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    colour = QColor(_ERROR_ON_DARK if dark else _ERROR_ON_LIGHT)
    if palette.color(QPalette.ColorRole.WindowText) != colour:
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)
    label.setVisible(bool(unique))


def style_hint(label: QLabel) -> None:
    """A small grey explanatory line (placeholder colour follows the palette, light or dark)."""
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)


@dataclass
class _FieldRow:
    definition: FieldDefinition
    editor: QLineEdit | QComboBox
    problem: QLabel
    live: str = ""
    shown: list[str] = field(default_factory=list)

    def refresh(self) -> None:
        messages = [m for m in (self.live, *self.shown) if m]
        show_messages(self.problem, messages)
        # Screen readers hear the problem when the input has focus, else the help text.
        self.editor.setAccessibleDescription(" ".join(messages) or self.editor.toolTip())


class ReportFieldsPanel(QWidget):
    """One group box per field group; ``edited`` on every change a person makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[str, _FieldRow] = {}
        # Group boxes are built once and reused: rebuilding them on every move was the slowest
        # part of going to the next commitment.
        self._boxes: dict[str, QGroupBox] = {}
        self._group_rows: dict[str, list[_FieldRow]] = {}
        self._loading = False
        self._read_only = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    # -- content -------------------------------------------------------------------------------

    def set_groups(self, groups: Sequence[FieldGroup], values: Mapping[str, FieldValue]) -> None:
        """Show these groups filled from ``values``, without emitting ``edited``."""
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
        self._rows = {}
        self._loading = True
        try:
            for group in groups:
                box = self._boxes.get(group.id)
                if box is None:
                    box = self._boxes[group.id] = self._group_box(group)
                self._layout.addWidget(box)
                for row in self._group_rows[group.id]:
                    self._set_value(row, values.get(row.definition.id))
                    self._rows[row.definition.id] = row
                box.show()
        finally:
            self._loading = False
        self.set_read_only(self._read_only)

    def _set_value(self, row: _FieldRow, value: FieldValue) -> None:
        editor = row.editor
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(1 if value is True else 2 if value is False else 0)
        else:
            editor.setText("" if value is None else str(value))
        self._check(row)

    def inputs(self) -> dict[str, FieldValue]:
        """Raw values by field id: typed text, or True/False/None for yes/no fields."""
        values: dict[str, FieldValue] = {}
        for field_id, row in self._rows.items():
            if isinstance(row.editor, QComboBox):
                data = row.editor.currentData()
                values[field_id] = data if isinstance(data, bool) else None
            else:
                values[field_id] = row.editor.text()
        return values

    def field_ids(self) -> list[str]:
        return list(self._rows)

    def editors(self) -> list[QWidget]:
        """The inputs in display order (the answer form chains them into its tab order)."""
        return [row.editor for row in self._rows.values()]

    # -- problems ------------------------------------------------------------------------------

    def show_problems(self, messages: Mapping[str, Sequence[str]]) -> None:
        """Problems reported by the caller (rules across fields), beside the live checks."""
        for field_id, row in self._rows.items():
            row.shown = list(messages.get(field_id, ()))
            row.refresh()

    def clear_problems(self) -> None:
        """Forget the caller's problems; a value that still does not parse keeps its message."""
        self.show_problems({})

    def problem_label(self, field_id: str) -> QLabel:
        """Where the problems of one field are shown (for tests and for scrolling to it)."""
        return self._rows[field_id].problem

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in self._rows.values():
            if isinstance(row.editor, QLineEdit):
                row.editor.setReadOnly(read_only)
            else:
                row.editor.setEnabled(not read_only)

    # -- building ------------------------------------------------------------------------------

    def _group_box(self, group: FieldGroup) -> QGroupBox:
        box = QGroupBox(_catalog_text(group.label), self)
        box.setObjectName(f"fieldGroup_{group.id}")
        box.setFlat(True)  # inside the "Report fields" box: a titled rule, not another frame
        layout = QVBoxLayout(box)
        if group.help:
            help_label = QLabel(_catalog_text(group.help), box)
            style_hint(help_label)
            layout.addWidget(help_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(form)
        rows = self._group_rows[group.id] = []
        for definition in group.fields:
            label, cell, row = self._field_row(definition, box)
            rows.append(row)
            form.addRow(label, cell)
        return box

    def _field_row(
        self, definition: FieldDefinition, parent: QWidget
    ) -> tuple[QLabel, QWidget, _FieldRow]:
        text = _catalog_text(definition.label)
        help_text = _catalog_text(definition.help)
        label = QLabel(text, parent)
        label.setWordWrap(True)
        # One label width in every group, so the inputs line up from box to box.
        label.setFixedWidth(label.fontMetrics().averageCharWidth() * LABEL_CHARS)
        label.setToolTip(help_text)
        cell = QWidget(parent)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        editor = self._editor(definition, cell)
        editor.setObjectName(f"field_{definition.id}")
        editor.setAccessibleName(text)
        editor.setToolTip(help_text)
        label.setBuddy(editor)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        inset = max(0, (editor.sizeHint().height() - label.fontMetrics().height()) // 2)
        label.setContentsMargins(0, inset, 0, 0)  # first line level with the input's text
        line.addWidget(editor)
        if definition.unit:
            unit = QLabel(_catalog_text(definition.unit), cell)
            unit.setBuddy(editor)
            line.addWidget(unit)
        line.addStretch(1)
        column.addLayout(line)
        if help_text:
            hint = QLabel(help_text, cell)
            style_hint(hint)
            column.addWidget(hint)
        problem = QLabel(cell)
        problem.setObjectName(f"problem_{definition.id}")
        problem.setProperty("problemFor", editor)
        problem.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        column.addWidget(problem)
        row = _FieldRow(definition, editor, problem)
        if isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _index, r=row: self._on_edit(r))
        else:
            editor.textChanged.connect(lambda _text, r=row: self._on_edit(r))
        return label, cell, row

    def _editor(self, definition: FieldDefinition, parent: QWidget) -> QLineEdit | QComboBox:
        if definition.type == "boolean":
            combo = QComboBox(parent)
            combo.addItem(self.tr("—"), None)
            combo.addItem(self.tr("Yes"), True)
            combo.addItem(self.tr("No"), False)
            return combo
        edit = QLineEdit(parent)
        chars = 12 if definition.type in ("integer", "year") else 40
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0" * chars))
        if definition.type in ("integer", "year"):
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        return edit

    # -- live checks ---------------------------------------------------------------------------

    def _check(self, row: _FieldRow) -> None:
        raw = row.editor.currentData() if isinstance(row.editor, QComboBox) else row.editor.text()
        try:
            parse_value(row.definition, raw)
            row.live = ""
        except FieldValueError as error:
            row.live = error.problem.message
        row.refresh()

    def _on_edit(self, row: _FieldRow) -> None:
        self._check(row)
        if not self._loading:
            self.edited.emit()
