"""The section page: what a heading of the navigation tree holds, shown when it is chosen.

Issue 19: clicking a heading highlighted it while the previous paragraph stayed on screen, and the
short codes of the progress figures ("BMS8 A", "RevCon3 II") were never explained. The page shows
the heading, its code in plain words, its counts by status and its paragraphs, each a way in.
Everything it shows comes from the domain's outline and progress counts; this module only words
and lays them out.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from poa_desktop.catalog import Catalog
from poa_desktop.domain.outline import HeadingNode, section_nodes
from poa_desktop.domain.progress import ProgressRow, row_of
from poa_desktop.domain.status import COUNT_KEYS, NOT_ASSESSED
from poa_desktop.domain.text import arg, shorten
from poa_desktop.ui.common.elide import MiddleElideDelegate
from poa_desktop.ui.common.icons import status_icon, status_label
from poa_desktop.ui.common.tooltips import tooltip_html
from poa_desktop.ui.window.navigation import HEADING_ROLE, ID_ROLE, one_line
from poa_desktop.ui.window.progress_model import percent_text

PATH_WIDTH = 60
"""Each heading of the path above the title shortened to about this; the tooltip has them whole."""
SUBHEADINGS_NAMED = 6
"""At most this many sub-headings are named in a description; more end in "…"."""


def _measures_phrase(node: HeadingNode) -> str:
    measures = len(node.measures)
    shown = len(node.paragraphs) - measures
    if measures and shown:
        return arg(
            QCoreApplication.translate(
                "SectionPage", "%1 measures and %2 paragraphs shown for reference"
            ),
            measures,
            shown,
        )
    if measures:
        return arg(QCoreApplication.translate("SectionPage", "%1 measures"), measures)
    return arg(
        QCoreApplication.translate(
            "SectionPage", "%1 paragraphs shown for reference, none assessed"
        ),
        shown,
    )


def describe(node: HeadingNode) -> str:
    """What a code means, in plain words, from the catalog: the section (or document) it names,
    the document it belongs to, its heading and how many measures lie under which sub-heading.

    "Section A of the BMS8 outcome (Eighth Biennial Meeting of States, New York, 27 June–1 July
    2022): Consideration of… — 39 measures (At the national level: 20; At the regional level: 8;
    At the global level: 11)."
    """
    document = node.document
    section = node.section
    if section is None or node.heading is None:
        head = arg(
            QCoreApplication.translate("SectionPage", "%1 is the outcome document %2 (%3)"),
            document.short_title,
            one_line(document.title),
            document.meeting or document.source.date,
        )
    else:
        label = section.label.rstrip(".")
        template = (
            QCoreApplication.translate("SectionPage", "Section %1 of the %2 outcome (%3): %4")
            if len(label) <= 4  # "A", "II": a number; "Annex" is a name of its own
            else QCoreApplication.translate("SectionPage", "The %1 of the %2 outcome (%3): %4")
        )
        head = arg(
            template,
            label,
            document.short_title,
            one_line(document.meeting or document.title),  # what "BMS8" stands for
            one_line(section.title).rstrip("."),
        )
    parts = [
        arg(
            QCoreApplication.translate("SectionPage", "%1: %2"),
            one_line(child.title),
            len(child.measures),
        )
        for child in node.subheadings
        if child.measures
    ]
    if len(parts) > SUBHEADINGS_NAMED:
        parts = [*parts[:SUBHEADINGS_NAMED], "…"]
    counts = _measures_phrase(node)
    if parts:
        counts = arg(QCoreApplication.translate("SectionPage", "%1 (%2)"), counts, "; ".join(parts))
    return arg(QCoreApplication.translate("SectionPage", "%1 — %2."), head, counts)


def code_descriptions(nodes: Mapping[str, HeadingNode]) -> dict[str, str]:
    """Section key ("BMS8:A") or document id -> what its code means (dashboard, status bar)."""
    found = {key: describe(node) for key, node in section_nodes(nodes).items()}
    for node in nodes.values():
        if node.heading is None:
            found[node.key] = describe(node)
    return found


def code_node(nodes: Mapping[str, HeadingNode], node: HeadingNode) -> HeadingNode:
    """The node whose code ``node`` shows: its section's heading, or its document."""
    if node.section is not None and node.heading is not None:
        heading = section_nodes(nodes).get(node.section.key)
        if heading is not None:
            return heading
    return nodes.get(node.document.id, node)


