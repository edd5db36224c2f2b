"""File → Import answers…: file, sheets and columns, preview, confirm. Nothing is written first.

Every step calls :mod:`poa_desktop.services.reporting.imports`; the dialog only shows what they
return and gathers the person's choices: which sheets to read and their columns, the policy for
existing answers (fill only empty fields unless they choose otherwise), whether to add the
agencies the file names that the profile lacks, and whether to skip what cannot be read. The
last file and the sheets and columns chosen for it are remembered for the next time.
The preview page itself is filled by :mod:`.import_preview_page`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

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

from poa_desktop.domain.errors import AppError
from poa_desktop.domain.fields import mapped_field_label
from poa_desktop.domain.text import arg
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.reporting.import_settings import (
    ImportSource,
    column_letter,
    inspect_import,
    make_mapping,
    make_workbook_mapping,
    mapping_from_json,
    parse_status_words,
)
from poa_desktop.services.reporting.imports import (
    ImportPreview,
    ImportResult,
    OtherStateError,
    Policy,
    apply_import,
    preview_import,
)
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.background import CancelledError, run_in_background
from poa_desktop.ui.common.settings import AppSettings
from poa_desktop.ui.common.terms import term
from poa_desktop.ui.dialogs.import_preview_page import show_preview
from poa_desktop.ui.generated.ui_import_dialog import Ui_ImportDialog

if TYPE_CHECKING:
    from poa_desktop.services.reporting.import_settings import WorkbookMapping

T = TypeVar("T")


@dataclass
class SheetChoice:
    """What the person chose for one sheet: read it or not, its header row and columns."""

    included: bool
    header_row: int = 1
    columns: dict[str, int] = field(default_factory=dict)


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
        self._choices: dict[str, SheetChoice] = {}
        self._editing = ""  # the sheet whose header row and columns are on screen
        self._add_agencies: bool | None = None  # None: the service's default for the file
        self._from_another_state = False  # asked and said yes, for this file
        self._settings = AppSettings()
        ui = self.ui
        ui.browseButton.clicked.connect(self._browse)
        # Enter goes forward (Next), never to Browse or Import: Import writes, and the person
        # confirms it with a click or its own Alt letter (issue 19).
        for button in (ui.browseButton, ui.backButton, ui.importButton, ui.cancelButton):
            button.setAutoDefault(False)
        ui.nextButton.clicked.connect(self.go_next)
        ui.backButton.clicked.connect(self.go_back)
        ui.importButton.clicked.connect(self.confirm)
        ui.cancelButton.clicked.connect(self.reject)
        ui.skipCheck.toggled.connect(lambda _on: self._update_buttons())
        ui.sheetCombo.currentTextChanged.connect(self._switch_sheet)
        ui.headerRowSpin.valueChanged.connect(lambda _v: self._fill_columns())
        ui.includeCheck.toggled.connect(self._include_toggled)
        ui.agenciesCheck.toggled.connect(self._agencies_toggled)
        ui.notesList.setWordWrap(True)
        ui.fileEdit.setText(self._settings.last_import_file())
        ui.problemsList.setWordWrap(True)
        for table in (ui.mappingTable, ui.changesTable):
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header = ui.changesTable.horizontalHeader()
        for column in (0, 1, 2):  # sheet and row, commitment, action: as wide as their text
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The changes are what the person checks; the lists below take the space left.
        page = ui.previewPageLayout
        for widget, stretch in ((ui.changesTable, 3), (ui.problemsList, 1), (ui.notesList, 1)):
            page.setStretch(page.indexOf(widget), stretch)
        # As tall as the screen allows (the preview's table is what the person checks).
        available = self.screen().availableGeometry()
        self.resize(self.width(), max(self.height(), min(760, int(available.height() * 0.92))))
        # At most five lines each (they scroll), so a 720-line screen still shows the changes.
        lines = self.fontMetrics().lineSpacing() * 5 + 8
        for listing in (ui.problemsList, ui.notesList):
            listing.setMaximumHeight(lines)
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
        ui.nextButton.setDefault(page < 2)
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
        message = ""
        try:
            if page == 0:
                message = self._inspect()
            elif page == 1:
                self._preview()
        except AppError as error:
            self._say(str(error))
            return
        except CancelledError:
            self._say(self.tr("Stopped: nothing was read."))
            return
        self._show_page(page + 1)
        self.ui.messageLabel.setText(message)

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
    def _inspect(self) -> str:
        """Read the file's sheets and propose; returns what the next page should say first."""
        text = self.ui.fileEdit.text().strip()
        if not text:
            raise ServiceError(self.tr("Choose a workbook first."))
        path = Path(text).expanduser()
        self.source = source = self.read(
            arg(self.tr("Reading %1…"), path.name), lambda: inspect_import(path)
        )
        self._choices = {}
        for sheet in source.sheets:
            proposal = source.proposals.get(sheet)
            self._choices[sheet] = (
                SheetChoice(False)
                if proposal is None
                else SheetChoice(False, proposal.header_row, dict(proposal.columns))
            )
        mapping = source.mapping
        remembered = self._remembered(path)
        if remembered is not None:
            mapping = remembered
        for chosen in mapping.sheets if mapping is not None else ():
            self._choices[chosen.sheet] = SheetChoice(True, chosen.header_row, dict(chosen.columns))
            if chosen.status_values:
                self.ui.statusWordsEdit.setText(
                    "; ".join(f"{w} = {m or 'none'}" for w, m in chosen.status_values.items())
                )
        first = next((n for n, c in self._choices.items() if c.included), source.sheets[0])
        ui = self.ui
        ui.sheetCombo.blockSignals(True)
        ui.sheetCombo.clear()
        ui.sheetCombo.addItems(list(source.sheets))
        ui.sheetCombo.setCurrentText(first)
        ui.sheetCombo.blockSignals(False)
        self._editing = ""
        self._switch_sheet(first)
        if source.note:
            return "⚠ " + source.note
        if remembered is not None:
            return self.tr("The sheets and columns chosen last time for this workbook are used.")
        return ""

    def _remembered(self, path: Path) -> WorkbookMapping | None:
        """The mapping chosen last time for this file, when its sheets are all still there."""
        text = self._settings.import_mapping(path)
        if not text or self.source is None:
            return None
        try:
            mapping = mapping_from_json(text)
        except AppError:
            return None
        sheets = set(self.source.sheets)
        if not set(mapping.names) <= sheets:
            return None
        return mapping

    def _keep_editing_sheet(self) -> None:
        """Store what is on screen for the sheet being edited before another is shown."""
        if self._editing in self._choices:
            choice = self._choices[self._editing]
            choice.header_row = self.ui.headerRowSpin.value()
            choice.columns = self.columns()
            choice.included = self.ui.includeCheck.isChecked()

    def _switch_sheet(self, sheet: str) -> None:
        if not sheet or sheet not in self._choices:
            return
        self._keep_editing_sheet()
        self._editing = sheet
        choice = self._choices[sheet]
        ui = self.ui
        for widget, value in ((ui.headerRowSpin, choice.header_row),):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        ui.includeCheck.blockSignals(True)
        ui.includeCheck.setChecked(choice.included)
        ui.includeCheck.blockSignals(False)
        self._fill_columns(choice.columns)
        self._show_sheets()

    def _include_toggled(self, on: bool) -> None:
        if self._editing in self._choices:
            self._choices[self._editing].included = on
        self._show_sheets()

    def _show_sheets(self) -> None:
        """Which sheets will be read, and which not (a cover page is passed over)."""
        if self.source is None:
            return
        included = [n for n, c in self._choices.items() if c.included]
        no_table = self.tr("%1 (no table found)")
        left = [
            n if self.source.proposals.get(n) is not None else arg(no_table, n)
            for n, c in self._choices.items()
            if not c.included
        ]
        text = arg(self.tr("Sheets to import: %1."), ", ".join(included) or self.tr("none"))
        if left:
            text += " " + arg(self.tr("Not read: %1."), ", ".join(left))
        self.ui.sheetsLabel.setText(text)

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
        for row, name in enumerate(self.source.fields):
            item = QTableWidgetItem(term(mapped_field_label(name)))
            table.setItem(row, 0, item)
            combo = QComboBox(table)
            combo.setAccessibleName(arg(self.tr("Column for %1"), item.text()))
            combo.addItem(self.tr("(not in this sheet)"), None)
            for index, title in enumerate(header):
                label = " ".join(str(title).split())[:40] if title is not None else ""
                combo.addItem(f"{column_letter(index)} · {label}", index)
            if name in chosen:
                found = combo.findData(chosen[name])
                if found >= 0:
                    combo.setCurrentIndex(found)
            table.setCellWidget(row, 1, combo)
            self._combos[name] = combo

    def columns(self) -> dict[str, int]:
        return {
            name: combo.currentData()
            for name, combo in self._combos.items()
            if combo.currentData() is not None
        }

    def policy(self) -> Policy:
        if self.ui.keepRadio.isChecked():
            return "keep"
        if self.ui.replaceRadio.isChecked():
            return "replace"
        return "fill-empty"

    # --- step 2 -> 3 --------------------------------------------------------------------------
    def workbook_mapping(self) -> WorkbookMapping:
        """The sheets and columns chosen, as the services take them (ServiceError if unusable)."""
        self._keep_editing_sheet()
        words = parse_status_words(self.ui.statusWordsEdit.text())
        sheets = [
            make_mapping(name, choice.header_row, choice.columns, words)
            for name, choice in self._choices.items()
            if choice.included
        ]
        if not sheets:
            raise ServiceError(self.tr("Choose at least one sheet to import (Import this sheet)."))
        excluded = [name for name, choice in self._choices.items() if not choice.included]
        return make_workbook_mapping(sheets, excluded)

    def _preview(self) -> None:
        assert self.source is not None
        mapping = self.workbook_mapping()
        source, policy, adding = self.source.path, self.policy(), self._add_agencies

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
                    add_agencies=adding,
                ),
            )

        try:
            preview = read_preview()
        except OtherStateError as refused:
            if self._from_another_state or not self.confirm_other_state(refused):
                raise
            self._from_another_state = True
            preview = read_preview()
        self._show_preview(preview)

    def _agencies_toggled(self, on: bool) -> None:
        """Adding the new agencies or not changes which cells can be read: preview again."""
        if self.preview is None or on == self.preview.add_agencies:
            return
        self._add_agencies = on
        try:
            self._preview()
        except (AppError, CancelledError) as error:
            self._say(str(error))

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview  # before the page is filled: unticking Skip updates the buttons
        show_preview(self.ui, preview)
        self._update_buttons()

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
        if self.preview.mapping is not None:
            self._settings.set_last_import(self.preview.source, self.preview.mapping.to_json())
            self._settings.sync()
        self.imported.emit(self.import_result)
        self.accept()
