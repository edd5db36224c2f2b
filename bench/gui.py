"""Start-up to an interactive window, and moving to the next commitment, on the demo."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.measure import Result, percentile, timed

START_TARGET_MS = 1000.0
NEXT_TARGET_MS = 30.0


def _demo_database(folder: Path) -> Path:
    from poa_desktop.services.demo import build_demo
    from poa_desktop.services.workspace import open_workspace

    path = folder / "demo.sqlite"
    with open_workspace(path) as ws:
        build_demo(ws)
    return path


def startup() -> list[Result]:
    """Wall time from spawning the process to the window reacting (Python start included)."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        template = _demo_database(folder)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "POA_DESKTOP_CONFIG": str(folder / "config"),
        }
        samples = []
        for run in range(8):
            db = folder / f"run{run}.sqlite"
            shutil.copyfile(template, db)
            start = time.perf_counter()
            process = subprocess.run(
                [sys.executable, "-m", "bench.gui_start", str(db)],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            assert "ready" in process.stdout, process.stderr
            samples.append((time.perf_counter() - start) * 1000)
        samples = samples[1:]  # the first run warms the operating system's file cache
    return [
        Result(
            "start-up to interactive window (demo)",
            statistics.median(samples),
            percentile(samples, 0.95),
            START_TARGET_MS,
            len(samples),
        )
    ]


def navigation() -> list[Result]:
    """``Next`` on the demo: save check, tree selection, commitment text and answer form."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ["POA_DESKTOP_CONFIG"] = str(folder / "config")
        db = _demo_database(folder)
        from PySide6.QtCore import QCoreApplication

        from poa_desktop.services.workspace import open_workspace
        from poa_desktop.ui.app import _application
        from poa_desktop.ui.main_window import MainWindow

        app = _application()
        ws = open_workspace(db)
        window = MainWindow(ws)
        window.resize(1366, 768)
        window.show()
        QCoreApplication.processEvents()
        window.go_to("BMS8-21")

        def next_one(i: int) -> None:
            if i % 220 == 0:
                window.go_to("BMS8-21")
            window.go_next()
            QCoreApplication.processEvents()

        result = timed("next commitment (demo)", next_one, 200, NEXT_TARGET_MS)
        window.close()
        ws.close()
        del app
    return [result]
