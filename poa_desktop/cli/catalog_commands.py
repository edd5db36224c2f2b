"""``catalog``: the commitments (listed, or one shown), and the outcome documents installed.

    catalog [ID] [--json]            the commitments, or one of them
    catalog list                     every document: version, where it comes from, answers
    catalog add FILE.json            check a document and install it for this user
    catalog remove ID                uninstall a document the user added (none of its answers)
    catalog cover ID... [--cycle C]  a draft assessment covers these documents too
    catalog uncover ID... [--cycle C]

The words come first so that ``catalog BMS8-29`` keeps working: no commitment id is one of them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from poa_desktop.cli.opening import AddCommon, SubParsers, assessment_of, open_for

ACTIONS = ("list", "add", "remove", "cover", "uncover")


def add_commands(sub: SubParsers, common: AddCommon, show: object) -> None:
    """Register ``catalog``; ``show`` runs the commitment listing (``catalog [ID]``)."""
    p = sub.add_parser(
        "catalog",
        help="list the commitments or show one; list, add or remove outcome documents",
        description=__doc__.split("\n\n")[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(p, cycle=True)
    p.add_argument(
        "words",
        nargs="*",
        metavar="ID | list | add FILE | remove ID | cover ID... | uncover ID...",
        help="a commitment id such as BMS8-29, or what to do with the outcome documents",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=run, show=show)


def run(args: argparse.Namespace) -> int:
    words: list[str] = args.words
    if not words or words[0] not in ACTIONS:
        if len(words) > 1:
            print(f"catalog: one commitment id at a time, not {' '.join(words)}", file=sys.stderr)
            return 2
        args.id = words[0] if words else None
        return int(args.show(args))
    action, rest = words[0], words[1:]
    if action == "list":
        return _list(args)
    if not rest:
        what = "a file" if action == "add" else "a document id"
        print(f"catalog {action}: say {what}", file=sys.stderr)
        return 2
    if action == "add":
        return _add(args, [Path(r) for r in rest])
    if action == "remove":
        return _remove(args, rest)
    return _cover(args, rest, add=action == "cover")


def _list(args: argparse.Namespace) -> int:
    import json

    from poa_desktop.services.outcome_documents import list_documents, skipped_documents

    with open_for(args) as ws:
        rows = list_documents(ws)
    if args.json:
        print(json.dumps([row.__dict__ for row in rows], ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        source = "bundled" if row.bundled else f"added: {row.source}"
        covered = ", ".join(row.covered_by) or "no assessment"
        print(f"{row.id:8} {row.short_title:12} version {row.version:8} {source}")
        print(f"         {row.title}")
        print(
            f"         {row.measures} measures of {row.paragraphs} paragraphs; "
            f"{row.answers} answers; covered by {covered}"
        )
    for reason in skipped_documents():
        print(f"Left out: {reason}", file=sys.stderr)
    return 0


def _add(args: argparse.Namespace, paths: list[Path]) -> int:
    from poa_desktop.services.outcome_documents import DocumentRefused, add_document

    failed = 0
    with open_for(args) as ws:
        for path in paths:
            try:
                added = add_document(ws, path)
            except DocumentRefused as refused:
                failed += 1
                print(f"Not installed: {path}", file=sys.stderr)
                for problem in refused.problems:
                    print(f"  {problem}", file=sys.stderr)
                continue
            info = added.document
            update = (
                f" (replacing version {added.replaced_version})" if added.replaced_version else ""
            )
            print(
                f"Installed {info.short_title} ({info.id}) version {info.version}{update}: "
                f"{info.measures} measures of {info.paragraphs} paragraphs, in {info.source}."
            )
            print(
                f"No assessment covers it yet: 'poa-desktop catalog cover {info.id}' adds it to "
                "the current one, 'new-assessment --documents' to a new cycle."
            )
    return 1 if failed else 0


def _remove(args: argparse.Namespace, ids: list[str]) -> int:
    from poa_desktop.services.outcome_documents import remove_document

    with open_for(args) as ws:
        for document_id in ids:
            info = remove_document(ws, document_id)
            print(f"Removed {info.short_title} ({info.id}) from {info.source}.")
    return 0


def _cover(args: argparse.Namespace, ids: list[str], *, add: bool) -> int:
    from poa_desktop.services.assessments.documents import set_covered_documents

    with open_for(args) as ws:
        info = assessment_of(ws, args)
        current = list(info.documents)
        wanted = {i.strip().casefold() for i in ids}
        kept = [d for d in current if d.casefold() not in wanted]
        chosen = current + ids if add else kept
        covered = set_covered_documents(ws, info.id, chosen)
    print(f"{info.cycle} covers {', '.join(covered)}.")
    return 0
