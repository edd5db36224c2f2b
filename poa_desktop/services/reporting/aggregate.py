"""Analysing many national workbooks: find them, read them on every core, count, write.

The use case behind ``poa-desktop aggregate`` and the window's File > Analyse national reports:
:func:`analyse_files` takes files and folders, reads every workbook in worker processes (one per
core; reading is Python work, so threads would share one core), keeps one report per State and
cycle, counts (:func:`poa_desktop.domain.aggregate.analyse`) and returns an
:class:`AggregateResult` with every file that could not be used and why. It reports progress as
(files done, files in all) and stops when ``cancel()`` says so. :func:`write_workbook` and
:func:`write_pdf` then write the result; the window may call them or not.

Workers are forked only from a process with a single thread (the command line on Linux), where
a fork is safe and starts them with the modules already loaded; everywhere else (the window,
Windows, macOS) they are spawned, so no fork copies Qt's threads. A frozen app must call
``multiprocessing.freeze_support()`` first thing in its entry point for spawned workers.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
import types
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import TYPE_CHECKING

from poa_desktop.catalog.loader import default_catalog
from poa_desktop.domain.aggregate import (
    Analysis,
    Duplicate,
    FileProblem,
    NationalReport,
    Sources,
    analyse,
    deduplicate,
)
from poa_desktop.domain.catalog import Catalog
from poa_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from poa_desktop.exchange.aggregate.regions import RegionalGroups

ProgressCallback = Callable[[int, int], None]
"""Called with (files read, files in all), from the thread that called :func:`analyse_files`."""
CancelCheck = Callable[[], bool]
"""Returns True when the person asked to stop."""

WORKBOOK_ENDINGS = (".xlsx", ".xlsm")
CHUNK = 4
"""Files per task: big enough that a task's overhead is small beside reading (~0.1 s a file),
small enough that progress moves and a cancel is seen within a second."""
IN_PROCESS_BELOW = 8
"""Fewer files than this are read in this process: starting workers costs more."""
POLL_SECONDS = 0.1


class AnalysisCancelledError(ServiceError):
    """The person stopped the analysis; nothing was written."""

    def __init__(self) -> None:
        super().__init__("the analysis was stopped: nothing was written")


@dataclass(frozen=True)
class Timings:
    """Where the time went (milliseconds) and how much memory it took (MiB, None: unknown)."""

    collect_ms: float
    read_ms: float
    analyse_ms: float
    workers: int
    peak_memory_mb: float | None
    """This process's peak resident set size."""
    worker_peak_memory_mb: float | None
    """The largest peak of a worker process (None when read in this process)."""

    @property
    def total_ms(self) -> float:
        return self.collect_ms + self.read_ms + self.analyse_ms


@dataclass(frozen=True)
class AggregateResult:
    analysis: Analysis
    files: tuple[str, ...]
    """Every file looked at, in the order read."""
    reports: tuple[NationalReport, ...]
    """The reports counted: one per State and cycle."""
    problems: tuple[FileProblem, ...]
    duplicates: tuple[Duplicate, ...]
    timings: Timings
    notes: tuple[str, ...] = ()
    """What the reader of the figures should know (several cycles, unknown measures)."""


def collect_files(inputs: Iterable[Path]) -> tuple[list[Path], list[FileProblem], list[str]]:
    """The workbooks to read: files as given, folders searched for ``*.xlsx`` (and ``.xlsm``)
    at any depth. Returns (files, problems for inputs that do not exist, notes)."""
    files: dict[Path, None] = {}
    problems: list[FileProblem] = []
    skipped = 0
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            for found in sorted(path.rglob("*"), key=lambda p: str(p).casefold()):
                if found.suffix.lower() not in WORKBOOK_ENDINGS or not found.is_file():
                    continue
                if found.name.startswith("~$"):  # Excel's lock file beside an open workbook
                    skipped += 1
                    continue
                files.setdefault(found, None)
        elif path.is_file():
            files.setdefault(path, None)
        else:
            problems.append(FileProblem(str(path), "no such file or folder"))
    notes = [f"{skipped} Excel lock file(s) (~$...) passed over"] if skipped else []
    unique: dict[Path, Path] = {}
    for path in files:
        unique.setdefault(path.resolve(), path)  # one file named twice is read once
    return list(unique.values()), problems, notes


