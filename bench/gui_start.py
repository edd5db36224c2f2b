"""Child process of the GUI benchmarks, started the way the app starts.

python -m bench.gui_start DB                 print "ready" once the window can react
python -m bench.gui_start DB --navigate N    then time N x "Next" and print the samples (ms)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    from poa_desktop.services.workspace import open_workspace
    from poa_desktop.ui.app import _application, open_window
    from poa_desktop.ui.window.main_window import MainWindow

    app = _application()
    ws = open_workspace(Path(sys.argv[1]))
    window = open_window(ws)
    assert isinstance(window, MainWindow)
    window.resize(1366, 768)
    window.show()
    steps = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--navigate" else 0

    def navigate() -> None:
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

    def ready() -> None:
        print("ready", flush=True)
        if steps:
            navigate()
        app.quit()

    QTimer.singleShot(0, ready)  # runs once the event loop has painted and is idle
    app.exec()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
