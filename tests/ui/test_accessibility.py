"""Every control of the main window can be reached by keyboard and is named for screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.window.main_window import MainWindow

INPUTS = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox)


def _named(widget: QWidget) -> bool:
    if widget.accessibleName():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    labels = widget.window().findChildren(QLabel)
    return any(label.buddy() is widget for label in labels)


def test_inputs_are_named_and_focusable(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    window.show()
    window.go_to("BMS8-25")  # a measure with report fields, laws and agencies
    unnamed = []
    unreachable = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(window):
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own inner parts (a table's corner button, a spin box's editor)
        if not _named(widget):
            unnamed.append(widget.objectName() or type(widget).__name__)
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and widget.isEnabled():
            unreachable.append(widget.objectName() or type(widget).__name__)
    assert unnamed == []
    assert unreachable == []
