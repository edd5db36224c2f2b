"""Ways into the measures the window did not offer (issue 19), kept out of main_window.py.

- F1 opens the user guide beside the window, at the topic of the part the keyboard is in.
- Enter or Down in the search box goes to the first result.
- A dashboard row shows its measures: its document or theme in the list, a section's first
  measure on screen.
- Clicking a heading in the list shows its section page (``section_links``), instead of leaving
  the previous paragraph on screen beside a highlighted heading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

from poa_desktop.ui.window.navigation import ID_ROLE
from poa_desktop.ui.window.section_links import connect_sections, heading_key, show_heading
from poa_desktop.ui.window.section_page import code_descriptions

if TYPE_CHECKING:
    from poa_desktop.ui.window.dashboard import DashboardPage
    from poa_desktop.ui.window.main_window import MainWindow


def first_paragraph(model: object, parent: QModelIndex) -> str | None:
    """The id of the first paragraph at or under ``parent`` in the list as it shows now."""
    from PySide6.QtCore import QAbstractItemModel

    assert isinstance(model, QAbstractItemModel)
    found = parent.data(ID_ROLE) if parent.isValid() else None
    if found:
        return str(found)
    for row in range(model.rowCount(parent)):
        below = first_paragraph(model, model.index(row, 0, parent))
        if below:
            return below
    return None


def guide_topic(window: MainWindow) -> int:
    """The guide's section about the part of the window the keyboard is in: answering when in
    the answer (its fields, laws, evidence), moving through the commitments elsewhere."""
    from PySide6.QtWidgets import QApplication

    from poa_desktop.ui.dialogs.guide_dialog import ANSWERING, MOVING

    focus = QApplication.focusWidget()
    if focus is not None and (
        focus is window.answer_form or window.answer_form.isAncestorOf(focus)
    ):
        return ANSWERING
    return MOVING


def open_guide(window: MainWindow) -> None:
    """F1 / Help → User guide: the guide beside the window, at the topic of where one is."""
    from poa_desktop.ui.dialogs.guide_dialog import GuideDialog

    topic = guide_topic(window)
    guide = window.findChild(GuideDialog)
    if guide is None:
        guide = GuideDialog(window)
    guide.show()
    guide.open_section(topic)
    guide.raise_()
    guide.activateWindow()


def go_to_first_result(window: MainWindow) -> None:
    target = first_paragraph(window.proxy, QModelIndex())
    if target is None:
        window.ui.statusBar.showMessage(window.tr("Nothing matches the search."), 4000)
        return
    window.go_to(target)
    window.ui.navigationTree.setFocus()


def show_row(window: MainWindow, view: str, key: str) -> None:
    """A dashboard row chosen: ``key`` is "all", a document id, a section key or a theme id."""
    window.ui.dashboardAction.setChecked(False)
    catalog = window.ws.catalog
    if view == "themes" and key != "all":
        window.filters.show_only(theme=key)
    elif ":" in key:
        document, _section = key.split(":", 1)
        window.filters.show_only(document=document)
        first = next((c.id for c in catalog.measures if c.section_key == key), None)
        if first:
            window.go_to(first)
        return
    elif key in {d.id for d in catalog.documents}:
        window.filters.show_only(document=key)
    else:
        window.filters.clear()
    go_to_first_result(window)


def heading_clicked(window: MainWindow, index: QModelIndex) -> None:
    """A heading clicked, even the current one (back from the dashboard): its section page."""
    key = heading_key(index)
    if key is not None:
        show_heading(window, key)


def link_dashboard(window: MainWindow, page: DashboardPage) -> None:
    """The dashboard, once made: its rows open what they count; its codes are explained."""
    page.row_chosen.connect(lambda view, key: show_row(window, view, key))
    page.model.set_descriptions(code_descriptions(window.model.nodes))


def connect_links(window: MainWindow) -> None:
    """Connect the guide, the search's keys and clicks on headings (the dashboard's rows:
    :func:`link_dashboard`)."""
    connect_sections(window)  # the section page, before the clicks that show it
    window.ui.userGuideAction.triggered.connect(lambda: open_guide(window))
    window.filters.results_requested.connect(lambda: go_to_first_result(window))
    window.ui.navigationTree.clicked.connect(lambda index: heading_clicked(window, index))
