"""Clearance: submit, approve for release (clear), reopen with a reason; the checklist leads to
its commitments."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
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

from poa_desktop.domain.content import AnswerContent
from poa_desktop.services.answering.answers import save_answer
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
    item = dialog.ui.checklistTree.topLevelItem(0)
    assert item is not None and item.text(0).endswith("Nothing open")
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


def test_checklist_is_grouped_and_a_click_only_chooses(qtbot: QtBot, empty_ws: Workspace) -> None:
    """Issue 19: one flat list of 244 items, and a single click closed the dialog."""
    assessment = create_assessment(empty_ws, state="Kenya", cycle="X")
    save_answer(empty_ws, assessment.id, "BMS8-29", AnswerContent(status="developing"))
    dialog = ClearanceDialog(empty_ws, assessment)
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.ui.checklistTree
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    measures = len(empty_ws.catalog.measures)
    gender = sum(1 for item in dialog.open_items if item.gender)
    assert titles == [
        f"Not yet assessed: {measures - 1} ({gender} of them gender measures)",
        "Developing, with the measures taken not described: 1",
    ]
    unanswered = tree.topLevelItem(0)
    assert unanswered.childCount() == measures - 1 and not unanswered.isExpanded()
    assert tree.topLevelItem(1).isExpanded()
    assert tree.currentItem() is unanswered and not dialog.ui.goButton.isEnabled()
    first = dialog.open_items[0]
    tree.setCurrentItem(unanswered.child(0))
    label = empty_ws.catalog.get(str(first.commitment_id)).label
    assert tree.currentItem().text(0).startswith(f"⚠ {label} — ")  # no English sentence
    chosen: list[str] = []
    dialog.go_to.connect(chosen.append)
    tree.itemClicked.emit(tree.currentItem(), 0)
    assert chosen == [] and dialog.isVisible()
    buttons_at = dialog.ui.buttonBox.mapTo(dialog, QPoint(0, 0))
    dialog.submit()  # refused: measures are open; the message must not push the buttons
    assert dialog.ui.messageLabel.text()
    assert dialog.ui.buttonBox.mapTo(dialog, QPoint(0, 0)) == buttons_at
    with qtbot.waitSignal(dialog.go_to) as went:
        dialog.ui.goButton.click()
    assert went.args == [first.commitment_id] and dialog.isVisible()  # it stays: go on
    # The measure fixed in the window: back in the dialog, it is no longer open.
    save_answer(
        empty_ws, assessment.id, str(first.commitment_id), AnswerContent(status="implemented")
    )
    dialog.refresh_checklist()
    assert all(i.commitment_id != first.commitment_id for i in dialog.open_items)
    assert tree.topLevelItem(0).childCount() == measures - 2


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
