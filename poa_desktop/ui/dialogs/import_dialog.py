"""File → Import answers…: file, mapping, preview, confirm. Nothing is written before confirm.

Every step calls :mod:`poa_desktop.services.reporting.imports`; the dialog only shows what they
return and gathers the user's choices (the mapping and the policy for existing answers).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from poa_desktop.domain.content import AnswerContent, display_value
from poa_desktop.domain.errors import AppError
from poa_desktop.domain.fields import field_label, mapped_field_label
from poa_desktop.domain.status import status_label
from poa_desktop.domain.text import arg, shorten
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.reporting.imports import (
    ImportPreview,
    ImportResult,
    ImportSource,
    OtherStateError,
    Policy,
    apply_import,
    column_letter,
    inspect_import,
    make_mapping,
    parse_status_words,
    preview_import,
)
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.background import CancelledError, run_in_background
from poa_desktop.ui.generated.ui_import_dialog import Ui_ImportDialog

ACTIONS = {"new": "new answer", "update": "changed", "unchanged": "unchanged", "kept": "kept"}


def _value(content: AnswerContent, field: str) -> str:
    """A field's value on one line for a tooltip, "(empty)" when there is none."""
    return shorten(display_value(field, getattr(content, field)), 80) or "(empty)"


T = TypeVar("T")


