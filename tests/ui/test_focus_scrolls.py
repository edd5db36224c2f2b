"""A field taken by Alt+letter below the visible part of the window scrolls into view (issue 19:
"Add law" was pressed and a row typed into unseen)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.window.main_window import MainWindow
from tests.ui.windows import active_window


def shown_in_viewport(window: MainWindow, widget: QWidget) -> bool:
    viewport = window.ui.commitmentScroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_alt_letter_to_a_field_below_the_fold_scrolls_it_into_view(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = active_window(qtbot, demo_ws)
    window.go_to("BMS8-29")
    form = window.answer_form
    scroll = window.ui.commitmentScroll.verticalScrollBar()
    scroll.setValue(0)
    target = form.ui.targetDateCheck
    assert not shown_in_viewport(window, target)  # below the fold at 1280×720
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Set a target &date
    qtbot.waitUntil(target.hasFocus)
    assert scroll.value() > 0 and shown_in_viewport(window, target)
    scroll.setValue(0)
    edit = form.ui.nationalTargetEdit  # taller than the space left: its top comes into view
    edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    viewport = window.ui.commitmentScroll.viewport()
    assert scroll.value() > 0 and viewport.rect().contains(edit.mapTo(viewport, QPoint(0, 0)))
