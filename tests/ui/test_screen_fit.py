"""The main window fits the screen it opens on (issue 19): never past its bottom edge.

The offscreen platform's screen is 800×800, smaller than the window's designed 1280×760: the
case of a 1280×720 screen, or 1920×1080 at 150 % scaling.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.screen_fit import DESIGNED, FRAME_ALLOWANCE, fit_to_screen
from poa_desktop.ui.common.settings import AppSettings
from poa_desktop.ui.window.main_window import MainWindow


def _available() -> tuple[int, int]:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    area = screen.availableGeometry()
    return area.width(), area.height()


def test_the_screen_is_smaller_than_the_designed_window(qtbot: QtBot) -> None:
    width, height = _available()
    assert width < DESIGNED.width() or height < DESIGNED.height()


def test_a_first_start_on_a_small_screen_opens_maximised(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    assert window.isMaximized()
    width, height = _available()
    # un-maximised, it still fits: the normal size is bounded too
    assert window.width() <= width - FRAME_ALLOWANCE.width()
    assert window.height() <= height - FRAME_ALLOWANCE.height()
    window.show()
    qtbot.waitExposed(window)
    # Previous / Next and the save indicator are inside the screen
    bar = window.ui.moveBar
    bottom = bar.mapToGlobal(QPoint(0, bar.height())).y()
    assert bar.isVisible() and bottom <= height


def test_a_restored_size_from_a_larger_screen_is_bounded(qtbot: QtBot, demo_ws: Workspace) -> None:
    big = QWidget()
    qtbot.addWidget(big)
    big.setGeometry(300, 200, 1900, 1050)  # what a 1920×1080 screen kept
    geometry: QByteArray = big.saveGeometry()
    AppSettings().save_window(geometry, QByteArray())
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    width, height = _available()
    assert not window.isMaximized()  # a restored geometry is kept as a normal window
    assert window.width() <= width - FRAME_ALLOWANCE.width()
    assert window.height() <= height - FRAME_ALLOWANCE.height()
    assert window.x() >= 0 and window.y() >= 0
    assert window.x() + window.width() <= width
    assert window.y() + window.height() <= height


def test_a_restored_size_that_fits_is_kept(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(40, 30, 500, 400)
    fit_to_screen(window, restored=True)
    assert (window.x(), window.y(), window.width(), window.height()) == (40, 30, 500, 400)
    assert not window.isMaximized()


def test_a_window_off_the_screen_comes_back(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(700, 550, 500, 400)  # its lower right corner is past the edge
    fit_to_screen(window, restored=True)
    width, height = _available()
    assert window.x() + window.width() <= width
    assert window.y() + window.height() <= height
    assert (window.width(), window.height()) == (500, 400)
