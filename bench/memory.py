"""Peak memory: the highest resident set size of a fresh process doing one whole job on the demo.

Each job runs in its own child process (``bench/memory_child.py``), started the way the app
starts, so the figure is what the operating system sees: interpreter, libraries, Qt and data.

- the window: start-up to an interactive window (offscreen), then ``Next`` through all measures;
- an export: the report snapshot, then the PDF and the Excel file written to disk;
- an import: the demo's own workbook previewed and applied into a new cycle.

"MB" here are MiB (2^20 bytes), the peak resident set size of the child process (``VmHWM``
on Linux; why not ``ru_maxrss`` is told in ``bench/memory_child.py``).

Targets. First figures (development machine, offscreen Qt, while other work loaded it; the peak
hardly depends on load): about 128 MB for the window walk, 97 MB for the export and 64 MB for
the import, the same within 1 MB from run to run. The targets leave about half as much again as
headroom for growth in content and libraries: < 200 MB for the window walk, < 150 MB for an
export, < 100 MB for an import. A window on a real display (xcb, Wayland, Windows, macOS) with
GPU buffers and system fonts takes more than offscreen; these targets are for offscreen only.
The figure checked is the worst of the runs (the "p95" column).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.measure import Result, percentile

WINDOW_TARGET_MB = 200.0
EXPORT_TARGET_MB = 150.0
IMPORT_TARGET_MB = 100.0
RUNS = 3


def _demo_files(folder: Path) -> tuple[Path, Path]:
    """The demo database and its own Excel workbook (made in this process, not measured)."""
    from bench.gui import _demo_database
    from poa_desktop.exchange.workbook.writer import write_xlsx
    from poa_desktop.services.reporting.report_data import build_report_data
    from poa_desktop.services.workspace import open_workspace

    template = _demo_database(folder)
    book = folder / "demo.xlsx"
    with open_workspace(template) as ws:
        write_xlsx(build_report_data(ws), book)
    return template, book


def _child(args: list[str], env: dict[str, str]) -> dict[str, object]:
    process = subprocess.run(
        [sys.executable, "-m", "bench.memory_child", *args],
        capture_output=True,
        text=True,
        env=env,
    )
    if process.returncode != 0:
        raise RuntimeError(f"bench.memory_child {args[0]} failed:\n{process.stderr}")
    facts: dict[str, object] = json.loads(process.stdout.splitlines()[-1])
    return facts


def peak_memory() -> list[Result]:
    """Peak RSS in MB (MiB) of the window walk, an export and an import, each in a new process."""
    if sys.platform == "win32":  # neither /proc nor ru_maxrss; the figures are taken on Linux
        return []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        template, book = _demo_files(folder)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "POA_DESKTOP_CONFIG": str(folder / "config"),
        }

        from poa_desktop.catalog import default_catalog

        measures = len(default_catalog().measures)
        jobs = (
            (f"peak memory: window + Next x {measures} measures", "window", WINDOW_TARGET_MB),
            ("peak memory: PDF + Excel export (demo)", "export", EXPORT_TARGET_MB),
            ("peak memory: import of the demo's workbook", "import", IMPORT_TARGET_MB),
        )
        results = []
        for label, task, target in jobs:
            samples = []
            for run in range(RUNS):
                work = folder / f"{task}-{run}"
                work.mkdir()
                db = work / "demo.sqlite"
                shutil.copyfile(template, db)  # each run on an untouched copy
                extra = {"window": [], "export": [str(work)], "import": [str(book)]}[task]
                facts = _child([task, str(db), *extra], env)
                if task == "window" and facts.get("measures_shown") != measures:
                    raise RuntimeError(f"the window walk did not show every measure: {facts}")
                samples.append(float(str(facts["peak_rss_mb"])))
            results.append(
                Result(
                    label,
                    statistics.median(samples),
                    percentile(samples, 0.95),  # the worst run
                    target,
                    len(samples),
                    unit="MB",
                    target_on="p95",
                )
            )
    return results
