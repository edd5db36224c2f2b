"""The main window's actions on the database file and its help: copies, backups, About, sources.

Kept out of :mod:`poa_desktop.ui.window.main_window` so that module stays about moving and
answering. The actions get the workspace, a parent for their dialogs and the few
:class:`WindowHooks` they need, not the window itself, so they cannot grow into its widgets.
Each action flushes autosave first, so what is on screen is in the copy, the backup or the
restore's safety copy. Each dialog's module loads when the dialog opens, not with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from poa_desktop.domain.errors import AppError
from poa_desktop.domain.text import arg, safe_file_stem
from poa_desktop.services.assessments.info import AssessmentInfo
from poa_desktop.services.sources import has_source_text
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.copy_words import reminder_text, same_disk_text
from poa_desktop.ui.common.first_paint import after_first_paint
from poa_desktop.ui.common.text_direction import path_text
from poa_desktop.ui.generated.ui_main_window import Ui_MainWindow
from poa_desktop.ui.window.language_menu import LanguageMenu

REMINDER_MS: Final = 60_000
"""How long the start-up reminder to copy elsewhere stays in the status bar (non-modal)."""


@dataclass(frozen=True)
class WindowHooks:
    """What the actions ask of the window they serve."""

    flush: Callable[[], object]  # save what is on screen before copying or restoring
    show_status: Callable[[str, int], None]  # a message in the status bar for so many ms
    current_assessment: Callable[[], AssessmentInfo]
    current_commitment: Callable[[], str | None]
    switch_assessment: Callable[[AssessmentInfo], None]  # reload it from the database
    exec_dialog: Callable[[QWidget], int]  # run a modal dialog (tests drive it)


class DatabaseActions(QObject):
    """File → Save a copy / Restore from backup, Help → source text / About, the daily copy,
    and the Language menu."""

    def __init__(self, ws: Workspace, parent: QWidget, hooks: WindowHooks) -> None:
        super().__init__(parent)
        self._ws = ws
        self._parent = parent
        self._hooks = hooks
        self._backup_due = False
        self._backup_failed = False
        if isinstance(parent, QMainWindow):
            self.language_menu = LanguageMenu.attach(parent)

    def take_daily_backup(self, *, after_paint: bool = False) -> Path | None:
        """Today's copy, if not taken yet; a failure is shown in the status bar, not raised.

        A backup that cannot be written (full disk, read-only folder) must not stop the user
        from working, but they should know. ``after_paint`` takes it once the window has
        painted instead, so that it does not delay the first paint: still before anything the
        person does (their clicks queue behind it), and as the window closes if it never
        painted (:meth:`take_backup_due`).
        """
        if after_paint:  # the app's start: the reminder to copy elsewhere follows, once
            self._backup_due = True
            after_first_paint(self._parent, self.take_backup_due)
            after_first_paint(self._parent, self.remind_to_copy_elsewhere)
            return None
        from poa_desktop.services.safety.backups import ensure_daily_backup

        try:
            return ensure_daily_backup(self._ws.db.path)
        except (OSError, AppError) as error:
            self._backup_failed = True
            self._hooks.show_status(
                arg(self.tr("Today's backup could not be taken: %1"), error), 15000
            )
            return None

    def take_backup_due(self) -> None:
        """Today's copy if :meth:`take_daily_backup` is still waiting for the first paint."""
        if self._backup_due:
            self._backup_due = False
            self.take_daily_backup()

    def remind_to_copy_elsewhere(self, now: datetime | None = None) -> str | None:
        """Once per start: say so, in the status bar, when no copy has left the computer lately.

        The rule is the service's (``off_computer.reminder_due``). Not over a message saying
        today's backup failed, which matters more; a reminder that cannot be worked out (the
        file went) is simply not shown. Returns what was shown.
        """
        if self._backup_failed:
            return None
        from poa_desktop.services.safety.off_computer import reminder_due

        try:
            due = reminder_due(self._ws, now or datetime.now(UTC))
        except (OSError, AppError):
            return None
        if due is None:
            return None
        text = reminder_text(due)
        self._hooks.show_status(text, REMINDER_MS)
        return text

    def attach(self, ui: Ui_MainWindow) -> None:
        """Connect the window's menu actions that this object carries out."""
        ui.saveCopyAction.triggered.connect(self.save_copy)
        ui.restoreBackupAction.triggered.connect(lambda: self.restore_from_backup())
        ui.sourceTextAction.triggered.connect(self.read_current_in_source)
        ui.aboutAction.triggered.connect(self.show_about)

    # --- File ---------------------------------------------------------------------------------
    def save_copy(self) -> None:
        self._hooks.flush()
        target = self.choose_copy_path()
        if target is None:
            return
        from poa_desktop.services.safety.backups import copy_elsewhere

        try:
            record = copy_elsewhere(self._ws, target)
        except AppError as error:
            QMessageBox.warning(self._parent, self.tr("Save a copy"), str(error))
            return
        if record.left_computer:
            self._hooks.show_status(arg(self.tr("Copy saved to %1"), path_text(target)), 8000)
        else:  # kept, but it would not survive the disk: said gently, a little longer
            saved = arg(self.tr("Copy saved to %1."), path_text(target))
            self._hooks.show_status(saved + " " + same_disk_text(), 15000)

    def choose_copy_path(self) -> Path | None:
        """Ask where to save the copy (tests replace this); the file dialog confirms replacing."""
        path = self._ws.db.path
        cycle = self._hooks.current_assessment().cycle
        suggested = path.with_name(safe_file_stem(path.stem, "copy", cycle) + ".sqlite")
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save a copy of the database"),
            str(suggested),
            self.tr("poa-desktop databases (*.sqlite)"),
        )
        return Path(name) if name else None

    def restore_from_backup(self, selected: Path | None = None) -> None:
        """File → Restore from backup; ``selected`` (the copy taken before an import) chosen."""
        from poa_desktop.ui.dialogs.backups_dialog import BackupsDialog

        self._hooks.flush()
        dialog = BackupsDialog(self._ws, self._parent)
        if selected is not None:
            dialog.select_path(selected)
        dialog.restored.connect(lambda _safety: self._after_restore())
        self._hooks.exec_dialog(dialog)

    def _after_restore(self) -> None:
        from poa_desktop.services.assessments.assessments import find_assessment

        try:
            assessment = find_assessment(self._ws)
        except AppError as error:
            QMessageBox.warning(self._parent, self.tr("Restore from backup"), str(error))
            return
        self._hooks.switch_assessment(assessment)
        self._hooks.show_status(self.tr("Backup restored."), 8000)

    # --- Help ---------------------------------------------------------------------------------
    def read_current_in_source(self) -> None:
        commitment_id = self._hooks.current_commitment()
        if commitment_id:
            self.read_in_source(commitment_id)

    def read_in_source(self, commitment_id: str) -> None:
        catalog = self._ws.catalog
        if not has_source_text(catalog.document(catalog.get(commitment_id).document_id)):
            self._hooks.show_status(self.tr("The text of this document is not bundled."), 8000)
            return
        from poa_desktop.ui.dialogs.source_viewer import SourceViewer

        viewer = SourceViewer(catalog, catalog.get(commitment_id).document_id, self._parent)
        viewer.show_paragraph(commitment_id)
        self._hooks.exec_dialog(viewer)

    def read_document(self, document_id: str) -> None:
        from poa_desktop.ui.dialogs.source_viewer import SourceViewer

        self._hooks.exec_dialog(SourceViewer(self._ws.catalog, document_id, self._parent))

    def show_about(self) -> None:
        from poa_desktop.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self._ws, self._parent)
        dialog.open_source.connect(self.read_document)
        self._hooks.exec_dialog(dialog)
