"""Clearance: submit, approve for release (clear), reopen with a reason; the checklist leads to
its commitments."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from poa_desktop.services.assessments.assessments import (
    AssessmentInfo,
    create_assessment,
    find_assessment,
)
from poa_desktop.services.assessments.clearance import clearance_history
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.dialogs.clearance_dialog import ClearanceDialog

INPUTS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)


def approve_without_asking(dialog: ClearanceDialog) -> list[tuple[str, int]]:
    """Answer "Yes" to the confirmation; returns the (authority, open items) it was asked with."""
    asked: list[tuple[str, int]] = []

    def confirm(authority: str, open_items: int) -> bool:
        asked.append((authority, open_items))
        return True

    dialog.confirm_approval = confirm  # type: ignore[method-assign]
    return asked


def unnamed_or_unreachable(dialog: QDialog) -> list[str]:
    """Visible inputs with no accessible name, button text or label buddy, or no focus."""
    buddies = {label.buddy() for label in dialog.findChildren(QLabel)}
    found = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(dialog):
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
            continue  # Qt's own inner parts; headers are reached through their view
        named = bool(widget.accessibleName()) or widget in buddies
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            named = True
        if not named or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            found.append(widget.objectName() or type(widget).__name__)
    return found


def test_submit_clear_and_reopen(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    dialog = ClearanceDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    assert "Draft" in dialog.ui.statusLabel.text()
    assert dialog.ui.checklistList.item(0).text().endswith("Nothing open")
    assert dialog.ui.officerEdit.text()  # the profile's focal point
    with qtbot.waitSignal(dialog.status_changed) as submitted:
        dialog.ui.submitButton.click()
    assert submitted.args == ["submitted"]
    assert dialog.ui.clearBox.isVisibleTo(dialog) and not dialog.ui.submitBox.isVisibleTo(dialog)
    assert dialog.ui.clearButton.text().replace("&", "") == "Approve for release…"
    dialog.ui.authorityEdit.setText("A. Minister")
    if dialog.open_items:
        dialog.ui.annexCheck.setChecked(True)
    asked = approve_without_asking(dialog)
    with qtbot.waitSignal(dialog.status_changed) as cleared:
        dialog.ui.clearButton.click()
    assert asked == [("A. Minister", len(dialog.open_items))]
    assert cleared.args == ["cleared"]
    assert "Cleared" in dialog.ui.statusLabel.text()
    assert find_assessment(demo_ws, demo_assessment.cycle).status == "cleared"
    assert dialog.assessment.status == "cleared"
    assert dialog.ui.historyTree.topLevelItemCount() == 2
    assert dialog.ui.historyTree.topLevelItem(0).text(2) == "A. Minister"

    dialog.ui.reopenReasonEdit.setText("The police figures changed")
    with qtbot.waitSignal(dialog.status_changed) as reopened:
        dialog.ui.reopenButton.click()
    assert reopened.args == ["draft"]
    assert find_assessment(demo_ws, demo_assessment.cycle).status == "draft"
    assert dialog.ui.historyTree.topLevelItem(0).text(3) == "The police figures changed"
    assert dialog.ui.submitBox.isVisibleTo(dialog)


def test_empty_reason_is_refused_inline(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    dialog = ClearanceDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    dialog.submit()
    steps = len(clearance_history(demo_ws, demo_assessment.id))
    with qtbot.assertNotEmitted(dialog.status_changed):
        dialog.ui.authorityEdit.setText("A. Minister")
        dialog.ui.returnReasonEdit.setText("   ")
        dialog.ui.returnButton.click()
    assert dialog.ui.messageLabel.isVisibleTo(dialog)
    assert dialog.ui.messageLabel.text().startswith("⚠")
    assert "reason" in dialog.ui.messageLabel.text()
    assert find_assessment(demo_ws, demo_assessment.cycle).status == "submitted"
    assert len(clearance_history(demo_ws, demo_assessment.id)) == steps


def test_open_items_must_be_accepted_to_clear(qtbot: QtBot, empty_ws: Workspace) -> None:
    assessment = create_assessment(empty_ws, state="Kenya", cycle="X")
    dialog = ClearanceDialog(empty_ws, assessment)
    qtbot.addWidget(dialog)
    dialog.ui.officerEdit.setText("J. Officer")
    dialog.submit()
    dialog.ui.authorityEdit.setText("A. Minister")
    asked = approve_without_asking(dialog)
    dialog.clear()
    assert asked == []  # refused before asking: the open items are not accepted
    assert dialog.ui.messageLabel.text().startswith("⚠")
    assert find_assessment(empty_ws, "X").status == "submitted"
    dialog.ui.annexCheck.setChecked(True)
    with qtbot.waitSignal(dialog.status_changed):
        dialog.clear()
    assert asked == [("A. Minister", len(dialog.open_items))] and asked[0][1] > 0
    assert find_assessment(empty_ws, "X").status == "cleared"
    assert "annex" in dialog.ui.historyTree.topLevelItem(0).text(3)


def test_checklist_item_goes_to_its_commitment(qtbot: QtBot, empty_ws: Workspace) -> None:
    assessment = create_assessment(empty_ws, state="Kenya", cycle="X")
    dialog = ClearanceDialog(empty_ws, assessment)
    qtbot.addWidget(dialog)
    assert dialog.ui.checklistList.count() == len(dialog.open_items) > 0
    first = dialog.open_items[0]
    assert first.commitment_id is not None
    assert dialog.ui.checklistList.item(0).text().endswith(first.message)
    with qtbot.waitSignal(dialog.go_to) as chosen:
        dialog.ui.checklistList.itemClicked.emit(dialog.ui.checklistList.item(0))
    assert chosen.args == [first.commitment_id]


def test_controls_are_named_and_focusable(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    dialog = ClearanceDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    approve_without_asking(dialog)
    for status in ("draft", "submitted", "cleared"):
        if status == "submitted":
            dialog.submit()
        elif status == "cleared":
            dialog.ui.authorityEdit.setText("A. Minister")
            dialog.clear()
        assert dialog.assessment.status == status
        assert unnamed_or_unreachable(dialog) == []


@pytest.mark.parametrize(
    ("answer", "status"),
    [(QMessageBox.StandardButton.Cancel, "submitted"), (QMessageBox.StandardButton.Yes, "cleared")],
)
def test_approving_asks_first_naming_the_assessment_and_the_authority(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    status: str,
) -> None:
    dialog = ClearanceDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    dialog.submit()
    questions: list[tuple[str, str]] = []

    def question(_parent: QWidget, title: str, text: str, *_args: object) -> object:
        questions.append((title, text))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.ui.authorityEdit.setText("  Minister   A. Example ")
    dialog.ui.clearButton.click()
    assert len(questions) == 1
    title, text = questions[0]
    assert title == "Approve for release"
    assert text.startswith(
        f"Approve the {demo_assessment.cycle} assessment of {demo_assessment.state} for "
        "release, as Minister A. Example?"
    )
    assert find_assessment(demo_ws, demo_assessment.cycle).status == status
    steps = [r.action for r in clearance_history(demo_ws, demo_assessment.id)]
    assert steps == (["submit", "clear"] if status == "cleared" else ["submit"])


def test_approving_without_a_name_is_refused_without_asking(
    qtbot: QtBot, demo_ws: Workspace, demo_assessment: AssessmentInfo
) -> None:
    dialog = ClearanceDialog(demo_ws, demo_assessment)
    qtbot.addWidget(dialog)
    dialog.submit()
    asked = approve_without_asking(dialog)
    dialog.ui.authorityEdit.setText("   ")
    dialog.ui.clearButton.click()
    assert asked == []
    assert "name of the clearing authority is required" in dialog.ui.messageLabel.text()
    assert find_assessment(demo_ws, demo_assessment.cycle).status == "submitted"
