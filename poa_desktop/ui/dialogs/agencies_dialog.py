"""Agencies: who answers what, assigning measures in bulk, and confirming carried answers.

The rules live in :mod:`poa_desktop.services.reporting.agency_work` and
:mod:`poa_desktop.services.assessments.carry`; this dialog shows their results and reports refusals
inline.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from poa_desktop.domain.errors import AppError
from poa_desktop.domain.text import arg, shorten
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.assessments.carry import carried_pending, confirm_unchanged
from poa_desktop.services.assessments.profiles import get_profile
from poa_desktop.services.reporting.agency_work import AgencyProgress, agency_progress, assign
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.dialogs.clearance_dialog import sentence
from poa_desktop.ui.generated.ui_agencies_dialog import Ui_AgenciesDialog

# Section titles longer than this are shortened in the combo box (the tooltip has them whole).
TITLE_LIMIT = 70
NUMBERS = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AgenciesDialog(QDialog):
    """Progress per agency, bulk assignment by theme or section, and confirm-all."""

    # Answers were written (assigned, unassigned or confirmed): reload what shows them.
    answers_changed = Signal()

    def __init__(
        self, ws: Workspace, assessment: AssessmentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AgenciesDialog()
        self.ui.setupUi(self)  # generated code
        self._ws = ws
        self.assessment = assessment
        self.progress: list[AgencyProgress] = []
        self.pending: list[str] = []
        self.setWindowTitle(arg(self.tr("Agencies of the %1 assessment"), assessment.cycle))
        self.setAccessibleName(self.windowTitle())
        header = self.ui.agencyTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.agencyTable.verticalHeader().hide()
        for agency in get_profile(ws).agencies:
            self.ui.agencyCombo.addItem(agency.name, agency.name)
            last = self.ui.agencyCombo.count() - 1
            self.ui.agencyCombo.setItemData(last, agency.name, Qt.ItemDataRole.ToolTipRole)
        # Long ministry names whole in the list, not cut to the combo's first width (issue 19).
        self.ui.agencyCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        popup = self.ui.agencyCombo.view()
        popup.setMinimumWidth(popup.sizeHintForColumn(0) + 24)
        for theme in ws.catalog.themes:
            self.ui.themeCombo.addItem(theme.label, theme.id)
        short = {d.id: d.short_title for d in ws.catalog.documents}
        with_measures = {c.section_key for c in ws.catalog.measures}
        for section in ws.catalog.sections():
            if section.key not in with_measures:
                continue
            full = f"{short.get(section.document_id, section.document_id)} {section.label} "
            full += section.title
            label = shorten(full, TITLE_LIMIT)
            self.ui.sectionCombo.addItem(label, section.key)
            index = self.ui.sectionCombo.count() - 1
            self.ui.sectionCombo.setItemData(index, full, Qt.ItemDataRole.ToolTipRole)
        self.ui.carriedRow.setStretch(0, 1)
        self.ui.byThemeRadio.toggled.connect(self._update_choice)
        self.ui.assignButton.clicked.connect(self.assign)
        self.ui.unassignButton.clicked.connect(self.unassign)
        self.ui.confirmButton.clicked.connect(self.confirm_all)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.resultLabel.hide()
        self.ui.carriedResultLabel.hide()
        self._update_choice()
        self.refresh()

    # --- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the progress per agency and the carried answers still to confirm again."""
        self.progress = agency_progress(self._ws, self.assessment.id)
        table = self.ui.agencyTable
        table.setRowCount(len(self.progress))
        for row, line in enumerate(self.progress):
            values = (line.agency, str(line.assigned), str(line.answered), f"{line.percent:.0f}")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(line.agency if not column else "")
                if column:
                    item.setTextAlignment(NUMBERS)
                table.setItem(row, column, item)
        has_agencies = bool(self.progress)
        for widget in (self.ui.tableLabel, table, self.ui.assignBox):
            widget.setVisible(has_agencies)
        self.ui.noAgenciesLabel.setVisible(not has_agencies)
        self.pending = carried_pending(self._ws, self.assessment.id)
        count = len(self.pending)
        self.ui.carriedLabel.setText(arg(self.tr("Carried forward, still to confirm: %1"), count))
        self.ui.confirmButton.setVisible(count > 0)
        self.ui.carriedBox.setVisible(count > 0 or self.assessment.carried_from is not None)

    def _update_choice(self) -> None:
        by_theme = self.ui.byThemeRadio.isChecked()
        self.ui.themeCombo.setEnabled(by_theme)
        self.ui.sectionCombo.setEnabled(not by_theme)

    def _result(self, text: str, *, problem: bool = False) -> None:
        label = self.ui.resultLabel
        label.setText(("⚠ " + sentence(text)) if problem else ("✔ " + text))
        label.setAccessibleName(label.text())
        label.show()

    # --- actions ------------------------------------------------------------------------------
    def _assign(self, *, unassign: bool) -> None:
        agency = self.ui.agencyCombo.currentData()
        if not agency:
            self._result(self.tr("Choose an agency."), problem=True)
            return
        by_theme = self.ui.byThemeRadio.isChecked()
        combo = self.ui.themeCombo if by_theme else self.ui.sectionCombo
        chosen = [str(combo.currentData())]
        where = combo.currentText()
        try:
            count = assign(
                self._ws,
                self.assessment.id,
                [agency],
                themes=chosen if by_theme else (),
                sections=() if by_theme else chosen,
                unassign=unassign,
            )
        except AppError as error:
            self._result(str(error), problem=True)
            return
        if count == 0:
            template = (
                self.tr("No change: no measure of %2 was assigned to %1.")
                if unassign
                else self.tr("No change: every measure of %2 is already assigned to %1.")
            )
            self._result(arg(template, agency, where))
            return
        if count == 1:
            template = (
                self.tr("1 measure unassigned from %2")
                if unassign
                else self.tr("1 measure assigned to %2")
            )
        else:
            template = (
                self.tr("%1 measures unassigned from %2")
                if unassign
                else self.tr("%1 measures assigned to %2")
            )
        self._result(arg(template, count, agency))
        self.refresh()
        self.answers_changed.emit()

    def assign(self) -> None:
        self._assign(unassign=False)

    def unassign(self) -> None:
        self._assign(unassign=True)

    def confirm_all(self) -> None:
        label = self.ui.carriedResultLabel
        ids = carried_pending(self._ws, self.assessment.id)
        if not ids:
            self.refresh()
            return
        if not self.ask_confirm_all(len(ids)):
            return
        try:
            count = confirm_unchanged(self._ws, self.assessment.id, ids)
        except AppError as error:
            label.setText("⚠ " + sentence(str(error)))
        else:
            template = (
                self.tr("1 answer confirmed unchanged.")
                if count == 1
                else self.tr("%1 answers confirmed unchanged.")
            )
            label.setText("✔ " + arg(template, count))
            self.refresh()
            self.answers_changed.emit()
        label.setAccessibleName(label.text())
        label.show()

    # Patchable entry point (tests replace it instead of clicking a message box).
    def ask_confirm_all(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            arg(
                self.tr(
                    "Confirm %1 carried-forward answer(s) as reviewed and unchanged? "
                    "Each answer's history records the confirmation."
                ),
                count,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes
