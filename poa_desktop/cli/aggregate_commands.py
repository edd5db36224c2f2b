"""``aggregate``: many States' national workbooks read together into one workbook and one PDF.

It reads files, not the database: ``--db`` and ``--as`` do not apply. What it prints is a
summary: files read, reports counted, duplicates dropped and every file not used with its
reason, the time and the peak memory; ``--json`` prints the same as JSON. It exits 1 when a
file could not be used (the outputs are still written, without it), 0 otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from poa_desktop.cli.opening import AddCommon, Parser, SubParsers
from poa_desktop.cli.period_commands import REPORT_LANGUAGE_CODES

if TYPE_CHECKING:
    from poa_desktop.services.reporting.aggregate import AggregateResult


def add_commands(sub: SubParsers, common: AddCommon) -> None:
    """Register ``aggregate`` on a plain sub-parsers action (the command line lists it in
    :mod:`poa_desktop.cli.parser`, with its help line, and calls :func:`add_arguments`)."""
    add_arguments(sub.add_parser("aggregate"), common)


def add_arguments(p: Parser, common: AddCommon) -> None:
    """``aggregate``'s arguments (it reads workbooks, not the database: ``common`` is not
    needed)."""
    del common
    p.description = (
        "Read the national workbooks this app exports (any version, any report "
        "language) from files and folders (searched for *.xlsx at any depth) and write the "
        "analysis as a workbook and a PDF. Each workbook's answers are checked against the "
        "digest on its About sheet: a changed workbook is named, not counted."
    )
    p.add_argument("inputs", nargs="+", type=Path, metavar="FILE_OR_FOLDER")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="write the analysis workbook")
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the analysis PDF")
    p.add_argument(
        "--language",
        choices=REPORT_LANGUAGE_CODES,
        default="en",
        help="the language of the workbook's and the PDF's words (default: en)",
    )
    p.add_argument(
        "--workers", type=int, metavar="N", help="processes reading (default: one per core)"
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(run=aggregate)


def aggregate(args: argparse.Namespace) -> int:
    from poa_desktop.services.reporting.aggregate import (
        analyse_files,
        peak_memory_mb,
        write_pdf,
        write_workbook,
    )

    show = sys.stderr.isatty() and not args.json
    result = analyse_files(args.inputs, _progress if show else None, workers=args.workers)
    if show:
        print(file=sys.stderr)
    written = []
    if args.xlsx is not None:
        written.append(write_workbook(result, args.xlsx, args.language))
    if args.pdf is not None:
        written.append(write_pdf(result, args.pdf, args.language))
    peak = peak_memory_mb()  # the files written too
    if args.json:
        print(json.dumps(summary(result, written, peak), ensure_ascii=False, indent=1))
    else:
        print("\n".join(describe(result, written, peak)))
    return 1 if result.problems else 0


def _progress(done: int, total: int) -> None:
    print(f"\rreading {done}/{total}", end="", file=sys.stderr, flush=True)


def describe(result: AggregateResult, written: list[Path], peak: float | None) -> list[str]:
    """The summary a person reads."""
    timings = result.timings
    states = {report.key[0] for report in result.reports}
    cycles = ", ".join(result.analysis.cycles) or "none"
    lines = [
        f"Read {len(result.files)} file(s) in {timings.total_ms / 1000:.1f} s "
        f"({timings.workers} process(es)): {len(result.reports)} national report(s) of "
        f"{len(states)} State(s) counted; cycles: {cycles}",
    ]
    if result.duplicates:
        lines.append(f"Duplicates dropped: {len(result.duplicates)}")
        lines += [f"  {duplicate.describe()}" for duplicate in result.duplicates]
    if result.problems:
        lines.append(f"Not used: {len(result.problems)}")
        lines += [f"  {problem.describe()}" for problem in result.problems]
    lines += [f"Note: {note}" for note in result.notes]
    lines += [f"Wrote {path}" for path in written]
    lines.append(f"Peak memory: {_memory(result, peak)}")
    return lines


def _memory(result: AggregateResult, peak: float | None) -> str:
    timings = result.timings
    text = "unknown" if peak is None else f"{peak:.0f} MiB (this process)"
    if timings.worker_peak_memory_mb is not None:
        text += f", {timings.worker_peak_memory_mb:.0f} MiB (largest worker)"
    return text


def summary(result: AggregateResult, written: list[Path], peak: float | None) -> dict[str, Any]:
    """The summary as JSON: what a script checks."""
    timings = result.timings
    return {
        "files": len(result.files),
        "reports": len(result.reports),
        "states": len({report.key[0] for report in result.reports}),
        "cycles": list(result.analysis.cycles),
        "duplicates": [
            {
                "dropped": d.dropped.file,
                "kept": d.kept.file,
                "state": d.dropped.state,
                "iso": d.dropped.iso,
                "cycle": d.dropped.cycle,
            }
            for d in result.duplicates
        ],
        "problems": [{"file": p.file, "reason": p.reason} for p in result.problems],
        "notes": list(result.notes),
        "written": [str(path) for path in written],
        "time_ms": round(timings.total_ms, 1),
        "read_ms": round(timings.read_ms, 1),
        "analyse_ms": round(timings.analyse_ms, 1),
        "workers": timings.workers,
        "peak_memory_mb": _rounded(peak),
        "worker_peak_memory_mb": _rounded(timings.worker_peak_memory_mb),
    }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
