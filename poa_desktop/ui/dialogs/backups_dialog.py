"""File → Restore from backup…: the automatic copies, newest first, restoring one, and a copy
saved elsewhere (with when and where one last left the computer, issue 19).

Everything is done by :mod:`poa_desktop.services.safety.backups`; the dialog lists, asks and
reports. Questions and file choosers are methods so tests can answer them without a blocking dialog.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from poa_desktop.domain.errors import AppError
from poa_desktop.domain.text import arg
from poa_desktop.services.safety.backups import (
    BackupInfo,
    backups_folder,
    copy_elsewhere,
    list_backups,
    restore_backup,
    restore_impact,
    take_backup,
)
from poa_desktop.services.safety.off_computer import last_off_computer
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.copy_words import last_copy_text, same_disk_text
from poa_desktop.ui.common.dialog_parts import fit_columns, name_for_screen_readers
from poa_desktop.ui.common.terms import term
from poa_desktop.ui.common.text_direction import path_text
from poa_desktop.ui.generated.ui_backups_dialog import Ui_BackupsDialog

PATH_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BackupsDialog(QDialog):
    """Lists this database's backups; restoring one emits :attr:`restored`."""

    restored = Signal(Path)  # the copy of the database taken just before the restore

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._backups: list[BackupInfo] = []
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)  # generated code
        name_for_screen_readers(self, self.ui.buttonBox)
        table = self.ui.backupsTable
        table.verticalHeader().setVisible(False)
        fit_columns(table.horizontalHeader(), 3)
        self.ui.folderLabel.setText(
            arg(
                self.tr(
                    "Backups are kept in %1, on the same disk as the database: a broken or "
                    "stolen computer takes them too. Keep a copy elsewhere as well (a USB key, a "
                    "network folder) with Save a copy elsewhere."
                ),
                path_text(backups_folder(ws.db.path)),
            )
        )
        table.itemSelectionChanged.connect(self._on_selection)
        table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.takeButton.clicked.connect(self.take_now)
        self.ui.otherFileButton.clicked.connect(self.restore_other)
        self.ui.copyButton.clicked.connect(self.copy_elsewhere)
        self.reload()

    # public ----------------------------------------------------------------------------------

    def backups(self) -> list[BackupInfo]:
        return list(self._backups)

    def reload(self) -> None:
        self._backups = list_backups(self._ws.db.path)
        table = self.ui.backupsTable
        table.setRowCount(len(self._backups))
        for row, backup in enumerate(self._backups):
            when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            answered = "?" if backup.answered is None else str(backup.answered)
            cells = [when, term(backup.reason_label), answered, "; ".join(backup.assessments)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(backup.path))
                item.setToolTip(str(backup.path))
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        if not self._backups:
            self.ui.folderLabel.setText(
                arg(
                    self.tr("No backup yet. The first is taken today; backups go to %1"),
                    path_text(backups_folder(self._ws.db.path)),
                )
            )
        self.ui.offComputerLabel.setText(last_copy_text(last_off_computer(self._ws.db.path)))
        self._on_selection()

    def select(self, row: int) -> None:
        self.ui.backupsTable.selectRow(row)

    def select_path(self, backup: Path) -> bool:
        """Select the row of ``backup`` (the copy taken before an import); False if not listed."""
        for row, info in enumerate(self._backups):
            if info.path == backup:
                self.select(row)
                return True
        return False

    def restore_selected(self) -> None:
        rows = self.ui.backupsTable.selectionModel().selectedRows()
        if rows:
            self.restore(self._backups[rows[0].row()].path)

    def restore(self, backup: Path) -> bool:
        """Ask, then restore ``backup``; True when the database now holds it."""
        if not self.confirm_restore(backup):
            return False
        try:
            safety = restore_backup(self._ws, backup)
        except AppError as error:
            self.show_error(str(error))
            return False
        self.reload()
        self.show_restored(backup, safety)
        self.restored.emit(safety)
        return True

    def take_now(self) -> None:
        try:
            take_backup(self._ws.db.path)
        except (OSError, AppError) as error:
            self.show_error(str(error))
        self.reload()

    def copy_elsewhere(self) -> Path | None:
        """Save a copy of the database where the person chooses (another disk, a USB key).

        The service records it; a copy on the database's own disk is kept but does not count
        as having left the computer, and the dialog says so gently.
        """
        target = self.choose_copy_target()
        if target is None:
            return None
        try:
            record = copy_elsewhere(self._ws, target)
        except AppError as error:
            self.show_error(str(error))
            return None
        saved = arg(self.tr("A copy of the database is saved in %1."), path_text(record.target))
        if not record.left_computer:
            saved += " " + same_disk_text()
        self.ui.folderLabel.setText(saved)
        self.ui.offComputerLabel.setText(last_copy_text(last_off_computer(self._ws.db.path)))
        return record.target

    def choose_copy_target(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the database elsewhere"),
            str(Path.home() / self._ws.db.path.name),
            self.tr("poa-desktop databases (*.sqlite)"),
        )
        return Path(name) if name else None

    def restore_other(self) -> None:
        chosen = self.choose_file()
        if chosen is not None:
            self.restore(chosen)

    # questions (tests replace these) ---------------------------------------------------------

    def describe(self, backup: Path) -> str:
        """Which copy this is, in words: when and why it was taken, or where the file is."""
        for info in self._backups:
            if info.path == backup:
                when = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
                return arg(self.tr("the backup taken %1 (%2)"), when, term(info.reason_label))
        try:
            changed = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        except OSError:
            return arg(self.tr("the copy in %1"), path_text(backup))
        return arg(self.tr("the copy in %1, last changed %2"), path_text(backup), changed)

    def _status(self, status: str) -> str:
        words = {
            "draft": self.tr("a draft"),
            "submitted": self.tr("submitted for clearance"),
            "cleared": self.tr("cleared"),
        }
        return words.get(status, status)

    def restore_question(self, backup: Path) -> str:
        """What restoring ``backup`` replaces: answers, and any submission or clearance given
        since (issue 19: the question named a raw file and said nothing of a lost clearance)."""
        impact = restore_impact(self._ws, backup)
        lines = [arg(self.tr("Restore %1?"), self.describe(backup))]
        if impact.answered_then is not None:
            lines.append(
                arg(
                    self.tr("It holds %1 answers with a status; the database holds %2 now."),
                    impact.answered_then,
                    impact.answered_now,
                )
            )
        for cycle, now, then in impact.lost_statuses:
            lines.append(
                arg(
                    self.tr(
                        "The %1 assessment is %2 now and goes back to %3: its submission or "
                        "clearance will have to be given again."
                    ),
                    cycle,
                    self._status(now),
                    self._status(then),
                )
            )
        for cycle in impact.missing:
            lines.append(arg(self.tr("The %1 assessment is not in it and goes."), cycle))
        lines.append(
            self.tr(
                "What was saved since is replaced. The database as it is now is copied first, "
                "so you can come back to it from this list."
            )
        )
        return "\n\n".join(lines)

    def confirm_restore(self, backup: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.restore_question(backup),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restored_message(self, backup: Path, safety: Path) -> str:
        """What a restore did and how to undo it, naming copies by when and why, not by file."""
        return arg(
            self.tr(
                "The database now holds %1.\n\nWhat it held just before is kept as %2, in "
                "this list: restoring that copy undoes the restore."
            ),
            self.describe(backup),
            self.describe(safety),
        )

    def show_restored(self, backup: Path, safety: Path) -> None:
        """Say it is done, and where the database as it was is kept (tests replace this)."""
        QMessageBox.information(
            self, self.tr("Backup restored"), self.restored_message(backup, safety)
        )

    def choose_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a copy of the database"),
            str(backups_folder(self._ws.db.path)),
            self.tr("poa-desktop databases (*.sqlite *.db);;All files (*)"),
        )
        return Path(name) if name else None

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Restore from backup"), text)

    # private ---------------------------------------------------------------------------------

    def _on_selection(self) -> None:
        selected = bool(self.ui.backupsTable.selectionModel().selectedRows())
        self.ui.restoreButton.setEnabled(selected)
