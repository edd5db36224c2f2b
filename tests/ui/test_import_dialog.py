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
            assert dialog.preview is not None and dialog.preview.counts()["new"] == 228
        else:
            assert dialog.preview is None and said and "Ghana (GHA)" in said[-1]
    finally:
        ghana_ws.close()
