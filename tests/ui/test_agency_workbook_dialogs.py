"""Agency workbooks through the dialogs: prepare one, take it back, settle a conflict."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.demo.content import DEMO_AGENCIES
from poa_desktop.services.reporting.agency_work import assign
from poa_desktop.services.reporting.agency_workbook import (
    assigned_measures,
    prepare_agency_workbook,
)
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.dialogs.agency_return_dialog import AgencyReturnDialog
from poa_desktop.ui.dialogs.agency_workbook_dialog import AgencyWorkbookDialog, safe_file_name

AGENCY = DEMO_AGENCIES[0]["name"]
FIRST, SECOND = "BMS8-35", "BMS8-39"


def _rows(path: Path) -> dict[str, int]:
    sheet = openpyxl.load_workbook(path)["Answers"]
    return {str(row[0].value): row[0].row for row in sheet.iter_rows(min_row=2) if row[0].value}


def _fill(path: Path, answers: dict[str, tuple[str, str]]) -> None:
    """As an agency would: type a status and measures taken in the rows of the given ids."""
    book = openpyxl.load_workbook(path)
    sheet = book["Answers"]
    rows = _rows(path)
    for commitment_id, (status, measures) in answers.items():
        sheet.cell(row=rows[commitment_id], column=6, value=status)
        sheet.cell(row=rows[commitment_id], column=7, value=measures)
    book.save(path)


def test_safe_file_name() -> None:
    assert safe_file_name("MFA", "BMS9 2026") == "MFA-BMS9-2026.xlsx"
    assert safe_file_name("Police / Customs", "") == "Police-Customs.xlsx"


def test_prepare_through_the_dialog_writes_the_file(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo, tmp_path: Path
) -> None:
    dialog = AgencyWorkbookDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    assert dialog.ui.agencyCombo.count() == len(DEMO_AGENCIES)
    dialog.set_agency(AGENCY)
    count = len(assigned_measures(demo_ws, demo_assessment.id, AGENCY))
    assert count > 0 and str(count) in dialog.ui.countLabel.text()
    short = DEMO_AGENCIES[0].get("short_name") or AGENCY
    assert dialog.ui.nameEdit.text() == safe_file_name(str(short), demo_assessment.cycle)
    dialog.ui.folderEdit.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.prepared) as signal:
        dialog.ui.prepareButton.click()
    info = dialog.info
    assert info is not None and signal.args == [info]
    assert info.path.parent == tmp_path and info.path.exists()
    assert len(_rows(info.path)) == count
    assert str(info.path) in dialog.ui.messageLabel.text()

    dialog.confirm_overwrite = lambda _path: False  # type: ignore[method-assign]
    dialog.info = None
    dialog.ui.prepareButton.click()
    assert dialog.info is None  # declined: nothing rewritten


def test_errors_are_shown_inline(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo, tmp_path: Path
) -> None:
    dialog = AgencyWorkbookDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    dialog.ui.folderEdit.setText(str(tmp_path / "missing"))
    dialog.prepare()
    assert dialog.info is None
    assert dialog.ui.messageLabel.text().startswith("⚠")
    assert "missing" in dialog.ui.messageLabel.text()

    other = AgencyReturnDialog(demo_ws, demo_assessment)
    qtbot.addWidget(other)
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    assert not other.load(plain)
    assert other.ui.messageLabel.text().startswith("⚠")
    assert "plain.xlsx" in other.ui.messageLabel.text()
    assert not other.ui.importButton.isEnabled()


def test_the_return_loop_with_one_conflict(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo, tmp_path: Path
) -> None:
    ws, info = demo_ws, demo_assessment
    assign(ws, info.id, [AGENCY], commitment_ids=[FIRST, SECOND])
    target = tmp_path / "agency.xlsx"
    prepare_agency_workbook(ws, info.id, AGENCY, target)
    _fill(target, {FIRST: ("Developing", "Agency: draft law."), SECOND: ("Implemented", "Agency.")})
    current = get_answer(ws, info.id, FIRST).content
    save_answer(ws, info.id, FIRST, current.with_changes(measures_taken="App: typed later."))

    dialog = AgencyReturnDialog(ws, info)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    assert dialog.load(target)
    summary = dialog.ui.summaryLabel.text()
    assert AGENCY in summary and "Answers to update: 1" in summary
    boxes = dialog.ui.conflictsContainer.findChildren(type(dialog._boxes[FIRST]))
    assert [box.conflict.commitment_id for box in boxes] == [FIRST]
    texts = [label.text() for label in boxes[0].findChildren(type(dialog.ui.summaryLabel))]
    assert any("Changed here since" in t for t in texts)
    assert any("From the agency" in t for t in texts)
    assert any("App: typed later." in t for t in texts)
    assert any("Agency: draft law." in t for t in texts)
    assert dialog.ui.conflictsScroll.isVisible()
    assert not dialog.ui.importButton.isEnabled()  # no default: a choice is required

    dialog.choose(FIRST, "agency")
    assert dialog.ui.importButton.isEnabled()
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.confirm()
    result = dialog.import_result
    assert result is not None and signal.args == [result] and result.answers == 2
    for commitment_id, measures in ((FIRST, "Agency: draft law."), (SECOND, "Agency.")):
        record = get_answer(ws, info.id, commitment_id)
        assert record.content.measures_taken == measures
        assert record.provenance == "contributed"
    assert get_answer(ws, info.id, FIRST).content.status == "developing"


def test_updates_show_before_and_after_and_a_conflict_can_combine_both(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo, tmp_path: Path
) -> None:
    """Issue 19: updates showed only as a count; a conflict was one side or the other."""
    ws, info = demo_ws, demo_assessment
    assign(ws, info.id, [AGENCY], commitment_ids=[FIRST, SECOND])
    target = tmp_path / "agency.xlsx"
    prepare_agency_workbook(ws, info.id, AGENCY, target)
    before = get_answer(ws, info.id, SECOND).content.measures_taken
    _fill(target, {FIRST: ("Developing", "Agency: draft law."), SECOND: ("Implemented", "Agency.")})
    current = get_answer(ws, info.id, FIRST).content
    save_answer(ws, info.id, FIRST, current.with_changes(measures_taken="App: typed later."))

    dialog = AgencyReturnDialog(ws, info)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    assert dialog.load(target)
    tree = dialog.ui.updatesTree
    rows = [
        [tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tree.topLevelItemCount())
    ]
    assert ["BMS8 para. 39", "Measures taken", " ".join(before.split())[:119], "Agency."] in [
        [r[0], r[1], r[2].rstrip("…"), r[3]] for r in rows
    ]
    assert dialog.ui.updatesTree.isVisible()
    dialog.choose(FIRST, "both")
    assert dialog.ui.importButton.isEnabled()
    dialog.confirm()
    merged = get_answer(ws, info.id, FIRST).content
    assert merged.measures_taken == "App: typed later.\n\nAgency: draft law."
    assert merged.status == current.status  # the focal point's status stays