def analyse_files(
    inputs: Sequence[Path],
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    *,
    workers: int | None = None,
    catalog: Catalog | None = None,
) -> AggregateResult:
    """Read and count every national workbook in ``inputs`` (files and folders).

    Raises :class:`AnalysisCancelledError` when ``cancel()`` returns True, and
    :class:`ServiceError` when no workbook at all was found. A file that cannot be used is
    never an error: it is listed in the result's problems with its reason.
    """
    from poa_desktop.exchange.aggregate.regions import regional_groups

    catalog = catalog or default_catalog()
    report = progress or (lambda _done, _total: None)
    stop = cancel or (lambda: False)
    started = time.perf_counter()
    files, problems, notes = collect_files(inputs)
    if not files:
        given = ", ".join(str(p) for p in inputs) or "nothing"
        raise ServiceError(f"no workbook (.xlsx) found in {given}")
    collected = time.perf_counter()
    count = workers or os.cpu_count() or 1
    if len(files) < IN_PROCESS_BELOW or count <= 1:
        read, worker_peak, count = _read_here(files, catalog, report, stop), None, 1
    else:
        read, worker_peak = _read_in_workers(files, catalog, count, report, stop)
    done_reading = time.perf_counter()
    reports = [r for r in read if isinstance(r, NationalReport)]
    problems += [r for r in read if isinstance(r, FileProblem)]
    kept, duplicates = deduplicate(reports)
    groups = regional_groups()
    analysis = analyse(kept, catalog, groups.states, groups.order)
    finished = time.perf_counter()
    timings = Timings(
        (collected - started) * 1000,
        (done_reading - collected) * 1000,
        (finished - done_reading) * 1000,
        count,
        peak_memory_mb(),
        worker_peak,
    )
    notes += _notes(analysis, groups)
    return AggregateResult(
        analysis,
        tuple(str(f) for f in files),
        kept,
        tuple(problems),
        duplicates,
        timings,
        tuple(notes),
    )


def _notes(analysis: Analysis, groups: RegionalGroups) -> list[str]:
    notes = []
    cycles = analysis.cycles
    if len(cycles) > 1:
        notes.append(
            f"the reports are of {len(cycles)} cycles ({', '.join(cycles)}): a State that "
            "reported in several counts once in each"
        )
    if analysis.unknown_measures:
        ids = ", ".join(list(analysis.unknown_measures)[:5])
        more = len(analysis.unknown_measures) - 5
        notes.append(
            f"{len(analysis.unknown_measures)} measure(s) of the workbooks are not in this "
            f"app's catalog ({ids}{f' and {more} more' if more > 0 else ''}): not counted"
        )
    outside = sorted({row.report.state for row in analysis.states if row.group not in groups.order})
    if outside:
        notes.append(f"in no UN regional group: {', '.join(outside)}")
    return notes


# --- reading, here or in worker processes -------------------------------------------------


def _read_here(
    files: Sequence[Path], catalog: Catalog, progress: ProgressCallback, cancel: CancelCheck
) -> list[NationalReport | FileProblem]:
    from poa_desktop.exchange.aggregate.reading import read_national

    results: list[NationalReport | FileProblem] = []
    progress(0, len(files))
    for index, path in enumerate(files, start=1):
        if cancel():
            raise AnalysisCancelledError()
        results.append(read_national(path, catalog))
        progress(index, len(files))
    return results


_worker_catalog: Catalog | None = None


def _start_worker(catalog: Catalog) -> None:
    """Each worker receives the catalog once (pickled), not with every task."""
    global _worker_catalog
    _worker_catalog = catalog


_ChunkResult = tuple[list[NationalReport | FileProblem], float | None]


def _read_chunk(paths: Sequence[Path]) -> _ChunkResult:
    """A task in a worker: the files' reports (or problems), and the worker's peak memory."""
    from poa_desktop.exchange.aggregate.reading import read_national

    catalog = _worker_catalog or default_catalog()
    return [read_national(path, catalog) for path in paths], peak_memory_mb()


