"""The navigation tree: document, its headings, its paragraphs, each with a status icon.

A QStandardItemModel built once from the domain's outline (``domain.outline``, which the section
page reads too); status changes update one item and the counts of its ancestors, so a save never
rebuilds the tree. A proxy filters paragraphs by a set of allowed ids (from the search service)
and keeps the headings on the way to them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTreeView

from poa_desktop.catalog import Catalog, Commitment
from poa_desktop.domain.outline import HeadingNode, document_outline
from poa_desktop.domain.text import arg
from poa_desktop.services.answering.walk import walk_order
from poa_desktop.ui.common.elide import MiddleElideDelegate
from poa_desktop.ui.common.icons import status_icon, status_label
from poa_desktop.ui.common.tooltips import tooltip_html

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Commitment id of a paragraph item (None on heading items)."""
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2
"""Key of a heading item's outline node ("BMS8", "BMS8/21"); None on paragraph items."""


def one_line(text: str) -> str:
    return " ".join(text.split())


def show_full_labels(tree: QTreeView) -> None:
    """Whole labels, elided in the middle when the column is narrow: the start says which
    paragraph, the end keeps a heading's count in sight (issue 19)."""
    tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    tree.setItemDelegate(MiddleElideDelegate(tree))  # between words, most room for the start
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    tree.header().setStretchLastSection(True)


class NavigationModel(QStandardItemModel):
    """Documents → headings → paragraphs; headings show answered/total of their measures."""

    statuses_changed = Signal()
    """A status (or all of them) changed: what shows counts (the section page) follows."""

    def __init__(
        self,
        catalog: Catalog,
        parent: QObject | None = None,
        statuses: Mapping[str, str | None] | None = None,
    ) -> None:
        """``statuses``: the measures' statuses, shown as the items are made (the window's
        start-up: one pass over 286 items instead of two)."""
        super().__init__(parent)
        self._catalog = catalog
        self._items: dict[str, QStandardItem] = {}
        self._heading_items: dict[str, QStandardItem] = {}
        self.nodes: dict[str, HeadingNode] = {}
        """Every document and heading by key, as the domain's outline has them."""
        self._headings: list[tuple[QStandardItem, str, frozenset[str]]] = []
        self._statuses: dict[str, str | None] = dict(statuses or {})
        self._build()

    @property
    def statuses(self) -> Mapping[str, str | None]:
        """The statuses on show (measure id -> status, None or absent: not yet assessed)."""
        return self._statuses

    def _build(self) -> None:
        root = self.invisibleRootItem()
        for document in self._catalog.documents:
            root.appendRow(self._node_item(document_outline(self._catalog, document)))
        self.refresh_counts()

    def _node_item(self, node: HeadingNode) -> QStandardItem:
        """A heading item with its paragraphs and sub-headings below it, in document order."""
        self.nodes[node.key] = node
        text = node.title
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(node.key, HEADING_ROLE)
        item.setToolTip(tooltip_html(node.document.title if node.heading is None else text))
        self._heading_items[node.key] = item
        self._headings.append((item, text, frozenset(node.measures)))
        for child in node.items:
            if isinstance(child, str):
                item.appendRow(self._paragraph_item(self._catalog.get(child)))
            else:
                item.appendRow(self._node_item(child))
        return item

    def _paragraph_item(self, commitment: Commitment) -> QStandardItem:
        # The whole paragraph: the view elides it to the column; the tooltip wraps it.
        item = QStandardItem(f"{commitment.label}  {one_line(commitment.text)}")
        item.setEditable(False)
        item.setData(commitment.id, ID_ROLE)
        if commitment.assessed:
            status = self._statuses.get(commitment.id)
            item.setIcon(status_icon(status))
            self._set_tooltip(item, commitment, status_label(status))
        else:
            item.setIcon(status_icon("reference"))
            muted = QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
            item.setForeground(QBrush(muted))
            item.setToolTip(
                tooltip_html(
                    arg(
                        self.tr("%1: shown for reference, not assessed (%2)"),
                        commitment.label,
                        self.tr("a declaration")
                        if commitment.kind == "declaration"
                        else self.tr("a procedural paragraph"),
                    ),
                    one_line(commitment.text),
                )
            )
        self._items[commitment.id] = item
        return item

    @staticmethod
    def _set_tooltip(item: QStandardItem, commitment: Commitment, status: str) -> None:
        item.setToolTip(tooltip_html(f"{commitment.label}: {status}", one_line(commitment.text)))

    def set_statuses(self, statuses: Mapping[str, str | None]) -> None:
        """Set every measure's status at once (after loading an assessment)."""
        self._statuses = dict(statuses)
        for commitment in self._catalog.measures:
            self._show_status(commitment.id, self._statuses.get(commitment.id))
        self.refresh_counts()
        self.statuses_changed.emit()

    def set_status(self, commitment_id: str, status: str | None) -> None:
        """One measure's status changed: its icon and its headings' counts follow."""
        if self._statuses.get(commitment_id) == status:
            return
        self._statuses[commitment_id] = status
        self._show_status(commitment_id, status)
        self.refresh_counts(only_containing=commitment_id)
        self.statuses_changed.emit()

    def _show_status(self, commitment_id: str, status: str | None) -> None:
        item = self._items[commitment_id]
        item.setIcon(status_icon(status))
        self._set_tooltip(item, self._catalog.get(commitment_id), status_label(status))

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

    def index_of_heading(self, key: str) -> QModelIndex:
        item = self._heading_items.get(key)
        return item.index() if item is not None else QModelIndex()


def no_step_message(
    catalog: Catalog,
    direction: int,
    allowed: Collection[str] | None,
    statuses: Mapping[str, str | None],
    unanswered: bool,
) -> str:
    """Why Previous, Next or Next unanswered went nowhere, in words (issue 19: it was silent)."""
    shown = walk_order(catalog, allowed)
    filtered = allowed is not None
    if not shown:
        return QCoreApplication.translate(
            "Navigation", "The filter shows no measures. Clear the filter to see them all."
        )
    if unanswered:
        left = [c.id for c in catalog.measures if not statuses.get(c.id)]
        if filtered and left:
            return arg(
                QCoreApplication.translate(
                    "Navigation",
                    "Every measure the filter shows has a status. Clear the filter to find the "
                    "%1 still to assess.",
                ),
                len(left),
            )
        return QCoreApplication.translate("Navigation", "Every measure has a status.")
    total = len(shown)
    if direction > 0:
        template = (
            QCoreApplication.translate(
                "Navigation",
                "This is the last measure the filter shows (%1 of %2). Clear the filter to go on.",
            )
            if filtered
            else QCoreApplication.translate("Navigation", "This is the last measure (%1 of %2).")
        )
        return arg(template, total, total)
    template = (
        QCoreApplication.translate(
            "Navigation",
            "This is the first measure the filter shows (%1 of %2). Clear the filter to go "
            "further back.",
        )
        if filtered
        else QCoreApplication.translate("Navigation", "This is the first measure (%1 of %2).")
    )
    return arg(template, 1, total)


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
