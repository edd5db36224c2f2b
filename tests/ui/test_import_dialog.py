"""File → Import answers…: a French tracker through mapping, preview and confirm."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from poa_desktop.services.answering.answers import get_answer
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.dialogs.import_dialog import ImportDialog


@pytest.fixture
def tracker(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Suivi 2026"
    sheet["A1"] = "Ministère des Affaires étrangères — suivi du Programme d'action"
    sheet.merge_cells("A1:D1")
    sheet.append([])
    sheet.append(["Document", "Paragraphe", "Statut", "Commentaires"])
    sheet.append(["RevCon3", "II.21", "En cours", "Audit des arsenaux lancé."])
    sheet.append(["BMS8", "§ 29", "Oui", "Certificats vérifiés."])
    sheet.append(["BMS8", "§ 300", "Oui", ""])
    path = tmp_path / "suivi.xlsx"
    book.save(path)
    return path


def test_mapping_preview_and_confirm(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo, tracker: Path
) -> None:
    dialog = ImportDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    dialog.ui.fileEdit.setText(str(tracker))
    dialog.go_next()
    assert dialog.ui.pages.currentWidget() is dialog.ui.mappingPage
    assert dialog.ui.sheetCombo.currentText() == "Suivi 2026"
    assert dialog.ui.headerRowSpin.value() == 3
    assert dialog.columns() == {"document": 0, "reference": 1, "status": 2, "measures_taken": 3}
    dialog.ui.fillRadio.setChecked(True)
    dialog.ui.replaceRadio.setChecked(True)
    dialog.go_next()
    assert dialog.ui.pages.currentWidget() is dialog.ui.previewPage
    assert dialog.ui.changesTable.rowCount() == 2
    assert dialog.ui.problemsList.count() == 1
    assert "row 6" in dialog.ui.problemsList.item(0).text()
    assert not dialog.ui.importButton.isEnabled()  # an unreadable row blocks until skipped
    dialog.ui.skipCheck.setChecked(True)
    assert dialog.ui.importButton.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        dialog.ui.importButton.click()
    assert dialog.import_result is not None and dialog.import_result.answers == 2
    record = get_answer(demo_ws, demo_assessment.id, "RC3-II-21")
    assert record.content.status == "developing"
    assert record.provenance_detail == "imported from suivi.xlsx, sheet Suivi 2026, row 4"


def test_a_broken_file_is_explained(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    dialog = ImportDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    dialog.ui.fileEdit.setText(str(broken))
    dialog.go_next()
    assert dialog.ui.pages.currentWidget() is dialog.ui.filePage
    assert "broken.xlsx" in dialog.ui.messageLabel.text()


def test_changing_the_mapping_changes_the_preview(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo, tracker: Path
) -> None:
    dialog = ImportDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    dialog.ui.fileEdit.setText(str(tracker))
    dialog.go_next()
    combo = dialog._combos["measures_taken"]
    combo.setCurrentIndex(0)  # "(not in this sheet)"
    dialog.go_next()
    changed = {dialog.ui.changesTable.item(r, 4).text() for r in range(2)}
    assert all("Measures taken" not in text for text in changed)


def test_other_status_words(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Paragraph", "Status"])
    sheet.append(["BMS8 para. 29", "Peut-être"])
    path = tmp_path / "words.xlsx"
    book.save(path)
    dialog = ImportDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    dialog.ui.fileEdit.setText(str(path))
    dialog.go_next()
    dialog.go_next()
    assert "Peut-être" in dialog.ui.problemsList.item(0).text()
    dialog.go_back()
    dialog.ui.statusWordsEdit.setText("Peut-être = developing")
    dialog.go_next()
    assert dialog.ui.problemsList.count() == 0
    assert dialog.ui.changesTable.item(0, 1).text() == "BMS8 para. 29"
    dialog.go_back()
    dialog.ui.statusWordsEdit.setText("Peut-être")
    dialog.go_next()
    assert "should read WORD = STATUS" in dialog.ui.messageLabel.text()


@pytest.mark.parametrize("answer", [False, True])
def test_another_states_workbook_asks_naming_both(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, answer: bool
) -> None:
    """Issue 13, finding 1, in the window: a button naming both States, or nothing happens."""
    from poa_desktop.exchange.workbook.writer import write_xlsx
    from poa_desktop.services.assessments.assessments import create_assessment
    from poa_desktop.services.reporting.report_data import build_report_data
    from poa_desktop.services.workspace import open_workspace
    from poa_desktop.store import Agency, StateProfile

    workbook = tmp_path / "exampleland.xlsx"
    data = build_report_data(demo_ws)
    write_xlsx(data, workbook)
    ghana_ws = open_workspace(tmp_path / "ghana.sqlite")
    try:
        ghana = create_assessment(ghana_ws, state="Ghana", cycle="BMS9 2026", author="Ama")
        with ghana_ws.db.session() as session, session.begin():
            profile = session.query(StateProfile).one()
            profile.agencies.extend(Agency(name=a.name) for a in data.agencies)
        dialog = ImportDialog(ghana_ws, ghana)
        qtbot.addWidget(dialog)
        asked: list[str] = []
        said: list[str] = []
        dialog.confirm_other_state = lambda refused: asked.append(str(refused)) is None and answer  # type: ignore[method-assign]
        dialog._say = said.append  # type: ignore[method-assign]
        dialog.ui.fileEdit.setText(str(workbook))
        dialog.go_next()
        if dialog.ui.pages.currentWidget() is dialog.ui.mappingPage:
            dialog.go_next()
        assert len(asked) == 1 and "Exampleland (XEX)" in asked[0] and "Ghana (GHA)" in asked[0]
        if answer:
            new = dialog.preview.counts()["new"] if dialog.preview is not None else None
            assert new == len(ghana_ws.catalog.measures)
        else:
            assert dialog.preview is None and said and "Ghana (GHA)" in said[-1]
    finally:
        ghana_ws.close()


# --- issue 14: what ministries really keep ----------------------------------------------------


@pytest.fixture
def uruguay(empty_ws: Workspace) -> AssessmentInfo:
    from tests.exchange.trackers import uruguay_assessment

    return uruguay_assessment(empty_ws)


def test_every_sheet_with_a_table_is_proposed_and_each_can_be_left_out(
    qtbot: QtBot, empty_ws: Workspace, uruguay: AssessmentInfo, tmp_path: Path
) -> None:
    from tests.exchange.trackers import french_tracker_by_document

    tracker = french_tracker_by_document(tmp_path / "suivi.xlsx")
    dialog = ImportDialog(empty_ws, uruguay)
    qtbot.addWidget(dialog)
    dialog.ui.fileEdit.setText(str(tracker.path))
    dialog.go_next()
    ui = dialog.ui
    assert ui.sheetCombo.currentText() == "BMS8" and ui.includeCheck.isChecked()
    assert ui.sheetsLabel.text() == (
        "Sheets to import: BMS8, RevCon3 II, RevCon3 III. Not read: Page de garde (no table found)."
    )
    ui.sheetCombo.setCurrentText("RevCon3 III")
    assert ui.headerRowSpin.value() == 2 and dialog.columns()["reference"] == 0
    ui.includeCheck.setChecked(False)  # left out by the person
    assert "Not read: Page de garde (no table found), RevCon3 III." in ui.sheetsLabel.text()
    ui.sheetCombo.setCurrentText("BMS8")
    assert ui.includeCheck.isChecked()
    dialog.go_next()
    assert dialog.preview is not None
    assert dialog.preview.sheets == ("BMS8", "RevCon3 II")
    assert not any(c.sheet == "RevCon3 III" for c in dialog.preview.changes)
    assert dialog.preview.mapping is not None
    assert dialog.preview.mapping.excluded == ("Page de garde", "RevCon3 III")


def test_new_agencies_are_offered_in_one_step_and_typed_dates_shown(
    qtbot: QtBot, empty_ws: Workspace, uruguay: AssessmentInfo, tmp_path: Path
) -> None:
    from poa_desktop.services.assessments.profiles import get_profile
    from tests.exchange.trackers import spanish_tracker

    tracker = spanish_tracker(tmp_path / "seguimiento.xlsx")
    dialog = ImportDialog(empty_ws, uruguay)
    qtbot.addWidget(dialog)
    dialog.ui.fileEdit.setText(str(tracker.path))
    dialog.go_next()
    assert dialog.ui.fillRadio.isChecked()  # the safe default
    dialog.go_next()
    ui = dialog.ui
    assert not ui.agenciesCheck.isHidden() and not ui.agenciesCheck.isChecked()
    assert ui.agenciesCheck.text() == (
        "Add to the State profile the agencies it does not have (2): Dirección General de Aduanas; "
        "Fuerzas Armadas"
    )
    problems = [ui.problemsList.item(i).text() for i in range(ui.problemsList.count())]
    assert sum("not an agency in the State profile" in p for p in problems) == 2
    assert all(p.startswith(("Cell skipped: ", "Row skipped: ")) for p in problems)
    notes = [ui.notesList.item(i).text() for i in range(ui.notesList.count())]
    assert any(n.startswith("Understood: ") and "junio 2025" in n for n in notes)
    assert any("Portada not read" in n for n in notes)
    ui.agenciesCheck.setChecked(True)  # previews again, with the agencies
    assert dialog.preview is not None and dialog.preview.add_agencies
    problems = [ui.problemsList.item(i).text() for i in range(ui.problemsList.count())]
    assert not any("not an agency" in p for p in problems) and len(problems) == 3
    assert not ui.importButton.isEnabled()
    ui.skipCheck.setChecked(True)
    ui.importButton.click()
    assert dialog.import_result is not None
    assert dialog.import_result.agencies_added == (
        "Dirección General de Aduanas",
        "Fuerzas Armadas",
    )
    assert [a.name for a in get_profile(empty_ws).agencies][-1] == "Fuerzas Armadas"


def test_the_last_file_and_its_sheets_are_remembered(
    qtbot: QtBot, empty_ws: Workspace, uruguay: AssessmentInfo, tmp_path: Path
) -> None:
    from tests.exchange.trackers import french_tracker_by_document

    tracker = french_tracker_by_document(tmp_path / "suivi.xlsx")
    first = ImportDialog(empty_ws, uruguay)
    qtbot.addWidget(first)
    first.ui.fileEdit.setText(str(tracker.path))
    first.go_next()
    first.ui.sheetCombo.setCurrentText("RevCon3 III")
    first.ui.includeCheck.setChecked(False)
    first.go_next()
    first.ui.skipCheck.setChecked(True)
    first.ui.importButton.click()
    assert first.import_result is not None
    again = ImportDialog(empty_ws, uruguay)
    qtbot.addWidget(again)
    assert again.ui.fileEdit.text() == str(tracker.path)
    again.go_next()
    assert "chosen last time" in again.ui.messageLabel.text()
    assert "Not read: Page de garde (no table found), RevCon3 III." in again.ui.sheetsLabel.text()


def test_after_an_import_the_window_says_what_changed_and_offers_the_backup(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path
) -> None:
    from poa_desktop.services.reporting.imports import ImportResult
    from poa_desktop.ui.dialogs.import_summary import ImportSummary

    backup = tmp_path / "poa-before-import.sqlite"
    result = ImportResult(
        3, 1, 2, backup, new=2, updated=1, kept=4, cells_skipped=1, rows_skipped=1,
        agencies_added=("Gendarmerie nationale",),
    )  # fmt: skip
    summary = ImportSummary(result)
    qtbot.addWidget(summary)
    text = summary.informativeText()
    for line in (
        "New answers: 2",
        "Answers changed: 1",
        "Answers kept as they were: 4",
        "Cells skipped: 1",
        "Rows skipped: 1",
        "Agencies added to the profile: Gendarmerie nationale",
        "A backup was taken just before: poa-before-import.sqlite",
    ):
        assert line in text
    assert summary.undo_button is not None and not summary.wants_undo
    summary.undo_button.click()
    assert summary.wants_undo


def test_enter_in_the_path_box_goes_forward_not_to_browse(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    tracker: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 19: Enter in the path box opened Browse; on the preview it must not import."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    browsed: list[object] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: browsed.append(a) or ("", "")
    )
    dialog = ImportDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.fileEdit.setText(str(tracker))
    dialog.ui.fileEdit.setFocus()
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)
    assert browsed == []
    assert dialog.ui.pages.currentWidget() is dialog.ui.mappingPage
    qtbot.keyClick(dialog.ui.headerRowSpin, Qt.Key.Key_Return)
    assert dialog.ui.pages.currentWidget() is dialog.ui.previewPage
    dialog.ui.skipCheck.setChecked(True)
    qtbot.keyClick(dialog.ui.changesTable, Qt.Key.Key_Return)
    assert dialog.import_result is None and dialog.isVisible()  # Enter never imports
