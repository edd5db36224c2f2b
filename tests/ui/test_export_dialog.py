"""File → Export report…: the dialog writes both files in the background and reports back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.dialogs.export_dialog import ExportDialog


def test_export_both_formats(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = ExportDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    opened: list[Path] = []
    monkeypatch.setattr(dialog, "ask_open_folder", lambda result: True)
    monkeypatch.setattr(dialog, "open_folder", opened.append)
    dialog.ui.folderEdit.setText(str(tmp_path))
    assert dialog.ui.nameEdit.text() == "XEX-BMS9-2026-national-report-DRAFT"
    with qtbot.waitSignal(dialog.finished_export, timeout=20_000):
        dialog.start_export()
    assert dialog.export_result is not None
    assert (tmp_path / "XEX-BMS9-2026-national-report-DRAFT.pdf").stat().st_size > 10_000
    assert (tmp_path / "XEX-BMS9-2026-national-report-DRAFT.xlsx").exists()
    assert opened == [tmp_path]


def test_problems_are_shown_not_written(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo, tmp_path: Path
) -> None:
    dialog = ExportDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    dialog.ui.pdfCheck.setChecked(False)
    dialog.ui.xlsxCheck.setChecked(False)
    dialog.start_export()
    assert "Choose at least one format" in dialog.ui.problemLabel.text()
    dialog.ui.xlsxCheck.setChecked(True)
    dialog.ui.folderEdit.setText(str(tmp_path / "nowhere"))
    dialog.start_export()
    assert "does not exist" in dialog.ui.problemLabel.text()
    assert not dialog.running and dialog.export_result is None


def test_an_unexpected_failure_is_reported_not_hung(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 13, finding 4: the dialog used to sit at 9 % when the export thread crashed."""
    from poa_desktop.ui.dialogs import export_dialog

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("a bug in the layout")

    monkeypatch.setattr(export_dialog, "write_report_files", broken)
    dialog = ExportDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    shown: list[str] = []
    monkeypatch.setattr(dialog, "show_error", shown.append)
    dialog.ui.folderEdit.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.finished_export, timeout=20_000):
        dialog.start_export()
    assert len(shown) == 1 and "ZeroDivisionError: a bug in the layout" in shown[0]
    assert not dialog.running and dialog.export_result is None
    assert not list(tmp_path.glob("*.pdf"))


def test_the_report_language_is_chosen_in_the_dialog(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 15: the six languages, each named in itself; the PDF follows the choice."""
    from pypdf import PdfReader

    dialog = ExportDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    combo = dialog.ui.languageCombo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["English", "Français", "Español", "العربية", "Русский", "中文"]
    assert combo.currentData() == "en"  # the window speaks English in the tests
    combo.setCurrentIndex(combo.findData("es"))
    dialog.ui.xlsxCheck.setChecked(False)
    monkeypatch.setattr(dialog, "ask_open_folder", lambda result: False)
    dialog.ui.folderEdit.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.finished_export, timeout=30_000):
        dialog.start_export()
    pdf = tmp_path / "XEX-BMS9-2026-national-report-DRAFT.pdf"
    text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages[:3])
    assert "Informe nacional" in text and "Reporting cycle" not in text


def test_the_dialog_writes_a_package_that_verifies(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 16: the package alone, in the assessment's report language."""
    from poa_desktop.services.assessments.assessments import find_assessment
    from poa_desktop.services.assessments.period import set_report_language
    from poa_desktop.services.reporting.package import verify_package

    set_report_language(demo_ws, demo_assessment.id, "es")
    dialog = ExportDialog(demo_ws, find_assessment(demo_ws))
    qtbot.addWidget(dialog)
    assert dialog.ui.languageCombo.currentData() == "es"  # the assessment's, not the window's
    dialog.ui.pdfCheck.setChecked(False)
    dialog.ui.xlsxCheck.setChecked(False)
    dialog.ui.packageCheck.setChecked(True)
    out = tmp_path / "out"
    out.mkdir()
    dialog.ui.folderEdit.setText(str(out))
    monkeypatch.setattr(dialog, "ask_open_folder", lambda result: False)
    with qtbot.waitSignal(dialog.finished_export, timeout=30_000):
        dialog.start_export()
    zipped = out / "XEX-BMS9-2026-national-report-DRAFT.zip"
    assert dialog.export_result is not None and dialog.export_result.files == (zipped,)
    result = verify_package(zipped)
    assert result.intact and result.manifest["report_language"] == "es"
    assert sorted(p.name for p in out.iterdir()) == [zipped.name]