def _read_in_workers(
    files: Sequence[Path],
    catalog: Catalog,
    workers: int,
    progress: ProgressCallback,
    cancel: CancelCheck,
) -> tuple[list[NationalReport | FileProblem], float | None]:
    """Chunks of files to ``workers`` processes; results put back in the files' order."""
    chunks = [files[i : i + CHUNK] for i in range(0, len(files), CHUNK)]
    results: list[list[NationalReport | FileProblem]] = [[] for _ in chunks]
    peak: float | None = None
    done = 0
    progress(0, len(files))
    left = set(range(len(chunks)))
    context = _context()
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(chunks)),
        mp_context=context,
        initializer=_start_worker,
        initargs=(catalog,),
    )
    try:
        with _main_module_hidden():  # the workers are started while the tasks are submitted
            pending: dict[Future[_ChunkResult], int] = {
                pool.submit(_read_chunk, chunk): index for index, chunk in enumerate(chunks)
            }
        while pending:
            if cancel():
                raise AnalysisCancelledError()
            finished, _ = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in finished:
                index = pending.pop(future)
                results[index], worker_peak = future.result()
                left.discard(index)
                if worker_peak is not None:
                    peak = max(peak or 0.0, worker_peak)
                done += len(chunks[index])
                progress(done, len(files))
    except BrokenProcessPool:
        # Workers could not start or died (a frozen app without freeze_support, no memory):
        # the files still get read, here.
        from poa_desktop.exchange.aggregate.reading import read_national

        for index in sorted(left):
            if cancel():
                raise AnalysisCancelledError() from None
            results[index] = [read_national(path, catalog) for path in chunks[index]]
            done += len(chunks[index])
            progress(done, len(files))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return [item for chunk in results for item in chunk], peak


def _context() -> BaseContext:
    """``fork`` where it is safe and cheaper (Linux, a process with one thread: the command
    line), so workers start with the modules and the catalog already loaded; ``spawn``
    otherwise (Windows; macOS, whose system libraries do not survive a fork; and the window,
    whose Qt threads a fork would copy without their locks' owners)."""
    if sys.platform.startswith("linux") and _threads() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _threads() -> int:
    """The process's threads as the system counts them (Linux): Qt's own threads (a QThread,
    the xcb event reader) are not Python threads, so ``threading.active_count()`` does not see
    them. 0 when the system does not say (spawn, then)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 0


@contextmanager
def _main_module_hidden() -> Iterator[None]:
    """While workers start, ``__main__`` is an empty module, so a spawned worker does not run
    the program's main module again (``python -m poa_desktop``, a script without a
    ``__name__`` guard, the benchmark): the workers need nothing from it."""
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


def peak_memory_mb() -> float | None:
    """This process's peak resident set size in MiB (``VmHWM`` on Linux, else
    ``resource.getrusage``; None where neither exists)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# --- writing ------------------------------------------------------------------------------


def sources(result: AggregateResult) -> Sources:
    """The files behind the result, as the workbook and the PDF list them."""
    return Sources(result.reports, result.problems, result.duplicates, result.notes)


def write_workbook(result: AggregateResult, target: Path, language: str = "en") -> Path:
    """The analysis workbook at ``target``, in ``language`` (all or nothing)."""
    from poa_desktop.exchange.aggregate.workbook import write_analysis_workbook
    from poa_desktop.services.reporting.export import write_file

    listed = sources(result)
    write_file(target, lambda out: write_analysis_workbook(result.analysis, out, language, listed))
    return target


def write_pdf(result: AggregateResult, target: Path, language: str = "en") -> Path:
    """The analysis PDF at ``target``, in ``language`` (all or nothing)."""
    from poa_desktop.exchange.aggregate.pdf import write_analysis_pdf
    from poa_desktop.services.reporting.export import write_file

    listed = sources(result)
    write_file(target, lambda out: write_analysis_pdf(result.analysis, out, language, listed))
    return target
