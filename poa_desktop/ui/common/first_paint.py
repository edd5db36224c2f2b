"""Work that waits until a window has painted for the first time.

Start-up shows the window first and does what the first screen does not need afterwards (today's
backup, settling the garbage collector, setting up the commands that open dialogs): a person sees
the window sooner. The work runs once the window has painted and the event loop has handled what
was waiting meanwhile, so a click or a key pressed as the window appears is not held up by it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

AT_THE_LATEST_MS: Final = 5000
"""A window that has not painted by then (shown minimised, or never shown) runs its callbacks
anyway: the work they do is deferred, never skipped."""


class _FirstPaint(QObject):
    """Watches one widget for its first paint, then runs the callbacks in the order given."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._started = False
        self.callbacks: list[Callable[[], object]] = []
        widget.installEventFilter(self)
        QTimer.singleShot(AT_THE_LATEST_MS, self, self._start)  # cancelled if self is deleted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._start()
        return False

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        self._widget.removeEventFilter(self)
        # Two turns of the event loop: the first finishes the frame being painted and handles
        # what waited meanwhile; the callbacks run in the next.
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._run))

    def _run(self) -> None:
        callbacks, self.callbacks = self.callbacks, []
        self.deleteLater()
        for callback in callbacks:
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Run ``callback`` once ``widget`` has painted (from now on) and the event loop is free.

    Callbacks given for one widget run in the order given, from the event loop; at the latest
    :data:`AT_THE_LATEST_MS` after the first was given, painted or not. Nothing runs for a
    widget destroyed first: work that must happen anyway needs its own fallback (the daily
    backup is also taken when the window closes).
    """
    watcher = widget.findChild(_FirstPaint, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if not isinstance(watcher, _FirstPaint) or not watcher.callbacks:
        watcher = _FirstPaint(widget)
    watcher.callbacks.append(callback)
