"""The welcome dialog, driven the way a focal point uses it: keyboard, mouse, real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from poa_desktop.services.answering.answers import get_answer
from poa_desktop.services.assessments.assessments import AssessmentInfo, list_assessments
from poa_desktop.services.assessments.setup import ProfileInput, profile_input, save_profile
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.dialogs.welcome import WelcomeDialog


def shown(qtbot: QtBot, dialog: WelcomeDialog) -> WelcomeDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_in_focused_editor(qtbot: QtBot, dialog: QDialog, text: str, then: Qt.Key) -> None:
    editor = dialog.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, then)
    if then == Qt.Key.Key_Return:  # the delegate commits in a queued call
        table = editor.parent().parent()
        assert isinstance(table, QAbstractItemView)
        qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_first_run_as_a_focal_point(
    qtbot: QtBot, empty_ws: Workspace, qtmodeltester: ModelTester
) -> None:
    dialog = shown(qtbot, WelcomeDialog(empty_ws))
    ui = dialog.ui
    assert ui.pages.currentWidget() is ui.welcomePage and ui.stepLabel.text() == "Step 1 of 5"
    click(qtbot, ui.nextButton)

    # The State: type part of the name, pick it from the completer's list.
    assert ui.pages.currentWidget() is ui.statePage
    line = ui.stateCombo.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "Ken")
    completer = ui.stateCombo.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Kenya"]
    popup.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.isoEdit.text() == "KEN")
    assert ui.stateCombo.currentText() == "Kenya" and ui.isoEdit.isReadOnly()
    click(qtbot, ui.nextButton)

    # The focal point, field after field with Tab.
    assert ui.pages.currentWidget() is ui.focalPointPage
    assert dialog.focusWidget() is ui.focalNameEdit
    for text in ("Amina Odhiambo", "Director, SALW desk", "amina@example.go.ke", "+254 20 1"):
        focused = dialog.focusWidget()
        assert focused is not None
        qtbot.keyClicks(focused, text)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    click(qtbot, ui.nextButton)

    # Agencies: typed into the table, Tab moving to the next column.
    assert ui.pages.currentWidget() is ui.agenciesPage
    assert ui.removeAgencyButton.isEnabled() is False
    click(qtbot, ui.addAgencyButton)
    type_in_focused_editor(qtbot, dialog, "National Police Service", Qt.Key.Key_Tab)
    type_in_focused_editor(qtbot, dialog, "NPS", Qt.Key.Key_Return)
    click(qtbot, ui.addAgencyButton)
    type_in_focused_editor(qtbot, dialog, "Kenya Revenue Authority, Customs", Qt.Key.Key_Tab)
    type_in_focused_editor(qtbot, dialog, "KRA", Qt.Key.Key_Return)
    qtmodeltester.check(ui.agenciesTable.model())
    click(qtbot, ui.nextButton)

    # The assessment: no earlier cycle, so it starts blank.
    assert ui.pages.currentWidget() is ui.assessmentPage
    assert ui.finishButton.isVisible() and not ui.nextButton.isVisible()
    assert not ui.carryRadio.isVisible() and ui.blankRadio.isChecked()
    assert ui.cycleEdit.text() == "BMS10 2028"
    ui.cycleEdit.selectAll()
    qtbot.keyClicks(ui.cycleEdit, "BMS10 2028 (draft)")
    click(qtbot, ui.finishButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = profile_input(empty_ws)
    assert profile is not None
    assert (profile.state, profile.iso_code, profile.focal_point_email) == (
        "Kenya",
        "KEN",
        "amina@example.go.ke",
    )
    assert profile.focal_point_phone == "+254 20 1"
    assert [(a.name, a.short_name) for a in profile.agencies] == [
        ("National Police Service", "NPS"),
        ("Kenya Revenue Authority, Customs", "KRA"),
    ]
    created = dialog.created_assessment
    assert created is not None
    assert (created.state, created.cycle, created.carried_from) == (
        "Kenya",
        "BMS10 2028 (draft)",
        None,
    )
    assert [a.cycle for a in list_assessments(empty_ws)] == ["BMS10 2028 (draft)"]


def test_an_invalid_email_is_shown_inline_and_nothing_is_written(
    qtbot: QtBot, empty_ws: Workspace
) -> None:
    """Editing the profile: tabs instead of three steps (issue 19), Save on every tab."""
    dialog = shown(qtbot, WelcomeDialog(empty_ws, profile_only=True))
    ui = dialog.ui
    tabs = dialog.tabs
    assert tabs is not None and tabs.count() == 3
    assert [tabs.tabText(i) for i in range(3)] == ["State", "Focal point", "Agencies"]
    assert ui.finishButton.text() == "Sa&ve" and ui.finishButton.isVisible()
    assert not ui.nextButton.isVisible() and not ui.backButton.isVisible()
    ui.stateCombo.setEditText("Atlantis")
    assert not ui.isoEdit.isReadOnly()  # not on the UN list: the code is typed
    qtbot.keyClicks(ui.isoEdit, "xat")
    tabs.setCurrentIndex(1)
    assert ui.pages.currentWidget() is ui.focalPointPage and ui.finishButton.isVisible()
    qtbot.keyClicks(ui.focalNameEdit, "Amina")
    qtbot.keyClicks(ui.focalEmailEdit, "amina.example.org")
    tabs.setCurrentIndex(2)
    click(qtbot, ui.finishButton)

    # Save refuses: the message names the field, under it, and the focus goes there.
    assert ui.pages.currentWidget() is ui.focalPointPage and tabs.currentIndex() == 1
    assert ui.focalEmailError.isVisible()
    assert "Focal point email: 'amina.example.org' is not an email address" in (
        ui.focalEmailError.text()
    )
    assert dialog.focusWidget() is ui.focalEmailEdit
    assert "not an email address" in ui.focalEmailEdit.accessibleDescription()
    assert profile_input(empty_ws) is None

    # Fixed; an agency's bad email found by Save takes the user to its tab.
    ui.focalEmailEdit.setText("amina@example.org")
    tabs.setCurrentIndex(2)
    click(qtbot, ui.addAgencyButton)
    type_in_focused_editor(qtbot, dialog, "Police", Qt.Key.Key_Tab)
    type_in_focused_editor(qtbot, dialog, "", Qt.Key.Key_Tab)
    type_in_focused_editor(qtbot, dialog, "", Qt.Key.Key_Tab)
    type_in_focused_editor(qtbot, dialog, "police@", Qt.Key.Key_Return)
    click(qtbot, ui.finishButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert not ui.focalEmailError.isVisibleTo(dialog)
    assert ui.agenciesError.isVisible()
    assert "Agency 1 email: 'police@' is not an email address" in ui.agenciesError.text()
    assert profile_input(empty_ws) is None
    assert list_assessments(empty_ws) == []


def test_new_assessment_carries_forward(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    dialog = shown(qtbot, WelcomeDialog(demo_ws, assessment_only=True))
    ui = dialog.ui
    assert ui.pages.count() == 1 and not ui.stepLabel.isVisible()
    assert not ui.backButton.isVisible() and ui.finishButton.isVisible()
    assert ui.carryRadio.isVisible() and ui.carryRadio.isChecked()
    assert ui.carryCombo.currentText() == demo_assessment.cycle
    ui.cycleEdit.setText(demo_assessment.cycle.lower())
    click(qtbot, ui.finishButton)
    assert "already an assessment" in ui.cycleError.text() and dialog.created_assessment is None

    ui.cycleEdit.setText("BMS10 2028")
    click(qtbot, ui.finishButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    created = dialog.created_assessment
    assert created is not None and created.carried_from == demo_assessment.cycle
    assert [a.cycle for a in list_assessments(demo_ws)] == ["BMS10 2028", demo_assessment.cycle]
    before = get_answer(demo_ws, demo_assessment.id, "BMS8-29")
    after = get_answer(demo_ws, created.id, "BMS8-29")
    assert after.content == before.content and after.provenance == "carried_forward"


def test_editing_the_profile_keeps_renamed_agencies_linked(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    linked = get_answer(demo_ws, demo_assessment.id, "BMS8-29").content.agencies
    assert linked
    dialog = shown(qtbot, WelcomeDialog(demo_ws, profile_only=True))
    ui = dialog.ui
    table = ui.agenciesTable
    names = [dialog._cell(row, 0).text() for row in range(table.rowCount())]
    dialog._cell(names.index(linked[0]), 0).setText("Renamed agency")
    click(qtbot, ui.finishButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Renamed agency" in get_answer(demo_ws, demo_assessment.id, "BMS8-29").content.agencies


def test_a_profile_without_assessment_gets_the_whole_setup(
    qtbot: QtBot, empty_ws: Workspace
) -> None:
    save_profile(empty_ws, ProfileInput("Kenya", "KEN", "Amina"))
    dialog = shown(qtbot, WelcomeDialog(empty_ws))
    assert dialog.ui.pages.count() == 5
    assert dialog.ui.stateCombo.currentText() == "Kenya" and dialog.ui.isoEdit.text() == "KEN"
    assert dialog.ui.focalNameEdit.text() == "Amina"
    with pytest.raises(ValueError):
        WelcomeDialog(empty_ws, profile_only=True, assessment_only=True)


def test_every_field_has_an_accessible_name_or_a_buddy(qtbot: QtBot, empty_ws: Workspace) -> None:
    dialog = shown(qtbot, WelcomeDialog(empty_ws))
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    inputs = [
        w
        for w in dialog.findChildren(QWidget)
        if w.objectName()  # the form's own widgets, not Qt's internal parts
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w, QAbstractButton | QLabel)  # a button's text is its name
    ]
    assert len(inputs) >= 9
    unnamed = [w.objectName() for w in inputs if not w.accessibleName() and w not in buddies]
    assert unnamed == []


@pytest.mark.parametrize(
    ("typed", "offered"),
    [("cote", "Côte d'Ivoire"), ("Герман", "Germany"), ("allem", "Germany"), ("德国", "Germany")],
)
def test_the_state_list_finds_a_state_by_any_language_s_name(
    qtbot: QtBot, empty_ws: Workspace, typed: str, offered: str
) -> None:
    """Issue 15: part of a State's name in any UN language, without case or accents."""
    dialog = shown(qtbot, WelcomeDialog(empty_ws))
    ui = dialog.ui
    click(qtbot, ui.nextButton)
    line = ui.stateCombo.lineEdit()
    assert line is not None
    line.setText(typed)  # as typed: QTest cannot type Cyrillic or Chinese keys
    line.textEdited.emit(typed)
    popup = ui.stateCombo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    found = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert offered in found
    popup.setCurrentIndex(model.index(found.index(offered), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.isoEdit.isReadOnly())
    assert ui.stateCombo.currentText() == offered
