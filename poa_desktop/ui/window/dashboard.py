"""The progress dashboard: a headline, a status chart and a table of counts.

It only shows a :class:`~poa_desktop.services.answering.progress.Progress` computed by the services;
the caller decides when to recompute (after each save, ``compute_progress`` is cheap).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from poa_desktop.domain.progress import Progress, ProgressRow
from poa_desktop.domain.status import NOT_ASSESSED
from poa_desktop.domain.text import arg
from poa_desktop.ui.generated.ui_dashboard_page import Ui_DashboardPage
from poa_desktop.ui.window.progress_model import ProgressTableModel, percent_text
from poa_desktop.ui.window.status_chart import StatusChart

STRUCTURE = "structure"
THEMES = "themes"


class DashboardPage(QWidget):
    """How far the assessment has come, overall and per document, section or theme."""

    row_chosen = Signal(str, str)
    """A row was clicked or activated: (``"structure"`` or ``"themes"``, its key: "all", a
    document id, a section key "BMS8:A" or a theme id), so the window shows those measures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)  # generated code
        self._progress: Progress | None = None
        self._model = ProgressTableModel(self)
        self.ui.table.setModel(self._model)
        # Issue 19: the rows looked like links and did nothing.
        self.ui.table.clicked.connect(self._choose)
        self.ui.table.activated.connect(self._choose)
        self.ui.table.setCursor(Qt.CursorShape.PointingHandCursor)
        self.ui.table.setToolTip(self.tr("Click a row to see its measures"))
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        self.ui.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        headline = QFont(self.font())
        headline.setPointSizeF(headline.pointSizeF() * 1.5)
        headline.setBold(True)
        self.ui.headlineLabel.setFont(headline)
        title = QFont(self.font())
        title.setPointSizeF(title.pointSizeF() * 1.1)
        self.ui.titleLabel.setFont(title)
        self.ui.titleLabel.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.ui.titleLabel.hide()

        self.ui.viewCombo.addItem(self.tr("Documents and sections"), STRUCTURE)
        self.ui.viewCombo.addItem(self.tr("Themes"), THEMES)
        self.ui.viewCombo.currentIndexChanged.connect(self._show)
        # When the window grows, the chart gets the space; _balance() sets the starting split.
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 0)
        self.ui.headlineLabel.setText(self.tr("No assessment open"))
        self.ui.summaryLabel.hide()

    @property
    def chart(self) -> StatusChart:
        return self.ui.chart

    @property
    def model(self) -> ProgressTableModel:
        return self._model

    @property
    def view(self) -> str:
        """``"structure"`` (documents and sections) or ``"themes"``."""
        return str(self.ui.viewCombo.currentData())

    def set_view(self, view: str) -> None:
        self.ui.viewCombo.setCurrentIndex(self.ui.viewCombo.findData(view))

    def set_progress(self, progress: Progress, *, title: str = "") -> None:
        """Show ``progress``; ``title`` names the assessment ("Exampleland, BMS9 2026")."""
        self._progress = progress
        self.ui.titleLabel.setText(title)
        self.ui.titleLabel.setVisible(bool(title))
        overall = progress.overall
        self.ui.headlineLabel.setText(
            arg(
                self.tr("%1 of %2 measures assessed (%3)"),
                overall.answered,
                overall.total,
                percent_text(overall.percent),
            )
        )
        remaining = overall.counts.get(NOT_ASSESSED, 0)
        if remaining:
            summary = arg(self.tr("%1 still to assess."), remaining)
        else:
            summary = self.tr("Every measure has a status.")
        self.ui.summaryLabel.setText(summary)
        self.ui.summaryLabel.show()
        self._show()

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_chosen.emit(self.view, self._model.row_at(index.row()).key)

    def _groups(self) -> list[list[ProgressRow]]:
        progress = self._progress
        if progress is None:
            return []
        if self.view == THEMES:
            return [[progress.overall], list(progress.themes)]
        return [[progress.overall], list(progress.documents), list(progress.sections)]

    def _show(self) -> None:
        groups = self._groups()
        self.ui.chart.set_groups(groups)
        self.ui.chart.setAccessibleDescription(self.ui.headlineLabel.text())
        self._model.set_rows([row for group in groups for row in group])
        if self.isVisible():
            self._balance()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._balance()

    def _balance(self) -> None:
        """Split the space: the whole table if the chart still fits, else at least 45% each."""
        table = self.ui.table
        rows = self._model.rowCount()
        vertical = table.verticalHeader()
        row_height = max(table.sizeHintForRow(0), vertical.minimumSectionSize()) if rows else 0
        header_height = table.horizontalHeader().sizeHint().height()
        table_needed = header_height + row_height * rows + 2 * table.frameWidth() + 2
        available = self.ui.splitter.height() - self.ui.splitter.handleWidth()
        chart_needed = self.ui.chart.minimumSizeHint().height()
        table_height = min(table_needed, max(available - chart_needed, int(available * 0.45)))
        self.ui.splitter.setSizes([available - table_height, table_height])

    def figures(self) -> dict[str, dict[str, int]]:
        """What the table shows: row key -> status count key (and ``total``) -> number."""
        return self._model.figures()
