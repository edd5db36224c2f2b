"""One analysis of national workbooks, run off the UI thread for File → Analyse national reports….

It reads with :func:`poa_desktop.services.reporting.aggregate.analyse_files`, writes the analysis
workbook and PDF, and tells the dialog through Qt signals, which reach the dialog on the UI
thread (queued: the :class:`AnalysisRun` object lives there, the work does not).

**Workers are spawned, not forked, from the window.** The service reads in worker processes and
starts them with ``fork`` only on Linux in a process the system counts one thread in (the
command line: cheaper, the modules already loaded), and with ``spawn`` otherwise. The window
always has Qt's own threads (its event dispatcher, the platform's), which may hold locks in
malloc, the X connection or Qt that no thread of a forked child would ever release: the count
is the system's (``/proc/self/task``), not :func:`threading.active_count`, which does not see
them (``tests/aggregate/test_parallel.py``, ``tests/ui/test_aggregate_dialog.py``). The work
runs in a :class:`threading.Thread`, which Python's own machinery knows about. Spawned
workers start a fresh interpreter that imports only the reading modules; in a frozen build they
are the bundle's executable again, which ``multiprocessing.freeze_support()`` in
``poa_desktop/__main__.py`` turns into a worker instead of a second window.

**Cancel leaves the folder as it was.** Cancel is a flag the service checks between files; the
outputs are first written beside their targets under temporary names (each all or nothing) and
put in place only when every one is complete and no Cancel came, so a cancelled run, at any
point, neither leaves a file nor replaces an earlier analysis.
"""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from poa_desktop.domain.errors import AppError
from poa_desktop.domain.text import arg
from poa_desktop.error_log import write_error_log
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.reporting.aggregate import (
    AggregateResult,
    AnalysisCancelledError,
    analyse_files,
    peak_memory_mb,
    write_pdf,
    write_workbook,
)

Writer = Callable[[AggregateResult, Path, str], Path]


@dataclass(frozen=True)
class AnalysisRequest:
    """What the person chose: files and folders to read, where to write, in which language."""

    inputs: tuple[Path, ...]
    xlsx: Path | None
    pdf: Path | None
    language: str = "en"
    workers: int | None = None
    """Reading processes; None: one per core."""

    def outputs(self) -> list[tuple[Path, Writer]]:
        """Each file to write with the service function that writes it."""
        chosen: list[tuple[Path | None, Writer]] = [
            (self.xlsx, write_workbook),
            (self.pdf, write_pdf),
        ]
        return [(target, write) for target, write in chosen if target is not None]


@dataclass(frozen=True)
class AnalysisOutcome:
    """A finished analysis: the service's result, the files written, the peak memory after
    writing (MiB, this process; None: unknown) and the seconds it all took."""

    result: AggregateResult
    written: tuple[Path, ...]
    peak_memory_mb: float | None
    seconds: float


class AnalysisRun(QObject):
    """Reads and writes in a :class:`threading.Thread` (see the module's docstring for why)."""

    progressed = Signal(int, int)  # steps done, steps in all: each file, then each output
    writing = Signal(str)  # the output being written
    succeeded = Signal(object)  # AnalysisOutcome
    failed = Signal(str)  # what to tell the person, in plain words
    cancelled = Signal()

    def __init__(self, request: AnalysisRequest, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self._stop = threading.Event()
        self._files = 0
        self._thread = threading.Thread(target=self._run, name="poa-analysis", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the run to stop at its next check (between files, between outputs)."""
        self._stop.set()

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end; True when it has."""
        if self._thread.ident is not None:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def _steps(self) -> int:
        return self._files + len(self.request.outputs())

    def _on_read(self, done: int, total: int) -> None:
        self._files = total
        self.progressed.emit(done, self._steps())

    def _check(self) -> None:
        if self._stop.is_set():
            raise AnalysisCancelledError()

    def _run(self) -> None:
        request = self.request
        started = time.perf_counter()
        try:
            result = analyse_files(
                request.inputs, self._on_read, self._stop.is_set, workers=request.workers
            )
            written = self._write(result)
            seconds = time.perf_counter() - started
            outcome = AnalysisOutcome(result, written, peak_memory_mb(), seconds)
        except AnalysisCancelledError:
            self.cancelled.emit()
        except AppError as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(f"{error.strerror or error}: {error.filename or ''}".strip(": "))
        except Exception as error:  # a bug must reach the person, never leave the dialog waiting
            log = write_error_log(error)
            self.failed.emit(
                arg(
                    QCoreApplication.translate(
                        "AggregateDialog",
                        "The analysis stopped on an unexpected error (%1). Nothing was "
                        "written; the details are in %2.",
                    ),
                    f"{type(error).__name__}: {error}"[:300],
                    log,
                )
            )
        else:
            self.succeeded.emit(outcome)

    def _write(self, result: AggregateResult) -> tuple[Path, ...]:
        """Every output under a temporary name, then all put in place (see the docstring)."""
        outputs = self.request.outputs()
        staged: list[tuple[Path, Path]] = []
        try:
            for index, (target, write) in enumerate(outputs, start=1):
                self._check()
                if target.is_dir():
                    raise ServiceError(f"{target} is a folder: give a file name")
                self.writing.emit(str(target))
                temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.staged")
                staged.append((temporary, target))
                write(result, temporary, self.request.language)
                self.progressed.emit(self._files + index, self._steps())
            self._check()
            for temporary, target in staged:
                os.replace(temporary, target)
        finally:
            for temporary, _target in staged:
                temporary.unlink(missing_ok=True)
        return tuple(target for _temporary, target in staged)
