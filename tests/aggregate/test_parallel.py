"""Reading in worker processes: the same analysis as in one process, progress, cancel."""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext
from pathlib import Path

import pytest

from poa_desktop.services.reporting import aggregate
from poa_desktop.services.reporting.aggregate import AnalysisCancelledError, analyse_files


def _spawn() -> BaseContext:
    return multiprocessing.get_context("spawn")  # as in the window (Qt threads: no fork)


def test_workers_give_the_same_analysis(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    here = analyse_files([folder])
    monkeypatch.setattr(aggregate, "IN_PROCESS_BELOW", 2)
    monkeypatch.setattr(aggregate, "CHUNK", 2)
    monkeypatch.setattr(aggregate, "_context", _spawn)
    seen: list[tuple[int, int]] = []
    parallel = analyse_files([folder], lambda done, total: seen.append((done, total)), workers=2)
    assert parallel.timings.workers == 2
    assert parallel.timings.worker_peak_memory_mb is not None
    assert parallel.analysis.measures == here.analysis.measures
    assert [r.report.file for r in parallel.analysis.states] == [
        r.report.file for r in here.analysis.states
    ]
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_cancel_while_workers_read(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aggregate, "IN_PROCESS_BELOW", 2)
    monkeypatch.setattr(aggregate, "CHUNK", 1)
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(AnalysisCancelledError, match="nothing was written"):
        analyse_files([folder], cancel=cancel, workers=2)


def test_a_thread_python_does_not_know_of_means_spawn() -> None:
    """A thread started outside Python's ``threading`` (as Qt starts its own) still counts:
    forking a process with another thread running would copy it without its locks' owners."""
    import ctypes
    import threading

    if not Path("/proc/self/task").is_dir():
        pytest.skip("the system's thread count is read from /proc")
    before = aggregate._threads()
    libc = ctypes.CDLL(None)
    sleep = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p)(lambda _arg: libc.sleep(2))
    handle = ctypes.c_ulong()
    python_threads = threading.active_count()
    assert libc.pthread_create(ctypes.byref(handle), None, sleep, None) == 0
    try:
        assert threading.active_count() == python_threads  # Python does not see it...
        assert aggregate._threads() == before + 1  # ...the system's count does
        assert aggregate._context().get_start_method() == "spawn"
    finally:
        libc.pthread_join(handle, None)
