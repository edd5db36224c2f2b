"""Long reads off the UI thread: the window stays drawn, a progress box offers Cancel.

Opening a workbook for import parses XML for up to a few seconds (the reader refuses anything
that would take longer); that work runs in a ``QThread`` while a modal progress box waits. The
work itself cannot be stopped half-way (openpyxl has no cancel), so Cancel stops waiting: the
dialog goes back to what it showed, and the thread's result, when it comes, is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


class CancelledError(Exception):
    """The person pressed Cancel while waiting."""


class _Worker(QThread, Generic[T]):
    done = Signal()

    def __init__(self, work: Callable[[], T]) -> None:
        super().__init__()
        self._work = work
        self.result: T | None = None
        self.error: BaseException | None = None
        self.completed = False

    def run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as error:  # handed to the waiting thread, raised there
            self.error = error
        self.completed = True
        self.done.emit()


_running: set[QThread] = set()  # threads whose result was dropped, kept alive until they end


def run_in_background(parent: QWidget, text: str, work: Callable[[], T]) -> T:
    """Run ``work`` in a thread while a progress box shows ``text``; its result or its error.

    Raises :class:`CancelledError` when the person cancels (the work's result is then dropped).
    """
    worker: _Worker[T] = _Worker(work)
    box = QProgressDialog(text, QCoreApplication.translate("Common", "Cancel"), 0, 0, parent)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setMinimumDuration(300)  # quick reads show no box at all
    loop = QEventLoop()
    worker.done.connect(loop.quit)
    box.canceled.connect(loop.quit)
    worker.start()
    if not worker.completed:
        loop.exec()
    cancelled = box.wasCanceled() and not worker.completed
    box.reset()
    if cancelled:  # stop waiting, let the thread end on its own
        _running.add(worker)
        worker.finished.connect(lambda: _running.discard(worker))
        raise CancelledError
    worker.wait()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]
