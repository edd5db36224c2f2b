"""File → Export report…: choose formats and place, then write in the background.

The assessment is read into a ReportData snapshot on the UI thread (a few tens of ms); rendering
runs in a QThread with a progress dialog that can cancel. Nothing is written to the target until
a file is complete (see :mod:`poa_desktop.services.reporting.export`).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QLocale, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from poa_desktop.domain.errors import AppError
from poa_desktop.domain.report import ReportData
from poa_desktop.domain.text import arg
from poa_desktop.error_log import write_error_log
from poa_desktop.services.assessments.assessments import AssessmentInfo, list_assessments
from poa_desktop.services.reporting.export import (
    ExportCancelledError,
    ExportOptions,
    ExportResult,
    default_file_stem,
    report_languages,
    write_report_files,
)
from poa_desktop.services.reporting.package import (
    PackageSource,
    package_source,
    write_package_file,
)
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.generated.ui_export_dialog import Ui_ExportDialog


class ExportThread(QThread):
    """Writes the files from a snapshot; reports progress in percent; can be cancelled."""

    progressed = Signal(int)
    succeeded = Signal(object)  # ExportResult
    failed = Signal(str)

    def __init__(
        self,
        data: ReportData,
        pdf: Path | None,
        xlsx: Path | None,
        options: ExportOptions,
        package: tuple[PackageSource, Path] | None = None,
    ) -> None:
        super().__init__()
        self._data, self._pdf, self._xlsx, self._options = data, pdf, xlsx, options
        self._package = package
        self._cancelled = False
        self._share = (0.0, 1.0)  # the part of the progress bar the current file fills

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, fraction: float) -> None:
        if self._cancelled:
            raise ExportCancelledError("export cancelled: nothing was written")
        low, high = self._share
        self.progressed.emit(int((low + (high - low) * fraction) * 100))

    def _write(self) -> ExportResult:
        """The files, then the package (which renders its own copies of them)."""
        start = time.perf_counter()
        files: list[Path] = []
        warnings: list[str] = []
        separate = self._pdf is not None or self._xlsx is not None
        split = 0.5 if separate and self._package is not None else 1.0
        if separate:
            self._share = (0.0, split)
            result = write_report_files(
                self._data,
                pdf=self._pdf,
                xlsx=self._xlsx,
                options=self._options,
                progress=self._progress,
            )
            files += result.files
            warnings += result.warnings
        if self._package is not None:
            self._share = (1.0 - split, 1.0)
            source, target = self._package
            packed = write_package_file(source, target, self._progress)
            files.append(packed.path)
            warnings += packed.warnings
        return ExportResult(
            tuple(files), time.perf_counter() - start, tuple(dict.fromkeys(warnings))
        )

    def run(self) -> None:
        try:
            result = self._write()
        except AppError as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(f"{error.strerror or error}: {error.filename or ''}".strip(": "))
        except Exception as error:  # a bug must reach the person, never hang the dialog
            log = write_error_log(error)
            self.failed.emit(
                arg(
                    self.tr(
                        "The report could not be written (%1). Nothing was written; the "
                        "details are in %2."
                    ),
                    f"{type(error).__name__}: {error}"[:300],
                    log,
                )
            )
        else:
            self.succeeded.emit(result)


class ExportDialog(QDialog):
    """Formats, folder, name and options; ``result`` holds what was written."""

    finished_export = Signal(object)  # ExportResult | None

    def __init__(
        self, ws: Workspace, assessment: AssessmentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self._ws = ws
        self._assessment = assessment
        self.export_result: ExportResult | None = None
        self.error: str | None = None
        self._thread: ExportThread | None = None
        self._progress: QProgressDialog | None = None
        self._export_button = QPushButton(self.tr("E&xport"), self)
        self._export_button.setDefault(True)
        self.ui.buttonBox.addButton(self._export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._export_button.clicked.connect(self.start_export)
        self.ui.browseButton.clicked.connect(self._browse)
        documents = Path.home() / "Documents"
        self.ui.folderEdit.setText(str(documents if documents.is_dir() else Path.home()))
        self.ui.nameEdit.setText(
            default_file_stem(assessment.iso_code, assessment.cycle, assessment.status)
        )
        self.ui.packageCheck.setChecked(False)
        self.ui.problemLabel.hide()
        self.ui.changesCombo.addItem(self.tr("(no annex)"), None)
        for other in list_assessments(ws):
            if other.id != assessment.id:
                self.ui.changesCombo.addItem(other.cycle, other.cycle)
        for code, name in report_languages().items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.orderCombo.addItem(self.tr("By outcome document"), "documents")
        self.ui.orderCombo.addItem(self.tr("As UNODA's template"), "template")
        # The assessment's report language when one was chosen, else the window's; a ministry
        # may still send the report in another.
        spoken = QLocale().name().split("_")[0]
        chosen = assessment.report_language if assessment.report_language != "en" else spoken
        found = self.ui.languageCombo.findData(chosen)
        self.ui.languageCombo.setCurrentIndex(max(found, 0))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the report"), self.ui.folderEdit.text()
        )
        if folder:
            self.ui.folderEdit.setText(folder)

    def targets(self) -> tuple[Path | None, Path | None]:
        folder = Path(self.ui.folderEdit.text().strip()).expanduser()
        name = self.ui.nameEdit.text().strip()
        pdf = folder / f"{name}.pdf" if self.ui.pdfCheck.isChecked() else None
        xlsx = folder / f"{name}.xlsx" if self.ui.xlsxCheck.isChecked() else None
        return pdf, xlsx

    def package_target(self) -> Path | None:
        """The zip, when a submission package is asked for."""
        if not self.ui.packageCheck.isChecked():
            return None
        folder = Path(self.ui.folderEdit.text().strip()).expanduser()
        return folder / f"{self.ui.nameEdit.text().strip()}.zip"

    def _problem(self) -> str | None:
        pdf, xlsx = self.targets()
        if pdf is None and xlsx is None and self.package_target() is None:
            return self.tr("Choose at least one format.")
        if not self.ui.nameEdit.text().strip():
            return self.tr("Give the file a name.")
        folder = Path(self.ui.folderEdit.text().strip()).expanduser()
        if not folder.is_dir():
            return arg(self.tr("The folder %1 does not exist."), str(folder))
        return None

    def start_export(self) -> None:
        problem = self._problem()
        if problem:
            self.ui.problemLabel.setText("⚠ " + problem)
            self.ui.problemLabel.show()
            return
        self.ui.problemLabel.hide()
        pdf, xlsx = self.targets()
        zipped = self.package_target()
        existing = [p for p in (pdf, xlsx, zipped) if p is not None and p.exists()]
        if existing and not self.confirm_overwrite(existing):
            return
        since = self.ui.changesCombo.currentData()
        data = build_report_data(self._ws, self._assessment, changes_since=since)
        options = ExportOptions(
            full_text=not self.ui.firstSentenceCheck.isChecked(),
            include_unanswered=not self.ui.skipUnansweredCheck.isChecked(),
            language=self.ui.languageCombo.currentData() or "en",
            order=self.ui.orderCombo.currentData() or "documents",
        )
        package = None
        if zipped is not None:  # evidence and clearance are read here, on the window's thread
            package = (package_source(self._ws, self._assessment, options), zipped)
        self._thread = ExportThread(data, pdf, xlsx, options, package)
        self._progress = QProgressDialog(
            self.tr("Writing the report…"), self.tr("Cancel"), 0, 100, self
        )
        self._progress.setWindowTitle(self.windowTitle())
        self._progress.setMinimumDuration(300)
        self._progress.canceled.connect(self._thread.cancel)
        self._thread.progressed.connect(self._progress.setValue)
        self._thread.succeeded.connect(self._on_success)
        self._thread.failed.connect(self._on_failure)
        self._export_button.setEnabled(False)
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def _finish_thread(self) -> None:
        if self._progress is not None:
            self._progress.reset()
        if self._thread is not None:
            self._thread.wait()
        self._export_button.setEnabled(True)

    def _on_success(self, result: object) -> None:
        self._finish_thread()
        assert isinstance(result, ExportResult)
        self.export_result = result
        self.finished_export.emit(result)
        folder = result.files[0].parent
        if self.ask_open_folder(result):
            self.open_folder(folder)
        self.accept()

    def _on_failure(self, message: str) -> None:
        self._finish_thread()
        self.error = message
        self.finished_export.emit(None)
        self.show_error(message)

    # Patchable entry points (tests replace them instead of clicking message boxes).
    def confirm_overwrite(self, paths: list[Path]) -> bool:
        names = "\n".join(p.name for p in paths)
        answer = QMessageBox.question(
            self, self.windowTitle(), arg(self.tr("Replace these files?\n%1"), names)
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_open_folder(self, result: ExportResult) -> bool:
        names = "\n".join(str(p) for p in result.files)
        box = QMessageBox(self)
        box.setWindowTitle(self.windowTitle())
        box.setText(arg(self.tr("The report is written:\n%1"), names))
        if result.warnings:
            box.setInformativeText("\n".join(result.warnings))
        open_button = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return box.clickedButton() is open_button

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), message)
