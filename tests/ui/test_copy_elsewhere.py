"""Copies elsewhere in the window: the record, the same-disk note, the line and the reminder.

Issue 19: backups sat on the database's disk and nothing suggested a copy elsewhere. Real
database files and real copies on disk; a USB key is simulated at the device check.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.safety import off_computer
from poa_desktop.services.safety.backups import take_backup
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.local_time import local_day_text
from poa_desktop.ui.common.text_direction import path_text
from poa_desktop.ui.dialogs.backups_dialog import BackupsDialog
from poa_desktop.ui.window.main_window import MainWindow

SAME_DISK = "on the same disk as the database: it will not survive a disk failure"


def _on_a_usb_key(monkeypatch: pytest.MonkeyPatch, yes: bool = True) -> None:
    monkeypatch.setattr(off_computer, "is_off_computer", lambda _target, _db: yes)


def test_the_dialog_says_where_the_last_copy_went_and_when_one_stayed_on_the_disk(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = BackupsDialog(demo_ws)
    qtbot.addWidget(dialog)
    assert dialog.ui.offComputerLabel.text().startswith("No copy has left this computer yet.")
    beside = tmp_path / "beside.sqlite"
    dialog.choose_copy_target = lambda: beside  # type: ignore[method-assign]
    assert dialog.copy_elsewhere() == beside and beside.is_file()
    assert SAME_DISK in dialog.ui.folderLabel.text()
    assert [(c.target, c.left_computer) for c in off_computer.copies(demo_ws.db.path)] == [
        (beside, False)
    ]
    assert dialog.ui.offComputerLabel.text().startswith("No copy has left this computer yet.")

    _on_a_usb_key(monkeypatch)
    usb = tmp_path / "usb" / "copy.sqlite"
    usb.parent.mkdir()
    dialog.choose_copy_target = lambda: usb  # type: ignore[method-assign]
    assert dialog.copy_elsewhere() == usb and usb.is_file()
    assert SAME_DISK not in dialog.ui.folderLabel.text()
    today = local_day_text(datetime.now(UTC), month_in_full=True)
    expected = f"The last copy that left this computer was saved on {today}, to {path_text(usb)}."
    assert dialog.ui.offComputerLabel.text() == expected
    again = BackupsDialog(demo_ws)  # and the next time the window opens
    qtbot.addWidget(again)
    assert again.ui.offComputerLabel.text() == expected


def test_file_save_a_copy_as_is_recorded_and_said_gently(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(window.database_actions, "choose_copy_path", lambda: target)
    window.ui.saveCopyAction.trigger()
    assert target.is_file()
    assert SAME_DISK in window.ui.statusBar.currentMessage()
    assert [c.target for c in off_computer.copies(demo_ws.db.path)] == [target]


def test_the_reminder_rule_in_the_window_at_29_and_31_days(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copied = datetime(2026, 10, 3, 12, 0, tzinfo=UTC)
    _on_a_usb_key(monkeypatch)
    off_computer.record_copy(demo_ws.db.path, Path("/media/usb/poa.sqlite"), copied)
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    actions = window.database_actions
    assert actions.remind_to_copy_elsewhere(copied + timedelta(days=29)) is None
    said = actions.remind_to_copy_elsewhere(copied + timedelta(days=31))
    since = local_day_text(copied, month_in_full=True)
    assert said == (
        f"No copy of your answers has left this computer since {since}. "
        "File → Restore from backup… → Save a copy elsewhere… puts one on a USB key or network "
        "folder."
    )
    assert window.ui.statusBar.currentMessage() == said


def test_the_reminder_shows_once_after_the_first_paint_at_start(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    take_backup(demo_ws.db.path)
    _on_a_usb_key(monkeypatch)
    long_ago = datetime.now(UTC) - timedelta(days=40)
    off_computer.record_copy(demo_ws.db.path, Path("/media/usb/poa.sqlite"), long_ago)
    shown: list[str] = []
    window = MainWindow(demo_ws, finish_later=True)  # how the app starts it
    qtbot.addWidget(window)
    window.ui.statusBar.messageChanged.connect(shown.append)
    assert not window.ui.statusBar.currentMessage()  # nothing before the window has painted
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: any("has left this computer" in text for text in shown))
    message = window.ui.statusBar.currentMessage()
    assert message.startswith("No copy of your answers has left this computer since ")
    assert local_day_text(long_ago, month_in_full=True) in message
    qtbot.wait(50)
    assert len([text for text in shown if "has left this computer" in text]) == 1  # once


def test_no_reminder_over_a_failed_backup(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Today's backup failing matters more: the reminder does not cover its message."""
    from poa_desktop.services.safety import backups

    def fail(_path: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(backups, "ensure_daily_backup", fail)  # the window takes it from there
    _on_a_usb_key(monkeypatch)
    off_computer.record_copy(
        demo_ws.db.path, Path("/x.sqlite"), datetime.now(UTC) - timedelta(days=60)
    )
    assert off_computer.reminder_due(demo_ws, datetime.now(UTC)) is not None
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    assert "could not be taken" in window.ui.statusBar.currentMessage()
    assert window.database_actions.remind_to_copy_elsewhere() is None
    assert "could not be taken" in window.ui.statusBar.currentMessage()
