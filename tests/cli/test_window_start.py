"""``poa-desktop`` with no command: the window shows before what its first screen does not need.

Today's backup, the commands that open dialogs and settling the garbage collector wait for the
window's first paint (poa_desktop/ui/app.py); none of them is skipped.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL
from pytestqt.qtbot import QtBot

from poa_desktop.services.safety.backups import list_backups
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.ui.app import open_window
from poa_desktop.ui.window.main_window import MainWindow


@pytest.fixture
def demo_ws(demo_db: Path) -> Iterator[Workspace]:
    ws = open_workspace(demo_db)
    yield ws
    ws.close()


def dailies(ws: Workspace) -> int:
    return len([b for b in list_backups(ws.db.path) if b.reason == "daily"])


def started(qtbot: QtBot, ws: Workspace) -> MainWindow:
    window = open_window(ws)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return window


def test_todays_backup_is_taken_once_the_window_has_painted(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = started(qtbot, demo_ws)
    assert dailies(demo_ws) == 0  # not before the window shows
    window.show()
    qtbot.waitUntil(lambda: dailies(demo_ws) == 1)


def test_a_window_closed_before_it_painted_takes_the_backup_as_it_closes(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = started(qtbot, demo_ws)
    window.close()
    assert dailies(demo_ws) == 1


def test_the_commands_that_open_dialogs_are_set_up_once_the_window_has_painted(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = started(qtbot, demo_ws)
    triggered = SIGNAL("triggered(bool)")
    export, clearance = window.ui.exportAction, window.ui.clearanceAction
    before = export.receivers(triggered), clearance.receivers(triggered)
    window.show()
    qtbot.waitUntil(lambda: export.receivers(triggered) == before[0] + 1)
    assert clearance.receivers(triggered) == before[1] + 1
    assert window.assessment_actions is window.assessment_actions  # made once, attached once
    assert export.receivers(triggered) == before[0] + 1


def test_the_collector_off_for_start_up_is_back_on_once_the_window_has_painted(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    gc.disable()  # as the command line does before it opens the window
    try:
        window = started(qtbot, demo_ws)
        assert not gc.isenabled()
        window.show()
        qtbot.waitUntil(gc.isenabled)
        assert gc.get_freeze_count() > 0  # what start-up loaded is out of the collector's scans
    finally:
        gc.enable()
        gc.unfreeze()  # a long-lived app keeps it frozen; the tests that follow do not
