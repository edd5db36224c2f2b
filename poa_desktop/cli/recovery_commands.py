"""``recover``: the answers a failed save kept in a recovery file, listed, restored or discarded.

Listing, exporting and discarding never open the database, so they work even when it is damaged.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from poa_desktop.cli.opening import AddCommon, Parser, database_path, open_for


def add_arguments(p: Parser, common: AddCommon) -> None:
    """``recover``'s arguments; ``common`` adds ``--db``."""
    common(p)
    action = p.add_mutually_exclusive_group()
    action.add_argument("--apply", action="store_true", help="save them into the database")
    action.add_argument(
        "--export", type=Path, metavar="FILE", help="write them to FILE (.json, else text)"
    )
    action.add_argument("--discard", action="store_true", help="delete them for good")
    p.set_defaults(run=recover)


def recover(args: argparse.Namespace) -> int:
    from poa_desktop.services.safety import recovery
    from poa_desktop.services.safety.recovery_apply import (
        export,
        first_words,
        local_time,
        restore,
    )

    db_path = database_path(args)
    entries = recovery.pending(db_path)
    if not entries:
        print(f"Nothing kept for {db_path}.")
        return 0
    if args.export:
        print(f"Wrote {len(entries)} kept answer(s) to {export(db_path, args.export)}.")
        return 0
    if args.discard:
        recovery.discard(db_path)
        print(f"Discarded {len(entries)} kept answer(s).")
        return 0
    if args.apply:
        with open_for(args) as ws:
            result = restore(ws)
        for entry in result.applied:
            print(f"restored {entry.commitment_id} ({entry.assessment})")
        for entry, why in result.failed:
            print(f"kept {entry.commitment_id}: {why}")
        return 1 if result.failed else 0
    print(f"{len(entries)} answer(s) kept in {recovery.recovery_file(db_path)}:")
    for entry in entries:
        words = first_words(entry.content.measures_taken, 8)
        print(
            f"{entry.commitment_id}\t{entry.assessment}\t{local_time(entry.failed_at)}\t"
            f"{entry.content.status or '-'}\t{words}"
        )
    print("Use --apply to save them, --export FILE to keep a copy, --discard to drop them.")
    return 0
