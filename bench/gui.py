"""Start-up to an interactive window, and moving to the next commitment, on the demo."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.measure import Result, percentile

START_TARGET_MS = 1000.0
NEXT_TARGET_MS = 30.0


def _demo_database(folder: Path) -> Path:
    from poa_desktop.services.demo.build import build_demo
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
            target_on="median",
        )
    ]


def navigation() -> list[Result]:
    """``Next`` on the demo, in a process started like the app: save check, tree selection,
    commitment text, answer form, layout and paint."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = _demo_database(folder)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "POA_DESKTOP_CONFIG": str(folder / "config"),
        }
        process = subprocess.run(
            [sys.executable, "-m", "bench.gui_start", str(db), "--navigate", "300"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        samples = [float(x) for x in json.loads(process.stdout.splitlines()[-1])]
    # The target is on the typical move (the median); p95 is reported beside it.
    return [
        Result(
            "next commitment (demo)",
            statistics.median(samples),
            percentile(samples, 0.95),
            NEXT_TARGET_MS,
            len(samples),
            target_on="median",
        )
    ]
