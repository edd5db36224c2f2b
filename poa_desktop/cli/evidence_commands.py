"""``evidence``: files attached to answers, added, listed, exported and removed.

The files are kept in the database with their SHA-256 (see
:mod:`poa_desktop.services.answering.evidence`); exporting checks every file against it and
never replaces a file already in the folder. Removing asks for ``--yes`` and takes a backup
first, so a file removed by mistake can be restored.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from poa_desktop.cli.opening import AddCommon, Parser, assessment_of, open_for
from poa_desktop.domain.text import format_size

SHORT_SHA = 12  # characters of the SHA-256 a list shows; enough to tell files apart by eye


def add_arguments(p: Parser, common: AddCommon) -> None:
    """``evidence``'s actions; ``common`` adds ``--db``, ``--as`` and ``--cycle``.

    Added only when ``evidence`` runs or shows its help (see :mod:`poa_desktop.cli.parser`):
    ``add`` states the size limit, which the evidence service holds.
    """
    from poa_desktop.services.answering.evidence import MAX_EVIDENCE_BYTES

    common(p)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    a = actions.add_parser(
        "add",
        help=f"attach files to the answer of a measure (at most {format_size(MAX_EVIDENCE_BYTES)}"
        " each)",
    )
    common(a, cycle=True)
    a.add_argument("id", help="commitment id, e.g. BMS8-29")
    a.add_argument("files", nargs="+", metavar="FILE", help="the files to attach")
    a.set_defaults(run=run_add)

    a = actions.add_parser("list", help="the files of one measure, or of the whole assessment")
    common(a, cycle=True)
    a.add_argument("id", nargs="?", help="commitment id (default: every measure)")
    a.set_defaults(run=run_list)

    a = actions.add_parser(
        "export",
        help="copy the files into a folder (one sub-folder per measure without ID); "
        "existing files are never replaced",
    )
    common(a, cycle=True)
    a.add_argument("id", nargs="?", help="commitment id (default: every measure)")
    a.add_argument("folder", type=Path, metavar="DIR", help="the folder (created if missing)")
    a.set_defaults(run=run_export)

    a = actions.add_parser("remove", help="remove one file (a backup is taken first)")
    common(a, cycle=True)
    a.add_argument("evidence_id", type=int, metavar="EVIDENCE_ID", help="the id 'list' shows")
    a.add_argument("--yes", action="store_true", help="remove without asking (required)")
    a.set_defaults(run=run_remove)


def run_add(args: argparse.Namespace) -> int:
    from poa_desktop.services.answering.evidence import add_evidence

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        attached = add_evidence(ws, target.id, args.id, args.files)
        label = ws.catalog.get(args.id).label
        for info in attached.added:
            print(
                f"{info.id:>5}  {info.filename}  {format_size(info.size)}  {info.media_type}  "
                f"SHA-256 {info.sha256}"
            )
        count = len(attached.added)
        noun = "file" if count == 1 else "files"
        print(f"Attached {count} {noun} to {label} ({target.cycle}).")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from poa_desktop.services.answering.evidence import list_evidence

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        found = list_evidence(ws, target.id, args.id)
        where = ws.catalog.get(args.id).label if args.id else "any measure"
        if not found:
            print(f"No evidence files on {where} in {target.cycle}.")
            return 0
        name_width = min(max(len(i.filename) for i in found), 48)
        print(
            f"{'id':>5}  {'commitment':12} {'file':{name_width}} {'size':>9}  "
            f"{'SHA-256':{SHORT_SHA}}  added (local time)"
        )
        for info in found:
            name = info.filename
            if len(name) > name_width:
                name = name[: name_width - 1] + "…"
            when = info.added_at.astimezone().strftime("%Y-%m-%d %H:%M")
            by = f" by {info.added_by}" if info.added_by else ""
            print(
                f"{info.id:>5}  {info.commitment_id:12} {name:{name_width}} "
                f"{format_size(info.size):>9}  {info.sha256[:SHORT_SHA]}  {when}{by}"
            )
        total = sum(i.size for i in found)
        noun = "file" if len(found) == 1 else "files"
        print(f"{len(found)} {noun}, {format_size(total)}, in {target.cycle}.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from poa_desktop.services.answering.evidence import export_evidence
    from poa_desktop.services.errors import ServiceError

    folder: Path = args.folder
    with open_for(args) as ws:
        target = assessment_of(ws, args)
        exported = export_evidence(ws, target.id, folder, args.id)
        for path in exported.written:
            print(path)
        count = len(exported.written)
        noun = "file" if count == 1 else "files"
        print(f"Exported {count} {noun} from {target.cycle} into {folder}.")
        if exported.damaged:
            for message in exported.damaged:
                print(f"damaged: {message}")
            raise ServiceError(
                f"{len(exported.damaged)} damaged file(s) not exported (listed above)"
            )
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from poa_desktop.services.answering.evidence import evidence_info, remove_evidence
    from poa_desktop.services.errors import ServiceError

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        info = evidence_info(ws, target.id, args.evidence_id)
        label = ws.catalog.get(info.commitment_id).label
        if not args.yes:
            raise ServiceError(
                f"this removes {info.filename} ({format_size(info.size)}) from {label} in "
                f"{target.cycle}: add --yes to remove it"
            )
        removed = remove_evidence(ws, target.id, args.evidence_id)
        print(
            f"Removed {info.filename} from {label} ({target.cycle}). "
            f"The backup taken before still holds it: {removed.backup}"
        )
    return 0
