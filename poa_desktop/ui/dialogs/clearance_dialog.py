"""Clearance: the checklist, the history, and draft -> submitted -> cleared (and back to draft).

Every rule lives in :mod:`poa_desktop.services.assessments.clearance`; this dialog shows its
checklist and history and calls its steps, showing refusals inline. Clearing is offered as
"Approve for release…" (a reader of English as a second language cannot take it for "erase")
and asks for confirmation first, naming the assessment and the approving authority.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from poa_desktop.domain.errors import AppError
from poa_desktop.domain.text import arg, shorten
from poa_desktop.services.assessments import clearance
from poa_desktop.services.assessments.assessments import AssessmentInfo, list_assessments
from poa_desktop.services.assessments.profiles import get_profile
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.dialog_parts import fit_columns
from poa_desktop.ui.common.local_time import local_time_text
from poa_desktop.ui.generated.ui_clearance_dialog import Ui_ClearanceDialog

COMMITMENT_ROLE = Qt.ItemDataRole.UserRole
GROUP_SHOWN_OPEN = 20
"""A group of open items longer than this starts folded: its title says how many there are."""


def sentence(message: str) -> str:
    """A service message as a sentence: capital first letter, full stop at the end."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


class ClearanceDialog(QDialog):
    """The assessment's clearance status, checklist and history, and the next step."""

    # A checklist item was chosen: the commitment to show (the dialog stays, to go on with).
    go_to = Signal(str)
    # A step succeeded: the assessment's new status ("draft", "submitted" or "cleared").
    status_changed = Signal(str)

    def __init__(
        self, ws: Workspace, assessment: AssessmentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ClearanceDialog()
        self.ui.setupUi(self)  # generated code
        self._ws = ws
        self.assessment = assessment
        self.open_items: list[clearance.OpenItem] = []
        self._last_go = ("", QElapsedTimer())
        self.setWindowTitle(arg(self.tr("Clearance of the %1 assessment"), assessment.cycle))
        self.setAccessibleName(self.windowTitle())
        bold = QFont(self.ui.statusLabel.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.ui.statusLabel.setFont(bold)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        fit_columns(self.ui.historyTree.header(), 3)
        working = ws.working_as or get_profile(ws).focal_point_name or ""
        self.ui.officerEdit.setText(working)
        self.ui.reopenNameEdit.setText(working)
        self.ui.submitButton.clicked.connect(self.submit)
        self.ui.clearButton.clicked.connect(self.clear)
        self.ui.returnButton.clicked.connect(self.return_to_draft)
        self.ui.reopenButton.clicked.connect(self.reopen)
        self.ui.officerEdit.returnPressed.connect(self.submit)
        self.ui.returnReasonEdit.returnPressed.connect(self.return_to_draft)
        self.ui.reopenReasonEdit.returnPressed.connect(self.reopen)
        # A click only chooses; a double click, Enter or the button goes there (issue 19: one
        # click closed the dialog).
        self.ui.checklistTree.itemActivated.connect(lambda item, _column: self._item_chosen(item))
        self.ui.goButton.clicked.connect(self._go_to_current)
        self.ui.checklistTree.currentItemChanged.connect(lambda *_: self._update_go())
        self.ui.buttonBox.rejected.connect(self.reject)
        # The message line keeps its place, empty or not, so the buttons never move under the
        # pointer when a refusal appears.
        self.ui.messageLabel.setMinimumHeight(2 * self.ui.messageLabel.fontMetrics().lineSpacing())
        self._hide_message()
        self.refresh()

    # --- showing ------------------------------------------------------------------------------
    def status_text(self, status: str) -> str:
        return {
            "draft": self.tr("Draft"),
            "submitted": self.tr("Submitted for clearance"),
            "cleared": self.tr("Cleared: approved for release"),
        }.get(status, status)

    def _status_hint(self, status: str) -> str:
        return {
            "draft": self.tr(
                "When the answers are ready, the reporting officer submits the draft to the "
                "clearing authority."
            ),
            "submitted": self.tr(
                "The answers are frozen while the clearing authority reviews them. The clearing "
                "authority approves the assessment for release, or returns it to draft saying why."
            ),
            "cleared": self.tr(
                "The assessment is cleared and its answers are frozen. Reopen it as a draft to "
                "change them."
            ),
        }.get(status, "")

    def _step_text(self, record: clearance.ClearanceRecord) -> str:
        if record.action == "submit":
            return self.tr("Submitted for clearance")
        if record.action == "clear":
            return self.tr("Cleared: approved for release")
        return self.tr("Returned to draft")

    def refresh(self) -> None:
        """Read the status, checklist and history again from the database."""
        for info in list_assessments(self._ws):
            if info.id == self.assessment.id:
                self.assessment = info
        status = self.assessment.status
        self.ui.statusLabel.setText(arg(self.tr("Status: %1"), self.status_text(status)))
        self.ui.statusHint.setText(self._status_hint(status))
        self._fill_checklist()
        self._fill_history()
        self.ui.submitBox.setVisible(status == "draft")
        self.ui.clearBox.setVisible(status == "submitted")
        self.ui.reopenBox.setVisible(status == "cleared")
        self.ui.annexCheck.setEnabled(bool(self.open_items))
        if not self.open_items:
            self.ui.annexCheck.setChecked(False)

    def _group_title(self, kind: str, items: list[clearance.OpenItem]) -> str:
        count = len(items)
        if kind == clearance.UNANSWERED:
            gender = sum(1 for i in items if i.gender)
            if gender:
                return arg(
                    self.tr("Not yet assessed: %1 (%2 of them gender measures)"), count, gender
                )
            return arg(self.tr("Not yet assessed: %1"), count)
        titles = {
            clearance.NO_DESCRIPTION: self.tr(
                "Developing, with the measures taken not described: %1"
            ),
            clearance.NO_ASSISTANCE_KIND: self.tr("Assistance needed, with no kind chosen: %1"),
            clearance.FIELD_PROBLEM: self.tr("Report fields to correct: %1"),
        }
        return arg(titles.get(kind, kind + ": %1"), count)

    def _fill_checklist(self) -> None:
        self.open_items = clearance.checklist(self._ws, self.assessment.id)
        tree = self.ui.checklistTree
        tree.clear()
        count = len(self.open_items)
        if count == 1:
            self.ui.checklistLabel.setText(self.tr("&Checklist: 1 open item"))
        elif count:
            self.ui.checklistLabel.setText(arg(self.tr("&Checklist: %1 open items"), count))
        else:
            self.ui.checklistLabel.setText(self.tr("&Checklist:"))
        for kind in clearance.KINDS:
            members = [i for i in self.open_items if i.kind == kind]
            if not members:
                continue
            group = QTreeWidgetItem([self._group_title(kind, members)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tree.addTopLevelItem(group)
            for open_item in members:
                child = QTreeWidgetItem(["⚠ " + self._item_text(open_item)])
                child.setData(0, COMMITMENT_ROLE, open_item.commitment_id)
                group.addChild(child)
            group.setExpanded(len(members) <= GROUP_SHOWN_OPEN)
        if not self.open_items:
            item = QTreeWidgetItem(["✔ " + self.tr("Nothing open")])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tree.addTopLevelItem(item)
        first = tree.topLevelItem(0)
        if self.open_items and first is not None:
            # The first item of an open group, or a folded group itself (choosing its first
            # item would unfold 200 lines).
            opened = first.child(0) if first.isExpanded() else None
            tree.setCurrentItem(opened if opened is not None else first)
        self._update_go()

    def _item_text(self, item: clearance.OpenItem) -> str:
        """A measure under its group: its citation and the start of its text, in no language
        but the commitment's (the group's title, translated, says what is open); a report
        field's problem as the check words it."""
        catalog = self._ws.catalog
        if item.kind == clearance.FIELD_PROBLEM or not item.commitment_id:
            return item.message
        commitment = catalog.get(item.commitment_id)
        text = f"{commitment.label} — {shorten(commitment.text, 90)}"
        return text + " " + self.tr("(a gender measure)") if item.gender else text

    def _update_go(self) -> None:
        current = self.ui.checklistTree.currentItem()
        self.ui.goButton.setEnabled(current is not None and bool(current.data(0, COMMITMENT_ROLE)))

    def _go_to_current(self) -> None:
        current = self.ui.checklistTree.currentItem()
        if current is not None:
            self._item_chosen(current)

    def _fill_history(self) -> None:
        tree = self.ui.historyTree
        tree.clear()
        records = clearance.clearance_history(self._ws, self.assessment.id)
        for record in reversed(records):  # newest first
            detail = record.reason
            if record.action == "clear" and record.open_items:
                detail = arg(self.tr("Open items listed in an annex: %1"), len(record.open_items))
            item = QTreeWidgetItem(
                [
                    local_time_text(record.created_at),
                    self._step_text(record),
                    record.actor,
                    detail,
                ]
            )
            if record.action == "clear" and record.open_items:
                item.setToolTip(3, "\n".join(record.open_items))
            tree.addTopLevelItem(item)
        if not records:
            item = QTreeWidgetItem([self.tr("Not yet submitted for clearance.")])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)

    def changeEvent(self, event: QEvent) -> None:
        """Back to the dialog after working in the window: the checklist as it is now (an item
        fixed there is gone), the same item chosen if it is still open."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh_checklist()

    def refresh_checklist(self) -> None:
        """Read the checklist again, keeping the chosen item (or its place) chosen."""
        tree = self.ui.checklistTree
        current = tree.currentItem()
        chosen = current.data(0, COMMITMENT_ROLE) if current is not None else None
        self._fill_checklist()
        if not chosen:
            return
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            for j in range(group.childCount() if group is not None else 0):
                child = group.child(j) if group is not None else None
                if child is not None and child.data(0, COMMITMENT_ROLE) == chosen:
                    tree.setCurrentItem(child)
                    return

    # --- messages -----------------------------------------------------------------------------
    def _hide_message(self) -> None:
        self.ui.messageLabel.clear()

    def show_problem(self, message: str) -> None:
        self.ui.messageLabel.setText("⚠ " + sentence(message))
        self.ui.messageLabel.setAccessibleName(self.ui.messageLabel.text())

    def _show_done(self, message: str) -> None:
        self.ui.messageLabel.setText("✔ " + message)
        self.ui.messageLabel.setAccessibleName(message)

    # --- actions ------------------------------------------------------------------------------
    def _run(self, step: str, edit: QLineEdit | None, *args: object, **kwargs: object) -> bool:
        call = getattr(clearance, step)
        try:
            call(self._ws, self.assessment.id, *args, **kwargs)
        except AppError as error:
            self.show_problem(str(error))
            if edit is not None:
                edit.setFocus()
            return False
        self.refresh()
        self._show_done(
            arg(self.tr("The assessment is now: %1."), self.status_text(self.assessment.status))
        )
        self.status_changed.emit(self.assessment.status)
        return True

    def submit(self) -> None:
        self._run("submit", self.ui.officerEdit, self.ui.officerEdit.text())

    def confirm_approval(self, authority: str, open_items: int) -> bool:
        """Ask before approving for release (tests replace this to answer without a box)."""
        question = arg(
            self.tr("Approve the %1 assessment of %2 for release, as %3?"),
            self.assessment.cycle,
            self.assessment.state,
            authority,
        )
        if open_items:
            question += "\n\n" + arg(
                self.tr("%1 open checklist item(s) will be listed in an annex of the report."),
                open_items,
            )
        question += "\n\n" + self.tr(
            "The assessment is then cleared: its answers stay frozen and the report names the "
            "approving authority. It can be reopened as a draft later, with a reason."
        )
        answer = QMessageBox.question(
            self,
            self.tr("Approve for release"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def clear(self) -> None:
        """Approve for release: confirm, then clear (refusals are shown without asking)."""
        authority = " ".join(self.ui.authorityEdit.text().split())
        accept = self.ui.annexCheck.isChecked()
        ready = bool(authority) and (accept or not self.open_items)
        if ready and not self.confirm_approval(authority, len(self.open_items)):
            return
        self._run("clear", self.ui.authorityEdit, authority, accept_open_items=accept)

    def return_to_draft(self) -> None:
        edit = self.ui.returnReasonEdit
        if not self.ui.authorityEdit.text().strip():
            edit = self.ui.authorityEdit
        if self._run("reopen", edit, self.ui.authorityEdit.text(), self.ui.returnReasonEdit.text()):
            self.ui.returnReasonEdit.clear()

    def reopen(self) -> None:
        edit = self.ui.reopenReasonEdit
        if not self.ui.reopenNameEdit.text().strip():
            edit = self.ui.reopenNameEdit
        if self._run(
            "reopen", edit, self.ui.reopenNameEdit.text(), self.ui.reopenReasonEdit.text()
        ):
            self.ui.reopenReasonEdit.clear()

    def _item_chosen(self, item: QTreeWidgetItem) -> None:
        commitment_id = item.data(0, COMMITMENT_ROLE)
        if not commitment_id:
            return
        last_id, timer = self._last_go
        # A double click reports a click and then an activation: go once.
        if (
            last_id == commitment_id
            and timer.isValid()
            and timer.elapsed() < QApplication.doubleClickInterval()
        ):
            return
        timer.start()
        self._last_go = (str(commitment_id), timer)
        self.go_to.emit(str(commitment_id))
