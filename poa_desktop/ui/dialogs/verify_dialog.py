"""File → Verify a report package…: is a received zip what poa-desktop wrote?

The check is :func:`poa_desktop.services.reporting.package.verify_package`; this shows its answer
in a message box: whose report it is, intact or not, the first file that differs, and every
file's state in the details.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from poa_desktop.domain.errors import AppError
from poa_desktop.domain.text import arg
from poa_desktop.services.reporting.package import Verification, verify_package


class VerifyDialog(QMessageBox):
    """The outcome of one verification (a message box, so it reads as a verdict)."""

    def __init__(self, result: Verification, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verification = result
        self.setWindowTitle(self.tr("Verify a report package"))
        name = result.path.name
        if result.intact:
            self.setIcon(QMessageBox.Icon.Information)
            text = arg(
                self.tr("%1 is intact: its %2 files are exactly as they were written."),
                name,
                len(result.checks),
            )
        else:
            self.setIcon(QMessageBox.Icon.Warning)
            text = arg(
                self.tr("%1 is NOT intact. The first difference: %2"),
                name,
                result.first_problem or "",
            )
        self.setText(text)
        self.setInformativeText(result.describe())
        self.setDetailedText(
            "\n".join(f"{c.state}: {c.path} {c.detail}".rstrip() for c in result.checks)
        )
        self.setStandardButtons(QMessageBox.StandardButton.Close)


def verify_package_file(parent: QWidget | None, path: Path | None = None) -> VerifyDialog | None:
    """Ask for a zip (unless given), verify it and show the verdict; None if cancelled."""
    title = QCoreApplication.translate("VerifyDialog", "Verify a report package")
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            title,
            str(Path.home()),
            QCoreApplication.translate("VerifyDialog", "Report packages (*.zip)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        result = verify_package(path)
    except AppError as error:
        QMessageBox.warning(parent, title, str(error))
        return None
    dialog = VerifyDialog(result, parent)
    dialog.open()
    return dialog
