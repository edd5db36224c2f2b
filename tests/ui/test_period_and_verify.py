"""Assessment → Reporting period… and File → Verify a report package… (issue 16)."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from poa_desktop.services.assessments.assessments import AssessmentInfo, find_assessment
from poa_desktop.services.assessments.clearance import submit
from poa_desktop.services.reporting.package import write_package
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.dialogs.period_dialog import PeriodDialog
from poa_desktop.ui.dialogs.verify_dialog import VerifyDialog, verify_package_file


def test_the_period_and_language_are_saved(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    dialog = PeriodDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    assert not dialog.ui.startCheck.isChecked() and not dialog.ui.startEdit.isEnabled()
    dialog.ui.startCheck.setChecked(True)
    dialog.ui.startEdit.setDate(QDate(2024, 7, 1))
    dialog.ui.endCheck.setChecked(True)
    dialog.ui.endEdit.setDate(QDate(2026, 6, 30))
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("fr"))
    dialog.save()
    assert dialog.result() == PeriodDialog.DialogCode.Accepted
    info = find_assessment(demo_ws)
    assert (info.period_start, info.period_end) == (date(2024, 7, 1), date(2026, 6, 30))
    assert info.report_language == "fr"


def test_a_period_ending_before_it_starts_is_refused_and_kept_on_screen(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    dialog = PeriodDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.startCheck.setChecked(True)
    dialog.ui.startEdit.setDate(QDate(2026, 7, 1))
    dialog.ui.endCheck.setChecked(True)
    dialog.ui.endEdit.setDate(QDate(2024, 6, 30))
    dialog.save()
    assert dialog.isVisible() and dialog.ui.problemLabel.isVisible()
    assert "ends (2024-06-30) before it starts (2026-07-01)" in dialog.ui.problemLabel.text()
    assert dialog.ui.startEdit.date() == QDate(2026, 7, 1)  # what was typed stays
    assert find_assessment(demo_ws).period_start is None


def test_a_submitted_assessment_s_period_cannot_change(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    submit(demo_ws, demo_assessment.id, "Officer")
    dialog = PeriodDialog(demo_ws, find_assessment(demo_ws))
    qtbot.addWidget(dialog)
    dialog.ui.startCheck.setChecked(True)
    dialog.save()
    assert "submitted for clearance" in dialog.ui.problemLabel.text()


def test_verify_shows_intact_then_names_the_changed_file(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path
) -> None:
    package = write_package(demo_ws, tmp_path / "sent.zip").path
    dialog = verify_package_file(None, package)
    assert isinstance(dialog, VerifyDialog)
    qtbot.addWidget(dialog)
    assert dialog.icon() == QMessageBox.Icon.Information
    assert "sent.zip is intact: its 2 files are exactly as they were written." in dialog.text()
    assert "Exampleland (XEX), BMS9 2026" in dialog.informativeText()
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(package) as old, zipfile.ZipFile(changed, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info, data + b" " if info.filename.endswith(".pdf") else data)
    dialog = verify_package_file(None, changed)
    assert isinstance(dialog, VerifyDialog)
    qtbot.addWidget(dialog)
    assert dialog.icon() == QMessageBox.Icon.Warning
    assert "changed.zip is NOT intact" in dialog.text() and ".pdf: changed" in dialog.text()
    assert "intact: XEX-BMS9-2026-national-report-DRAFT.xlsx" in dialog.detailedText()