class ImportDialog(QDialog):
    """Three steps on one dialog; ``result`` holds what was imported after accept."""

    imported = Signal(object)  # ImportResult

    def __init__(
        self, ws: Workspace, assessment: AssessmentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self._ws = ws
        self._assessment = assessment
        self.source: ImportSource | None = None
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self._combos: dict[str, QComboBox] = {}
        self._from_another_state = False  # asked and said yes, for this file
        ui = self.ui
        ui.browseButton.clicked.connect(self._browse)
        ui.nextButton.clicked.connect(self.go_next)
        ui.backButton.clicked.connect(self.go_back)
        ui.importButton.clicked.connect(self.confirm)
        ui.cancelButton.clicked.connect(self.reject)
        ui.skipCheck.toggled.connect(lambda _on: self._update_buttons())
        ui.sheetCombo.currentTextChanged.connect(lambda _t: self._fill_columns())
        ui.headerRowSpin.valueChanged.connect(lambda _v: self._fill_columns())
        ui.problemsList.setWordWrap(True)
        for table in (ui.mappingTable, ui.changesTable):
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._show_page(0)

    # --- steps --------------------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        ui = self.ui
        ui.pages.setCurrentIndex(index)
        titles = (
            self.tr("Step 1 of 3: the workbook"),
            self.tr("Step 2 of 3: the columns"),
            self.tr("Step 3 of 3: check and import"),
        )
        ui.stepLabel.setText(f"<b>{titles[index]}</b>")
        ui.messageLabel.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        page = ui.pages.currentIndex()
        ui.backButton.setEnabled(page > 0)
        ui.nextButton.setVisible(page < 2)
        ui.importButton.setVisible(page == 2)
        preview = self.preview
        can_import = False
        if preview is not None:
            writes = any(c.action in ("new", "update") for c in preview.changes)
            readable = not preview.problems or ui.skipCheck.isChecked()
            can_import = readable and (writes or bool(preview.field_changes))
        ui.importButton.setEnabled(bool(can_import))

    def confirm_other_state(self, refused: OtherStateError) -> bool:
        """Ask, naming both States, whether another State's answers are really wanted here.

        Tests replace this to answer without a message box.
        """
        theirs = (
            f"{refused.workbook.state or refused.workbook.iso_code} ({refused.workbook.iso_code})"
        )
        ours = f"{refused.assessment.state} ({refused.assessment.iso_code})"
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Another State's report"))
        box.setText(
            arg(
                self.tr(
                    "This workbook is the report of %1. The assessment open is %2's.\n\n"
                    "Importing it puts the answers of %1 into the assessment of %2. A preview "
                    "shows every change first, and a backup is taken before anything is written."
                ),
                theirs,
                ours,
            )
        )
        go = box.addButton(
            arg(self.tr("Import %1's answers into %2"), theirs, ours),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def _say(self, message: str) -> None:
        self.ui.messageLabel.setText("⚠ " + message)

    def go_next(self) -> None:
        page = self.ui.pages.currentIndex()
        try:
            if page == 0:
                self._inspect()
            elif page == 1:
                self._preview()
        except AppError as error:
            self._say(str(error))
            return
        except CancelledError:
            self._say(self.tr("Stopped: nothing was read."))
            return
        self._show_page(page + 1)

    def read(self, text: str, work: Callable[[], T]) -> T:
        """Read the file off the UI thread (a progress box with Cancel after 0.3 s)."""
        return run_in_background(self, text, work)

    def go_back(self) -> None:
        self._show_page(max(0, self.ui.pages.currentIndex() - 1))

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Workbook to import"),
            str(Path.home()),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if name:
            self.ui.fileEdit.setText(name)

    # --- step 1 -> 2 --------------------------------------------------------------------------
    def _inspect(self) -> None:
        text = self.ui.fileEdit.text().strip()
        if not text:
            raise ServiceError(self.tr("Choose a workbook first."))
        path = Path(text).expanduser()
        self.source = source = self.read(
            arg(self.tr("Reading %1…"), path.name), lambda: inspect_import(path)
        )
        ui = self.ui
        ui.sheetCombo.blockSignals(True)
        ui.headerRowSpin.blockSignals(True)
        ui.sheetCombo.clear()
        ui.sheetCombo.addItems(list(source.sheets))
        mapping = source.mapping
        if mapping is not None:
            ui.sheetCombo.setCurrentText(mapping.sheet)
            ui.headerRowSpin.setValue(mapping.header_row)
        ui.sheetCombo.blockSignals(False)
        ui.headerRowSpin.blockSignals(False)
        self._fill_columns(mapping.columns if mapping is not None else {})
        if source.note:
            self._say(source.note)

    def _header(self) -> tuple[object, ...]:
        if self.source is None:
            return ()
        rows = self.source.first_rows.get(self.ui.sheetCombo.currentText(), ())
        index = self.ui.headerRowSpin.value() - 1
        return rows[index] if 0 <= index < len(rows) else ()

    def _fill_columns(self, chosen: dict[str, int] | None = None) -> None:
        if self.source is None:
            return
        if chosen is None:
            chosen = self.columns()
        header = self._header()
        table = self.ui.mappingTable
        table.clearContents()
        table.setRowCount(0)  # drops the previous combos, whatever cells they were in
        table.setRowCount(len(self.source.fields))
        self._combos = {}
        for row, field in enumerate(self.source.fields):
            item = QTableWidgetItem(self.tr(mapped_field_label(field)))
            table.setItem(row, 0, item)
            combo = QComboBox(table)
            combo.setAccessibleName(arg(self.tr("Column for %1"), item.text()))
            combo.addItem(self.tr("(not in this sheet)"), None)
            for index, title in enumerate(header):
                label = " ".join(str(title).split())[:40] if title is not None else ""
                combo.addItem(f"{column_letter(index)} · {label}", index)
            if field in chosen:
                found = combo.findData(chosen[field])
                if found >= 0:
                    combo.setCurrentIndex(found)
            table.setCellWidget(row, 1, combo)
            self._combos[field] = combo

    def columns(self) -> dict[str, int]:
        return {
            field: combo.currentData()
            for field, combo in self._combos.items()
            if combo.currentData() is not None
        }

    def policy(self) -> Policy:
        if self.ui.keepRadio.isChecked():
            return "keep"
        if self.ui.fillRadio.isChecked():
            return "fill-empty"
        return "replace"

    # --- step 2 -> 3 --------------------------------------------------------------------------
    def _preview(self) -> None:
        assert self.source is not None
        words = parse_status_words(self.ui.statusWordsEdit.text())
        mapping = make_mapping(
            self.ui.sheetCombo.currentText(),
            self.ui.headerRowSpin.value(),
            self.columns(),
            words,
        )
        source, policy = self.source.path, self.policy()

        def read_preview() -> ImportPreview:
            return self.read(
                arg(self.tr("Reading %1…"), source.name),
                lambda: preview_import(
                    self._ws,
                    source,
                    mapping=mapping,
                    policy=policy,
                    assessment=self._assessment,
                    from_another_state=self._from_another_state,
                ),
            )

        try:
            preview = read_preview()
        except OtherStateError as refused:
            if self._from_another_state or not self.confirm_other_state(refused):
                raise
            self._from_another_state = True
            preview = read_preview()
        self.preview = preview
        counts = preview.counts()
        self.ui.summaryLabel.setText(
            arg(self.tr("Sheet %1 of %2."), preview.sheet, preview.source.name)
            + " "
            + arg(
                self.tr(
                    "%1 new answers, %2 changed, %3 unchanged, %4 kept, %5 report field values; "
                    "%6 rows cannot be read."
                ),
                counts["new"],
                counts["update"],
                counts["unchanged"],
                counts["kept"],
                counts["fields"],
                counts["unreadable"],
            )
        )
        table = self.ui.changesTable
        table.setRowCount(len(preview.changes))
        for row, change in enumerate(preview.changes):
            before = status_label(change.old.status)
            after = status_label(change.new.status)
            cells = (
                f"{change.sheet} {change.row}",
                change.label,
                self.tr(ACTIONS[change.action]),
                f"{before} → {after}" if before != after else after,
                ", ".join(field_label(f) for f in change.changed),
            )
            details = "\n".join(
                f"{field_label(f)}: {_value(change.old, f)} → {_value(change.new, f)}"
                for f in change.changed
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(details)  # old → new values of every changed field
                table.setItem(row, column, item)
        self.ui.problemsList.clear()
        self.ui.problemsList.addItems([str(p) for p in preview.problems])
        has_problems = bool(preview.problems)
        for widget in (self.ui.problemsLabel, self.ui.problemsList, self.ui.skipCheck):
            widget.setVisible(has_problems)
        self.ui.skipCheck.setChecked(False)

    # --- confirm ------------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.preview is None:
            return
        try:
            self.import_result = apply_import(
                self._ws, self.preview, skip_unreadable=self.ui.skipCheck.isChecked()
            )
        except AppError as error:
            self._say(str(error))
            return
        self.imported.emit(self.import_result)
        self.accept()
