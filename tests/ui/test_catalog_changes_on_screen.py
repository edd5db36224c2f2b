"""What the window shows of catalog changes: an expired measure's note, and an answer saved when
the catalog still counted its paragraph as a measure (kept, read-only, with a note)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from poa_desktop.domain.content import AnswerContent
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.drafts import Draft, get_draft, keep_draft
from poa_desktop.services.assessments.assessments import create_assessment
from poa_desktop.services.errors import Problem
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.ui.window.main_window import MainWindow
from tests.catalogs import catalog_1_0

KEPT = AnswerContent(status="not_applicable", measures_taken="Our mission follows this.")


def _window(qtbot: QtBot, ws: Workspace) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_expired_measure_shows_its_note_and_stays_assessable(
    qtbot: QtBot, empty_ws: Workspace
) -> None:
    create_assessment(empty_ws, state="Ghana", cycle="BMS10 2028", author="Ama")
    window = _window(qtbot, empty_ws)
    window.go_to("BMS8-27")
    banner = window.commitment_view.expired_banner
    assert banner.isVisible() and banner.text().startswith("No longer current: ")
    assert "Fourth Review Conference" in banner.text() and "2024" in banner.text()
    assert window.answer_form.isVisible() and not window.answer_form.is_read_only()
    window.go_to("BMS8-29")
    assert banner.isHidden()


def test_an_answer_on_a_paragraph_no_longer_a_measure_is_shown_read_only(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "written-under-1.0.0.sqlite"
    with open_workspace(path, catalog_1_0(tmp_path)) as old:
        info = create_assessment(old, state="Ghana", cycle="BMS8 2022", author="Ama")
        save_answer(old, info.id, "BMS8-60", KEPT, author="Ama")
        # And typed on BMS8-60 again, but not saved: kept as a draft under the old catalog too.
        typed = KEPT.with_changes(challenges="Typed, not saved yet.")
        problem = Problem("challenges", "the disk was full")
        keep_draft(old, info.id, Draft("BMS8-60", typed, {}, (problem,), 1, "Ama"))
    with open_workspace(path) as ws:
        window = _window(qtbot, ws)
        window.go_to("BMS8-60")
        form = window.answer_form
        assert window.commitment_view.ui.notAssessedBanner.isVisible()
        assert form.isVisible() and form.is_read_only()
        notice = form.notice_label.text()
        assert form.notice_label.isVisible() and "BMS8 para. 60" in notice
        assert f"Catalog {ws.catalog.version}" in notice and "a procedural paragraph" in notice
        assert form.ui.measuresTakenEdit.toPlainText() == KEPT.measures_taken
        assert form.ui.challengesEdit.toPlainText() == "Typed, not saved yet."
        assert "the disk was full" in form.problem_label("challenges").text()
        assert form.ui.notApplicableRadio.isChecked()
        assert window.ui.historyButton.isEnabled()
        window.go_to("BMS8-61")  # leaving saves nothing over it
        window.go_to("BMS8-96")  # a procedural paragraph never answered: no form
        assert form.isHidden()
        window.close()
        assert get_answer(ws, info.id, "BMS8-60").content == KEPT
        assert get_answer(ws, info.id, "BMS8-60").version == 1
        assert get_draft(ws, info.id, "BMS8-60") is not None
