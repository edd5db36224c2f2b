"""Small set-up steps every list dialog repeats: column sizing, an accessible Close button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView


def fit_columns(header: QHeaderView, fitted: int) -> None:
    """The first ``fitted`` columns as wide as their contents; the last takes the rest."""
    for column in range(fitted):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


def name_for_screen_readers(dialog: QDialog, buttons: QDialogButtonBox) -> None:
    """The dialog is announced by its title and its Close button by name."""
    dialog.setAccessibleName(dialog.windowTitle())
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    if close is not None:
        close.setAccessibleName(QCoreApplication.translate("Common", "Close"))
