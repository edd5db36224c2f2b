"""The machine a benchmark ran on: CPU, cores, memory, system and the versions that matter.

Read from ``/proc`` where it exists (Linux), from the ``platform`` module otherwise; a fact that
cannot be found is ``None`` rather than a guess. Printed above the table and stored in the JSON,
so every figure carries the description of where it was taken (see ``bench/RESULTS.md``).
"""

from __future__ import annotations

import os
import platform
import sqlite3
from importlib import metadata
from pathlib import Path

PROC = Path("/proc")


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _proc_field(name: str, key: str) -> str | None:
    """The value of the first ``key: value`` line of ``/proc/<name>``."""
    text = _read(PROC / name)
    for line in (text or "").splitlines():
        label, _, value = line.partition(":")
        if label.strip() == key:
            return value.strip()
    return None


def cpu_model() -> str | None:
    model = _proc_field("cpuinfo", "model name") or _proc_field("cpuinfo", "Hardware")
    return model or platform.processor() or platform.machine() or None


def ram_gib() -> float | None:
    total = _proc_field("meminfo", "MemTotal")  # "24684084 kB"
    if total and total.split()[0].isdigit():
        return round(int(total.split()[0]) / 1024**2, 1)
    try:
        return round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3, 1)
    except (AttributeError, ValueError, OSError):
        return None


def operating_system() -> str:
    release = _read(Path("/etc/os-release")) or ""
    for line in release.splitlines():
        if line.startswith("PRETTY_NAME="):
            return line.partition("=")[2].strip().strip('"')
    if platform.system() == "Darwin":
        return f"macOS {platform.mac_ver()[0]}"
    return f"{platform.system()} {platform.release()}".strip()


def usable_cores() -> int | None:
    """Cores this process may run on (a container or ``taskset`` may allow fewer than exist)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count()


def load_average() -> list[float] | None:
    """1, 5 and 15 minute load averages when the run started: a busy machine shows here."""
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def qt_versions() -> tuple[str | None, str | None]:
    """(Qt at run time, PySide6)."""
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError:
        return None, None
    return qVersion(), PySide6.__version__


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def machine_facts() -> dict[str, object]:
    """Everything above as one JSON-ready dict (the first three keys as before, for old tools)."""
    qt, pyside = qt_versions()
    return {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "system": platform.platform(),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "cores_usable": usable_cores(),
        "ram_gib": ram_gib(),
        "os": operating_system(),
        "load_average": load_average(),
        "qt": qt,
        "pyside6": pyside,
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": _version("SQLAlchemy"),
        "reportlab": _version("reportlab"),
        "openpyxl": _version("openpyxl"),
    }


def describe(facts: dict[str, object]) -> list[str]:
    """The facts as the lines printed above the table."""

    def show(value: object) -> str:
        return "?" if value is None else str(value)

    cores = show(facts.get("cores"))
    if facts.get("cores_usable") not in (None, facts.get("cores")):
        cores += f" ({show(facts.get('cores_usable'))} usable)"
    load = facts.get("load_average")
    return [
        f"Machine: {show(facts.get('cpu'))}, {cores} cores, {show(facts.get('ram_gib'))} GiB RAM, "
        f"{show(facts.get('os'))} ({show(facts.get('machine'))})",
        f"Software: Python {show(facts.get('python'))}, Qt {show(facts.get('qt'))} "
        f"(PySide6 {show(facts.get('pyside6'))}), SQLite {show(facts.get('sqlite'))}, "
        f"SQLAlchemy {show(facts.get('sqlalchemy'))}, reportlab {show(facts.get('reportlab'))}, "
        f"openpyxl {show(facts.get('openpyxl'))}",
        "Load average at start: "
        + (" ".join(str(v) for v in load) if isinstance(load, list) else "?")
        + " (1, 5, 15 min)",
    ]
