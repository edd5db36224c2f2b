"""At start-up: the answers a failed save kept in a recovery file, offered back to the user.

Restore saves them (each becomes a revision), "Save as a file…" writes a copy the user can keep
and leaves the recovery file alone, Discard deletes it after asking, "Decide later" leaves it to
be offered again next time. Everything comes from :mod:`poa_desktop.services.safety.recovery_apply`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from poa_desktop.domain.errors import AppError
from poa_desktop.domain.text import arg
from poa_desktop.services.safety import recovery
from poa_desktop.services.safety.recovery_apply import (
    RestoreResult,
    export,
    first_words,
    local_time,
    restore,
)
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.icons import status_icon, status_label
from poa_desktop.ui.generated.ui_recovery_dialog import Ui_RecoveryDialog


class RecoveryDialog(QDialog):
    """Lists what is kept for ``ws``'s database; accepted once it was restored or discarded."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.result_of_restore: RestoreResult | None = None
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)  # generated code
        self.setAccessibleName(self.windowTitle())
        box = self.ui.buttonBox
        role = QDialogButtonBox.ButtonRole
        self.restore_button = self._button(self.tr("&Restore these answers"), role.AcceptRole)
        self.export_button = self._button(self.tr("&Save as a file…"), role.ActionRole)
        self.discard_button = self._button(self.tr("&Discard…"), role.DestructiveRole)
        self.later_button = self._button(self.tr("Decide &later"), role.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_answers)
        self.export_button.clicked.connect(self.save_as_file)
        self.discard_button.clicked.connect(self.discard_answers)
        box.rejected.connect(self.reject)
        table = self.ui.entriesTable
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        for column in (0, 1, 2, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the typing itself
        header.setMinimumSectionSize(60)
        self.ui.resultLabel.hide()
        self._fill()

    def _button(self, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.ui.buttonBox.addButton(text, role)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    # public ----------------------------------------------------------------------------------

    def entries(self) -> list[recovery.RecoveryEntry]:
        return recovery.pending(self._ws.db.path)

    def row_texts(self) -> list[tuple[str, ...]]:
        table = self.ui.entriesTable

        def text(row: int, column: int) -> str:
            item = table.item(row, column)
            return "" if item is None else item.text()

        return [
            tuple(text(r, c) for c in range(table.columnCount())) for r in range(table.rowCount())
        ]

    def restore_answers(self) -> None:
        """Save every kept answer; closes when all went in, else says which stay kept."""
        try:
            self.result_of_restore = result = restore(self._ws)
        except AppError as error:  # the database still cannot be read or written
            self._say(arg(self.tr("Nothing was restored: %1"), error))
            return
        except OSError as error:
            self._fill()
            self._say(
                arg(
                    self.tr(
                        "The answers were restored, but the recovery file could not be updated "
                        "(%1): choose Discard, or they are offered again at the next start."
                    ),
                    error.strerror or error,
                )
            )
            return
        if not result.failed:
            self.accept()
            return
        self._fill()
        reasons = "\n".join(
            f"• {entry.commitment_label}: {why}" for entry, why in result.failed[:5]
        )
        self._say(
            arg(
                self.tr(
                    "%1 answer(s) restored. %2 could not be restored and stay in the recovery "
                    "file:\n%3"
                ),
                len(result.applied),
                len(result.failed),
                reasons,
            )
        )

    def save_as_file(self) -> None:
        """Write the kept answers where the user chooses; the recovery file stays."""
        target = self.choose_export_path()
        if target is None:
            return
        try:
            export(self._ws.db.path, target, self._ws.catalog)
        except OSError as error:
            self._say(arg(self.tr("Could not write %1: %2"), target, error.strerror or error))
            return
        self._say(
            arg(
                self.tr(
                    "Saved to %1. The answers are still kept here until you restore or "
                    "discard them."
                ),
                target,
            )
        )

    def discard_answers(self) -> None:
        if not self.confirm_discard():
            return
        recovery.discard(self._ws.db.path)
        self.accept()

    # overridable (tests answer these without a blocking dialog) ------------------------------

    def choose_export_path(self) -> Path | None:
        start = Path.home() / "poa-desktop-unsaved-answers.txt"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the kept answers as"),
            str(start),
            self.tr("Text (*.txt);;JSON (*.json)"),
        )
        return Path(name) if name else None

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard the kept answers?"),
            self.tr(
                "What you typed in these answers will be lost for good. Save them as a file "
                "first if you may need them."
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # internals -------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.ui.resultLabel.setText(text)
        self.ui.resultLabel.show()

    def _fill(self) -> None:
        entries = self.entries()
        where = recovery.recovery_file(self._ws.db.path)
        self.ui.introLabel.setText(
            arg(
                self.tr(
                    "poa-desktop could not save your last changes to the database\n    %1\n"
                    "and kept them in the recovery file\n    %2\nRestore them into the "
                    "database now, save them as a file to keep, or discard them."
                ),
                self._ws.db.path,
                where or self.tr("a recovery file"),
            )
        )
        reasons = {
            "full": self.tr("Disk full"),
            "read_only": self.tr("Could not write (read-only)"),
            "gone": self.tr("Database file deleted or moved"),
            "damaged": self.tr("Database file damaged"),
        }
        table = self.ui.entriesTable
        table.setRowCount(0)
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            status = entry.content.status
            cells = (
                QTableWidgetItem(entry.assessment),
                QTableWidgetItem(entry.commitment_label),
                QTableWidgetItem(status_icon(status), status_label(status)),
                QTableWidgetItem(first_words(entry.content.measures_taken) or "—"),
                QTableWidgetItem(local_time(entry.failed_at)),
                QTableWidgetItem(reasons.get(entry.kind, self.tr("Could not save"))),
            )
            cells[1].setToolTip(entry.commitment_id)
            cells[3].setToolTip(entry.content.measures_taken)
            cells[5].setToolTip(entry.error)
            for column, item in enumerate(cells):
                table.setItem(row, column, item)
        self.restore_button.setEnabled(bool(entries))
        self.export_button.setEnabled(bool(entries))
        self.discard_button.setEnabled(bool(entries))
