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
import json
import sys
from collections import Counter
from pathlib import Path

from poa_desktop.cli.opening import AddCommon, Parser, assessment_of, open_for

ACTIONS = ("list", "add", "remove", "cover", "uncover")


def add_arguments(p: Parser, common: AddCommon) -> None:
    """``catalog``'s arguments (:mod:`poa_desktop.cli.parser` lists the command)."""
    p.description = __doc__.split("\n\n")[1] if __doc__ else None
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    common(p, cycle=True)
    p.add_argument(
        "words",
        nargs="*",
        metavar="ID | list | add FILE | remove ID | cover ID... | uncover ID...",
        help="a commitment id such as BMS8-29, or what to do with the outcome documents",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    words: list[str] = args.words
    if not words or words[0] not in ACTIONS:
        if len(words) > 1:
            print(f"catalog: one commitment id at a time, not {' '.join(words)}", file=sys.stderr)
            return 2
        args.id = words[0] if words else None
        return show(args)
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


def show(args: argparse.Namespace) -> int:
    """``catalog [ID] [--json]``: the commitments listed, or one of them shown."""
    from poa_desktop.catalog import default_catalog

    cat = default_catalog()
    if args.id:
        c = cat.get(args.id)
        if args.json:
            print(json.dumps(_commitment_json(c.id), ensure_ascii=False, indent=1))
            return 0
        print(f"{c.label}  ({c.id}, {c.kind})")
        for heading in c.headings:
            print(f"  {heading.display}")
        if c.lead_in:
            print(f"\n{c.lead_in}")
        print(f"\n{c.number}. {c.text}\n")
        if c.expired is not None:
            print(f"No longer current: {c.expired.note}\n")
        print(f"Themes: {', '.join(cat.theme(t).label for t in c.themes)}")
        if c.related:
            print(f"Related: {', '.join(cat.get(r).label for r in c.related)}")
        for group in cat.field_groups_for(c.id):
            print(f"Report fields: {group.label}")
        return 0
    if args.json:
        print(
            json.dumps(
                {
                    "catalog_version": cat.version,
                    "documents": [
                        {
                            "id": d.id,
                            "title": d.title,
                            "source": d.source.description,
                            "commitments": [_commitment_json(c.id) for c in d.commitments],
                        }
                        for d in cat.documents
                    ],
                    "report_fields": [
                        {
                            "group": g.id,
                            "label": g.label,
                            "commitments": list(g.commitments),
                            "fields": [
                                {"id": f.id, "label": f.label, "type": f.type, "unit": f.unit}
                                for f in g.fields
                            ],
                        }
                        for g in cat.field_groups
                    ],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    print(f"Commitment catalog {cat.version}: {len(cat)} paragraphs, {len(cat.measures)} measures")
    for d in cat.documents:
        kinds = Counter(c.kind for c in d.commitments)
        summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        print(f"\n{d.short_title}: {d.title}\n  {summary}")
        for section in d.sections:
            members = [c for c in d.commitments if c.section == section.id]
            if members:
                span = f"{members[0].label} to {members[-1].label}"
                counts = Counter(c.kind for c in members)
                mix = (
                    members[0].kind
                    if len(counts) == 1
                    else ", ".join(f"{n} {k}" for k, n in counts.most_common())
                )
                print(f"  {section.label:6} {span:40} {len(members):3} ({mix})")
    return 0


def _commitment_json(commitment_id: str) -> dict[str, object]:
    from poa_desktop.catalog import default_catalog

    c = default_catalog().get(commitment_id)
    return {
        "id": c.id,
        "label": c.label,
        "kind": c.kind,
        "section": c.section,
        "headings": [h.display for h in c.headings],
        "lead_in": c.lead_in,
        "text": c.text,
        "level": list(c.level),
        "addressees": list(c.addressees),
        "themes": list(c.themes),
        "related": list(c.related),
        "expired": None
        if c.expired is None
        else {"note": c.expired.note, "since": c.expired.since},
    }


def _list(args: argparse.Namespace) -> int:
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
