"""Agencies: progress per agency, bulk assignment by theme, confirming carried answers."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from poa_desktop.services.assessments.assessments import AssessmentInfo, create_assessment
from poa_desktop.services.assessments.carry import carried_pending
from poa_desktop.services.reporting.agency_work import agency_progress
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.dialogs.agencies_dialog import AgenciesDialog
from tests.ui.test_clearance_dialog import unnamed_or_unreachable


def _table(dialog: AgenciesDialog) -> list[tuple[str, int, int]]:
    table = dialog.ui.agencyTable
    return [
        (table.item(row, 0).text(), int(table.item(row, 1).text()), int(table.item(row, 2).text()))
        for row in range(table.rowCount())
    ]


def _expected(ws: Workspace, assessment: AssessmentInfo) -> list[tuple[str, int, int]]:
    return [(p.agency, p.assigned, p.answered) for p in agency_progress(ws, assessment.id)]


def test_table_shows_agency_progress(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    dialog = AgenciesDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    expected = _expected(demo_ws, demo_assessment)
    assert expected and _table(dialog) == expected
    assert not dialog.ui.carriedBox.isVisibleTo(dialog)  # the demo was not carried forward


def test_assign_by_theme_changes_the_count(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    dialog = AgenciesDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    before = {p.agency: p.assigned for p in agency_progress(demo_ws, demo_assessment.id)}
    # the agency with the fewest measures, so assigning the first theme surely adds some
    agency = min(before, key=before.__getitem__)
    dialog.ui.agencyCombo.setCurrentIndex(dialog.ui.agencyCombo.findData(agency))
    dialog.ui.byThemeRadio.setChecked(True)
    with qtbot.waitSignal(dialog.answers_changed):
        dialog.ui.assignButton.click()
    after = {p.agency: p.assigned for p in agency_progress(demo_ws, demo_assessment.id)}
    added = after[agency] - before[agency]
    assert added > 1
    assert dialog.ui.resultLabel.text() == f"✔ {added} measures assigned to {agency}"
    assert _table(dialog) == _expected(demo_ws, demo_assessment)
    with qtbot.waitSignal(dialog.answers_changed):
        dialog.ui.unassignButton.click()
    assert _table(dialog) == _expected(demo_ws, demo_assessment)
    assert dialog.ui.resultLabel.text().startswith("✔") and "unassigned from" in (
        dialog.ui.resultLabel.text()
    )


def test_assign_by_section(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    dialog = AgenciesDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    dialog.ui.bySectionRadio.setChecked(True)
    assert dialog.ui.sectionCombo.isEnabled() and not dialog.ui.themeCombo.isEnabled()
    assert all(
        ":" in str(dialog.ui.sectionCombo.itemData(i))
        for i in range(dialog.ui.sectionCombo.count())
    )
    dialog.ui.unassignButton.click()
    assert dialog.ui.resultLabel.text().startswith("✔")


def test_confirm_all_carried_answers(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    carried = create_assessment(
        demo_ws,
        state="Exampleland",
        iso_code="XEX",
        cycle="BMS10 2028",
        from_cycle=demo_assessment.cycle,
    )
    pending = carried_pending(demo_ws, carried.id)
    assert pending
    dialog = AgenciesDialog(demo_ws, carried)
    qtbot.addWidget(dialog)
    assert dialog.ui.carriedLabel.text().endswith(f": {len(pending)}")
    assert dialog.ui.confirmButton.isVisibleTo(dialog)
    monkeypatch.setattr(dialog, "ask_confirm_all", lambda count: count == len(pending))
    with qtbot.waitSignal(dialog.answers_changed):
        dialog.ui.confirmButton.click()
    assert carried_pending(demo_ws, carried.id) == []
    assert dialog.ui.carriedLabel.text().endswith(": 0")
    assert not dialog.ui.confirmButton.isVisibleTo(dialog)
    assert f"{len(pending)} answers confirmed unchanged" in dialog.ui.carriedResultLabel.text()


def test_controls_are_named_and_focusable(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    carried = create_assessment(
        demo_ws, state="Exampleland", cycle="BMS10 2028", from_cycle=demo_assessment.cycle
    )
    dialog = AgenciesDialog(demo_ws, carried)
    qtbot.addWidget(dialog)
    assert unnamed_or_unreachable(dialog) == []
