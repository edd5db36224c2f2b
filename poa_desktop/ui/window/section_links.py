"""The section page in the window, the short codes explained, and moves that say why they stop.

Issue 19, kept out of main_window.py (at its size limit):

- A heading chosen in the tree (click, arrow keys, Enter) shows its section page instead of
  leaving the previous paragraph beside a highlighted heading; a paragraph chosen there opens it.
- "BMS8 A", "RevCon3 II" say what they are wherever they appear: the status bar, the
  dashboard's rows, the commitment's heading path.
- Previous, Next and Next unanswered say why when they cannot move (the end of a filtered list
  was silent); from a section page they start at the section.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex

from poa_desktop.catalog import Commitment
from poa_desktop.domain.outline import section_nodes
from poa_desktop.services.answering.walk import step
from poa_desktop.ui.common.tooltips import tooltip_html
from poa_desktop.ui.window.navigation import (
    HEADING_ROLE,
    ID_ROLE,
    no_step_message,
    show_full_labels,
)
from poa_desktop.ui.window.section_page import (
    SectionPage,
    code_descriptions,
    code_node,
)

if TYPE_CHECKING:
    from poa_desktop.ui.window.main_window import MainWindow

MESSAGE_MS = 6000


def section_page(window: MainWindow) -> SectionPage:
    """The window's section page, made the first time a heading is shown (not at start-up)."""
    page = window.ui.pages.findChild(SectionPage)
    if page is None:
        page = SectionPage(window.ws.catalog, window.ui.pages)
        window.ui.pages.addWidget(page)
        page.open_measure.connect(window.go_to)
        page.open_heading.connect(lambda key: show_heading(window, key, focus=True))
    return page


def on_section_page(window: MainWindow) -> bool:
    return isinstance(window.ui.pages.currentWidget(), SectionPage)


def show_heading(window: MainWindow, key: str, *, focus: bool = False) -> None:
    """Show the page of the heading (or document) ``key``, selecting it in the tree if shown."""
    node = window.model.nodes.get(key)
    if node is None:
        return
    window.autosave.flush()  # what was typed on the measure is saved before it leaves the screen
    if window.ui.dashboardAction.isChecked():
        window.ui.dashboardAction.setChecked(False)
    page = section_page(window)
    if page.node is not node or not on_section_page(window):
        page.show_node(node, code_node(window.model.nodes, node), window.model.statuses)
        window.ui.pages.setCurrentWidget(page)
    tree = window.ui.navigationTree
    index = window.proxy.mapFromSource(window.model.index_of_heading(key))
    if index.isValid() and tree.currentIndex() != index:
        tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        tree.scrollTo(index)
    if focus:
        page.focus_list()


def heading_key(index: QModelIndex) -> str | None:
    """The outline key of a heading row of the tree (None for a paragraph or nothing)."""
    if not index.isValid() or index.data(ID_ROLE):
        return None
    key = index.data(HEADING_ROLE)
    return str(key) if key else None


def _on_tree_current(window: MainWindow, current: QModelIndex) -> None:
    """A heading current: its page; a paragraph current: the commitment page (main_window's
    own slot shows the paragraph). Not while the filter moves rows about."""
    if window._filtering:  # the filter moved the current row, the person did not
        return
    key = heading_key(current)
    if key is not None:
        show_heading(window, key)
    elif current.isValid() and (on_section_page(window) or window.ui.dashboardAction.isChecked()):
        window.ui.dashboardAction.setChecked(False)
        window.ui.pages.setCurrentWidget(window.ui.commitmentPage)


def _after_dashboard(window: MainWindow, on: bool) -> None:
    """The dashboard closed on a heading: its page, not the paragraph left behind."""
    if not on:
        key = heading_key(window.ui.navigationTree.currentIndex())
        if key is not None:
            show_heading(window, key)


def walk_from(window: MainWindow, direction: int, unanswered: bool = False) -> str | None:
    """Where Previous / Next / Next unanswered go from what is on screen, or None after saying
    why in the status bar. From a section page the walk starts at the section's beginning."""
    catalog = window.ws.catalog
    current = window.current_id
    node = section_page(window).node if on_section_page(window) else None
    if node is not None and node.paragraphs:
        order = [c.id for c in catalog]
        first = order.index(node.paragraphs[0])
        # Next starts at the section's first measure; Previous at the one before the section.
        current = (order[first - 1] if first else None) if direction > 0 else order[first]
    statuses = window.model.statuses
    allowed = window.proxy.allowed
    target = step(
        catalog,
        current,
        direction,
        allowed=allowed,
        statuses=statuses,
        unanswered_only=unanswered,
    )
    if target is not None and not (target == window.current_id and node is None):
        return target
    if target is not None:  # the measure on screen is the only one left without a status
        message = QCoreApplication.translate(
            "Navigation", "This measure is the last one without a status."
        )
    else:
        message = no_step_message(catalog, direction, allowed, statuses, unanswered)
    window.ui.statusBar.showMessage(message, MESSAGE_MS)
    return None


def explain_codes(window: MainWindow) -> None:
    """Tooltips saying what each short code means, where the codes are shown."""
    nodes = window.model.nodes
    descriptions = code_descriptions(nodes)
    heads = section_nodes(nodes)  # section key -> the heading that prints it
    sections = [f"{node.code}: {descriptions[key]}" for key, node in heads.items() if node.measures]
    window.progress_label.setToolTip(
        tooltip_html(
            QCoreApplication.translate(
                "Navigation", "The short codes name the sections of each document:"
            ),
            *sections,
        )
    )

    def breadcrumb(commitment: Commitment) -> str:
        """The commitment view's heading path explained: what its section's code means."""
        node = heads.get(commitment.section_key or "")
        return f"{node.code}: {descriptions[node.section.key]}" if node and node.section else ""

    window.commitment_view.explain_section = breadcrumb


def connect_sections(window: MainWindow) -> None:
    """Connect the tree's headings to their section page, and the codes' tooltips."""
    tree = window.ui.navigationTree
    show_full_labels(tree)
    tree.selectionModel().currentChanged.connect(
        lambda current, _previous: _on_tree_current(window, current)
    )
    tree.activated.connect(lambda index: _activated(window, index))
    window.ui.dashboardAction.toggled.connect(lambda on: _after_dashboard(window, on))
    window.model.statuses_changed.connect(lambda: _refresh(window))
    # The progress figures fill the status bar and left a message no room at all: they step
    # aside while one shows ("This is the last measure…"), and come back when it ends.
    window.ui.statusBar.messageChanged.connect(
        lambda text: window.progress_label.setVisible(not text)
    )
    explain_codes(window)


def _activated(window: MainWindow, index: QModelIndex) -> None:
    """Enter on a heading: its page, with the keyboard in its list of paragraphs."""
    key = heading_key(index)
    if key is not None:
        show_heading(window, key, focus=True)


def _refresh(window: MainWindow) -> None:
    if on_section_page(window):
        section_page(window).refresh(window.model.statuses)
