"""The main window driven as a focal point would: type, move, search, filter, restore, reopen."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from poa_desktop.domain.content import AnswerContent
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.progress import assessment_progress
from poa_desktop.services.assessments.assessments import AssessmentInfo, create_assessment
from poa_desktop.services.assessments.clearance import frozen_by
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.store import Agency, StateProfile
from poa_desktop.ui.common.local_time import local_time_text
from poa_desktop.ui.dialogs.clearance_dialog import ClearanceDialog
from poa_desktop.ui.window.main_window import MainWindow
from poa_desktop.ui.window.navigation import ID_ROLE


@pytest.fixture
def fresh(empty_ws: Workspace) -> AssessmentInfo:
    info = create_assessment(empty_ws, state="Ghana", cycle="BMS10 2028", author="Ama")
    with empty_ws.db.session() as session, session.begin():
        profile = session.query(StateProfile).one()
        profile.focal_point_name = "Ama Mensah"
        profile.agencies.append(Agency(name="Ghana Police Service"))
        profile.agencies.append(Agency(name="Customs Division"))
    return info


def open_window(qtbot: QtBot, ws: Workspace, *, size: bool = True) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    if size:
        window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, empty_ws: Workspace, fresh: AssessmentInfo) -> Iterator[MainWindow]:
    yield open_window(qtbot, empty_ws)


def visible_ids(window: MainWindow) -> list[str]:
    proxy = window.proxy
    found: list[str] = []

    def walk(parent: object) -> None:
        for row in range(proxy.rowCount(parent)):  # type: ignore[arg-type]
            index = proxy.index(row, 0, parent)  # type: ignore[arg-type]
            commitment_id = index.data(ID_ROLE)
            if commitment_id:
                found.append(str(commitment_id))
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return found


def test_starts_on_the_first_measure_with_its_text(window: MainWindow) -> None:
    assert window.current_id == "BMS8-21"
    assert window.commitment_view.ui.citation.text() == "BMS8 para. 21"
    assert window.commitment_view.ui.commitmentText.text().startswith("21. To put in place")
    assert "Ghana, BMS10 2028" in window.windowTitle()
    assert "Assessed 0 of 221 measures" in window.progress_label.text()


def test_typing_an_answer_saves_it_without_pressing_anything(
    qtbot: QtBot, window: MainWindow, empty_ws: Workspace, fresh: AssessmentInfo
) -> None:
    window.go_to("BMS8-29")
    form = window.answer_form.ui
    qtbot.mouseClick(form.developingRadio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.measuresTakenEdit, "Draft end-user certificate rules circulated.")
    qtbot.waitUntil(
        lambda: (
            get_answer(empty_ws, fresh.id, "BMS8-29").content.measures_taken
            == "Draft end-user certificate rules circulated."
        ),
        timeout=2000,
    )
    saved = get_answer(empty_ws, fresh.id, "BMS8-29")
    assert saved.content.status == "developing" and saved.updated_by == "Ama Mensah"
    assert "Saved at" in window.ui.saveIndicator.text()
    assert "Assessed 1 of 221 measures" in window.progress_label.text()
    item_text = window.model.index_of("BMS8-29").parent().data()
    assert item_text.endswith("(1/20)")  # "At the national level": paragraphs 21-40


def test_autosave_survives_without_closing(
    qtbot: QtBot, window: MainWindow, empty_ws: Workspace, fresh: AssessmentInfo, db_path: Path
) -> None:
    """What was typed is in the file for another window, though this one never closed."""
    window.go_to("RC3-II-21")
    qtbot.mouseClick(window.answer_form.ui.implementedRadio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.answer_form.ui.measuresTakenEdit, "Armouries audited in 2025.")
    qtbot.wait(1200)  # no flush, no navigation, no close: only the autosave timers
    with open_workspace(db_path) as other:
        second = MainWindow(other)
        qtbot.addWidget(second)
        second.go_to("RC3-II-21")
        assert second.answer_form.content().measures_taken == "Armouries audited in 2025."
        assert second.answer_form.content().status == "implemented"
        second.close()


def test_previous_next_and_next_unanswered(
    qtbot: QtBot, window: MainWindow, empty_ws: Workspace, fresh: AssessmentInfo
) -> None:
    qtbot.mouseClick(window.ui.nextButton, Qt.MouseButton.LeftButton)
    assert window.current_id == "BMS8-22"
    window.ui.nextAction.trigger()
    assert window.current_id == "BMS8-23"
    window.ui.previousAction.trigger()
    assert window.current_id == "BMS8-22"
    for cid in ("BMS8-23", "BMS8-24"):
        save_answer(empty_ws, fresh.id, cid, AnswerContent(status="implemented"))
    window.switch_assessment(fresh)
    window.ui.nextUnansweredAction.trigger()
    assert window.current_id == "BMS8-25"
    window.go_to("BMS8-95")
    window.go_next()
    assert window.current_id == "RC3-II-1"


def test_keyboard_shortcuts_move(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.navigationTree.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_id == "BMS8-22"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.searchEdit.hasFocus()


def test_clicking_a_paragraph_in_the_tree(qtbot: QtBot, window: MainWindow) -> None:
    index = window.proxy.mapFromSource(window.model.index_of("RC3-III-4"))
    window.ui.navigationTree.setCurrentIndex(index)
    assert window.current_id == "RC3-III-4"
    declaration = window.proxy.mapFromSource(window.model.index_of("RC3-I-4"))
    window.ui.navigationTree.setCurrentIndex(declaration)
    assert window.current_id == "RC3-I-4"
    assert window.answer_form.isHidden()
    assert "not assessed" in window.commitment_view.ui.notAssessedBanner.text()


def test_search_and_filters(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.searchEdit.setText("3D printing")
    window.filters.apply()
    ids = visible_ids(window)
    assert "BMS8-37" in ids and "RC3-II-62" in ids and "BMS8-21" not in ids
    assert window.ui.filterSummary.text().startswith(f"{len(ids)} of 286")
    window.filters.clear()
    window.filters.apply()
    assert len(visible_ids(window)) == 286
    combo = window.ui.themeFilter
    combo.setCurrentIndex(combo.findData("gender"))
    document = window.ui.documentFilter
    document.setCurrentIndex(document.findData("BMS8"))
    ids = visible_ids(window)
    assert ids and all(i.startswith("BMS8-") for i in ids)
    assert all("gender" in window.ws.catalog.get(i).themes for i in ids)
    window.go_to(ids[0])
    window.go_next()
    assert window.current_id == ids[1]  # the walk stays inside the filter


def test_status_filter_follows_saves(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to("BMS8-30")
    qtbot.mouseClick(window.answer_form.ui.notImplementedRadio, Qt.MouseButton.LeftButton)
    window.autosave.flush()
    combo = window.ui.statusFilter
    combo.setCurrentIndex(combo.findData("not_implemented"))
    assert visible_ids(window) == ["BMS8-30"]


def test_related_commitments_are_links_with_status(
    qtbot: QtBot, window: MainWindow, empty_ws: Workspace, fresh: AssessmentInfo
) -> None:
    save_answer(
        empty_ws,
        fresh.id,
        "RC3-II-11",
        AnswerContent(status="implemented", measures_taken="UNREC workshops hosted twice."),
    )
    window.go_to("BMS8-48")
    assert window.commitment_view.related_ids() == ["RC3-II-11"]
    labels = window.commitment_view.ui.relatedBox.findChildren(QWidget)
    texts = " ".join(getattr(w, "text", lambda: "")() for w in labels)
    assert "Implemented — UNREC workshops hosted twice." in texts
    window.commitment_view.navigate.emit("RC3-II-11")
    assert window.current_id == "RC3-II-11"


def test_restore_a_revision_from_history(
    qtbot: QtBot,
    window: MainWindow,
    empty_ws: Workspace,
    fresh: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_answer(
        empty_ws, fresh.id, "BMS8-35", AnswerContent(status="implemented", measures_taken="first")
    )
    save_answer(
        empty_ws, fresh.id, "BMS8-35", AnswerContent(status="developing", measures_taken="second")
    )
    window.go_to("BMS8-35")
    assert window.answer_form.content().measures_taken == "second"

    def drive(dialog: object) -> int:
        from poa_desktop.ui.dialogs.history_dialog import HistoryDialog

        assert isinstance(dialog, HistoryDialog)
        monkeypatch.setattr(dialog, "confirm_restore", lambda number: True)
        dialog.select_revision(1)
        dialog.ui.restoreButton.click()
        return 1

    monkeypatch.setattr(window, "exec_dialog", drive)
    window.ui.historyAction.trigger()
    assert get_answer(empty_ws, fresh.id, "BMS8-35").content.measures_taken == "first"
    assert window.answer_form.content().measures_taken == "first"
    assert window.answer_form.content().status == "implemented"


def test_dashboard_shows_the_services_figures(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    window = open_window(qtbot, demo_ws)
    window.ui.dashboardAction.setChecked(True)
    assert window.ui.pages.currentWidget() is window.ui.dashboardPage
    expected = assessment_progress(demo_ws, demo_assessment.id)
    figures = window.dashboard.figures()
    for row in (expected.overall, *expected.documents, *expected.sections):
        assert {k: figures[row.key][k] for k in row.counts} == row.counts
        assert figures[row.key]["total"] == row.total
    window.go_to("BMS8-21")
    assert window.ui.pages.currentWidget() is window.ui.commitmentPage


def test_window_layout_and_last_commitment_come_back(
    qtbot: QtBot, window: MainWindow, empty_ws: Workspace
) -> None:
    window.resize(760, 560)  # inside the offscreen screen, which restoreGeometry clamps to
    window.ui.splitter.setSizes([300, 440])
    window.go_to("RC3-III-9")
    sizes = window.ui.splitter.sizes()
    size = (window.size().width(), window.size().height())
    assert size[1] == 560
    window.close()
    again = open_window(qtbot, empty_ws, size=False)
    assert again.current_id == "RC3-III-9"
    assert (again.size().width(), again.size().height()) == size
    assert again.ui.splitter.sizes() == sizes


def clearance_beside(window: MainWindow) -> ClearanceDialog:
    """Assessment → Clearance…: the dialog, open beside the window (not modal)."""
    window.ui.clearanceAction.trigger()
    dialogs = [d for d in window.findChildren(ClearanceDialog) if d.isVisible()]
    assert len(dialogs) == 1 and not dialogs[0].isModal()
    return dialogs[0]


def test_clearing_makes_the_answers_read_only(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = open_window(qtbot, demo_ws)
    window.go_to("BMS8-29")

    dialog = clearance_beside(window)
    dialog.ui.officerEdit.setText("Lena Marov")
    dialog.submit()
    assert window.assessment.status == "submitted"  # the window follows at once
    dialog.ui.authorityEdit.setText("Minister A. Example")
    dialog.confirm_approval = lambda authority, open_items: True  # type: ignore[method-assign]
    dialog.clear()
    assert window.assessment.status == "cleared"
    assert "(cleared)" in window.windowTitle()
    assert window.answer_form.is_read_only()
    step = frozen_by(demo_ws, window.assessment.id)
    assert step is not None
    notice = window.answer_form.notice_label
    assert notice.isVisibleTo(window)
    assert notice.text() == (
        f"Cleared (approved for release) on {local_time_text(step.created_at)} by Minister A. "
        "Example: the answers are frozen. To change them, reopen the assessment as a draft, "
        "saying why (Assessment → Clearance…)."
    )


def test_submitting_freezes_the_answers_until_returned_to_draft(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = open_window(qtbot, demo_ws)
    window.go_to("BMS8-29")
    form = window.answer_form
    assert not form.is_read_only() and form.notice_label.isHidden()

    dialog = clearance_beside(window)
    dialog.ui.officerEdit.setText("Lena Marov")
    dialog.submit()
    dialog.close()
    assert window.assessment.status == "submitted"
    assert "(submitted for clearance)" in window.windowTitle()
    assert form.is_read_only()
    assert not form.ui.developingRadio.isEnabled() and form.ui.measuresTakenEdit.isReadOnly()
    step = frozen_by(demo_ws, window.assessment.id)
    assert step is not None
    expected = (
        f"Submitted for clearance on {local_time_text(step.created_at)} by Lena Marov: the "
        "answers cannot change. To change them, reopen the assessment as a draft, saying why "
        "(Assessment → Clearance…)."
    )
    assert form.notice_label.isVisibleTo(window) and form.notice_label.text() == expected
    window.go_to("RC3-II-21")  # every measure says so, not only the one on screen
    assert form.is_read_only() and form.notice_label.text() == expected

    dialog = clearance_beside(window)
    dialog.ui.authorityEdit.setText("Minister A. Example")
    dialog.ui.returnReasonEdit.setText("the 2025 seizures are missing")
    dialog.return_to_draft()
    assert window.assessment.status == "draft"
    assert not form.is_read_only() and form.notice_label.isHidden()
    before = get_answer(demo_ws, window.assessment.id, "RC3-II-21").version
    qtbot.mouseClick(form.ui.notApplicableRadio, Qt.MouseButton.LeftButton)
    window.autosave.flush()
    record = get_answer(demo_ws, window.assessment.id, "RC3-II-21")
    assert (record.content.status, record.version) == ("not_applicable", before + 1)


def test_working_as_someone_else_and_back(
    qtbot: QtBot, window: MainWindow, empty_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, "office-pc")
    assert window.ui.workingAsAction in window.ui.fileMenu.actions()
    assert window.autosave.author == "Ama Mensah"  # the focal point, as every other change
    assert window.working_as_label.text() == "Working as Ama Mensah"
    answers = iter([("  Kofi  Mensah ", True), ("Nobody", False), ("", True)])
    asked: list[tuple[str, str]] = []

    def get_text(_parent: QWidget, title: str, _label: str, _echo: object, text: str) -> object:
        asked.append((title, text))
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    window.ui.workingAsAction.trigger()
    assert asked == [("Working as", "Ama Mensah")]  # prefilled with who is working now
    assert empty_ws.working_as == "Kofi Mensah" and window.autosave.author == "Kofi Mensah"
    assert window.working_as_label.text() == "Working as Kofi Mensah"
    assert window.ui.statusBar.currentMessage() == "Working as Kofi Mensah"
    window.go_to("BMS8-29")
    qtbot.mouseClick(window.answer_form.ui.developingRadio, Qt.MouseButton.LeftButton)

    window.ui.workingAsAction.trigger()  # cancelled: nothing changes
    assert asked[-1] == ("Working as", "Kofi Mensah")
    assert empty_ws.working_as == "Kofi Mensah"
    window.go_to("BMS8-30")  # the typing on BMS8-29 is saved as Kofi Mensah

    window.ui.workingAsAction.trigger()  # empty: back to the focal point
    assert empty_ws.working_as is None and window.autosave.author == "Ama Mensah"
    assert window.working_as_label.text() == "Working as Ama Mensah"
    qtbot.mouseClick(window.answer_form.ui.implementedRadio, Qt.MouseButton.LeftButton)
    window.autosave.flush()

    with closing(sqlite3.connect(empty_ws.db.path)) as connection:
        rows = connection.execute(
            "SELECT a.commitment_id, r.author, r.login FROM revision r "
            "JOIN answer a ON a.id = r.answer_id ORDER BY r.id"
        ).fetchall()
    assert rows == [
        ("BMS8-29", "Kofi Mensah", "office-pc"),
        ("BMS8-30", "Ama Mensah", "office-pc"),
    ]


def test_confirm_a_carried_answer_unchanged(qtbot: QtBot, demo_ws: Workspace) -> None:
    from poa_desktop.services.answering.history import answer_history

    later = create_assessment(
        demo_ws, state="Exampleland", iso_code="XEX", cycle="BMS10 2028", from_cycle="BMS9 2026"
    )
    window = open_window(qtbot, demo_ws)
    assert window.assessment.id == later.id
    window.go_to("RC3-II-21")
    assert window.ui.confirmUnchangedAction.isEnabled()
    window.ui.confirmUnchangedAction.trigger()
    history = answer_history(demo_ws, later.id, "RC3-II-21")
    assert history[-1].provenance_detail == "confirmed unchanged since BMS9 2026"
    assert "confirmed unchanged since BMS9 2026" in window.ui.saveIndicator.text()


def test_adding_an_agency_in_the_profile_reaches_the_answer_form(
    qtbot: QtBot, window: MainWindow, empty_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def drive(dialog: object) -> int:
        from poa_desktop.ui.dialogs.welcome import WelcomeDialog

        assert isinstance(dialog, WelcomeDialog)
        row = dialog.ui.agenciesTable.rowCount()
        dialog.add_agency_row()
        dialog.ui.agenciesTable.item(row, 0).setText("Ghana Armed Forces")
        dialog.finish()
        return int(dialog.result())

    monkeypatch.setattr(window, "exec_dialog", drive)
    window.ui.profileAction.trigger()
    names = [
        window.answer_form.ui.agenciesList.item(i).text()
        for i in range(window.answer_form.ui.agenciesList.count())
    ]
    assert "Ghana Armed Forces" in names


def test_an_open_item_opens_its_measure_beside_the_clearance(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    """Issue 19: the checklist stays beside the window while each item's measure is opened."""
    window = open_window(qtbot, demo_ws)
    record = get_answer(demo_ws, window.assessment.id, "BMS8-33")
    save_answer(demo_ws, window.assessment.id, "BMS8-33", record.content.with_changes(status=None))
    window.go_to("BMS8-21")
    dialog = clearance_beside(window)
    tree = dialog.ui.checklistTree
    item = tree.topLevelItem(0).child(0)
    tree.setCurrentItem(item)
    dialog.ui.goButton.click()
    assert window.current_id == "BMS8-33" and dialog.isVisible()
    assert clearance_beside(window) is dialog  # the menu again: the same dialog, raised
