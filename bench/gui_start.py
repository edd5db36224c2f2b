"""Child process of the start-up benchmark: open the window and say "ready" once it can react.

python -m bench.gui_start DB
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    from PySide6.QtCore import QTimer

    from poa_desktop.services.workspace import open_workspace
    from poa_desktop.ui.app import _application, open_window

    app = _application()
    ws = open_workspace(Path(sys.argv[1]))
    window = open_window(ws)
    assert window is not None
    window.show()  # type: ignore[attr-defined]

    def ready() -> None:
        print("ready", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)  # runs once the event loop has painted and is idle
    app.exec()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
