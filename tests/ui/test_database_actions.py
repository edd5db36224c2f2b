"""File → Save a copy / Restore from backup, Help → source text and About, in the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from poa_desktop import __version__
from poa_desktop.services.answering.answers import get_answer
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.safety.backups import list_backups, take_backup
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.ui.dialogs.about_dialog import AboutDialog
from poa_desktop.ui.dialogs.backups_dialog import BackupsDialog
from poa_desktop.ui.dialogs.source_viewer import SourceViewer
from poa_desktop.ui.window.main_window import MainWindow


def open_window(qtbot: QtBot, ws: Workspace) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_opening_the_window_takes_todays_backup(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    open_window(qtbot, demo_ws)
    dailies = [b for b in list_backups(demo_ws.db.path) if b.reason == "daily"]
    assert len(dailies) == 1 and dailies[0].answered == len(demo_ws.catalog.measures)
    open_window(qtbot, demo_ws)  # a second start the same day takes no second copy
    assert len([b for b in list_backups(demo_ws.db.path) if b.reason == "daily"]) == 1


def test_restore_from_backup_brings_back_the_answer_and_can_be_undone(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, demo_ws)
    window.go_to("BMS8-21")
    before = get_answer(demo_ws, demo_assessment.id, "BMS8-21").content.measures_taken
    backup = take_backup(demo_ws.db.path)
    edit = window.answer_form.ui.measuresTakenEdit
    edit.selectAll()
    qtbot.keyClicks(edit, "Typed after the backup")
    window.autosave.flush()
    assert get_answer(demo_ws, demo_assessment.id, "BMS8-21").content.measures_taken == (
        "Typed after the backup"
    )
    seen: list[list[str]] = []
    told: list[tuple[object, ...]] = []

    def drive(dialog: object) -> int:
        assert isinstance(dialog, BackupsDialog)
        seen.append([b.path.name for b in dialog.backups()])
        row = [b.path for b in dialog.backups()].index(backup)
        monkeypatch.setattr(dialog, "confirm_restore", lambda path: path == backup)
        monkeypatch.setattr(dialog, "show_restored", lambda *paths: told.append(paths))
        dialog.select(row)
        assert dialog.ui.restoreButton.isEnabled()
        qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(window, "exec_dialog", drive)
    window.ui.restoreBackupAction.trigger()
    assert backup.name in seen[0]
    assert len(told) == 1 and told[0][0] == backup  # the restore is confirmed to the person
    assert get_answer(demo_ws, demo_assessment.id, "BMS8-21").content.measures_taken == before
    assert window.answer_form.content().measures_taken == before  # the screen follows
    safety = [b for b in list_backups(demo_ws.db.path) if b.reason == "before-restore"]
    assert len(safety) == 1
    with open_workspace(safety[0].path) as undo:  # the state before the restore is kept
        assert get_answer(undo, demo_assessment.id, "BMS8-21").content.measures_taken == (
            "Typed after the backup"
        )


def test_save_a_copy_holds_what_is_on_screen(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = open_window(qtbot, demo_ws)
    window.go_to("BMS8-22")
    edit = window.answer_form.ui.measuresTakenEdit
    edit.selectAll()
    qtbot.keyClicks(edit, "Just typed, not yet autosaved")
    target = tmp_path / "handover" / "Exampleland.sqlite"
    target.parent.mkdir()
    monkeypatch.setattr(window.database_actions, "choose_copy_path", lambda: target)
    window.ui.saveCopyAction.trigger()
    with open_workspace(target) as copy:
        assert get_answer(copy, demo_assessment.id, "BMS8-22").content.measures_taken == (
            "Just typed, not yet autosaved"
        )
    assert "Copy saved" in window.ui.statusBar.currentMessage()


def test_source_text_opens_at_the_paragraph(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, demo_ws)
    window.go_to("RC3-II-74")
    shown: list[tuple[str, str]] = []

    def drive(dialog: object) -> int:
        assert isinstance(dialog, SourceViewer)
        text = dialog.ui.textView.toPlainText()
        assert dialog.highlighted is not None
        printed = " ".join(text[dialog.highlighted.start : dialog.highlighted.end].split())
        shown.append((dialog.document.id, printed))
        dialog.ui.findEdit.setText("Third Review Conference")
        assert dialog.find_next() and dialog.selected_text() == "Third Review Conference"
        return 0

    monkeypatch.setattr(window, "exec_dialog", drive)
    qtbot.mouseClick(window.commitment_view.ui.sourceButton, Qt.MouseButton.LeftButton)
    window.ui.sourceTextAction.trigger()  # F1 does the same
    assert len(shown) == 2 and shown[0][0] == "RC3"
    assert shown[0][1].startswith("74. To strengthen the collection, analysis")
    assert shown[0][1].endswith("including through national reports.")


def test_about_names_versions_database_and_licences(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, demo_ws)
    opened: list[object] = []

    def drive(dialog: object) -> int:
        opened.append(dialog)
        if isinstance(dialog, AboutDialog):
            ui = dialog.ui
            assert ui.versionValue.text() == __version__
            assert ui.catalogValue.text().startswith(f"version {demo_ws.catalog.version}:")
            assert "286 paragraphs, 221 measures" in ui.catalogValue.text()
            assert ui.databaseValue.text() == str(demo_ws.db.path)
            assert ui.backupsValue.text() == str(demo_ws.db.path.parent / "backups")
            names = dialog.component_names()
            for expected in ("poa-desktop", "Python", "PySide6_Essentials", "SQLAlchemy"):
                assert expected in names
            assert "Droid Sans Fallback" in names
            dialog.show_licence(names.index("PySide6_Essentials"))
            assert "GNU LESSER GENERAL PUBLIC LICENSE" in ui.licenceText.toPlainText()
            dialog.show_licence(names.index("Droid Sans Fallback"))
            assert "Apache License" in ui.licenceText.toPlainText()
            dialog.open_source.emit("BMS8")  # the "Read the BMS8 text" button
        return 0

    monkeypatch.setattr(window, "exec_dialog", drive)
    window.ui.aboutAction.trigger()
    assert isinstance(opened[0], AboutDialog)
    assert isinstance(opened[1], SourceViewer) and opened[1].document.id == "BMS8"


def test_an_import_is_undone_from_its_summary(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Issue 14: after an import, the summary's way back restores the copy taken before it."""
    from poa_desktop.ui.dialogs.import_dialog import ImportDialog
    from poa_desktop.ui.dialogs.import_summary import ImportSummary
    from tests.exchange.workbooks import write_table

    window = open_window(qtbot, demo_ws)
    before = get_answer(demo_ws, demo_assessment.id, "BMS8-29").content
    tracker = write_table(
        tmp_path / "t.xlsx",
        {"Tracker": [["Paragraph", "Status", "Progress"], ["BMS8 para 29", "No", "Stalled."]]},
    )
    shown: list[str] = []

    def drive(dialog: object) -> int:
        if isinstance(dialog, ImportDialog):
            dialog.ui.fileEdit.setText(str(tracker))
            dialog.go_next()
            dialog.ui.replaceRadio.setChecked(True)
            dialog.go_next()
            dialog.confirm()
            return 1
        if isinstance(dialog, ImportSummary):
            shown.append(dialog.informativeText())
            assert dialog.undo_button is not None
            dialog.undo_button.click()
            return 0
        assert isinstance(dialog, BackupsDialog)
        selected = dialog.ui.backupsTable.selectionModel().selectedRows()
        chosen = dialog.backups()[selected[0].row()]
        assert chosen.reason == "before-import"
        monkeypatch.setattr(dialog, "confirm_restore", lambda path: path == chosen.path)
        monkeypatch.setattr(dialog, "show_restored", lambda *paths: None)
        qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(window, "exec_dialog", drive)
    window.assessment_actions.import_answers()
    assert shown and "Answers changed: 1" in shown[0]
    assert get_answer(demo_ws, demo_assessment.id, "BMS8-29").content == before


def test_the_restore_question_names_the_copy_and_a_clearance_it_undoes(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo, tmp_path: Path
) -> None:
    """Issue 19: the question showed a raw file name and did not say a clearance is lost."""
    from poa_desktop.services.assessments.clearance import clear, submit

    backup = take_backup(demo_ws.db.path)
    submit(demo_ws, demo_assessment.id, "R. Officer")
    clear(demo_ws, demo_assessment.id, "A. Minister")
    dialog = BackupsDialog(demo_ws)
    qtbot.addWidget(dialog)
    question = dialog.restore_question(backup)
    assert backup.name not in question
    assert question.startswith("Restore the backup taken ")
    assert f"The {demo_assessment.cycle} assessment is cleared now and goes back to a draft" in (
        question
    )
    assert "answers with a status" in question
    assert "on the same disk as the database" in dialog.ui.folderLabel.text()
    target = tmp_path / "usb" / "copy.sqlite"
    target.parent.mkdir()
    dialog.choose_copy_target = lambda: target  # type: ignore[method-assign]
    assert dialog.copy_elsewhere() == target and target.is_file()
