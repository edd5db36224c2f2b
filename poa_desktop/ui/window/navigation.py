"""The navigation tree: document, its headings, its paragraphs, each with a status icon.

A QStandardItemModel built once from the catalog's outline; status changes update one item and
the counts of its ancestors, so a save never rebuilds the tree. A proxy filters paragraphs by a
set of allowed ids (from the search service) and keeps the headings on the way to them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from poa_desktop.catalog import Catalog, Commitment, Heading
from poa_desktop.domain.text import arg, shorten
from poa_desktop.ui.common.icons import status_icon, status_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Commitment id of a paragraph item (None on heading items)."""

TITLE_WIDTH = 70


class NavigationModel(QStandardItemModel):
    """Documents → headings → paragraphs; headings show answered/total of their measures."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._items: dict[str, QStandardItem] = {}
        self._headings: list[tuple[QStandardItem, str, list[str]]] = []
        self._statuses: dict[str, str | None] = {}
        self._build()

    def _build(self) -> None:
        root = self.invisibleRootItem()
        for document in self._catalog.documents:
            doc_item, doc_ids = self._heading_item(document.short_title, document.title)
            root.appendRow(doc_item)
            stack: list[tuple[int, QStandardItem, list[str]]] = [(0, doc_item, doc_ids)]
            for entry in document.outline:
                if entry.type == "heading" and entry.heading is not None:
                    heading: Heading = entry.heading
                    while stack[-1][0] >= heading.level:
                        stack.pop()
                    item, ids = self._heading_item(
                        shorten(heading.display, TITLE_WIDTH), heading.display
                    )
                    stack[-1][1].appendRow(item)
                    stack.append((heading.level, item, ids))
                elif entry.type == "paragraph" and entry.paragraph_id:
                    commitment = self._catalog.get(entry.paragraph_id)
                    stack[-1][1].appendRow(self._paragraph_item(commitment))
                    if commitment.assessed:
                        for _, _, ids in stack:
                            ids.append(commitment.id)
        self.refresh_counts()

    def _heading_item(self, text: str, full_title: str) -> tuple[QStandardItem, list[str]]:
        """A heading item and the (growing) list of measure ids below it."""
        item = QStandardItem(text)
        item.setEditable(False)
        item.setToolTip(full_title)
        ids: list[str] = []
        self._headings.append((item, text, ids))
        return item, ids

    def _paragraph_item(self, commitment: Commitment) -> QStandardItem:
        item = QStandardItem(f"{commitment.label}  {shorten(commitment.text, 48)}")
        item.setEditable(False)
        item.setData(commitment.id, ID_ROLE)
        if commitment.assessed:
            item.setIcon(status_icon(None))
            item.setToolTip(f"{commitment.label}: {status_label(None)}")
        else:
            item.setIcon(status_icon("reference"))
            muted = QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
            item.setForeground(QBrush(muted))
            item.setToolTip(
                arg(
                    self.tr("%1: shown for reference, not assessed (%2)"),
                    commitment.label,
                    self.tr("a declaration")
                    if commitment.kind == "declaration"
                    else self.tr("a procedural paragraph"),
                )
            )
        self._items[commitment.id] = item
        return item

    def set_statuses(self, statuses: Mapping[str, str | None]) -> None:
        """Set every measure's status at once (after loading an assessment)."""
        self._statuses = dict(statuses)
        for commitment in self._catalog.measures:
            self._show_status(commitment.id, self._statuses.get(commitment.id))
        self.refresh_counts()

    def set_status(self, commitment_id: str, status: str | None) -> None:
        """One measure's status changed: its icon and its headings' counts follow."""
        if self._statuses.get(commitment_id) == status:
            return
        self._statuses[commitment_id] = status
        self._show_status(commitment_id, status)
        self.refresh_counts(only_containing=commitment_id)

    def _show_status(self, commitment_id: str, status: str | None) -> None:
        item = self._items[commitment_id]
        item.setIcon(status_icon(status))
        label = self._catalog.get(commitment_id).label
        item.setToolTip(f"{label}: {status_label(status)}")

    def refresh_counts(self, only_containing: str | None = None) -> None:
        for item, base, ids in self._headings:
            if only_containing is not None and only_containing not in ids:
                continue
            if ids:
                done = sum(1 for cid in ids if self._statuses.get(cid))
                item.setText(f"{base}  ({done}/{len(ids)})")

    def index_of(self, commitment_id: str) -> QModelIndex:
        item = self._items.get(commitment_id)
        return item.index() if item is not None else QModelIndex()


class NavigationFilter(QSortFilterProxyModel):
    """Shows only the paragraphs in ``allowed`` (all when None), with their headings."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._allowed: frozenset[str] | None = None
        self.setRecursiveFilteringEnabled(True)

    def set_allowed(self, allowed: Collection[str] | None) -> None:
        self.beginFilterChange()
        self._allowed = None if allowed is None else frozenset(allowed)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def allowed(self) -> frozenset[str] | None:
        return self._allowed

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._allowed is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        commitment_id = index.data(ID_ROLE)
        return commitment_id is not None and commitment_id in self._allowed
