"""The menu actions that open a dialog over the assessment: new cycle, export, verifying a
package, analysing other States' reports (which uses no assessment), import, changes, agency
workbooks, clearance, the reporting period, agencies.

Each saves what is on screen first and, when the dialog changed answers, reloads the assessment
in the window. They get the :class:`~poa_desktop.ui.window.database_actions.WindowHooks` they
need, and a way to move to a measure, not the window itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from poa_desktop.domain.errors import AppError
from poa_desktop.services.assessments.assessments import find_assessment
from poa_desktop.services.reporting.imports import ImportResult
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.dialogs.agencies_dialog import AgenciesDialog
from poa_desktop.ui.dialogs.agency_return_dialog import AgencyReturnDialog
from poa_desktop.ui.dialogs.agency_workbook_dialog import AgencyWorkbookDialog
from poa_desktop.ui.dialogs.aggregate_dialog import AggregateDialog
from poa_desktop.ui.dialogs.changes_dialog import ChangesDialog
from poa_desktop.ui.dialogs.clearance_dialog import ClearanceDialog
from poa_desktop.ui.dialogs.documents_dialog import DocumentsDialog
from poa_desktop.ui.dialogs.export_dialog import ExportDialog
from poa_desktop.ui.dialogs.import_dialog import ImportDialog
from poa_desktop.ui.dialogs.import_summary import ImportSummary
from poa_desktop.ui.dialogs.period_dialog import PeriodDialog
from poa_desktop.ui.dialogs.verify_dialog import verify_package_file
from poa_desktop.ui.dialogs.welcome import WelcomeDialog
from poa_desktop.ui.generated.ui_main_window import Ui_MainWindow
from poa_desktop.ui.window.database_actions import WindowHooks


class AssessmentActions(QObject):
    """File → New assessment / Export / Import, Assessment → changes, agencies, clearance."""

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget,
        hooks: WindowHooks,
        go_to: Callable[[str], None],
        restore: Callable[[Path], None],
    ) -> None:
        super().__init__(parent)
        self._ws, self._parent, self._hooks, self._go_to = ws, parent, hooks, go_to
        self._restore = restore  # File → Restore from backup, this copy selected
        self._clearance: ClearanceDialog | None = None  # open beside the window

    def attach(self, ui: Ui_MainWindow) -> None:
        """Connect the window's menu actions that this object carries out."""
        ui.newAssessmentAction.triggered.connect(self.new_assessment)
        ui.exportAction.triggered.connect(self.export_report)
        ui.verifyPackageAction.triggered.connect(self.verify_package)
        ui.analyseReportsAction.triggered.connect(self.analyse_reports)
        ui.importAction.triggered.connect(self.import_answers)
        ui.changesAction.triggered.connect(self.show_changes)
        ui.clearanceAction.triggered.connect(self.show_clearance)
        ui.periodAction.triggered.connect(self.edit_period)
        ui.documentsAction.triggered.connect(self.choose_documents)
        ui.agencyWorkbookAction.triggered.connect(self.prepare_agency_workbook)
        ui.agencyReturnAction.triggered.connect(self.take_back_agency_workbook)
        ui.agenciesAction.triggered.connect(self.show_agencies)

    def new_assessment(self) -> None:
        self._hooks.flush()
        dialog = WelcomeDialog(self._ws, self._parent, assessment_only=True)
        if self._hooks.exec_dialog(dialog) and dialog.created_assessment is not None:
            self._hooks.switch_assessment(dialog.created_assessment)

    def export_report(self) -> None:
        self._hooks.flush()
        self._hooks.exec_dialog(
            ExportDialog(self._ws, self._hooks.current_assessment(), self._parent)
        )

    def verify_package(self) -> None:
        """File → Verify a report package…: a received zip checked against its manifest."""
        verify_package_file(self._parent)

    def analyse_reports(self) -> None:
        """File → Analyse national reports…: other States' workbooks, read from files; neither
        the database nor the assessment open is used, so nothing is saved first."""
        self._hooks.exec_dialog(AggregateDialog(self._parent))

    def edit_period(self) -> None:
        """Assessment → Reporting period…: the period the report covers, and its language."""
        self._hooks.flush()
        dialog = PeriodDialog(self._ws, self._hooks.current_assessment(), self._parent)
        if self._hooks.exec_dialog(dialog):
            current = self._hooks.current_assessment()
            self._hooks.switch_assessment(find_assessment(self._ws, current.cycle))

    def choose_documents(self) -> None:
        """Assessment → Outcome documents…: what the assessment covers; add or remove one."""
        self._hooks.flush()
        dialog = DocumentsDialog(self._ws, self._hooks.current_assessment(), self._parent)
        if self._hooks.exec_dialog(dialog) and dialog.covered is not None:
            current = self._hooks.current_assessment()
            self._hooks.switch_assessment(find_assessment(self._ws, current.cycle))

    def import_answers(self) -> None:
        self._hooks.flush()
        dialog = ImportDialog(self._ws, self._hooks.current_assessment(), self._parent)
        if self._hooks.exec_dialog(dialog) and dialog.import_result is not None:
            self._hooks.switch_assessment(
                self._hooks.current_assessment()
            )  # statuses, tree and form from the database
            self.show_import_summary(dialog.import_result)

    def show_import_summary(self, result: ImportResult) -> None:
        """What the import wrote, with the way back to the backup taken before it."""
        summary = ImportSummary(result, self._parent)
        self._hooks.exec_dialog(summary)
        if summary.wants_undo and result.backup is not None:
            self._restore(result.backup)

    def show_changes(self) -> None:
        self._hooks.flush()
        try:
            dialog = ChangesDialog(self._ws, self._parent)
        except AppError as error:
            QMessageBox.information(self._parent, self.tr("What changed"), str(error))
            return
        self._hooks.exec_dialog(dialog)

    def prepare_agency_workbook(self) -> None:
        self._hooks.flush()
        self._hooks.exec_dialog(
            AgencyWorkbookDialog(self._ws, self._hooks.current_assessment(), self._parent)
        )

    def take_back_agency_workbook(self) -> None:
        self._hooks.flush()
        dialog = AgencyReturnDialog(self._ws, self._hooks.current_assessment(), self._parent)
        if self._hooks.exec_dialog(dialog) and dialog.import_result is not None:
            self._hooks.switch_assessment(self._hooks.current_assessment())

    def show_clearance(self) -> ClearanceDialog:
        """Assessment → Clearance…: beside the window rather than over it, so that an open item
        chosen opens its measure, to be fixed there, and the list stays to work through."""
        self._hooks.flush()
        dialog = self._clearance
        assessment = self._hooks.current_assessment()
        if dialog is not None and dialog.assessment.id != assessment.id:
            dialog.close()  # another cycle since: its own dialog
            dialog = None
        if dialog is None:
            dialog = ClearanceDialog(self._ws, assessment, self._parent)
            dialog.go_to.connect(self._go_to)
            # A step taken: the window at once (submitted or cleared answers become read-only).
            dialog.status_changed.connect(self._clearance_step)
            dialog.finished.connect(self._clearance_closed)
            self._clearance = dialog
        else:
            dialog.refresh()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _clearance_step(self, _status: str) -> None:
        if self._clearance is not None:
            self._hooks.switch_assessment(self._clearance.assessment)

    def _clearance_closed(self) -> None:
        dialog, self._clearance = self._clearance, None
        if dialog is not None:
            dialog.deleteLater()

    def show_agencies(self) -> None:
        self._hooks.flush()
        dialog = AgenciesDialog(self._ws, self._hooks.current_assessment(), self._parent)
        changed: list[bool] = []
        dialog.answers_changed.connect(lambda: changed.append(True))
        self._hooks.exec_dialog(dialog)
        if changed:
            self._hooks.switch_assessment(self._hooks.current_assessment())
