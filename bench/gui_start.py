"""Child process of the GUI benchmarks: the app started as ``poa-desktop --db DB`` starts it.

python -m bench.gui_start DB                 "ready", then "settled" (see below)
python -m bench.gui_start DB --navigate N    then time N x "Next" and print the samples (ms)
python -m bench.gui_start --bare             the floor: a bare window, "ready" the same way

"Ready": the window has painted its first frame and the event loop has handled what was queued
behind it, so it reacts to a click. Measured the same way in both processes (:func:`watch_ready`).
"Settled": the app has also done what it leaves until after the first paint (today's backup,
settling the garbage collector, setting up the commands that open dialogs); "Next" is timed
from then on.

The app goes through the command line's own entry point (:func:`poa_desktop.cli.main`, no
command: the window), imports in the order it does, with the garbage collector off as it keeps
it; this module only puts a watcher on the window the app makes (on that window alone, as on the
bare one: a filter on the whole application would run Python for every event of every widget
the start-up creates, and slow what it measures). The bare window is the same job done by
PySide6 alone: a QMainWindow of the app's default size holding a tree of as many items as the
demo's navigation (286) beside a text editor, with nothing of poa-desktop imported.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QDialog, QWidget

    from poa_desktop.services.first_screen import FirstScreen
    from poa_desktop.services.workspace import Workspace

BARE_TREE_ITEMS = 286
"""Items in the bare window's tree: the demo's navigation (documents, sections, paragraphs)."""
WINDOW_SIZE = (1280, 760)
"""The main window's default size (forms/main_window.ui), the bare window's too."""


def watch_ready(window: QWidget, then: Callable[[], object]) -> QObject:
    """Prints "ready" one turn of the event loop after ``window``'s first paint, then ``then``.

    A factory, so that PySide6 is imported only once the caller has imported what it imports
    first.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Ready(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, self.ready)  # the frame finished, what waited handled
            return False

        def ready(self) -> None:
            print("ready", flush=True)
            then()

    watcher = _Ready()
    window.installEventFilter(watcher)
    return watcher


def bare() -> int:
    from PySide6.QtWidgets import (
        QApplication,
        QMainWindow,
        QSplitter,
        QTextEdit,
        QTreeWidget,
        QTreeWidgetItem,
    )

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    splitter = QSplitter(window)
    tree = QTreeWidget(splitter)
    tree.setHeaderHidden(True)
    groups = 11  # 11 headings of 25 paragraphs: 286 items
    per_group = (BARE_TREE_ITEMS - groups) // groups
    for g in range(groups):
        heading = QTreeWidgetItem(tree, [f"Section {g + 1}"])
        for p in range(per_group):
            QTreeWidgetItem(heading, [f"Paragraph {g + 1}.{p + 1}"])
    tree.expandToDepth(0)
    editor = QTextEdit(splitter)
    editor.setPlainText("Measures taken")
    window.setCentralWidget(splitter)
    window.resize(*WINDOW_SIZE)

    ready = watch_ready(window, app.quit)
    window.show()
    code = int(app.exec())
    del ready
    return code


def main(db: str, steps: int) -> int:
    from poa_desktop.cli import main as poa_desktop  # as python -m poa_desktop, first

    gc.disable()  # as poa_desktop.cli.start_window does before it imports the window
    from poa_desktop.ui import app as start_up  # the Qt-free stack first, then Qt (see there)

    # isort: split
    from PySide6.QtCore import QCoreApplication

    from poa_desktop.ui.common.first_paint import after_first_paint
    from poa_desktop.ui.window.main_window import MainWindow

    app = start_up._application()  # the one the app's start-up then finds and uses

    def navigate(window: MainWindow) -> None:
        samples = []
        window.go_to("BMS8-21")
        QCoreApplication.processEvents()
        for i in range(steps):
            if i and i % 220 == 0:
                window.go_to("BMS8-21")
                QCoreApplication.processEvents()
            start = time.perf_counter()
            window.go_next()
            QCoreApplication.processEvents()  # layout and paint are part of the move
            samples.append((time.perf_counter() - start) * 1000)
        print(json.dumps(samples), flush=True)

    def settled(window: MainWindow) -> Callable[[], None]:
        def run() -> None:
            print("settled", flush=True)
            if steps:
                navigate(window)
            app.quit()

        return run

    watchers: list[QObject] = []
    opened = start_up.open_window

    def open_window(
        ws: Workspace,
        *,
        run_recovery: Callable[[QDialog], int] = start_up._exec,
        first: FirstScreen | None = None,
    ) -> MainWindow | None:
        """The app's own ``open_window``, then the watchers on the window it made: "ready" as
        for the bare window (a filter on the window alone, as there); "settled" after what the
        app waits for the first paint to do (for one window, callbacks run in the order given:
        the app's first). Not a filter on the whole application, which every event of every
        widget made meanwhile would pass through, in Python, slowing the start it measures."""
        window = opened(ws, run_recovery=run_recovery, first=first)
        if window is not None and not watchers:
            watchers.append(watch_ready(window, lambda: None))
            after_first_paint(window, settled(window))
        return window

    start_up.open_window = open_window
    return poa_desktop(["--db", db])


if __name__ == "__main__":
    if sys.argv[1:] == ["--bare"]:
        sys.exit(bare())
    navigate_steps = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--navigate" else 0
    sys.exit(main(sys.argv[1], navigate_steps))
