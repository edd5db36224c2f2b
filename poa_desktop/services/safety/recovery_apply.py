"""Giving back what a recovery file kept: saving it as revisions, or writing it out to read.

Restoring saves each kept answer through :func:`save_answer` with a detail saying it was
recovered. It does not check the answer's version: the kept typing is the user's most recent
intent, so it is applied even when the answer changed since the failed save; the value it
replaces stays in the answer's history, one click from being restored (nothing is lost).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from poa_desktop.catalog import Catalog
from poa_desktop.catalog.validation import FieldValueError, parse_value
from poa_desktop.domain.content import display_value
from poa_desktop.domain.fields import ANSWER_FIELDS
from poa_desktop.services.answering.answers import answers_for, save_answer
from poa_desktop.services.answering.field_values import save_field_values
from poa_desktop.services.assessments.assessments import AssessmentInfo, list_assessments
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.identity import person
from poa_desktop.services.safety import recovery
from poa_desktop.services.safety.recovery import RecoveryEntry
from poa_desktop.services.workspace import Workspace
from poa_desktop.store.errors import StorageError


@dataclass
class RestoreResult:
    """What a restore did: ``failed`` pairs an entry with why; those stay in the file."""

    applied: list[RecoveryEntry] = field(default_factory=list)
    failed: list[tuple[RecoveryEntry, str]] = field(default_factory=list)
    changed_since: list[RecoveryEntry] = field(default_factory=list)  # newer value superseded


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def recovered_detail(entry: RecoveryEntry) -> str:
    """The provenance detail of a restored answer, shown in its history."""
    return f"recovered after a failed save on {local_time(entry.failed_at)}"


def _assessment_for(entry: RecoveryEntry, known: Sequence[AssessmentInfo]) -> AssessmentInfo:
    """The assessment the entry was typed in: same id and cycle, else same State and cycle.

    A database recreated since may reuse the id for another cycle; that one must not be written.
    """
    by_id = [a for a in known if a.id == entry.assessment_id and a.cycle == entry.cycle]
    by_name = [a for a in known if a.cycle == entry.cycle and a.state == entry.state]
    found = by_id or by_name
    if not found:
        raise ServiceError(f"the {entry.assessment} assessment is not in this database")
    return found[0]


def _valid_fields(ws: Workspace, entry: RecoveryEntry) -> dict[str, recovery.FieldInput]:
    valid = {}
    for field_id, raw in entry.fields.items():
        if field_id not in ws.catalog.fields:
            continue
        try:
            parse_value(ws.catalog.field(field_id), raw)
        except FieldValueError:
            continue  # the form showed it as invalid; it could not have been saved either
        valid[field_id] = raw
    return valid


def _restore_one(ws: Workspace, entry: RecoveryEntry, assessment: AssessmentInfo) -> bool:
    """Save one entry; True when the answer had changed since the save that failed."""
    current = answers_for(ws, assessment.id, [entry.commitment_id]).get(entry.commitment_id)
    version = current.version if current is not None else 0
    detail = recovered_detail(entry)
    author = person(ws, entry.author)  # who typed it, else who is working now
    save_answer(
        ws,
        assessment.id,
        entry.commitment_id,
        entry.content,
        author=author,
        provenance_detail=detail,
    )
    fields = _valid_fields(ws, entry)
    if fields:
        save_field_values(ws, assessment.id, fields, author=author, provenance_detail=detail)
    return version != entry.base_version


def restore(
    ws: Workspace, entries: Sequence[RecoveryEntry] | None = None, *, only_unchanged: bool = False
) -> RestoreResult:
    """Save the kept entries (all pending ones by default) and drop them from the file.

    ``only_unchanged`` restores only answers nobody saved since the failure (the window uses it
    once saving works again); the others wait for the user's decision at the next start.
    """
    todo = recovery.pending(ws.db.path) if entries is None else list(entries)
    result = RestoreResult()
    if not todo:
        return result
    known = list_assessments(ws)
    for index, entry in enumerate(todo):
        try:
            assessment = _assessment_for(entry, known)
            if only_unchanged:
                current = answers_for(ws, assessment.id, [entry.commitment_id])
                record = current.get(entry.commitment_id)
                if (record.version if record else 0) != entry.base_version:
                    continue
            if _restore_one(ws, entry, assessment):
                result.changed_since.append(entry)
        except StorageError as error:  # still failing: the rest cannot be saved either
            result.failed += [(e, str(error)) for e in todo[index:]]
            break
        except ServiceError as error:
            result.failed.append((entry, str(error)))
            continue
        result.applied.append(entry)
    recovery.forget(ws.db.path, [e.key for e in result.applied])
    return result


def first_words(text: str, count: int = 12) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def readable_text(
    db_path: Path, entries: Sequence[RecoveryEntry], catalog: Catalog | None = None
) -> str:
    """The kept answers as plain text a person can read, print or copy from."""
    lines = [
        "poa-desktop: answers kept after a failed save",
        f"Database: {recovery.database_key(db_path)}",
        f"Written: {local_time(datetime.now().astimezone())}",
    ]
    for entry in entries:
        lines += ["", f"== {entry.assessment}: {entry.commitment_label} ({entry.commitment_id}) =="]
        by = f" (typed by {entry.author})" if entry.author else ""
        lines.append(f"Kept on {local_time(entry.failed_at)}{by}")
        if entry.error:
            lines.append(f"Why: {entry.error}")
        for name, label in ((f.key, f.label) for f in ANSWER_FIELDS):
            value = display_value(name, getattr(entry.content, name))
            if "\n" in value:
                lines += [f"{label}:", *("    " + line for line in value.splitlines())]
            elif value or name == "status":
                lines.append(f"{label}: {value}")
        for field_id, raw in entry.fields.items():
            if raw is None or raw == "":
                continue
            known = catalog is not None and field_id in catalog.fields
            label = catalog.field(field_id).label if catalog is not None and known else field_id
            lines.append(f"{label}: {display_value(field_id, raw)}")
    return "\n".join(lines) + "\n"


def export(db_path: Path, target: Path, catalog: Catalog | None = None) -> Path:
    """Write what is kept for ``db_path`` to ``target``: the JSON itself for ``.json``, else text.

    The recovery file stays; this is a copy for the user to keep.
    """
    entries = recovery.pending(db_path)
    if target.suffix.lower() == ".json":
        text = recovery.document_text(db_path, entries) + "\n"
    else:
        text = readable_text(db_path, entries, catalog)
    recovery.write_atomic(target, text)
    return target
