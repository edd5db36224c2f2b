"""Commands about moving from one reporting cycle to the next: what changed, confirming answers.

Kept apart from :mod:`poa_desktop.cli.commands`; :mod:`poa_desktop.cli.parser` lists them and
adds their arguments from here when one runs.
"""

from __future__ import annotations

import argparse
import json

from poa_desktop.cli.opening import AddCommon, Parser, open_for
from poa_desktop.domain.status import status_label


def add_changes_arguments(p: Parser, common: AddCommon) -> None:
    """``changes``' arguments; ``common`` adds ``--db``."""
    common(p)
    p.add_argument("--since", required=True, metavar="CYCLE", help="the earlier cycle")
    p.add_argument("--cycle", metavar="CYCLE", help="the later cycle (default: the most recent)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=changes)


def add_confirm_arguments(p: Parser, common: AddCommon) -> None:
    """``confirm-unchanged``'s arguments; ``common`` adds ``--db`` and ``--cycle``."""
    common(p, cycle=True)
    p.add_argument("ids", nargs="*", metavar="ID", help="commitment ids, e.g. BMS8-29")
    p.add_argument(
        "--all", action="store_true", help="every carried-forward answer not yet confirmed"
    )
    p.set_defaults(run=confirm)


def changes(args: argparse.Namespace) -> int:
    from poa_desktop.services.assessments.changes import changes_between

    with open_for(args) as ws:
        found = changes_between(ws, args.since, args.cycle)
        if args.json:
            print(json.dumps(found.to_json(), ensure_ascii=False, indent=1))
            return 0
        count = len(found)
        noun = "answer" if count == 1 else "answers"
        print(f"{count} {noun} changed from {found.earlier_cycle} to {found.later_cycle}")
        for change in found:
            status = status_label(change.new_status)
            if change.status_changed:
                status = f"{status_label(change.old_status)} -> {status}"
            print(f"  {change.label:22} {status:36} {', '.join(change.field_labels)}")
    return 0


def confirm(args: argparse.Namespace) -> int:
    from poa_desktop.services.assessments.assessments import find_assessment
    from poa_desktop.services.assessments.carry import carried_pending, confirm_unchanged
    from poa_desktop.services.errors import ServiceError

    if args.all == bool(args.ids):
        raise ServiceError("give the commitment ids to confirm, or --all (not both)")
    with open_for(args) as ws:
        target = find_assessment(ws, args.cycle)
        ids = carried_pending(ws, target.id) if args.all else list(args.ids)
        count = confirm_unchanged(ws, target.id, ids)
        left = len(carried_pending(ws, target.id))
        noun = "answer" if count == 1 else "answers"
        print(
            f"Confirmed {count} {noun} unchanged in {target.cycle}; "
            f"{left} carried forward still to review."
        )
    return 0
