"""The recovery dialog offered at start: restore, save as a file, discard, or decide later."""

from __future__ import annotations

import gc
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from poa_desktop.domain.content import AnswerContent
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.history import answer_history
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.safety import recovery
from poa_desktop.services.safety.recovery import RecoveryEntry
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.dialogs.recovery_dialog import RecoveryDialog


def keep(ws: Workspace, info: AssessmentInfo, cycle: str | None = None) -> list[RecoveryEntry]:
    entries = [
        RecoveryEntry(
            assessment_id=info.id,
            state=info.state,
            cycle=cycle or info.cycle,
            commitment_id=cid,
            commitment_label=ws.catalog.get(cid).label,
            base_version=get_answer(ws, info.id, cid).version,
            content=AnswerContent(status="developing", measures_taken=text),
            author="Lena Marov",
            failed_at=datetime(2026, 5, 6, 9, 15, tzinfo=UTC),
            error=f"The disk holding {ws.db.path} is full: your last changes could not be saved.",
            kind="full",
        )
        for cid, text in (
            (
                "BMS8-29",
                "End-user certificate rules drafted with the customs service and sent "
                "to the ministry of justice for review before adoption.",
            ),
            ("RC3-II-21", "Armouries audited."),
        )
    ]
    recovery.keep(ws.db.path, entries)
    return entries


@pytest.fixture
def dialog(qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo) -> RecoveryDialog:
    keep(demo_ws, demo_assessment)
    dialog = RecoveryDialog(demo_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_lists_what_was_kept(dialog: RecoveryDialog, demo_assessment: AssessmentInfo) -> None:
    rows = dialog.row_texts()
    assessment = f"{demo_assessment.state}, {demo_assessment.cycle}"
    assert rows[0][:3] == (assessment, "BMS8 para. 29", "Developing")
    assert rows[0][3].startswith("End-user certificate rules") and rows[0][3].endswith("…")
    assert rows[0][5] == "Disk full"
    assert rows[1][1:4] == ("RevCon3 II.21", "Developing", "Armouries audited.")
    where = recovery.recovery_file(dialog._ws.db.path)
    assert str(where) in dialog.ui.introLabel.text()
    assert dialog.ui.entriesTable.item(0, 5).toolTip().startswith("The disk holding")


def test_restore_saves_each_answer_as_a_revision(
    qtbot: QtBot, dialog: RecoveryDialog, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    before = get_answer(demo_ws, demo_assessment.id, "RC3-II-21")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = get_answer(demo_ws, demo_assessment.id, "RC3-II-21")
    assert after.content.measures_taken == "Armouries audited."
    assert after.version == before.version + 1 and after.updated_by == "Lena Marov"
    history = answer_history(demo_ws, demo_assessment.id, "RC3-II-21")
    assert history[-1].source == "recovered after a failed save on " + datetime(
        2026, 5, 6, 9, 15, tzinfo=UTC
    ).astimezone().strftime("%Y-%m-%d %H:%M")
    assert history[-2].content == before.content  # what it said before is one restore away
    assert recovery.recovery_file(demo_ws.db.path) is None


def test_an_entry_that_cannot_be_restored_stays(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    keep(demo_ws, demo_assessment, cycle="BMS99 2099")  # a cycle this database does not have
    dialog = RecoveryDialog(demo_ws)
    qtbot.addWidget(dialog)
    dialog.restore_answers()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "could not be restored" in dialog.ui.resultLabel.text()
    assert "not in this database" in dialog.ui.resultLabel.text()
    assert len(dialog.row_texts()) == 2 and len(recovery.pending(demo_ws.db.path)) == 2


def test_save_as_a_file_keeps_the_recovery(
    qtbot: QtBot, dialog: RecoveryDialog, demo_ws: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "my answers.txt"
    dialog.choose_export_path = lambda: target  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8")
    assert "End-user certificate rules drafted" in text and "Armouries audited." in text
    assert "BMS8 para. 29 (BMS8-29)" in text and "Status: Developing" in text
    assert str(target) in dialog.ui.resultLabel.text()
    assert dialog.isVisible() and len(recovery.pending(demo_ws.db.path)) == 2


def test_discard_asks_first(qtbot: QtBot, dialog: RecoveryDialog, demo_ws: Workspace) -> None:
    answers = [False, True]
    dialog.confirm_discard = lambda: answers.pop(0)  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and len(recovery.pending(demo_ws.db.path)) == 2  # cancelled
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert recovery.recovery_file(demo_ws.db.path) is None


def test_decide_later_keeps_everything(
    qtbot: QtBot, dialog: RecoveryDialog, demo_ws: Workspace
) -> None:
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert len(recovery.pending(demo_ws.db.path)) == 2


def test_open_window_offers_it_before_the_main_window(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    from poa_desktop.ui.app import open_window
    from poa_desktop.ui.window.main_window import MainWindow

    save_answer(demo_ws, demo_assessment.id, "BMS8-29", AnswerContent(status="implemented"))
    keep(demo_ws, demo_assessment)
    offered: list[RecoveryDialog] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, RecoveryDialog)
        qtbot.addWidget(dialog)
        offered.append(dialog)
        dialog.restore_answers()
        return dialog.result()

    window = open_window(demo_ws, run_recovery=run)
    gc.unfreeze()
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert len(offered) == 1
    window.go_to("BMS8-29")
    assert window.answer_form.content().measures_taken.startswith("End-user certificate")
    assert "recovered after a failed save" in window.ui.saveIndicator.text()
    second = open_window(demo_ws, run_recovery=run)  # nothing left: not offered again
    gc.unfreeze()
    assert isinstance(second, MainWindow)
    qtbot.addWidget(second)
    assert len(offered) == 1
