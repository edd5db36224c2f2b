"""Exporting the national report: one snapshot of the assessment, written to PDF and/or Excel.

Each file is written to a temporary name beside its target and moved into place only when
complete, so a failed or cancelled export never leaves a half-written report, nor destroys the
previous one.

Importing this module loads no SQLAlchemy: :func:`write_report_files` also writes a snapshot
read without it (:mod:`~poa_desktop.services.reporting.quick_report_data`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from poa_desktop.atomic_write import write_atomically
from poa_desktop.domain.report import ReportData
from poa_desktop.domain.text import safe_file_stem
from poa_desktop.services.errors import ServiceError

if TYPE_CHECKING:  # SQLAlchemy: only :func:`export_report` reads through the workspace
    from poa_desktop.services.assessments.assessments import AssessmentInfo
    from poa_desktop.services.workspace import Workspace

Progress = Callable[[float], None]


@dataclass(frozen=True)
class ExportOptions:
    full_text: bool = True  # False: each commitment's first sentence only (PDF)
    include_unanswered: bool = True  # False: measures not yet assessed are left out (PDF)
    changes_since: str | None = None  # an earlier cycle: annex of what changed since (both)
    language: str | None = None  # the report's language (PDF and Excel); None: the assessment's
    order: str = "documents"  # "template": the PDF follows UNODA's template's sections


def report_languages() -> dict[str, str]:
    """Language code -> its name in itself, for the export dialog and ``--language``."""
    from poa_desktop.translations import REPORT_LANGUAGES

    return dict(REPORT_LANGUAGES)


@dataclass(frozen=True)
class ExportResult:
    files: tuple[Path, ...]
    seconds: float
    warnings: tuple[str, ...] = ()
    """What the person should know about the files written (e.g. characters no font has)."""


class ExportCancelledError(ServiceError):
    """The user cancelled; nothing was written."""


def default_file_stem(iso_code: str, cycle: str, status: str = "draft") -> str:
    """E.g. ``KEN-BMS10-2028-national-report-DRAFT``: State code, cycle and whether the report is
    cleared, safe on every system, so a draft sent for comments is never taken for the cleared
    report (both used to get the same name)."""
    stage = "CLEARED" if status == "cleared" else "DRAFT"
    return safe_file_stem(iso_code, cycle.replace(".", "-"), "national-report", stage)


def write_file(target: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write ``target`` all or nothing, after saying plainly when it is a folder or its folder
    does not exist (the report files and the submission package alike)."""
    target = target.expanduser()
    if target.is_dir():
        raise ServiceError(f"{target} is a folder: give a file name")
    folder = target.parent
    if not folder.is_dir():
        raise ServiceError(f"the folder {folder} does not exist")
    write_atomically(target, write)


def write_report_files(
    data: ReportData,
    *,
    pdf: Path | BinaryIO | None = None,
    xlsx: Path | BinaryIO | None = None,
    options: ExportOptions = ExportOptions(),
    progress: Progress | None = None,
) -> ExportResult:
    """Write the requested files from ``data`` (no database access: safe off the UI thread).

    A path is written all or nothing; a stream (a package being assembled) as it comes.
    """
    if pdf is None and xlsx is None:
        raise ServiceError("nothing to export: ask for a PDF file, an Excel file or both")
    # Each writer is imported when its file is asked for: openpyxl alone takes about 140 ms to
    # import, for nothing when only the PDF is written; nor does a workbook alone need reportlab.
    jobs: list[tuple[Path | BinaryIO, Callable[[BinaryIO, Progress], None], float]] = []
    language = options.language or data.report_language
    if pdf is not None:
        from poa_desktop.exchange.pdf.report import PdfOptions, write_pdf

        pdf_options = PdfOptions(
            full_text=options.full_text,
            include_unanswered=options.include_unanswered,
            language=language,
            order=options.order,
        )
        jobs.append((pdf, lambda s, p: write_pdf(data, s, pdf_options, p), 0.8))
    if xlsx is not None:
        from poa_desktop.exchange.workbook.writer import write_xlsx

        jobs.append((xlsx, lambda s, p: write_xlsx(data, s, p, data.changes, language), 0.2))
    total = sum(weight for _, _, weight in jobs)
    done = 0.0
    start = time.perf_counter()
    written: list[Path] = []
    with _missing_glyphs(pdf is not None) as missing:
        for target, write, weight in jobs:
            done = _write_job(target, write, weight, done, total, progress)
            if isinstance(target, Path):
                written.append(target)
    if progress is not None:
        progress(1.0)
    warnings: list[str] = []
    if missing:
        shown = " ".join(sorted(missing))
        warnings.append(
            f"{len(missing)} character(s) have no glyph in the bundled fonts and print as "
            f"\ufffd in the PDF: {shown}"
        )
    return ExportResult(tuple(written), time.perf_counter() - start, tuple(warnings))


def _missing_glyphs(pdf: bool) -> AbstractContextManager[set[str]]:
    """Collects the characters no bundled font prints: only a PDF meets them (its fonts)."""
    if not pdf:
        return nullcontext(set())
    from poa_desktop.exchange.pdf.fonts import collect_missing

    return collect_missing()


def _write_job(
    target: Path | BinaryIO,
    write: Callable[[BinaryIO, Progress], None],
    weight: float,
    done: float,
    total: float,
    progress: Progress | None,
) -> float:
    """Write one file all-or-nothing, reporting its share of the progress; the new total."""

    def report(fraction: float) -> None:
        if progress is not None:
            progress(min(1.0, (done + weight * max(0.0, min(1.0, fraction))) / total))

    if isinstance(target, Path):
        write_file(target, lambda stream: write(stream, report))
    else:
        write(target, report)
    return done + weight


def export_report(
    ws: Workspace,
    *,
    pdf: Path | None = None,
    xlsx: Path | None = None,
    options: ExportOptions = ExportOptions(),
    assessment: AssessmentInfo | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Snapshot the assessment (the most recent by default) and write the report files."""
    from poa_desktop.services.reporting.report_data import build_report_data

    data = build_report_data(ws, assessment, changes_since=options.changes_since)
    return write_report_files(data, pdf=pdf, xlsx=xlsx, options=options, progress=progress)
