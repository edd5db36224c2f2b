"""Assessment → Reporting period…: the period the report covers and the language it speaks.

Either end of the period may be left unsaid (its box unticked); the services refuse a period that
ends before it starts and a change while the assessment is submitted or cleared, and the dialog
shows their message instead of closing, so nothing typed is lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from poa_desktop.domain.errors import AppError
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.assessments.period import set_report_language, set_reporting_period
from poa_desktop.services.reporting.export import report_languages
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.generated.ui_period_dialog import Ui_PeriodDialog


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodDialog(QDialog):
    """Edits one assessment's reporting period and report language; saves on Save."""

    def __init__(
        self, ws: Workspace, assessment: AssessmentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PeriodDialog()
        self.ui.setupUi(self)
        self._ws = ws
        self._assessment = assessment
        self.setWindowTitle(f"{self.windowTitle()}: {assessment.cycle}")
        today = date.today()
        for check, edit, value, default in (
            (self.ui.startCheck, self.ui.startEdit, assessment.period_start, today),
            (self.ui.endCheck, self.ui.endEdit, assessment.period_end, today),
        ):
            check.setChecked(value is not None)
            edit.setDate(_qdate(value or default))
            edit.setEnabled(value is not None)
            check.toggled.connect(edit.setEnabled)
        for code, name in report_languages().items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(
            max(self.ui.languageCombo.findData(assessment.report_language), 0)
        )
        self.ui.problemLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def period(self) -> tuple[date | None, date | None]:
        start = _date(self.ui.startEdit.date()) if self.ui.startCheck.isChecked() else None
        end = _date(self.ui.endEdit.date()) if self.ui.endCheck.isChecked() else None
        return start, end

    def save(self) -> None:
        """Write both; on a refusal show why and stay open."""
        try:
            set_reporting_period(self._ws, self._assessment.id, *self.period())
            language = self.ui.languageCombo.currentData()
            if language != self._assessment.report_language:
                set_report_language(self._ws, self._assessment.id, language)
        except AppError as error:
            self.ui.problemLabel.setText("⚠ " + str(error))
            self.ui.problemLabel.show()
            return
        self.accept()
