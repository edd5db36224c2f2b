"""The restore's question and its confirmation in plain words (issue 19: a raw file name, and
nothing said after the restore)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.safety.backups import save_copy, take_backup
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.text_direction import path_text
from poa_desktop.ui.dialogs.backups_dialog import BackupsDialog


def test_the_confirmation_after_a_restore_names_copies_by_when_and_why(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = take_backup(demo_ws.db.path)
    dialog = BackupsDialog(demo_ws)
    qtbot.addWidget(dialog)
    told: list[str] = []
    monkeypatch.setattr(dialog, "confirm_restore", lambda _path: True)
    monkeypatch.setattr(
        dialog, "show_restored", lambda b, s: told.append(dialog.restored_message(b, s))
    )
    assert dialog.restore(backup)
    assert len(told) == 1
    message = told[0]
    assert message.startswith("The database now holds the backup taken ")
    assert "(Taken on request)" in message and "(Before a restore)" in message
    assert "restoring that copy undoes the restore" in message
    assert ".sqlite" not in message  # no raw file name


def test_another_file_is_described_with_when_it_was_last_changed(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo, tmp_path: Path
) -> None:
    other = save_copy(demo_ws, tmp_path / "from-a-colleague.sqlite")
    stamp = datetime(2026, 10, 3, 9, 30).timestamp()
    os.utime(other, (stamp, stamp))
    dialog = BackupsDialog(demo_ws)
    qtbot.addWidget(dialog)
    question = dialog.restore_question(other)
    assert question.startswith(
        f"Restore the copy in {path_text(other)}, last changed 2026-10-03 09:30?"
    )
    assert "What was saved since is replaced." in question
    assert "The database as it is now is copied first" in question
