"""Agencies → Prepare a workbook for an agency…: the agency, where to write, then prepare.

The rule (which measures, the token, the atomic write) is in
:mod:`poa_desktop.services.reporting.agency_workbook`; this dialog only gathers the choices and
shows what the service returns or refuses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from poa_desktop.domain.errors import AppError
from poa_desktop.domain.text import arg, safe_file_stem
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.assessments.profiles import get_profile
from poa_desktop.services.reporting.agency_workbook import (
    AgencyWorkbookInfo,
    assigned_measures,
    prepare_agency_workbook,
)
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.generated.ui_agency_workbook_dialog import Ui_AgencyWorkbookDialog


def safe_file_name(*parts: str) -> str:
    """The workbook's file name: ``parts`` made safe on every system, ".xlsx"."""
    return safe_file_stem(*parts, fallback="agency") + ".xlsx"


class AgencyWorkbookDialog(QDialog):
    """``info`` holds the workbook written (also sent with ``prepared``)."""

    prepared = Signal(object)  # AgencyWorkbookInfo

    def __init__(
        self, ws: Workspace, assessment: AssessmentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AgencyWorkbookDialog()
        self.ui.setupUi(self)
        self._ws = ws
        self._assessment = assessment
        self.info: AgencyWorkbookInfo | None = None
        self._counts: dict[str, int] = {}
        ui = self.ui
        for agency in get_profile(ws).agencies:
            ui.agencyCombo.addItem(agency.name, (agency.name, agency.short_name or agency.name))
        documents = Path.home() / "Documents"
        ui.folderEdit.setText(str(documents if documents.is_dir() else Path.home()))
        ui.agencyCombo.currentIndexChanged.connect(lambda _i: self._agency_changed())
        ui.browseButton.clicked.connect(self._browse)
        ui.prepareButton.clicked.connect(self.prepare)
        ui.closeButton.clicked.connect(self.reject)
        if ui.agencyCombo.count() == 0:
            ui.agencyCombo.setEnabled(False)
            self._say(self.tr("The State profile lists no agency: add agencies first."))
        self._agency_changed()

    def agency(self) -> str | None:
        data = self.ui.agencyCombo.currentData()
        return data[0] if data else None

    def set_agency(self, name: str) -> None:
        index = self.ui.agencyCombo.findText(name)
        if index >= 0:
            self.ui.agencyCombo.setCurrentIndex(index)

    def target(self) -> Path:
        folder = Path(self.ui.folderEdit.text().strip()).expanduser()
        name = self.ui.nameEdit.text().strip()
        if name and not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        return folder / name

    def _count(self, agency: str) -> int:
        if agency not in self._counts:
            self._counts[agency] = len(assigned_measures(self._ws, self._assessment.id, agency))
        return self._counts[agency]

    def _agency_changed(self) -> None:
        ui = self.ui
        data = ui.agencyCombo.currentData()
        if not data:
            ui.countLabel.clear()
            ui.prepareButton.setEnabled(False)
            return
        name, short = data
        count = self._count(name)
        if count:
            ui.countLabel.setText(arg(self.tr("Measures assigned to this agency: %1."), count))
        else:
            ui.countLabel.setText(
                self.tr("No measure is assigned to this agency yet: assign measures to it first.")
            )
        ui.nameEdit.setText(safe_file_name(short, self._assessment.cycle))
        ui.prepareButton.setEnabled(count > 0)
        ui.messageLabel.clear()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the workbook"), self.ui.folderEdit.text()
        )
        if folder:
            self.ui.folderEdit.setText(folder)

    def _say(self, message: str) -> None:
        self.ui.messageLabel.setText("⚠ " + message)

    def _problem(self) -> str | None:
        if self.agency() is None:
            return self.tr("Choose an agency.")
        if not self.ui.nameEdit.text().strip():
            return self.tr("Give the file a name.")
        folder = self.target().parent
        if not folder.is_dir():
            return arg(self.tr("The folder %1 does not exist."), folder)
        return None

    def prepare(self) -> None:
        problem = self._problem()
        agency = self.agency()
        if problem or agency is None:
            self._say(problem or "")
            return
        target = self.target()
        if target.exists() and not self.confirm_overwrite(target):
            return
        try:
            info = prepare_agency_workbook(self._ws, self._assessment.id, agency, target)
        except AppError as error:
            self._say(str(error))
            return
        except OSError as error:
            self._say(f"{error.strerror or error}: {error.filename or target}")
            return
        self.info = info
        self.ui.messageLabel.setText(
            arg(
                self.tr("✓ Written for %2 (measures: %1):\n%3\nSend it to the agency."),
                len(info.measures),
                info.agency,
                info.path,
            )
        )
        self.prepared.emit(info)

    # Patchable entry point (tests replace it instead of clicking a message box).
    def confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), arg(self.tr("Replace %1?"), path))
        return answer == QMessageBox.StandardButton.Yes
