"""Assessment → Outcome documents…: which documents the assessment covers; adding and removing
the documents a person installs (a newer outcome, a regional instrument).

Adding or removing a document acts at once (it is checked first, and refused with every reason
found); which documents the assessment covers changes on Save. A document is never taken out of
an assessment that has answers to it, and a submitted or cleared assessment changes not at all:
the services refuse, and the dialog shows why instead of closing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from poa_desktop.domain.errors import AppError
from poa_desktop.domain.text import arg
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.assessments.documents import set_covered_documents
from poa_desktop.services.errors import FROZEN_STATUSES
from poa_desktop.services.outcome_documents import (
    DocumentInfo,
    DocumentRefused,
    add_document,
    list_documents,
    remove_document,
    skipped_documents,
)
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.generated.ui_documents_dialog import Ui_DocumentsDialog

COVERED, DOCUMENT, VERSION, MEASURES, ANSWERS, SOURCE = range(6)
ERROR_STYLE = "color: #a4262c;"


class DocumentsDialog(QDialog):
    """The installed documents, ticked when the assessment covers them."""

    def __init__(
        self, ws: Workspace, assessment: AssessmentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DocumentsDialog()
        self.ui.setupUi(self)
        self._ws = ws
        self._assessment = assessment
        self._frozen = assessment.status in FROZEN_STATUSES
        self._covered = set(assessment.documents)
        self._rows: dict[str, DocumentInfo] = {}
        self.covered: tuple[str, ...] | None = None
        """The documents covered after Save (None until then)."""
        self.setWindowTitle(f"{self.windowTitle()}: {assessment.cycle}")
        header = self.ui.documentTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DOCUMENT, QHeaderView.ResizeMode.Stretch)
        self.ui.addButton.clicked.connect(self.choose_file)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.documentTable.itemSelectionChanged.connect(self._update_buttons)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.clicked.connect(self.save)
        save.setEnabled(not self._frozen)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._fill()
        skipped = skipped_documents()
        if self._frozen:
            self._say(self.tr("This assessment is submitted or cleared: what it covers stays."))
        elif skipped:
            self._say(arg(self.tr("Left out when poa-desktop started: %1"), "; ".join(skipped)))
        else:
            self._say("")

    # --- the table ----------------------------------------------------------------------------
    def _fill(self) -> None:
        table = self.ui.documentTable
        ticked = self.ticked() if table.rowCount() else self._covered
        rows = list_documents(self._ws)
        self._rows = {info.id: info for info in rows}  # read once per fill, not per click
        table.setRowCount(len(rows))
        for row, info in enumerate(rows):
            check = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if not self._frozen:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            check.setFlags(flags)
            check.setCheckState(
                Qt.CheckState.Checked if info.id in ticked else Qt.CheckState.Unchecked
            )
            check.setData(Qt.ItemDataRole.UserRole, info.id)
            check.setData(Qt.ItemDataRole.AccessibleTextRole, info.short_title)
            table.setItem(row, COVERED, check)
            source = self.tr("bundled") if info.bundled else info.source
            for column, text, tip in (
                (
                    DOCUMENT,
                    f"{info.short_title}: {info.title}",
                    f"{info.short_title}: {info.title}",
                ),
                (VERSION, info.version, info.version),
                (MEASURES, str(info.measures), ""),
                (ANSWERS, str(info.answers), ""),
                (SOURCE, source if info.bundled else Path(source).name, source),
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                table.setItem(row, column, item)
        self._update_buttons()

    def _boxes(self) -> list[tuple[int, str, QTableWidgetItem]]:
        """(row, document id, its Covered item) for every row."""
        table = self.ui.documentTable
        boxes = []
        for row in range(table.rowCount()):
            item = table.item(row, COVERED)
            if item is not None:
                boxes.append((row, str(item.data(Qt.ItemDataRole.UserRole)), item))
        return boxes

    def ticked(self) -> set[str]:
        return {i for _, i, item in self._boxes() if item.checkState() == Qt.CheckState.Checked}

    def set_ticked(self, document_id: str, ticked: bool) -> None:
        """Tick or untick a document's row (what a click on its box does)."""
        for _, doc_id, item in self._boxes():
            if doc_id == document_id:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _selected(self) -> DocumentInfo | None:
        rows = {index.row() for index in self.ui.documentTable.selectionModel().selectedRows()}
        wanted = [doc_id for row, doc_id, _ in self._boxes() if row in rows]
        return self._rows.get(wanted[0]) if wanted else None

    def select(self, document_id: str) -> None:
        for row, doc_id, _ in self._boxes():
            if doc_id == document_id:
                self.ui.documentTable.selectRow(row)

    def _update_buttons(self) -> None:
        selected = self._selected()
        self.ui.removeButton.setEnabled(selected is not None and not selected.bundled)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.messageArea.setVisible(bool(text))

    # --- actions ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add an outcome document"), "", self.tr("Catalog documents (*.json)")
        )
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> bool:
        """Check and install the document in ``path``; say what happened either way."""
        try:
            added = add_document(self._ws, path)
        except DocumentRefused as refused:
            reasons = "\n".join(str(p) for p in refused.problems)
            self._say(arg(self.tr("Not installed:\n%1"), reasons), error=True)
            return False
        except AppError as error:
            self._say(str(error), error=True)
            return False
        self._fill()
        self.select(added.document.id)
        text = self.tr("Installed %1. Tick it to cover it in this assessment.")
        self._say(arg(text, added.document.short_title))
        return True

    def remove_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        question = arg(self.tr("Uninstall %1 (%2)?"), selected.short_title, selected.source)
        answer = QMessageBox.question(self, self.tr("Remove a document"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(selected.id)

    def remove(self, document_id: str) -> bool:
        try:
            info = remove_document(self._ws, document_id)
        except AppError as error:
            self._say(str(error), error=True)
            return False
        self._fill()
        self._say(arg(self.tr("Removed %1."), info.short_title))
        return True

    def save(self) -> None:
        ticked = self.ticked()
        if ticked == self._covered:
            self.accept()
            return
        order = [d.id for d in self._ws.installed.documents]
        try:
            self.covered = set_covered_documents(
                self._ws, self._assessment.id, [i for i in order if i in ticked]
            )
        except AppError as error:
            self._say(str(error), error=True)
            return
        self.accept()
