"""``backups``: list the automatic copies, take one, restore one, or save a copy elsewhere.

The same service the window's File menu uses, so a focal point on a machine where the window
will not start can still get their work back. ``backups copy TARGET`` (or ``--copy-to``) puts a
copy on a USB key or a network folder and records it; the listing says when a copy last left
the computer, and reminds when none has for a month (issue 19).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from poa_desktop.cli.opening import AddCommon, Parser, open_for


def add_arguments(p: Parser, common: AddCommon) -> None:
    """``backups``' arguments and its ``copy`` action; ``common`` adds ``--db``."""
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
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=False)
    c = actions.add_parser(
        "copy",
        help="save a copy of the database elsewhere (a USB key, a network folder) and record it",
    )
    common(c)
    c.add_argument(
        "target",
        type=Path,
        metavar="TARGET",
        help="the file to write, or a folder to put a dated copy in",
    )
    c.set_defaults(run=copy)


def copy(args: argparse.Namespace) -> int:
    """``backups copy TARGET``: the copy, where it went, and whether it left the computer."""
    from poa_desktop.services.safety.backups import copy_elsewhere

    with open_for(args) as ws:
        record = copy_elsewhere(ws, args.target)
    print(f"Copy saved: {record.target}")
    if not record.left_computer:
        print(
            "This copy is on the same disk as the database: it will not survive a disk failure. "
            "A USB key or network folder is safer."
        )
    return 0


def backups(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from poa_desktop.services.errors import ServiceError
    from poa_desktop.services.safety.backups import (
        list_backups,
        restore_backup,
        take_backup,
    )
    from poa_desktop.services.safety.off_computer import last_copy_line, off_computer_reminder

    if args.copy_to is not None:
        args.target = args.copy_to
        return copy(args)
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
        found = list_backups(ws.db.path)
        if not found:
            print(f"No backups yet in {ws.db.path.parent / 'backups'}")
        else:
            print(f"{'taken (local time)':18} {'why':34} {'answered':>8}  file")
        for backup in found:
            when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            answered = "?" if backup.answered is None else str(backup.answered)
            print(f"{when:18} {backup.reason_label:34} {answered:>8}  {backup.path.name}")
        print(last_copy_line(ws.db.path))
        reminder = off_computer_reminder(ws, datetime.now(UTC))
        if reminder is not None:
            print(reminder)
    return 0
