"""The main window as a person meets it in the tests: shown, exposed, and the active window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.window.main_window import MainWindow


def active_window(qtbot: QtBot, ws: Workspace) -> MainWindow:
    """A main window on ``ws``, shown and active (keys go to it), closed after the test.

    Its size is the screen's: the offscreen screen (800×800) is smaller than the window's
    designed size, so it opens maximised, as on a 1280×720 screen (``screen_fit``).
    """
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() == window)
    return window
