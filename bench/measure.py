"""Small timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


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

    @property
    def ok(self) -> bool:
        figure = self.p95 if self.target_on == "p95" else self.median
        return self.target is None or figure <= self.target

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "median": round(self.median, 3),
            "p95": round(self.p95, 3),
            "target": self.target,
            "target_on": self.target_on,
            "unit": self.unit,
            "runs": self.runs,
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
