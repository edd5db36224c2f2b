"""Small timing helpers shared by the benchmarks."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Result:
    """One benchmark figure against its target (milliseconds unless ``unit`` says otherwise)."""

    name: str
    median: float
    p95: float
    target: float | None
    runs: int
    unit: str = "ms"
    target_on: str = "p95"  # which figure the target applies to: "p95" or "median"
    floor: float | None = None
    """The same job done bare by the same libraries, measured in the same run (the same
    statistic as ``target_on``, same unit): what the app is compared with."""
    floor_name: str = ""
    ratio_target: float | None = None
    """The goal as a multiple of the floor (``figure / floor``)."""

    @property
    def figure(self) -> float:
        return self.p95 if self.target_on == "p95" else self.median

    @property
    def ratio(self) -> float | None:
        return self.figure / self.floor if self.floor else None

    @property
    def ok(self) -> bool:
        absolute = self.target is None or self.figure <= self.target
        ratio = self.ratio
        relative = self.ratio_target is None or (ratio is not None and ratio <= self.ratio_target)
        return absolute and relative

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "median": round(self.median, 3),
            "p95": round(self.p95, 3),
            "target": self.target,
            "target_on": self.target_on,
            "unit": self.unit,
            "runs": self.runs,
            "floor": None if self.floor is None else round(self.floor, 3),
            "floor_name": self.floor_name,
            "ratio": None if self.ratio is None else round(self.ratio, 3),
            "ratio_target": self.ratio_target,
            "ok": self.ok,
        }


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def timed(name: str, action: Callable[[int], object], runs: int, target: float | None) -> Result:
    """Run ``action(i)`` ``runs`` times; report median and 95th percentile in ms."""
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        action(i)
        samples.append((time.perf_counter() - start) * 1000)
    return Result(name, statistics.median(samples), percentile(samples, 0.95), target, runs)


def compiled_env(folder: Path) -> dict[str, str]:
    """The environment for a timed child process: modules load compiled, as in an installed app.

    Bytecode goes to a cache in ``folder`` (filled by the warm-up runs), not beside the
    sources, even where the environment says not to write it (PYTHONDONTWRITEBYTECODE): the
    app's modules would otherwise be compiled on every run, which no installed copy does (and
    bytecode left beside the sources by an earlier version would be no better).
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    return env
