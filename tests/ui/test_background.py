"""Reading off the UI thread: the result or the error comes back; Cancel stops the waiting."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from poa_desktop.ui.common.background import CancelledError, run_in_background


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_result_of_work_done_in_another_thread(parent: QWidget) -> None:
    ui_thread = threading.get_ident()
    assert run_in_background(parent, "Reading…", threading.get_ident) != ui_thread


def test_an_error_comes_back_to_the_caller(parent: QWidget) -> None:
    def broken() -> None:
        raise ValueError("the file is damaged")

    with pytest.raises(ValueError, match="damaged"):
        run_in_background(parent, "Reading…", broken)


def test_cancel_stops_waiting_and_the_window_keeps_working(parent: QWidget) -> None:
    release = threading.Event()
    ticks: list[int] = []
    timer = QTimer(parent, interval=50)
    timer.timeout.connect(lambda: ticks.append(1))  # the event loop runs while waiting
    timer.start()

    def press_cancel() -> None:
        for box in parent.findChildren(QProgressDialog):
            for button in box.findChildren(QPushButton):
                button.click()

    QTimer.singleShot(600, press_cancel)
    start = time.perf_counter()
    with pytest.raises(CancelledError):
        run_in_background(parent, "Reading…", lambda: release.wait(10))
    assert time.perf_counter() - start < 5 and len(ticks) >= 5
    release.set()
