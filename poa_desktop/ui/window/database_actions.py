"""The main window's actions on the database file and its help: copies, backups, About, sources.

Kept out of :mod:`poa_desktop.ui.window.main_window` so that module stays about moving and
answering. Each action flushes autosave first, so what is on screen is in the copy, the backup or
the restore's safety copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from poa_desktop.domain.errors import AppError
from poa_desktop.services.assessments.assessments import find_assessment
from poa_desktop.services.safety.backups import ensure_daily_backup, save_copy
from poa_desktop.ui.window.progress_model import arg

if TYPE_CHECKING:
    from poa_desktop.ui.window.main_window import MainWindow


class DatabaseActions(QObject):
    """File → Save a copy / Restore from backup, Help → source text / About, the daily copy."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        ui = window.ui
        ui.saveCopyAction.triggered.connect(self.save_copy)
        ui.restoreBackupAction.triggered.connect(self.restore_from_backup)
        ui.sourceTextAction.triggered.connect(self.read_current_in_source)
        ui.aboutAction.triggered.connect(self.show_about)
        window.commitment_view.read_source.connect(self.read_in_source)

    def take_daily_backup(self) -> Path | None:
        """Today's copy, if not taken yet; a failure is shown in the status bar, not raised.

        A backup that cannot be written (full disk, read-only folder) must not stop the user
        from working, but they should know.
        """
        try:
            return ensure_daily_backup(self._window.ws.db.path)
        except (OSError, AppError) as error:
            self._window.ui.statusBar.showMessage(
                arg(self.tr("Today's backup could not be taken: %1"), error), 15000
            )
            return None

    # --- File ---------------------------------------------------------------------------------
    def save_copy(self) -> None:
        window = self._window
        window.autosave.flush()
        target = self.choose_copy_path()
        if target is None:
            return
        try:
            save_copy(window.ws, target)
        except AppError as error:
            QMessageBox.warning(window, self.tr("Save a copy"), str(error))
            return
        window.ui.statusBar.showMessage(arg(self.tr("Copy saved to %1"), target), 8000)

    def choose_copy_path(self) -> Path | None:
        """Ask where to save the copy (tests replace this); the file dialog confirms replacing."""
        window = self._window
        suggested = window.ws.db.path.with_name(
            f"{window.ws.db.path.stem} copy {window.assessment.cycle}.sqlite".replace("/", "-")
        )
        name, _ = QFileDialog.getSaveFileName(
            window,
            self.tr("Save a copy of the database"),
            str(suggested),
            self.tr("poa-desktop databases (*.sqlite)"),
        )
        return Path(name) if name else None

    def restore_from_backup(self) -> None:
        from poa_desktop.ui.dialogs.backups_dialog import BackupsDialog

        window = self._window
        window.autosave.flush()
        dialog = BackupsDialog(window.ws, window)
        dialog.restored.connect(lambda _safety: self._after_restore())
        window.exec_dialog(dialog)

    def _after_restore(self) -> None:
        window = self._window
        try:
            assessment = find_assessment(window.ws)
        except AppError as error:
            QMessageBox.warning(window, self.tr("Restore from backup"), str(error))
            return
        window.switch_assessment(assessment)
        window.ui.statusBar.showMessage(self.tr("Backup restored."), 8000)

    # --- Help ---------------------------------------------------------------------------------
    def read_current_in_source(self) -> None:
        if self._window.current_id:
            self.read_in_source(self._window.current_id)

    def read_in_source(self, commitment_id: str) -> None:
        from poa_desktop.ui.dialogs.source_viewer import SourceViewer

        catalog = self._window.ws.catalog
        viewer = SourceViewer(catalog, catalog.get(commitment_id).document_id, self._window)
        viewer.show_paragraph(commitment_id)
        self._window.exec_dialog(viewer)

    def read_document(self, document_id: str) -> None:
        from poa_desktop.ui.dialogs.source_viewer import SourceViewer

        self._window.exec_dialog(SourceViewer(self._window.ws.catalog, document_id, self._window))

    def show_about(self) -> None:
        from poa_desktop.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self._window.ws, self._window)
        dialog.open_source.connect(self.read_document)
        self._window.exec_dialog(dialog)
