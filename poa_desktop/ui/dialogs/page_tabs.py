"""Tabs over a wizard's pages, for editing what was set up once (issue 19).

The first run walks through the State, the focal point and the agencies one step at a time;
changing one phone number later should not mean walking the three steps again. The same pages
then get a tab bar: any page in one click, and Save on every page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QBoxLayout, QStackedWidget, QTabBar, QWidget


def add_page_tabs(
    pages: QStackedWidget, titles: Sequence[str], layout: QBoxLayout, parent: QWidget
) -> QTabBar:
    """A tab per page of ``pages`` (titled ``titles``), placed just above them in ``layout``;
    choosing a tab shows its page, and showing a page selects its tab."""
    bar = QTabBar(parent)
    bar.setObjectName("pageTabs")
    bar.setAccessibleName(parent.windowTitle())
    for title in titles:
        bar.addTab(title)
    bar.setDocumentMode(True)
    layout.insertWidget(max(layout.indexOf(pages), 0), bar)
    bar.currentChanged.connect(pages.setCurrentIndex)
    pages.currentChanged.connect(bar.setCurrentIndex)
    return bar
