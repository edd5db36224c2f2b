"""Assessment → Outcome documents… (issue 17): add a document from its file, cover it in the
assessment, and the window shows it; hostile files and removals in use are refused on screen."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.assessments.assessments import AssessmentInfo, find_assessment
from poa_desktop.services.assessments.clearance import submit
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.app import open_window
from poa_desktop.ui.dialogs.documents_dialog import COVERED, DocumentsDialog
from poa_desktop.ui.dialogs.welcome import WelcomeDialog
from poa_desktop.ui.window.main_window import MainWindow
from tests.documents import synthetic_document, write_document


def _visible_windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def test_add_cover_and_the_window_shows_the_new_document(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path
) -> None:
    window = open_window(demo_ws)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    assert not window.model.index_of("TEST-1").isValid()
    dialog = DocumentsDialog(demo_ws, window.assessment, window)
    qtbot.addWidget(dialog)
    assert dialog.ui.documentTable.rowCount() == 2
    assert dialog.add_file(write_document(tmp_path / "test.json"))
    assert dialog.ui.documentTable.rowCount() == 3
    assert "Installed TEST. Tick it" in dialog.ui.messageLabel.text()
    assert dialog.ticked() == {"BMS8", "RC3"}  # adding covers nothing by itself
    dialog.set_ticked("TEST", True)
    dialog.save()
    assert dialog.covered == ("BMS8", "RC3", "TEST")
    window.switch_assessment(find_assessment(demo_ws, window.assessment.cycle))
    qtbot.waitUntil(lambda: not window.isVisible())
    (new_window,) = _visible_windows()
    qtbot.addWidget(new_window)
    assert new_window.assessment.documents == ("BMS8", "RC3", "TEST")
    new_window.go_to("TEST-2")
    assert new_window.current_id == "TEST-2"
    assert new_window.model.index_of("TEST-1").isValid()


def test_a_hostile_file_is_refused_with_its_place_and_nothing_installed(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo, tmp_path: Path
) -> None:
    bad = synthetic_document()
    bad["paragraphs"][0]["themes"] = ["space"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    dialog = DocumentsDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.add_file(path)
    message = dialog.ui.messageLabel.text()
    assert message.startswith("Not installed:")
    assert f"{path} at $.paragraphs[0].themes[0]: 'space' is not one of" in message
    assert dialog.ui.messageArea.isVisible() and dialog.ui.documentTable.rowCount() == 2
    assert not (tmp_path / "documents").exists()


def test_remove_is_refused_while_an_answer_uses_the_document(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo, tmp_path: Path
) -> None:
    dialog = DocumentsDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    dialog.add_file(write_document(tmp_path / "test.json"))
    dialog.set_ticked("TEST", True)
    dialog.save()
    from poa_desktop.domain.content import AnswerContent

    save_answer(demo_ws, demo_assessment.id, "TEST-1", AnswerContent(status="implemented"))
    again = DocumentsDialog(demo_ws, find_assessment(demo_ws))
    qtbot.addWidget(again)
    again.select("BMS8")
    assert not again.ui.removeButton.isEnabled()  # bundled
    again.select("TEST")
    assert again.ui.removeButton.isEnabled()
    assert not again.remove("TEST")
    assert "stays installed while answers use it" in again.ui.messageLabel.text()
    again.set_ticked("TEST", False)
    again.save()
    assert again.covered is None and again.result() != again.DialogCode.Accepted
    assert "has answers to TEST (1 answer)" in again.ui.messageLabel.text()
    assert find_assessment(demo_ws).documents == ("BMS8", "RC3", "TEST")


def test_a_submitted_assessment_shows_its_documents_without_changing_them(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    submit(demo_ws, demo_assessment.id, "A. Officer")
    dialog = DocumentsDialog(demo_ws, find_assessment(demo_ws))
    qtbot.addWidget(dialog)
    item = dialog.ui.documentTable.item(0, COVERED)
    assert item is not None and not item.flags() & item.flags().ItemIsUserCheckable
    assert "submitted or cleared" in dialog.ui.messageLabel.text()


def test_a_new_cycle_offers_the_documents_only_once_one_was_added(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path
) -> None:
    plain = WelcomeDialog(demo_ws, assessment_only=True)
    qtbot.addWidget(plain)
    assert plain.documents is None
    dialog = DocumentsDialog(demo_ws, find_assessment(demo_ws))
    qtbot.addWidget(dialog)
    dialog.add_file(write_document(tmp_path / "test.json"))
    welcome = WelcomeDialog(demo_ws, assessment_only=True)
    qtbot.addWidget(welcome)
    assert welcome.documents is not None
    assert list(welcome.documents.boxes) == ["BMS8", "RC3", "TEST"]
    welcome.documents.boxes["RC3"].setChecked(False)
    welcome.ui.cycleEdit.setText("ECOWAS 2026")
    welcome.ui.blankRadio.setChecked(True)
    welcome.finish()
    assert welcome.created_assessment is not None
    assert welcome.created_assessment.documents == ("BMS8", "TEST")
