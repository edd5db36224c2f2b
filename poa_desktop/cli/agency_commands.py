"""``assign`` and ``agencies``: bulk assignment of measures to agencies, and progress per agency."""

from __future__ import annotations

import argparse
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
