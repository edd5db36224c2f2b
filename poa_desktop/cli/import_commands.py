"""``import``: a spreadsheet into an assessment, preview first, nothing written unasked.

The preview is printed before anything is written; cells and rows that cannot be read are
listed and block the import unless ``--skip-unreadable`` says to leave them out. Existing
answers are only filled where empty unless ``--policy replace`` is given, and agencies the file
names that the profile does not have are added only with ``--add-agencies`` (the app's own
workbooks bring theirs unless ``--no-add-agencies``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from poa_desktop.cli.opening import AddCommon, Parser, assessment_of, open_for
from poa_desktop.domain.status import status_label

if TYPE_CHECKING:
    from poa_desktop.services.reporting.imports import ImportPreview


def add_arguments(p: Parser, common: AddCommon) -> None:
    """``import``'s options; ``common`` adds ``--db``, ``--as`` and ``--cycle``.

    Added only when ``import`` runs or shows its help (see :mod:`poa_desktop.cli.parser`): the
    import service holds the policies ``--policy`` offers.
    """
    from poa_desktop.services.reporting.imports import DEFAULT_POLICY, POLICIES

    common(p, cycle=True)
    p.add_argument("file", type=Path, help="an .xlsx workbook: this app's export or a tracker")
    p.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE",
        help="sheets and columns to read (JSON, see --save-mapping) instead of the proposed ones",
    )
    p.add_argument(
        "--save-mapping",
        type=Path,
        metavar="FILE",
        help="write the sheets and columns used to FILE, for --mapping next time",
    )
    p.add_argument(
        "--policy",
        choices=POLICIES,
        default=DEFAULT_POLICY,
        help="existing answers: fill only their empty fields (default), replace what they hold "
        "(the preview counts what is overwritten), or keep them whole",
    )
    p.add_argument(
        "--add-agencies",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="add the agencies the file names that the State profile does not have (default: "
        "yes for this app's workbooks, no for other spreadsheets, whose cells naming them are "
        "then listed as unreadable)",
    )
    p.add_argument("--dry-run", action="store_true", help="print the preview, change nothing")
    p.add_argument(
        "--skip-unreadable",
        action="store_true",
        help="import the readable cells and rows even if some cannot be read (they are listed)",
    )
    p.add_argument(
        "--from-another-state",
        action="store_true",
        help="import this app's workbook of another State into this one (refused otherwise)",
    )
    p.add_argument("--json", action="store_true", help="print the preview as JSON")
    p.set_defaults(run=import_file)


def import_file(args: argparse.Namespace) -> int:
    from poa_desktop.services.errors import ServiceError
    from poa_desktop.services.reporting.import_settings import load_mapping, save_mapping
    from poa_desktop.services.reporting.imports import apply_import, preview_import

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        mapping = load_mapping(args.mapping) if args.mapping else None
        preview = preview_import(
            ws,
            args.file,
            mapping=mapping,
            policy=args.policy,
            assessment=target,
            from_another_state=args.from_another_state,
            add_agencies=args.add_agencies,
        )
        if args.save_mapping and preview.mapping is not None:
            save_mapping(preview.mapping, args.save_mapping)
        if args.json:
            print(json.dumps(preview.as_json(), ensure_ascii=False, indent=1, default=str))
        else:
            print_preview(preview)
        counts = preview.counts()
        if preview.problems and not args.skip_unreadable:
            raise ServiceError(
                f"{counts['cells_skipped']} cell(s) and {counts['rows_skipped']} row(s) cannot "
                "be read: nothing imported (use --skip-unreadable to import the rest)"
            )
        if args.dry_run:
            return 0
        result = apply_import(ws, preview, skip_unreadable=args.skip_unreadable)
        if not args.json:
            backup = f" Backup taken before: {result.backup}" if result.backup else ""
            added = (
                f", {len(result.agencies_added)} agenc(ies) added to the profile"
                if result.agencies_added
                else ""
            )
            print(
                f"Imported into {target.cycle}: {result.new} new, {result.updated} changed, "
                f"{result.kept} kept, {result.fields} report field value(s){added}; "
                f"{result.cells_skipped} cell(s) and {result.rows_skipped} row(s) skipped."
                f"{backup}"
            )
    return 0


def print_preview(preview: ImportPreview) -> None:
    """The preview as lines a person reads in a terminal."""
    from poa_desktop.domain.fields import field_label

    counts = preview.counts()
    kind = "this app's workbook" if preview.own_format else "a spreadsheet"
    sheets = "sheets" if len(preview.sheets) > 1 else "sheet"
    print(f"{preview.source.name}: {kind}, {sheets} {preview.sheet}, policy {preview.policy}")
    for change in preview.changes:
        if change.action in ("unchanged", "kept"):
            continue
        what = ", ".join(field_label(f) for f in change.changed)
        status = status_label(change.new.status)
        print(
            f"  {change.sheet[:12]:12} row {change.row:>5}  {change.label:18} {change.action:7} "
            f"{status:17} {what}"
        )
    for item in preview.field_changes:
        print(f"  row {item.row:>5}  {item.field_id:22} {item.old!s} -> {item.new!s}")
    for problem in preview.problems:
        print(f"  {'skipped cell' if problem.skips == 'cell' else 'skipped row'}: {problem}")
    for reading in preview.readings:
        print(f"  understood: {reading}")
    if preview.new_agencies:
        names = "; ".join(a.name for a in preview.new_agencies)
        verb = "added to the profile" if preview.add_agencies else "not in the profile"
        print(f"  agencies {verb}: {names}")
    for note in preview.notes:
        print(f"  note: {note}")
    overwritten = (
        f" ({counts['overwritten']} filled field(s) overwritten)"
        if preview.policy == "replace" and counts["overwritten"]
        else ""
    )
    if counts["left"]:
        print(
            f"  note: {counts['left']} field(s) hold something else than the file says and are "
            f"left as they are ({preview.policy}); --policy replace takes the file's values"
        )
    print(
        f"{counts['new']} new, {counts['update']} changed{overwritten}, "
        f"{counts['unchanged']} unchanged, {counts['kept']} kept, {counts['fields']} report field "
        f"value(s); cannot be read: {counts['cells_skipped']} cell(s), "
        f"{counts['rows_skipped']} row(s)"
    )
