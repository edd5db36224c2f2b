"""``drafts``: what was typed on a measure but could not be saved, listed or discarded.

A draft is kept beside the answer until every field in it is valid (see
:mod:`poa_desktop.services.answering.drafts`). Discarding one prints what it held first, so
nothing typed vanishes without a trace.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from poa_desktop.cli.opening import AddCommon, Parser, assessment_of, open_for

if TYPE_CHECKING:
    from poa_desktop.services.answering.drafts import Draft
    from poa_desktop.services.errors import Problem
    from poa_desktop.services.workspace import Workspace


def add_arguments(p: Parser, common: AddCommon) -> None:
    """``drafts``' arguments; ``common`` adds ``--db``, ``--as`` and ``--cycle``."""
    common(p, cycle=True)
    p.add_argument(
        "--discard",
        metavar="ID",
        help="forget the draft of this measure (what it held is printed first)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=drafts)


def drafts(args: argparse.Namespace) -> int:
    from poa_desktop.services.answering.drafts import list_drafts, unsaved_labels

    with open_for(args) as ws:
        target = assessment_of(ws, args)
        if args.discard:
            return _discard(ws, target.id, target.cycle, args.discard, as_json=args.json)
        found = list_drafts(ws, target.id)
        if args.json:
            print(
                json.dumps(
                    {
                        "state": target.state,
                        "cycle": target.cycle,
                        "drafts": [_as_json(ws, draft) for draft in found],
                    },
                    ensure_ascii=False,
                    indent=1,
                )
            )
            return 0
        if not found:
            print(f"No drafts in {target.cycle}: everything typed is saved.")
            return 0
        noun = "measure has" if len(found) == 1 else "measures have"
        print(f"{len(found)} {noun} something typed that could not be saved, in {target.cycle}:")
        for draft in found:
            label = ws.catalog.get(draft.commitment_id).label
            print(f"\n{label} ({draft.commitment_id}), kept {_when(draft)}{_by(draft)}")
            print(f"   not saved: {', '.join(unsaved_labels(ws, draft)) or '(nothing)'}")
            for problem in _reasons(ws, draft):
                print(f"   why: {problem.message}")
        print("\nOpen the measure to correct it, or use --discard ID to forget its draft.")
    return 0


def _discard(ws: Workspace, assessment_id: int, cycle: str, wanted: str, *, as_json: bool) -> int:
    from poa_desktop.services.answering.drafts import drop_draft, get_draft
    from poa_desktop.services.errors import NotFoundError

    commitment = ws.catalog.get(wanted)
    draft = get_draft(ws, assessment_id, commitment.id)
    if draft is None:
        raise NotFoundError(f"{commitment.label} has no draft in {cycle}")
    if as_json:
        print(json.dumps({"discarded": _as_json(ws, draft)}, ensure_ascii=False, indent=1))
    else:
        print(f"The draft of {commitment.label}, kept {_when(draft)}{_by(draft)}, held:")
        for name, value in _held(ws, draft).items():
            print(f"   {name}: {value}")
        for problem in _reasons(ws, draft):
            print(f"   why it was not saved: {problem.message}")
    drop_draft(ws, assessment_id, commitment.id)
    if not as_json:
        print(f"Discarded; {commitment.label} keeps its saved answer.")
    return 0


def _held(ws: Workspace, draft: Draft) -> dict[str, str]:
    """What a draft holds that is not saved, by what a person calls each field, as typed."""
    from poa_desktop.domain.content import display_value
    from poa_desktop.domain.fields import ANSWER_FIELDS

    known = {f.id: f.label for group in ws.catalog.field_groups for f in group.fields}
    held = {
        item.label: display_value(item.key, getattr(draft.content, item.key)) or "(empty)"
        for item in ANSWER_FIELDS
        if item.key in draft.answer_fields
    }
    for field_id, value in draft.fields.items():
        held[known.get(field_id, field_id)] = "(empty)" if value in (None, "") else str(value)
    return held


def _reasons(ws: Workspace, draft: Draft) -> list[Problem]:
    """Why each part of the draft was not saved: its recorded problems, and for a report field
    typed as something that does not read ("about 1200"), what reading it says."""
    from poa_desktop.catalog.validation import FieldValueError, parse_value
    from poa_desktop.services.errors import Problem

    reasons = list(draft.problems)
    explained = {p.field for p in reasons}
    for field_id, value in draft.fields.items():
        if field_id in explained or field_id not in ws.catalog.fields:
            continue
        try:
            parse_value(ws.catalog.field(field_id), value)
        except FieldValueError as error:
            reasons.append(Problem(field_id, error.problem.message))
    return reasons


def _when(draft: Draft) -> str:
    moment: datetime | None = draft.updated_at
    return "at an unknown time" if moment is None else f"{moment:%Y-%m-%d %H:%M:%S} UTC"


def _by(draft: Draft) -> str:
    return f" by {draft.author}" if draft.author else ""


def _as_json(ws: Workspace, draft: Draft) -> dict[str, Any]:
    from poa_desktop.services.answering.drafts import unsaved_labels

    return {
        "id": draft.commitment_id,
        "label": ws.catalog.get(draft.commitment_id).label,
        "not_saved": unsaved_labels(ws, draft),
        "problems": [{"field": p.field, "message": p.message} for p in _reasons(ws, draft)],
        "held": _held(ws, draft),
        "fields": dict(draft.fields),
        "author": draft.author,
        "base_version": draft.base_version,
        "updated_at": draft.updated_at.isoformat() if draft.updated_at else None,
    }
