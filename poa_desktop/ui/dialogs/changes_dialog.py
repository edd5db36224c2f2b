"""What changed since an earlier cycle: the answers whose status or content differ.

The most recent assessment is compared with an earlier cycle chosen in a combo (by default the one
it was carried forward from); everything comes from :mod:`poa_desktop.services.assessments.changes`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from poa_desktop.domain.changes import Change, ChangeList
from poa_desktop.domain.errors import AppError
from poa_desktop.domain.text import arg
from poa_desktop.services.assessments.assessments import AssessmentInfo, list_assessments
from poa_desktop.services.assessments.changes import changes_between
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.dialog_parts import fit_columns, name_for_screen_readers
from poa_desktop.ui.common.icons import status_icon, status_label
from poa_desktop.ui.generated.ui_changes_dialog import Ui_ChangesDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class ChangesDialog(QDialog):
    """Lists the answers of the most recent cycle that differ from a chosen earlier cycle."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._changes: ChangeList | None = None
        self.ui = Ui_ChangesDialog()
        self.ui.setupUi(self)  # generated code
        name_for_screen_readers(self, self.ui.buttonBox)
        fit_columns(self.ui.changesTable.horizontalHeader(), 2)
        self.ui.changesTable.verticalHeader().setVisible(False)
        assessments = list_assessments(ws)
        self._later: AssessmentInfo | None = assessments[0] if assessments else None
        earlier = assessments[1:]
        for info in earlier:
            self.ui.cycleCombo.addItem(info.cycle, info.cycle)
        if self._later is not None and self._later.carried_from is not None:
            index = self.ui.cycleCombo.findData(self._later.carried_from)
            if index >= 0:
                self.ui.cycleCombo.setCurrentIndex(index)
        self.ui.cycleCombo.setEnabled(bool(earlier))
        if self._later is not None:
            self.setWindowTitle(arg(self.tr("Changes in %1"), self._later.cycle))
        self.ui.cycleCombo.currentIndexChanged.connect(self.reload)
        self.reload()

    # public ----------------------------------------------------------------------------------

    def earlier_cycle(self) -> str | None:
        data = self.ui.cycleCombo.currentData()
        return None if data is None else str(data)

    def set_earlier_cycle(self, cycle: str) -> None:
        index = self.ui.cycleCombo.findData(cycle)
        if index < 0:
            raise KeyError(cycle)
        self.ui.cycleCombo.setCurrentIndex(index)

    def entries(self) -> list[Change]:
        """The changes listed, top to bottom."""
        return list(self._changes or ())

    def row_texts(self) -> list[tuple[str, str, str]]:
        """The table's cells, row by row."""
        table = self.ui.changesTable

        def text(row: int, column: int) -> str:
            item = table.item(row, column)
            return "" if item is None else item.text()

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(table.rowCount())]

    def count_text(self) -> str:
        return self.ui.countLabel.text()

    def reload(self) -> None:
        """Compare again with the cycle chosen in the combo."""
        earlier = self.earlier_cycle()
        self._changes = None
        if self._later is None or earlier is None:
            self._fill([])
            self.ui.countLabel.setText(
                self.tr("There is no earlier cycle to compare with.")
                if self._later is not None
                else self.tr("There is no assessment yet.")
            )
            return
        try:
            self._changes = changes_between(self._ws, earlier, self._later.cycle)
        except AppError as error:
            self._fill([])
            self.ui.countLabel.setText(str(error))
            return
        self._fill(self._changes.entries)
        count = len(self._changes)
        if count == 0:
            text = arg(self.tr("No answer changed from %1 to %2."), earlier, self._later.cycle)
        elif count == 1:
            text = arg(self.tr("1 answer changed from %1 to %2."), earlier, self._later.cycle)
        else:
            text = arg(
                self.tr("%1 answers changed from %2 to %3."), count, earlier, self._later.cycle
            )
        self.ui.countLabel.setText(text)

    # internals -------------------------------------------------------------------------------

    def _fill(self, changes: tuple[Change, ...] | list[Change]) -> None:
        table = self.ui.changesTable
        table.setRowCount(0)
        table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            citation = QTableWidgetItem(change.label)
            citation.setData(ID_ROLE, change.commitment_id)
            citation.setToolTip(change.commitment_id)
            status = QTableWidgetItem(
                status_icon(change.new_status),
                f"{status_label(change.old_status)} → {status_label(change.new_status)}",
            )
            fields = QTableWidgetItem(", ".join(change.field_labels))
            for column, item in enumerate((citation, status, fields)):
                table.setItem(row, column, item)
