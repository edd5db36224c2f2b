"""Help → About: version, catalog, where the database and its backups are, and the licences.

A support call starts with "which version, which database?": both are here, selectable. The
licences tab lists what the installer ships, with each licence's full text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from poa_desktop import __version__
from poa_desktop.domain.text import arg
from poa_desktop.services.about import Component, components, runtime_description
from poa_desktop.services.safety.backups import backups_folder
from poa_desktop.services.sources import has_source_text
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.dialog_parts import fit_columns, name_for_screen_readers
from poa_desktop.ui.common.icons import app_icon
from poa_desktop.ui.generated.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    """The About box; :attr:`open_source` asks the window to show a bundled outcome document."""

    open_source = Signal(str)  # document id

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)  # generated code
        name_for_screen_readers(self, self.ui.buttonBox)
        self.ui.iconLabel.setPixmap(app_icon().pixmap(64, 64))
        title = self.ui.titleLabel.font()
        title.setPointSizeF(title.pointSizeF() * 1.5)
        title.setBold(True)
        self.ui.titleLabel.setFont(title)
        self.ui.titleLabel.setText(f"poa-desktop {__version__}")
        catalog = ws.catalog
        self.ui.versionValue.setText(__version__)
        self.ui.catalogValue.setText(
            arg(
                self.tr("version %1: %2 paragraphs, %3 measures"),
                catalog.version,
                len(catalog),
                sum(1 for d in catalog.documents for c in d.commitments if c.assessed),
            )
        )
        for document in (d for d in catalog.documents if has_source_text(d)):
            button = QPushButton(
                arg(self.tr("Read the %1 text"), document.short_title), self.ui.detailsTab
            )
            button.setToolTip(document.source.description)
            button.clicked.connect(lambda _=False, d=document.id: self.open_source.emit(d))
            self.ui.sourcesLayout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.ui.databaseValue.setText(str(ws.db.path))
        self.ui.backupsValue.setText(str(backups_folder(ws.db.path)))
        self.ui.runtimeValue.setText(runtime_description(qVersion()))
        self._components = components()
        self._fill_licences()

    def component_names(self) -> list[str]:
        return [c.name for c in self._components]

    def show_licence(self, row: int) -> None:
        self.ui.licencesTable.selectRow(row)

    def _fill_licences(self) -> None:
        table = self.ui.licencesTable
        table.verticalHeader().setVisible(False)
        fit_columns(table.horizontalHeader(), 3)
        table.setRowCount(len(self._components))
        for row, component in enumerate(self._components):
            cells = (component.name, component.version, component.licence, component.purpose)
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.itemSelectionChanged.connect(self._on_selection)
        self.ui.licencesSplitter.setSizes([260, 200])
        self.show_licence(0)

    def _on_selection(self) -> None:
        rows = self.ui.licencesTable.selectionModel().selectedRows()
        if rows:
            component: Component = self._components[rows[0].row()]
            self.ui.licenceText.setPlainText(component.licence_text())
