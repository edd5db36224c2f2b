"""When the answer on screen changed elsewhere while the person typed: both versions, their choice.

Another window, the command line or an agency return saved the same answer. Nothing is thrown
away: the dialog shows, field by field, what the person typed beside what was saved, and they
keep theirs, take the saved one, or combine both (:func:`poa_desktop.domain.merge.combine`).
Until they choose, their typing is kept as a draft (the autosave service wrote it).
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from poa_desktop.domain.content import AnswerContent, display_value
from poa_desktop.domain.fields import field_label
from poa_desktop.domain.merge import combine
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.domain.text import arg
from poa_desktop.ui.common.terms import term
from poa_desktop.ui.generated.ui_conflict_dialog import Ui_ConflictDialog

Choice = Literal["mine", "theirs", "combined", "later"]


class ConflictDialog(QDialog):
    """``choice`` and ``chosen`` (the content to save, or None to keep the saved one)."""

    def __init__(
        self, label: str, mine: AnswerContent, theirs: AnswerRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.mine, self.theirs = mine, theirs
        self.choice: Choice = "later"
        self.chosen: AnswerContent | None = None
        who = theirs.updated_by or self.tr("someone")
        when = theirs.updated_at.astimezone().strftime("%H:%M:%S") if theirs.updated_at else ""
        self.ui.introLabel.setText(
            arg(
                self.tr(
                    "%1 was saved elsewhere by %2 at %3 while you were typing. Your text is "
                    "safe. Choose what to keep:"
                ),
                label,
                who,
                when,
            )
        )
        self.setAccessibleName(self.windowTitle())
        differing = mine.changed_fields(theirs.content)
        table = self.ui.fieldsTable
        table.setRowCount(len(differing))
        empty = self.tr("(empty)")
        for row, name in enumerate(differing):
            cells = (
                term(field_label(name)),
                display_value(name, getattr(mine, name)) or empty,
                display_value(name, getattr(theirs.content, name)) or empty,
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Rows fit their wrapped text once the columns have their real widths.
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        self.ui.keepMineButton.clicked.connect(lambda: self._choose("mine"))
        self.ui.takeTheirsButton.clicked.connect(lambda: self._choose("theirs"))
        self.ui.combineButton.clicked.connect(lambda: self._choose("combined"))
        self.ui.laterButton.clicked.connect(self.reject)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ui.fieldsTable.resizeRowsToContents()

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.chosen = {
            "mine": self.mine,
            "theirs": None,
            "combined": combine(self.mine, self.theirs.content),
            "later": None,
        }[choice]
        self.accept()
