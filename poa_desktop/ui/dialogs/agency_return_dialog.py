"""Agencies → Take back an agency's workbook…: read it, settle the conflicts, import.

:func:`~poa_desktop.services.reporting.agency_workbook.preview_agency_return` decides what is an
update, a conflict or an answer left as changed in the app; this dialog shows that, puts each
conflict's two versions side by side and collects a choice for every one before the import can run.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QTreeWidgetItem,
    QWidget,
)

from poa_desktop.domain.content import display_value
from poa_desktop.domain.errors import AppError
from poa_desktop.domain.fields import field_label
from poa_desktop.domain.text import arg
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.reporting.agency_workbook import (
    AgencyConflict,
    AgencyReturnPreview,
    Choice,
    apply_agency_return,
    preview_agency_return,
)
from poa_desktop.services.reporting.imports import ImportResult
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.local_time import local_time_text
from poa_desktop.ui.common.terms import term
from poa_desktop.ui.generated.ui_agency_return_dialog import Ui_AgencyReturnDialog


def _one_line(text: str, limit: int = 120) -> str:
    """A value on one line of a list (the tooltip holds it whole)."""
    flat = " ".join(text.split()) or "—"
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ConflictBox(QGroupBox):
    """One commitment both sides changed: the differing fields side by side and two choices."""

    chosen = Signal()

    def __init__(self, conflict: AgencyConflict, since: str, parent: QWidget | None = None):
        super().__init__(conflict.label, parent)
        self.conflict = conflict
        self.setObjectName(f"conflict_{conflict.commitment_id}")
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(18)
        heads = (arg(self.tr("Changed here since %1"), since), self.tr("From the agency"))
        for column, text in enumerate(heads):
            head = QLabel(f"<b>{html.escape(text)}</b>", self)
            grid.addWidget(head, 0, column)
        names = conflict.app.changed_fields(conflict.agency)
        for row, name in enumerate(names, start=1):
            for column, content in enumerate((conflict.app, conflict.agency)):
                grid.addWidget(self._value(name, getattr(content, name)), row, column)
        self.app_radio = QRadioButton(self.tr("Keep mine"), self)
        self.agency_radio = QRadioButton(self.tr("Take the agency's"), self)
        self.both_radio = QRadioButton(self.tr("Combine both"), self)
        self.both_radio.setToolTip(
            self.tr(
                "Keep what either side wrote: your texts first, then the agency's; laws, "
                "agencies and kinds of assistance from both; your status"
            )
        )
        for radio, text in (
            (self.app_radio, self.tr("Keep mine: %1")),
            (self.agency_radio, self.tr("Take the agency's: %1")),
            (self.both_radio, self.tr("Combine both: %1")),
        ):
            radio.setAccessibleName(arg(text, conflict.label))
        self.group = QButtonGroup(self)
        for radio in (self.app_radio, self.agency_radio, self.both_radio):
            self.group.addButton(radio)
        self.group.buttonToggled.connect(self._toggled)
        grid.addWidget(self.app_radio, len(names) + 1, 0)
        grid.addWidget(self.agency_radio, len(names) + 1, 1)
        grid.addWidget(self.both_radio, len(names) + 2, 0, 1, 2)

    def _toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on:
            self.chosen.emit()

    def _value(self, name: str, value: object) -> QLabel:
        shown = display_value(name, value).strip() or self.tr("(empty)")
        label = QLabel(
            f"<b>{html.escape(term(field_label(name)))}:</b> "
            + html.escape(shown).replace("\n", "<br>"),
            self,
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def choice(self) -> Choice | None:
        if self.agency_radio.isChecked():
            return "agency"
        if self.app_radio.isChecked():
            return "app"
        if self.both_radio.isChecked():
            return "both"
        return None

    def choose(self, choice: Choice) -> None:
        radios = {"agency": self.agency_radio, "app": self.app_radio, "both": self.both_radio}
        radios[choice].setChecked(True)


class AgencyReturnDialog(QDialog):
    """``preview`` after :meth:`load`; ``import_result`` after :meth:`confirm` (and ``imported``).

    Not ``result``: that would hide :meth:`QDialog.result` (the accept/reject code).
    """

    imported = Signal(object)  # ImportResult

    def __init__(
        self, ws: Workspace, assessment: AssessmentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AgencyReturnDialog()
        self.ui.setupUi(self)
        self._ws = ws
        self._assessment = assessment
        self.preview: AgencyReturnPreview | None = None
        self.import_result: ImportResult | None = None
        self._boxes: dict[str, ConflictBox] = {}
        ui = self.ui
        ui.browseButton.clicked.connect(self._browse)
        ui.readButton.clicked.connect(self._read)
        ui.fileEdit.returnPressed.connect(self._read)
        ui.importButton.clicked.connect(self.confirm)
        ui.cancelButton.clicked.connect(self.reject)
        ui.skipCheck.toggled.connect(lambda _on: self._update_buttons())
        ui.problemsList.setWordWrap(True)
        ui.conflictsLayout.addStretch(1)
        self._show_preview()

    # --- reading ------------------------------------------------------------------------------
    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Workbook returned by an agency"),
            self.ui.fileEdit.text() or str(Path.home()),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if name:
            self.ui.fileEdit.setText(name)
            self._read()

    def _read(self) -> None:
        text = self.ui.fileEdit.text().strip()
        if not text:
            self._say(self.tr("Choose the workbook first."))
            return
        self.load(Path(text).expanduser())

    def load(self, path: Path) -> bool:
        """Read ``path`` and show what importing it would do; False (with a message) if refused."""
        self.ui.fileEdit.setText(str(path))
        self.ui.messageLabel.clear()
        try:
            preview = preview_agency_return(self._ws, Path(path), self._assessment)
        except AppError as error:
            self.preview = None
            self._show_preview()
            self._say(str(error))
            return False
        self.preview = preview
        self._show_preview()
        self._grow()
        return True

    def _grow(self) -> None:
        """Opened small (only the file row); make room for the preview once there is one."""
        screen = self.screen().availableGeometry()
        height = min(640, screen.height() - 80)
        if self.height() < height:
            self.resize(self.width(), height)

    def _show_preview(self) -> None:
        ui = self.ui
        preview = self.preview
        for box in self._boxes.values():
            ui.conflictsLayout.removeWidget(box)
            box.deleteLater()
        self._boxes = {}
        problems = [str(p) for p in preview.problems] if preview else []
        ui.problemsList.clear()
        ui.problemsList.addItems(problems)
        for widget in (ui.problemsLabel, ui.problemsList, ui.skipCheck):
            widget.setVisible(bool(problems))
        ui.skipCheck.setChecked(False)
        ui.summaryLabel.setVisible(preview is not None)
        ui.conflictsLabel.setVisible(bool(preview and preview.conflicts))
        self._fill_updates()
        has_conflicts = bool(preview and preview.conflicts)
        ui.conflictsScroll.setVisible(has_conflicts)
        # the scroll area takes the free height when shown; the spacer takes it otherwise
        ui.verticalSpacer.changeSize(
            0,
            0,
            QSizePolicy.Policy.Minimum,
            QSizePolicy.Policy.Fixed if has_conflicts else QSizePolicy.Policy.Expanding,
        )
        ui.layout.invalidate()
        if preview is None:
            self._update_buttons()
            return
        since = local_time_text(preview.prepared_at)
        ui.summaryLabel.setText(
            arg(
                self.tr("Returned by <b>%1</b>, prepared on %2."),
                html.escape(preview.agency),
                since,
            )
            + "<br>"
            + arg(
                self.tr(
                    "Answers to update: %1 · changed on both sides: %2 · "
                    "left as changed here (the agency kept them as sent): %3 · "
                    "rows that cannot be read: %4"
                ),
                len(preview.updates),
                len(preview.conflicts),
                len(preview.app_newer),
                len(problems),
            )
        )
        ui.conflictsLabel.setText(
            self.tr(
                "These answers were changed here after the workbook was prepared, and the agency "
                "changed them too. Choose which version to keep for each one:"
            )
        )
        for conflict in preview.conflicts:
            box = ConflictBox(conflict, since, ui.conflictsContainer)
            box.chosen.connect(self._update_buttons)
            ui.conflictsLayout.insertWidget(ui.conflictsLayout.count() - 1, box)
            self._boxes[conflict.commitment_id] = box
        self._update_buttons()

    def _fill_updates(self) -> None:
        """Each update, field by field, before and after (issue 19: only a count was shown)."""
        tree = self.ui.updatesTree
        tree.clear()
        updates = self.preview.updates if self.preview else ()
        for change in updates:
            for name in change.changed:
                cells = [
                    change.label,
                    term(field_label(name)),
                    _one_line(display_value(name, getattr(change.old, name))),
                    _one_line(display_value(name, getattr(change.new, name))),
                ]
                item = QTreeWidgetItem(cells)
                for column in (2, 3):
                    item.setToolTip(
                        column,
                        display_value(
                            name, getattr(change.old if column == 2 else change.new, name)
                        ),
                    )
                tree.addTopLevelItem(item)
        for column in range(3):
            tree.resizeColumnToContents(column)
        tree.setColumnWidth(2, min(tree.columnWidth(2), 320))
        for widget in (self.ui.updatesLabel, tree):
            widget.setVisible(bool(updates))

    # --- choosing -----------------------------------------------------------------------------
    def choose(self, commitment_id: str, choice: Choice) -> None:
        self._boxes[commitment_id].choose(choice)

    def choices(self) -> dict[str, Choice]:
        return {
            cid: choice for cid, box in self._boxes.items() if (choice := box.choice()) is not None
        }

    def _update_buttons(self) -> None:
        preview = self.preview
        ready = False
        if preview is not None:
            readable = not preview.problems or self.ui.skipCheck.isChecked()
            settled = len(self.choices()) == len(preview.conflicts)
            ready = readable and settled and bool(preview.updates or preview.conflicts)
        self.ui.importButton.setEnabled(ready)
        self.ui.importButton.setDefault(ready)
        if preview is None:
            return
        left = len(preview.conflicts) - len(self.choices())
        if not (preview.updates or preview.conflicts):
            self.ui.messageLabel.setText(self.tr("Nothing to import: no answer differs."))
        elif left:
            self.ui.messageLabel.setText(
                arg(
                    self.tr("Choose a version for each answer changed on both sides (%1 left)."),
                    left,
                )
            )
        else:
            self.ui.messageLabel.clear()

    def _say(self, message: str) -> None:
        self.ui.messageLabel.setText("⚠ " + message)

    # --- import -------------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.preview is None or not self.ui.importButton.isEnabled():
            return
        try:
            self.import_result = apply_agency_return(
                self._ws,
                self.preview,
                self.choices(),
                skip_unreadable=self.ui.skipCheck.isChecked(),
            )
        except AppError as error:
            self._say(str(error))
            return
        self.imported.emit(self.import_result)
        self.accept()
