"""``assign`` and ``agencies``: bulk assignment of measures to agencies, and progress per agency."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from poa_desktop.services.agency_work import agency_progress, assign


def add_commands(sub: Any, common: Any) -> None:
    """Register the sub-commands on the main parser's sub-parsers."""
    p = sub.add_parser("assign", help="assign measures to agencies, by id, theme or section")
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

    p = sub.add_parser("agencies", help="measures assigned to and answered by each agency")
    common(p, cycle=True)
    p.set_defaults(run=run_agencies)

    p = sub.add_parser(
        "agency-workbook", help="an Excel workbook with the measures assigned to one agency"
    )
    common(p, cycle=True)
    p.add_argument("agency", metavar="AGENCY", help="an agency of the State profile")
    p.add_argument("--xlsx", required=True, type=Path, metavar="FILE", help="the file to write")
    p.set_defaults(run=run_agency_workbook)


def run_assign(args: argparse.Namespace) -> int:
    from poa_desktop.cli.commands import _target, _workspace

    with _workspace(args) as ws:
        target = _target(ws, args)
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
    from poa_desktop.cli.commands import _target, _workspace

    with _workspace(args) as ws:
        target = _target(ws, args)
        for row in agency_progress(ws, target.id):
            print(
                f"{row.agency[:40]:40} {row.answered:4}/{row.assigned:<4} answered "
                f"({row.percent:.0f}%)"
            )
    return 0


def run_agency_workbook(args: argparse.Namespace) -> int:
    from poa_desktop.cli.commands import _target, _workspace
    from poa_desktop.services.agency_workbook import prepare_agency_workbook

    with _workspace(args) as ws:
        target = _target(ws, args)
        info = prepare_agency_workbook(ws, target.id, args.agency, args.xlsx)
        print(
            f"{info.path}: {len(info.measures)} measure(s) for {info.agency} ({info.cycle}), "
            f"token {info.token}"
        )
    return 0
