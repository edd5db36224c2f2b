"""What each sub-command does: parse nothing, call services, print the result.

Each command imports the services it calls when it runs (see :mod:`poa_desktop.cli`); this
module loads when one of its commands runs or shows its help (:mod:`poa_desktop.cli.parser`).
The commitment listing (``catalog [ID]``) is in :mod:`poa_desktop.cli.catalog_commands`.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import TYPE_CHECKING

from poa_desktop.cli import package_commands, period_commands
from poa_desktop.cli.opening import assessment_of, database_path, open_for
from poa_desktop.domain.status import COUNT_KEYS, status_from_word, status_label
from poa_desktop.domain.text import shorten

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from poa_desktop.domain.progress import ProgressRow
    from poa_desktop.services.answering.history import FieldChange
    from poa_desktop.services.reporting.export import ExportOptions


def new_assessment(args: argparse.Namespace) -> int:
    from poa_desktop.services.assessments.assessments import create_assessment

    with open_for(args) as ws:
        info = create_assessment(
            ws,
            state=args.state,
            cycle=args.cycle,
            from_cycle=args.from_cycle,
            iso_code=args.iso,
            period=period_commands.period_of(args),
            report_language=args.report_language or "en",
            documents=args.documents.split(",") if args.documents else None,
        )
        carried = f", carried forward from {info.carried_from}" if info.carried_from else ""
        print(f"Created the {info.cycle} assessment for {info.state} ({info.iso_code}){carried}.")
        if info.period_start or info.period_end or info.report_language != "en":
            print(period_commands.describe(info))
        print(f"It covers {', '.join(info.documents)}.")
    return 0


def assessments(args: argparse.Namespace) -> int:
    from poa_desktop.services.assessments.assessments import list_assessments

    with open_for(args) as ws:
        rows = list_assessments(ws)
        if not rows:
            print("No assessments yet.")
        for info in rows:
            print(
                f"{info.cycle:20} {info.state} ({info.iso_code})  {info.status}  "
                f"created {info.created_at:%Y-%m-%d}"
            )
    return 0


def answer(args: argparse.Namespace) -> int:
    from poa_desktop.services.answering.answers import get_answer, save_answer

    status = status_from_word(args.status)
    with open_for(args) as ws:
        target = assessment_of(ws, args)
        current = get_answer(ws, target.id, args.id).content
        changes: dict[str, object] = {"status": status}
        if args.text is not None:
            changes["measures_taken"] = args.text
        saved = save_answer(ws, target.id, args.id, current.with_changes(**changes))
        label = ws.catalog.get(args.id).label
        if saved.changed:
            print(f"{label}: {status_label(status)} (revision {saved.version}, {target.cycle})")
        else:
            print(f"{label}: unchanged ({status_label(status)})")
    return 0


def field(args: argparse.Namespace) -> int:
    from poa_desktop.services.answering.field_values import save_field_values

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        changed, problems = save_field_values(ws, target.id, {args.field_id: args.value})
        definition = ws.catalog.field(args.field_id)
        print(f"{definition.label}: {'saved' if changed else 'unchanged'}")
        for problem in problems:
            print(f"warning: {problem.message}")
    return 0


def _progress_line(row: ProgressRow) -> str:
    counts = "  ".join(f"{row.counts[s]:3}" for s in COUNT_KEYS)
    return f"{row.label[:34]:34} {row.answered:4}/{row.total:<4} {row.percent:5.1f}%  {counts}"


def progress(args: argparse.Namespace) -> int:
    """Read through plain ``sqlite3`` when the database is current and intact (no SQLAlchemy:
    a tenth of the time), else through the workspace, which upgrades, refuses or explains."""
    from poa_desktop.services.answering.quick_progress import ProgressReport, quick_progress

    report = quick_progress(database_path(args), getattr(args, "cycle", None))
    if report is None:
        from poa_desktop.services.answering.progress import assessment_progress

        with open_for(args) as ws:
            target = assessment_of(ws, args)
            counts = assessment_progress(ws, target.id)
            report = ProgressReport(target.state, target.cycle, target.status, counts)
    if args.json:
        print(
            json.dumps(
                {"state": report.state, "cycle": report.cycle, **report.progress.as_dict()},
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    header = f"{'':34} {'answered':>9} {'':6}  Imp  Dev   No  N/A  Not yet"
    print(f"{report.state}, {report.cycle} ({report.status})\n\n{header}")
    print(_progress_line(report.progress.overall))
    for title, rows in (
        ("Documents", report.progress.documents),
        ("Sections", report.progress.sections),
        ("Themes", report.progress.themes),
    ):
        print(f"\n{title}")
        for row in rows:
            print(_progress_line(row))
    return 0


def history(args: argparse.Namespace) -> int:
    from poa_desktop.services.answering.history import answer_history, time_span

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        label = ws.catalog.get(args.id).label
        revisions = answer_history(ws, target.id, args.id)
        if not revisions:
            print(f"{label}: no answer yet in {target.cycle}.")
            return 0
        print(f"{label}, {target.cycle}: {len(revisions)} revision(s)")
        for r in revisions:
            when = time_span(r.created_at, r.saved_at, dash="-")
            print(f"\n#{r.number}  {when} UTC  {r.who}  ({r.source})")
            for change in r.changes:
                print(f"   {change.label}: {_plain_change(change)}")
    return 0


#: Unchanged words kept either side of a change in a long text (the rest shows as "…").
HISTORY_CONTEXT = 6


def _plain_change(change: FieldChange) -> str:
    """A change as ``git diff --word-diff`` writes it: ``[-removed-]{+added+}``.

    Texts show word by word with a few words of context, lists item by item, single values as
    "old -> new". Further lines of a text are indented under the first.
    """
    from poa_desktop.domain.diff import ADDED, REMOVED, elide

    if change.shape == "value" or not change.segments:
        old, new = change.old or "(empty)", change.new or "(empty)"
        return f"{shorten(old, 60)} -> {shorten(new, 60)}"
    marks = {REMOVED: "[-{}-]", ADDED: "{{+{}+}}"}
    if change.shape == "items":
        separator = "; " if change.field == "laws" else ", "
        return separator.join(marks.get(kind, "{}").format(text) for kind, text in change.segments)
    text = "".join(
        marks.get(kind, "{}").format(text) for kind, text in elide(change.segments, HISTORY_CONTEXT)
    )
    return text.replace("\n", "\n     ")


def restore(args: argparse.Namespace) -> int:
    from poa_desktop.services.answering.history import restore_revision

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        saved = restore_revision(ws, target.id, args.id, args.revision)
        label = ws.catalog.get(args.id).label
        if saved.changed:
            print(f"{label}: revision {args.revision} restored as revision {saved.version}")
        else:
            print(f"{label}: already as in revision {args.revision}")
    return 0


def search(args: argparse.Namespace) -> int:
    from poa_desktop.services.answering.search import search as run_search

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        hits = run_search(ws, target.id, args.query)
        for hit in hits:
            print(f"{hit.label:18} {hit.where}: {hit.snippet}")
        print(f"{len(hits)} commitment(s) found")
    return 0


def export(args: argparse.Namespace) -> int:
    """The report files alone (no package) are written from a snapshot read through plain
    ``sqlite3`` when the database is current and intact (no SQLAlchemy: a fifth of the PDF's
    whole command), else through the workspace, which upgrades, refuses or explains."""
    from poa_desktop.services.errors import ServiceError
    from poa_desktop.services.reporting.export import ExportOptions

    if args.pdf is None and args.xlsx is None and args.package is None:
        raise ServiceError("say what to write: --pdf FILE, --xlsx FILE, --package FILE.zip")
    options = ExportOptions(
        full_text=not args.first_sentence,
        include_unanswered=not args.skip_unanswered,
        changes_since=args.changes_since,
        language=args.language,
        order=args.order,
    )
    if args.package is None and _quick_export(args, options):
        return 0
    from poa_desktop.services.reporting.export import export_report

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        warnings: tuple[str, ...] = ()
        start = time.perf_counter()
        if args.pdf is not None or args.xlsx is not None:
            result = export_report(
                ws, pdf=args.pdf, xlsx=args.xlsx, options=options, assessment=target
            )
            _print_written(result.files)
            warnings = result.warnings
        if args.package is not None:
            package_commands.write(ws, args.package, options, target)
        for warning in warnings:
            print(f"warning: {warning}")
        seconds = time.perf_counter() - start
        print(f"{target.state}, {target.cycle}: exported in {seconds:.1f} s")
    return 0


def _quick_export(args: argparse.Namespace, options: ExportOptions) -> bool:
    """Write the report files from a snapshot read without SQLAlchemy; False (nothing written)
    when that read steps aside and the workspace must read it."""
    from poa_desktop.services.reporting.export import write_report_files
    from poa_desktop.services.reporting.quick_report_data import quick_report_data

    start = time.perf_counter()
    data = quick_report_data(
        database_path(args), getattr(args, "cycle", None), changes_since=args.changes_since
    )
    if data is None:
        return False
    result = write_report_files(data, pdf=args.pdf, xlsx=args.xlsx, options=options)
    _print_written(result.files)
    for warning in result.warnings:
        print(f"warning: {warning}")
    seconds = time.perf_counter() - start
    print(f"{data.state}, {data.cycle}: exported in {seconds:.1f} s")
    return True


def _print_written(files: Sequence[Path]) -> None:
    for path in files:
        print(f"Wrote {path} ({path.stat().st_size // 1024} KiB)")


def checklist(args: argparse.Namespace) -> int:
    from poa_desktop.services.assessments.clearance import checklist as open_items

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        items = open_items(ws, target.id)
        for item in items:
            print(f"  {item.message}")
        if items:
            print(f"{target.cycle} ({target.status}): {len(items)} open item(s) before clearance")
        else:
            print(f"{target.cycle} ({target.status}): nothing open, ready for clearance")
    return 0


def submit(args: argparse.Namespace) -> int:
    from poa_desktop.services.assessments.clearance import submit as submit_for_clearance

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        event = submit_for_clearance(ws, target.id, args.officer)
        print(f"{event.cycle}: submitted for clearance by {event.actor}.")
    return 0


def clear(args: argparse.Namespace) -> int:
    from poa_desktop.services.assessments.clearance import clear as clear_assessment

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        event = clear_assessment(
            ws, target.id, args.authority, accept_open_items=args.accept_open_items
        )
        accepted = (
            f", with {len(event.open_items)} open item(s) accepted" if event.open_items else ""
        )
        print(f"{event.cycle}: cleared by {event.actor} on {event.created_at:%Y-%m-%d}{accepted}.")
    return 0


def reopen(args: argparse.Namespace) -> int:
    from poa_desktop.services.assessments.clearance import reopen as reopen_assessment

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        event = reopen_assessment(ws, target.id, args.actor, args.reason)
        print(f"{event.cycle}: reopened as a draft by {event.actor} ({event.reason}).")
    return 0


def demo(args: argparse.Namespace) -> int:
    from poa_desktop.services.answering.progress import assessment_progress
    from poa_desktop.services.demo.build import build_demo

    with open_for(args) as ws:
        info = build_demo(ws)
        report = assessment_progress(ws, info.id)
        print(
            f"Demo ready in {ws.db.path}: {info.state}, {info.cycle}, "
            f"{report.overall.answered}/{report.overall.total} measures answered."
        )
    return 0
