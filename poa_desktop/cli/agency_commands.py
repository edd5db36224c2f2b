"""Agency commands: bulk assignment, progress per agency, agency workbooks out and back in."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Literal

from poa_desktop.cli.opening import AddCommon, Parser, assessment_of, open_for

Choice = Literal["agency", "app", "both"]


def add_assign_arguments(p: Parser, common: AddCommon) -> None:
    """``assign``'s arguments (:mod:`poa_desktop.cli.parser` lists the commands)."""
    common(p, cycle=True)
    p.add_argument(
        "--agency",
        action="append",
        required=True,
        metavar="NAME",
        help="an agency of the State profile (repeat for several)",
    )
    p.add_argument("--id", dest="ids", action="append", default=[], metavar="ID")
    p.add_argument("--theme", dest="themes", action="append", default=[], metavar="THEME")
    p.add_argument(
        "--section",
        dest="sections",
        action="append",
        default=[],
        metavar="SECTION",
        help='e.g. "RC3:II" or "BMS8:A"',
    )
    p.add_argument("--remove", action="store_true", help="unassign instead")
    p.set_defaults(run=run_assign)


def add_agencies_arguments(p: Parser, common: AddCommon) -> None:
    common(p, cycle=True)
    p.set_defaults(run=run_agencies)


def add_workbook_arguments(p: Parser, common: AddCommon) -> None:
    """``agency-workbook``'s arguments."""
    common(p, cycle=True)
    p.add_argument("agency", metavar="AGENCY", help="an agency of the State profile")
    p.add_argument("--xlsx", required=True, type=Path, metavar="FILE", help="the file to write")
    p.set_defaults(run=run_agency_workbook)


def add_return_arguments(p: Parser, common: AddCommon) -> None:
    """``agency-return``'s arguments."""
    common(p, cycle=True)
    p.add_argument("file", type=Path, help="the workbook the agency sent back")
    p.add_argument(
        "--choose",
        action="append",
        default=[],
        metavar="ID=agency|app|both",
        help="for an answer changed both here and by the agency: which version to keep "
        "(both: what either wrote, this app's texts first)",
    )
    p.add_argument("--dry-run", action="store_true", help="show the preview, change nothing")
    p.add_argument("--skip-unreadable", action="store_true")
    p.set_defaults(run=run_agency_return)


def run_assign(args: argparse.Namespace) -> int:
    from poa_desktop.services.reporting.agency_work import assign

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        changed = assign(
            ws,
            target.id,
            args.agency,
            commitment_ids=args.ids,
            themes=args.themes,
            sections=args.sections,
            unassign=args.remove,
        )
        verb = "unassigned from" if args.remove else "assigned to"
        print(f"{changed} measure(s) {verb} {', '.join(args.agency)} ({target.cycle})")
    return 0


def run_agencies(args: argparse.Namespace) -> int:
    from poa_desktop.services.reporting.agency_work import agency_progress

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        for row in agency_progress(ws, target.id):
            print(
                f"{row.agency[:40]:40} {row.answered:4}/{row.assigned:<4} answered "
                f"({row.percent:.0f}%)"
            )
    return 0


def run_agency_workbook(args: argparse.Namespace) -> int:
    from poa_desktop.services.reporting.agency_workbook import prepare_agency_workbook

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        info = prepare_agency_workbook(ws, target.id, args.agency, args.xlsx)
        print(
            f"{info.path}: {len(info.measures)} measure(s) for {info.agency} ({info.cycle}), "
            f"token {info.token}"
        )
    return 0


def _choices(pairs: list[str]) -> dict[str, Choice]:
    from poa_desktop.services.errors import ServiceError

    choices: dict[str, Choice] = {}
    for pair in pairs:
        commitment_id, sep, side = pair.partition("=")
        sides: dict[str, Choice] = {"agency": "agency", "app": "app", "both": "both"}
        if not sep or side not in sides:
            raise ServiceError(f"--choose {pair!r}: write ID=agency, ID=app or ID=both")
        choices[commitment_id.strip().upper()] = sides[side]
    return choices


def run_agency_return(args: argparse.Namespace) -> int:
    from poa_desktop.services.errors import ServiceError
    from poa_desktop.services.reporting.agency_workbook import (
        apply_agency_return,
        preview_agency_return,
    )

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        preview = preview_agency_return(ws, args.file, target)
        prepared = preview.prepared_at.strftime("%Y-%m-%d %H:%M")
        print(
            f"{args.file.name}: from {preview.agency}, prepared {prepared} UTC: "
            f"{len(preview.updates)} update(s), {len(preview.conflicts)} conflict(s), "
            f"{len(preview.app_newer)} changed here since and left as they are"
        )
        for conflict in preview.conflicts:
            fields = ", ".join(conflict.agency.changed_fields(conflict.app))
            print(f"  conflict {conflict.commitment_id} ({conflict.label}): {fields}")
        for problem in preview.import_preview.problems:
            print(f"  unreadable: {problem}")
        if args.dry_run:
            return 0
        choices = _choices(args.choose)
        missing = [c.commitment_id for c in preview.conflicts if c.commitment_id not in choices]
        if missing:
            raise ServiceError(
                f"choose a version for {', '.join(missing)} with --choose ID=agency, "
                "ID=app or ID=both: nothing imported"
            )
        result = apply_agency_return(
            ws,
            preview,
            choices,
            skip_unreadable=args.skip_unreadable,
        )
        print(f"Imported {result.answers} answer(s) contributed by {preview.agency}.")
    return 0
