"""After an import: what changed, and the way back (the backup taken just before it).

A person who imported the wrong tracker, or with the wrong policy, should not have to know where
backups live: the summary names what was written and offers to restore the copy taken before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from poa_desktop.domain.text import arg
from poa_desktop.services.reporting.imports import ImportResult


class ImportSummary(QMessageBox):
    """The summary box; :attr:`undo_button` is the way back (``wants_undo`` after ``exec``)."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Import finished"))
        self.setText(self.tr("The import is done."))
        text = self.summary_text(result)
        if result.backup is not None:
            text += "\n\n" + arg(self.tr("A backup was taken just before: %1"), result.backup.name)
        self.setInformativeText(text)
        self.undo_button = None
        if result.backup is not None:
            self.undo_button = self.addButton(
                self.tr("Undo: restore the backup…"), QMessageBox.ButtonRole.ActionRole
            )
        self.addButton(QMessageBox.StandardButton.Close)

    def summary_text(self, result: ImportResult) -> str:
        """The lines the summary shows, one count per line."""
        lines = [
            arg(self.tr("New answers: %1"), result.new),
            arg(self.tr("Answers changed: %1"), result.updated),
            arg(self.tr("Answers kept as they were: %1"), result.kept + result.unchanged),
            arg(self.tr("Report field values: %1"), result.fields),
            arg(self.tr("Cells skipped: %1"), result.cells_skipped),
            arg(self.tr("Rows skipped: %1"), result.rows_skipped),
        ]
        if result.agencies_added:
            lines.append(
                arg(self.tr("Agencies added to the profile: %1"), "; ".join(result.agencies_added))
            )
        return "\n".join(lines)

    @property
    def wants_undo(self) -> bool:
        return self.undo_button is not None and self.clickedButton() is self.undo_button
