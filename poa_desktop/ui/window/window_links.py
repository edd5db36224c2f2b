"""Ways into the measures the window did not offer (issue 19), kept out of main_window.py.

- F1 opens the user guide, beside the window.
- Enter or Down in the search box goes to the first result.
- A dashboard row shows its measures: its document or theme in the list, a section's first
  measure on screen.
- Clicking a heading in the list shows its first paragraph, instead of leaving the previous one
  on screen beside a highlighted heading. (The arrow keys still move through headings.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

from poa_desktop.ui.window.navigation import ID_ROLE

if TYPE_CHECKING:
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


def open_guide(window: MainWindow) -> None:
    from poa_desktop.ui.dialogs.guide_dialog import GuideDialog

    guide = window.findChild(GuideDialog)
    if guide is None:
        guide = GuideDialog(window)
    guide.show()
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
    if index.isValid() and not index.data(ID_ROLE):
        target = first_paragraph(window.proxy, index)
        if target:
            window.go_to(target)


def connect_links(window: MainWindow) -> None:
    """Connect the guide, the search's keys, the dashboard's rows and clicks on headings."""
    window.ui.userGuideAction.triggered.connect(lambda: open_guide(window))
    window.filters.results_requested.connect(lambda: go_to_first_result(window))
    window.dashboard.row_chosen.connect(lambda view, key: show_row(window, view, key))
    window.ui.navigationTree.clicked.connect(lambda index: heading_clicked(window, index))
