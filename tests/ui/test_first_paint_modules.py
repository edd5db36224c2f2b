"""What the window has loaded when it first paints: no dialog, none of the file libraries.

``tests/test_startup_imports.py`` checks what importing the start-up loads; this runs the start-up
itself (``poa-desktop --db DB`` on a real database, in a fresh process) and looks at the moment
the window first paints, so that a dialog module pulled in while the window is built (a helper
imported from a dialog's module, say) is caught too. Dialogs load when they open
(docs/architecture.md, "Imports").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import json, sys

from poa_desktop.cli import main
from poa_desktop.ui.app import _application  # the Qt-free stack first, as the app imports it

# isort: split
from PySide6.QtCore import QEvent, QObject, QTimer

app = _application()
seen = []


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if not seen and event.type() == QEvent.Type.Paint and watched.isWindow():
            seen.append(sorted(sys.modules))
            QTimer.singleShot(0, app.quit)
        return False


watcher = FirstPaint()
app.installEventFilter(watcher)
code = main(["--db", sys.argv[1]])
print(json.dumps({"code": code, "modules": seen[0] if seen else None}))
"""


def _modules_at_first_paint(db: Path, config: Path) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "POA_DESKTOP_CONFIG": str(config)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    assert result["modules"] is not None, "the window never painted"
    return set(result["modules"])


def test_the_first_paint_loads_no_dialog_nor_file_library(demo_db: Path, tmp_path: Path) -> None:
    loaded = _modules_at_first_paint(demo_db, tmp_path / "config")
    assert "poa_desktop.ui.window.main_window" in loaded
    dialogs = sorted(m for m in loaded if m.startswith("poa_desktop.ui.dialogs."))
    assert dialogs == []
    assert "poa_desktop.ui.window.assessment_actions" not in loaded  # set up after the paint
    assert not {m.split(".")[0] for m in loaded} & {"openpyxl", "reportlab", "alembic"}
    # The first screen is read with plain sqlite3; SQLAlchemy loads once the window has painted.
    assert "sqlalchemy" not in loaded
    assert "poa_desktop.store.public" not in loaded
