"""``backups``: list the automatic copies, take one, restore one, or save a copy elsewhere.

The same service the window's File menu uses, so a focal point on a machine where the window
will not start can still get their work back.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from poa_desktop.cli.opening import AddCommon, SubParsers, open_for


def add_commands(sub: SubParsers, common: AddCommon) -> None:
    """Register ``backups``; ``common`` adds ``--db``."""
    p = sub.add_parser("backups", help="list, take or restore backups; save a copy of the database")
    common(p)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--take", action="store_true", help="take a backup now")
    group.add_argument(
        "--restore", type=Path, metavar="FILE", help="make the database what this backup holds"
    )
    group.add_argument(
        "--copy-to", type=Path, metavar="FILE", help="save a self-contained copy of the database"
    )
    p.set_defaults(run=backups)


def backups(args: argparse.Namespace) -> int:
    from poa_desktop.services.errors import ServiceError
    from poa_desktop.services.safety.backups import (
        list_backups,
        restore_backup,
        save_copy,
        take_backup,
    )

    with open_for(args) as ws:
        if args.take:
            print(f"Backup taken: {take_backup(ws.db.path)}")
            return 0
        if args.restore is not None:
            if not args.restore.is_file():
                raise ServiceError(f"{args.restore}: no such backup file")
            safety = restore_backup(ws, args.restore)
            print(f"Restored {args.restore}; the database as it was is kept in {safety}")
            return 0
        if args.copy_to is not None:
            print(f"Copy saved: {save_copy(ws, args.copy_to)}")
            return 0
        found = list_backups(ws.db.path)
        if not found:
            print(f"No backups yet in {ws.db.path.parent / 'backups'}")
            return 0
        print(f"{'taken (local time)':18} {'why':34} {'answered':>8}  file")
        for backup in found:
            when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            answered = "?" if backup.answered is None else str(backup.answered)
            print(f"{when:18} {backup.reason_label:34} {answered:>8}  {backup.path.name}")
    return 0
