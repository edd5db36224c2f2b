"""The command line on the demo: ``--version``, ``--help``, ``progress`` and ``catalog``.

Each figure is the wall time of a fresh ``python -m poa_desktop ...`` process, start to exit,
with the interpreter running the benchmarks and the app's modules compiled, as installed
(:func:`~bench.measure.compiled_env`). The floor is ``python -c pass`` with the same
interpreter, measured in the same run: the rounds alternate the floor and every command, so a
busy moment of a shared machine falls on all of them alike.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.gui import _demo_database
from bench.measure import Result, compiled_env, percentile

ROUNDS = 11
"""Rounds of every command; the first warms the file cache and is left out."""
VERSION_RATIO_TARGET = 3.0
"""``--version``: at most this many times ``python -c pass`` (issue 18)."""
COMMAND_TARGET_MS = 150.0
"""``progress`` and ``catalog``: under this many milliseconds, start to exit (issue 18)."""
FLOOR_NAME = "python -c pass (the same interpreter: start-up and exit, nothing imported)"


def _wall_ms(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr}")
    return elapsed


def commands() -> list[Result]:
    """Each command against the floor: ``--version`` with a goal as a ratio, ``progress`` and
    ``catalog`` with an absolute one, ``--help`` with none (its ratio is shown)."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = _demo_database(folder)
        env = {
            **compiled_env(folder),
            "POA_DESKTOP_CONFIG": str(folder / "config"),
            # An empty folder: documents the person running the benchmark added stay out.
            "POA_DESKTOP_DOCUMENTS": str(folder / "documents"),
        }
        app = [sys.executable, "-m", "poa_desktop"]
        cases: dict[str, list[str]] = {
            "--version": [*app, "--version"],
            "--help": [*app, "--help"],
            "progress (demo)": [*app, "progress", "--db", str(db)],
            "catalog": [*app, "catalog", "--db", str(db)],
            "catalog BMS8-29": [*app, "catalog", "BMS8-29", "--db", str(db)],
        }
        floor_command = [sys.executable, "-c", "pass"]
        floor: list[float] = []
        samples: dict[str, list[float]] = {case: [] for case in cases}
        for _ in range(ROUNDS):
            floor.append(_wall_ms(floor_command, env))
            for case, command in cases.items():
                samples[case].append(_wall_ms(command, env))
    floor_ms = statistics.median(floor[1:])
    results = []
    for case, times in samples.items():
        kept = times[1:]
        results.append(
            Result(
                f"poa-desktop {case}",
                statistics.median(kept),
                percentile(kept, 0.95),
                None if case.startswith("--") else COMMAND_TARGET_MS,
                len(kept),
                target_on="median",
                floor=floor_ms,
                floor_name=FLOOR_NAME,
                ratio_target=VERSION_RATIO_TARGET if case == "--version" else None,
            )
        )
    return results
