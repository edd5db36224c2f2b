"""Scroll a field into view when it takes the keyboard focus (issue 19).

Alt+letter and Tab move the focus to fields of the answer below the visible part of the window;
Qt's scroll area follows Tab but not a mnemonic, so a law row was added and typed into unseen.
A form calls :func:`reveal_focus_within` once: whenever the focus lands on one of its widgets,
the nearest scroll area around it scrolls just enough to show it, with some room around.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

MARGIN = 24
"""Pixels kept visible around the focused widget (its label above, its message below)."""


def enclosing_scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it shows."""
    area = enclosing_scroll_area(widget)
    while area is not None:
        contents = area.widget()
        if contents is not None and contents.isAncestorOf(widget):
            area.ensureWidgetVisible(widget, MARGIN, MARGIN)
        area = enclosing_scroll_area(area)


def reveal_focus_within(container: QWidget) -> None:
    """From now on, a widget of ``container`` that takes the focus is scrolled into view."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return

    def follow(_old: QWidget | None, new: QWidget | None) -> None:
        try:
            if new is not None and container.isVisible() and container.isAncestorOf(new):
                reveal(new)
        except RuntimeError:  # the form was deleted a moment ago; its slot goes next
            return

    app.focusChanged.connect(follow)
    container.destroyed.connect(lambda: _disconnect(app, follow))


def _disconnect(app: QApplication, slot: Callable[[QWidget | None, QWidget | None], None]) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # already gone with the application
        app.focusChanged.disconnect(slot)
