"""File → Analyse national reports…: many States' workbooks read together into one analysis.

The window's face of ``poa-desktop aggregate`` (docs/aggregating.md): the person lists workbooks
and folders, chooses where the analysis workbook and PDF go and their language, and presses
Analyse. The reading and writing run in :mod:`.aggregate_run`, off the UI thread, with a
progress bar and a Cancel that leaves no file. The summary then says what was counted, every
file not used with its reason (the service's words, in English, as in the command line), the
peak memory and where the outputs are.

It reads files, not the database, and uses the app's whole catalog: whatever assessment is open
in the window, the analysis is the same.

Enter never starts an analysis: Analyse writes files (and may replace an earlier analysis), so,
as in the import dialog, it is pressed with a click or its own Alt letter, not by Enter typed
in a path field.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QWidget,
)

from poa_desktop.domain.text import arg
from poa_desktop.services.reporting.aggregate import WORKBOOK_ENDINGS
from poa_desktop.services.reporting.export import report_languages
from poa_desktop.ui.common.text_direction import follow_direction, path_text
from poa_desktop.ui.dialogs.aggregate_run import AnalysisOutcome, AnalysisRequest, AnalysisRun
from poa_desktop.ui.generated.ui_aggregate_dialog import Ui_AggregateDialog

PATH_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_STEM = "national-reports-analysis"


def _documents() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


class AggregateDialog(QDialog):
    """Inputs, outputs, language; ``outcome`` holds the last finished analysis."""

    def __init__(self, parent: QWidget | None = None, *, workers: int | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_AggregateDialog()
        ui.setupUi(self)
        self.setAccessibleName(self.windowTitle())
        self._workers = workers
        self.run: AnalysisRun | None = None
        self.outcome: AnalysisOutcome | None = None
        self.error: str | None = None
        self._confirmed: set[Path] = set()  # replacing them was agreed in the file dialog
        # No button is the default: Enter in a path field neither browses nor analyses.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        ui.addFilesButton.clicked.connect(self._add_files)
        ui.addFolderButton.clicked.connect(self._add_folder)
        ui.removeButton.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence.StandardKey.Delete, ui.inputsList)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        ui.inputsList.itemSelectionChanged.connect(self._update_buttons)
        ui.xlsxBrowseButton.clicked.connect(lambda: self._browse_output(xlsx=True))
        ui.pdfBrowseButton.clicked.connect(lambda: self._browse_output(xlsx=False))
        ui.analyseButton.clicked.connect(self.start)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.openFolderButton.clicked.connect(self._open_output_folder)
        ui.closeButton.clicked.connect(self.reject)
        folder = _documents()
        ui.xlsxEdit.setText(str(folder / f"{DEFAULT_STEM}.xlsx"))
        ui.pdfEdit.setText(str(folder / f"{DEFAULT_STEM}.pdf"))
        for code, name in report_languages().items():
            ui.languageCombo.addItem(name, code)
        spoken = QLocale().name().split("_")[0]  # the window's language, as the export does
        ui.languageCombo.setCurrentIndex(max(ui.languageCombo.findData(spoken), 0))
        ui.progressBar.setRange(0, 1)
        ui.progressBar.setValue(0)
        follow_direction(ui.summaryEdit)  # paths isolated left to right: path_text()
        ui.summaryEdit.hide()
        ui.messageLabel.hide()
        ui.openFolderButton.hide()
        ui.cancelButton.hide()
        self._update_buttons()

    # --- what to read -------------------------------------------------------------------------
    def inputs(self) -> list[Path]:
        """The files and folders listed, in their order."""
        listed = self.ui.inputsList
        return [Path(str(listed.item(row).data(PATH_ROLE))) for row in range(listed.count())]

    def add_paths(self, paths: Iterable[Path]) -> None:
        """List files or folders to read, each once."""
        listed = {path.resolve() for path in self.inputs()}
        style = self.style()
        for path in paths:
            if path.resolve() in listed:
                continue
            listed.add(path.resolve())
            icon = (
                QStyle.StandardPixmap.SP_DirIcon
                if path.is_dir()
                else QStyle.StandardPixmap.SP_FileIcon
            )
            item = QListWidgetItem(style.standardIcon(icon), path_text(path))
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.ui.inputsList.addItem(item)
        self._update_buttons()

    def remove_selected(self) -> None:
        listed = self.ui.inputsList
        for item in listed.selectedItems():
            listed.takeItem(listed.row(item))
        self._update_buttons()

    def _start_folder(self) -> str:
        chosen = self.inputs()
        if chosen:
            last = chosen[-1]
            return str(last if last.is_dir() else last.parent)
        return str(_documents())

    def _add_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("National workbooks to read"),
            self._start_folder(),
            self.tr("Excel workbooks (*.xlsx *.xlsm);;All files (*)"),
        )
        self.add_paths(Path(name) for name in names)

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("A folder of national workbooks"), self._start_folder()
        )
        if folder:
            self.add_paths([Path(folder)])

    # --- where to write -----------------------------------------------------------------------
    def _browse_output(self, *, xlsx: bool) -> None:
        edit = self.ui.xlsxEdit if xlsx else self.ui.pdfEdit
        current = edit.text().strip() or str(
            _documents() / f"{DEFAULT_STEM}.{'xlsx' if xlsx else 'pdf'}"
        )
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Analysis workbook") if xlsx else self.tr("Analysis PDF"),
            current,
            self.tr("Excel workbooks (*.xlsx)") if xlsx else self.tr("PDF files (*.pdf)"),
        )
        if name:
            target = self._with_ending(name, ".xlsx" if xlsx else ".pdf")
            edit.setText(str(target))
            self._confirmed.add(target)  # the file dialog asked before replacing it

    @staticmethod
    def _with_ending(text: str, ending: str) -> Path:
        path = Path(text.strip()).expanduser()
        return path if path.suffix.lower() == ending else path.with_name(path.name + ending)

    def targets(self) -> tuple[Path | None, Path | None]:
        """The workbook and the PDF to write (None: a field left empty)."""
        xlsx, pdf = self.ui.xlsxEdit.text().strip(), self.ui.pdfEdit.text().strip()
        return (
            self._with_ending(xlsx, ".xlsx") if xlsx else None,
            self._with_ending(pdf, ".pdf") if pdf else None,
        )

    def _problem(self) -> str | None:
        """Why the analysis cannot start yet, in the person's words; None when it can."""
        if not self.inputs():
            return self.tr("Add the national workbooks to read: files, a folder, or both.")
        xlsx, pdf = self.targets()
        if xlsx is None and pdf is None:
            return self.tr("Give a file for the analysis workbook, the PDF, or both.")
        for target in (xlsx, pdf):
            if target is None:
                continue
            if target.is_dir():
                return arg(self.tr("%1 is a folder: give a file name."), str(target))
            if not target.parent.is_dir():
                return arg(self.tr("The folder %1 does not exist."), str(target.parent))
            if self._is_read(target):
                return arg(
                    self.tr("%1 is one of the workbooks to read: choose another file to write."),
                    str(target),
                )
        return None

    def _is_read(self, target: Path) -> bool:
        """Whether writing ``target`` would replace a file listed, or a workbook in a folder
        listed: a national workbook must never be overwritten by the analysis."""
        if not target.exists():
            return False
        where = target.resolve()
        for given in self.inputs():
            listed = given.resolve()
            if where == listed:
                return True
            inside = listed.is_dir() and where.is_relative_to(listed)
            if inside and where.suffix.lower() in WORKBOOK_ENDINGS:
                return True
        return False

    # --- running ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.run is not None and self.run.running

    def start(self) -> None:
        """Analyse: check the choices, ask before replacing files, then read off the UI thread."""
        if self.running:
            return
        problem = self._problem()
        if problem:
            self._say(problem)
            return
        xlsx, pdf = self.targets()
        existing = [p for p in (xlsx, pdf) if p is not None and p.exists()]
        existing = [p for p in existing if p not in self._confirmed]
        if existing and not self.confirm_overwrite(existing):
            return
        request = AnalysisRequest(
            tuple(self.inputs()),
            xlsx,
            pdf,
            str(self.ui.languageCombo.currentData() or "en"),
            self._workers,
        )
        self.outcome, self.error = None, None
        self.ui.messageLabel.hide()
        self.ui.summaryEdit.clear()
        self.ui.summaryEdit.hide()
        self.ui.openFolderButton.hide()
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(0)
        self.ui.statusLabel.setText(self.tr("Looking for the workbooks…"))
        run = self.run = AnalysisRun(request)
        run.progressed.connect(self._on_progress)
        run.writing.connect(self._on_writing)
        run.succeeded.connect(self._on_success)
        run.failed.connect(self._on_failure)
        run.cancelled.connect(self._on_cancelled)
        self._set_running(True)
        run.start()

    def cancel(self) -> None:
        """Cancel: the run stops at its next check and writes nothing."""
        if self.run is not None and self.running:
            self.run.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.statusLabel.setText(self.tr("Stopping…"))

    def _set_running(self, running: bool) -> None:
        ui = self.ui
        ui.inputsBox.setEnabled(not running)
        ui.outputsBox.setEnabled(not running)
        ui.analyseButton.setEnabled(not running)
        ui.cancelButton.setVisible(running)
        ui.cancelButton.setEnabled(running)
        ui.closeButton.setVisible(not running)
        if running:
            ui.cancelButton.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        ui.removeButton.setEnabled(bool(ui.inputsList.selectedItems()))

    def _on_progress(self, done: int, total: int) -> None:
        bar = self.ui.progressBar
        bar.setRange(0, max(total, 1))
        bar.setValue(done)
        if self.run is None or self.run.cancel_requested:  # "Stopping…" stays
            return
        files = total - len(self.run.request.outputs())
        if done <= files:
            self.ui.statusLabel.setText(
                arg(self.tr("Reading the workbooks: %1 of %2"), done, files)
            )

    def _on_writing(self, target: str) -> None:
        if self.run is not None and self.run.cancel_requested:
            return
        self.ui.statusLabel.setText(arg(self.tr("Writing %1…"), Path(target).name))

    def _finish(self) -> None:
        if self.run is not None:
            self.run.wait()
        self._set_running(False)

    def _on_success(self, outcome: object) -> None:
        assert isinstance(outcome, AnalysisOutcome)
        self._finish()
        self.outcome = outcome
        bar = self.ui.progressBar
        bar.setValue(bar.maximum())
        self.ui.statusLabel.setText(arg(self.tr("Done in %1 s."), f"{outcome.seconds:.1f}"))
        self.ui.summaryEdit.setPlainText("\n".join(self.summary_lines(outcome)))
        self.ui.summaryEdit.show()
        self.ui.openFolderButton.setVisible(bool(outcome.written))

    def _on_failure(self, message: str) -> None:
        self._finish()
        self.error = message
        self.ui.statusLabel.clear()
        self._say(message)

    def _on_cancelled(self) -> None:
        self._finish()
        self.ui.progressBar.setValue(0)
        self.ui.statusLabel.setText(self.tr("Stopped: nothing was written."))

    def _say(self, message: str) -> None:
        self.ui.messageLabel.setText("⚠ " + message)
        self.ui.messageLabel.show()

    # --- the summary --------------------------------------------------------------------------
    def summary_lines(self, outcome: AnalysisOutcome) -> list[str]:
        """What was counted and what was not, with why; memory; where the outputs are."""
        result = outcome.result
        timings = result.timings
        states = {report.key[0] for report in result.reports}
        lines = [
            arg(
                self.tr("Workbooks read: %1. National reports counted: %2, of %3 States."),
                len(result.files),
                len(result.reports),
                len(states),
            ),
            arg(self.tr("Cycles: %1"), ", ".join(result.analysis.cycles) or "—"),
            arg(
                self.tr("Read and counted in %1 s, by %2 process(es)."),
                f"{timings.total_ms / 1000:.1f}",
                timings.workers,
            ),
        ]
        memory = self._memory(outcome)
        if memory:
            lines.append(arg(self.tr("Peak memory: %1"), memory))
        if result.problems:
            lines += ["", arg(self.tr("Not used (%1):"), len(result.problems))]
            lines += [f"  {path_text(p.file)}: {p.reason}" for p in result.problems]
        if result.duplicates:
            lines += [
                "",
                arg(
                    self.tr("Not counted, the same State and cycle again (%1):"),
                    len(result.duplicates),
                ),
            ]
            lines += [f"  {duplicate.describe()}" for duplicate in result.duplicates]
        if result.notes:
            lines += ["", self.tr("Notes:")]
            lines += [f"  {note}" for note in result.notes]
        lines += ["", self.tr("Written:") if outcome.written else self.tr("Nothing was written.")]
        lines += [f"  {path_text(path)}" for path in outcome.written]
        return lines

    def _memory(self, outcome: AnalysisOutcome) -> str:
        parts = []
        if outcome.peak_memory_mb is not None:
            parts.append(arg(self.tr("%1 MiB (this window)"), f"{outcome.peak_memory_mb:.0f}"))
        worker = outcome.result.timings.worker_peak_memory_mb
        if worker is not None:
            parts.append(arg(self.tr("%1 MiB (largest reading process)"), f"{worker:.0f}"))
        return ", ".join(parts)

    # --- closing, and the entry points tests replace --------------------------------------------
    def reject(self) -> None:
        """Escape or Close: while an analysis runs, it is cancelled and the dialog stays."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def _open_output_folder(self) -> None:
        if self.outcome is not None and self.outcome.written:
            self.open_folder(self.outcome.written[0].parent)

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def confirm_overwrite(self, paths: list[Path]) -> bool:
        names = "\n".join(str(p) for p in paths)
        answer = QMessageBox.question(
            self, self.windowTitle(), arg(self.tr("Replace these files?\n%1"), names)
        )
        return answer == QMessageBox.StandardButton.Yes