class SectionPage(QWidget):
    """A heading's page: title, code explained, counts by status, and its paragraphs."""

    open_measure = Signal(str)
    """A paragraph was clicked or activated (Enter, double-click): its commitment id."""
    open_heading = Signal(str)
    """A sub-heading row was chosen: its outline key, to show its own page."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sectionPage")
        self.setAccessibleName(self.tr("Section"))
        self._catalog = catalog
        self._node: HeadingNode | None = None
        self._row: ProgressRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.path_label = self._label(muted=True)
        self.title_label = self._label(scale=1.3, bold=True)
        self.code_label = self._label()
        self.code_label.setTextFormat(Qt.TextFormat.RichText)
        self.headline_label = self._label(scale=1.1, bold=True)
        for label in (self.path_label, self.title_label, self.code_label, self.headline_label):
            layout.addWidget(label)
        self._counts = QGridLayout()
        self._counts.setHorizontalSpacing(18)
        self._count_labels: dict[str, QLabel] = {}
        self._count_widgets: list[QWidget] = []
        for column, key in enumerate(COUNT_KEYS):
            icon = QLabel(self)
            icon.setPixmap(status_icon(None if key == NOT_ASSESSED else key).pixmap(QSize(16, 16)))
            text = QLabel(self)
            self._count_labels[key] = text
            self._count_widgets += [icon, text]
            cell = QGridLayout()
            cell.setHorizontalSpacing(4)
            cell.addWidget(icon, 0, 0)
            cell.addWidget(text, 0, 1)
            self._counts.addLayout(cell, column // 3, column % 3, Qt.AlignmentFlag.AlignLeading)
        self._counts.setColumnStretch(3, 1)
        layout.addLayout(self._counts)
        self.list_label = QLabel(self.tr("&Paragraphs (Enter opens one):"), self)
        layout.addWidget(self.list_label)
        self.list = QTreeWidget(self)
        self.list.setObjectName("sectionParagraphs")
        self.list.setAccessibleName(self.tr("Paragraphs under this heading"))
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setItemsExpandable(False)
        self.list.setUniformRowHeights(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setItemDelegate(MiddleElideDelegate(self.list, tail_share=0.2))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.list.clicked.connect(self._choose)
        self.list.activated.connect(self._choose)
        self.list_label.setBuddy(self.list)
        layout.addWidget(self.list, 1)

    def _label(self, *, scale: float = 1.0, bold: bool = False, muted: bool = False) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if scale != 1.0 or bold:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(bold)
            label.setFont(font)
        if muted:
            palette = label.palette()
            palette.setColor(
                QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
            )
            label.setPalette(palette)
        return label

    @property
    def node(self) -> HeadingNode | None:
        """The heading (or document) on show."""
        return self._node

    def show_node(
        self, node: HeadingNode, code: HeadingNode, statuses: Mapping[str, str | None]
    ) -> None:
        """Show ``node``; ``code`` is the section (or document) whose code explains it."""
        self._node = node
        path = [node.document.short_title, *(shorten(h.display, PATH_WIDTH) for h in node.path)]
        self.path_label.setText(" › ".join(path) if node.heading is not None else "")
        self.path_label.setToolTip(tooltip_html(*(one_line(h.display) for h in node.path)))
        self.path_label.setVisible(node.heading is not None)
        self.title_label.setText(one_line(node.title if node.heading else node.document.title))
        self.code_label.setText(f"<b>{html.escape(code.code)}</b> — {html.escape(describe(code))}")
        self.code_label.setToolTip(self.tr("What the short code of the progress figures means"))
        self.refresh(statuses)

    def refresh(self, statuses: Mapping[str, str | None]) -> None:
        """Counts and icons again, after a status changed (the list keeps its place)."""
        node = self._node
        if node is None:
            return
        measures = [self._catalog.get(cid) for cid in node.measures]
        self._row = row = row_of(node.key, node.code, measures, statuses)
        if row.total:
            headline = arg(
                self.tr("%1 of %2 measures assessed (%3)"),
                row.answered,
                row.total,
                percent_text(row.percent),
            )
        else:
            headline = self.tr("No measure to assess here: the paragraphs are shown for reference.")
        self.headline_label.setText(headline)
        for key, label in self._count_labels.items():
            status = None if key == NOT_ASSESSED else key
            label.setText(arg(self.tr("%1: %2"), status_label(status), row.counts.get(key, 0)))
            label.setAccessibleName(label.text())
        for widget in self._count_widgets:
            widget.setVisible(bool(row.total))
        self._fill(node, statuses)

    def _fill(self, node: HeadingNode, statuses: Mapping[str, str | None]) -> None:
        current = self.current_key()
        self.list.clear()
        self._add(self.list.invisibleRootItem(), node.items, statuses)
        self.list.expandAll()
        if current is not None:
            self._select(current)

    def _add(
        self,
        parent: QTreeWidgetItem,
        items: Iterable[HeadingNode | str],
        statuses: Mapping[str, str | None],
    ) -> None:
        for entry in items:
            row = QTreeWidgetItem(parent)
            if isinstance(entry, HeadingNode):
                done = sum(1 for cid in entry.measures if statuses.get(cid))
                text = one_line(entry.title)
                if entry.measures:
                    text += f"  ({done}/{len(entry.measures)})"
                row.setText(0, text)
                row.setToolTip(0, tooltip_html(one_line(entry.title)))
                row.setData(0, HEADING_ROLE, entry.key)
                font = QFont(self.list.font())
                font.setBold(True)
                row.setFont(0, font)
                self._add(row, entry.items, statuses)
                continue
            commitment = self._catalog.get(entry)
            row.setText(0, f"{commitment.label}  {one_line(commitment.text)}")
            row.setData(0, ID_ROLE, commitment.id)
            if commitment.assessed:
                status = statuses.get(commitment.id)
                row.setIcon(0, status_icon(status))
                detail = status_label(status)
            else:
                row.setIcon(0, status_icon("reference"))
                muted = QApplication.palette().color(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
                row.setForeground(0, QBrush(muted))
                detail = self.tr("shown for reference, not assessed")
            row.setToolTip(
                0, tooltip_html(f"{commitment.label}: {detail}", one_line(commitment.text))
            )

    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid() or not self.isVisible():  # a double-click's second signal
            return
        commitment_id = index.data(ID_ROLE)
        if commitment_id:
            self.open_measure.emit(str(commitment_id))
        elif index.data(HEADING_ROLE):
            self.open_heading.emit(str(index.data(HEADING_ROLE)))

    def focus_list(self) -> None:
        """Keyboard: the first paragraph current, so Enter opens it."""
        if self.list.currentItem() is None:
            first = self._first_paragraph(self.list.invisibleRootItem())
            if first is not None:
                self.list.setCurrentItem(first)
        self.list.setFocus()

    def _first_paragraph(self, parent: QTreeWidgetItem) -> QTreeWidgetItem | None:
        for child in self._children(parent):
            if child.data(0, ID_ROLE):
                return child
            below = self._first_paragraph(child)
            if below is not None:
                return below
        return None

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return str(item.data(0, ID_ROLE) or item.data(0, HEADING_ROLE) or "") or None

    def _select(self, key: str) -> None:
        for item in self._items(self.list.invisibleRootItem()):
            if key in (item.data(0, ID_ROLE), item.data(0, HEADING_ROLE)):
                self.list.setCurrentItem(item)
                return

    @staticmethod
    def _children(parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found = (parent.child(index) for index in range(parent.childCount()))
        return [child for child in found if child is not None]

    def _items(self, parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for child in self._children(parent):
            found += [child, *self._items(child)]
        return found

    def paragraph_ids(self) -> list[str]:
        """The paragraphs listed, in order (for tests and keyboard users)."""
        return [
            str(item.data(0, ID_ROLE))
            for item in self._items(self.list.invisibleRootItem())
            if item.data(0, ID_ROLE)
        ]

    def item_of(self, commitment_id: str) -> QTreeWidgetItem | None:
        for item in self._items(self.list.invisibleRootItem()):
            if item.data(0, ID_ROLE) == commitment_id:
                return item
        return None

    def figures(self) -> dict[str, int]:
        """The counts shown: each status key, ``not_assessed``, ``answered`` and ``total``."""
        row = self._row
        if row is None:
            return {}
        return {**row.counts, "answered": row.answered, "total": row.total}
