"""Importing answers from a spreadsheet: preview first, then one all-or-nothing transaction.

The preview reads the file (``poa_desktop.exchange.reading.plan``, imported when an import starts,
so that openpyxl stays off start-up), merges each row with the
current answer under the chosen policy, and checks every merged answer exactly as a save would;
it writes nothing. Applying it backs the database up, then writes everything in one transaction
with a revision per answer that says "imported from <file>, sheet <name>, row <n>". If an answer
changed since the preview, nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from poa_desktop.catalog.validation import FieldValueError, parse_value
from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.provenance import Provenance
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.domain.status import status_from_word
from poa_desktop.services.answering.answers import (
    AnswerWrite,
    all_answers,
    blank_record,
    validate_content,
    write_answers,
)
from poa_desktop.services.answering.field_values import field_values, write_field_values
from poa_desktop.services.assessments.assessments import AssessmentInfo, find_assessment
from poa_desktop.services.assessments.profiles import get_profile
from poa_desktop.services.errors import ConflictError, ServiceError
from poa_desktop.services.identity import person
from poa_desktop.services.safety.backups import take_backup
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Assessment

if TYPE_CHECKING:
    from poa_desktop.exchange.reading.mapping import ImportMapping
    from poa_desktop.exchange.reading.plan import ReadResult, RowProblem, WorkbookOrigin

Policy = Literal["replace", "keep", "fill-empty"]
POLICIES: tuple[Policy, ...] = ("replace", "keep", "fill-empty")
_EMPTY = AnswerContent()


@dataclass(frozen=True)
class RowChange:
    """What one readable row would do to one answer."""

    sheet: str
    row: int
    commitment_id: str
    label: str
    old: AnswerContent
    new: AnswerContent
    old_version: int
    kept: bool  # the "keep" policy left an existing answer as it was

    @property
    def changed(self) -> tuple[str, ...]:
        return tuple(self.new.changed_fields(self.old))

    @property
    def action(self) -> str:
        if self.kept:
            return "kept"
        if not self.changed:
            return "unchanged"
        return "new" if self.old.is_blank else "update"


@dataclass(frozen=True)
class FieldChange:
    sheet: str
    row: int
    commitment_id: str
    field_id: str
    label: str
    old: object
    new: object


@dataclass(frozen=True)
class ImportPreview:
    source: Path
    assessment: AssessmentInfo
    policy: Policy
    own_format: bool
    sheet: str
    changes: tuple[RowChange, ...]
    field_changes: tuple[FieldChange, ...]
    problems: tuple[RowProblem, ...]
    notes: tuple[str, ...]

    def counts(self) -> dict[str, int]:
        counts = {"new": 0, "update": 0, "unchanged": 0, "kept": 0}
        for change in self.changes:
            counts[change.action] += 1
        counts["fields"] = len(self.field_changes)
        counts["unreadable"] = len(self.problems)
        return counts

    def as_json(self) -> dict[str, Any]:
        return {
            "source": str(self.source),
            "cycle": self.assessment.cycle,
            "sheet": self.sheet,
            "own_format": self.own_format,
            "policy": self.policy,
            "counts": self.counts(),
            "rows": [
                {
                    "sheet": c.sheet,
                    "row": c.row,
                    "id": c.commitment_id,
                    "status": c.new.status,
                    "action": c.action,
                    "changed": list(c.changed),
                }
                for c in self.changes
            ],
            "fields": [
                {
                    "sheet": f.sheet,
                    "row": f.row,
                    "id": f.commitment_id,
                    "field": f.field_id,
                    "old": f.old,
                    "new": f.new,
                }
                for f in self.field_changes
            ],
            "unreadable": [
                {
                    "sheet": p.sheet,
                    "row": p.row,
                    "column": p.column,
                    "field": p.field,
                    "reason": p.reason,
                }
                for p in self.problems
            ],
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class ImportResult:
    answers: int
    fields: int
    skipped: int
    backup: Path | None


def _is_given(value: object) -> bool:
    return value not in (None, "", (), [])


def merge(
    old: AnswerContent, values: Mapping[str, object], policy: Policy, exact: bool
) -> tuple[AnswerContent, bool]:
    """The answer after import, and whether the "keep" policy kept the old one.

    ``exact`` (the app's own workbooks): an empty cell means an empty field. Otherwise an empty
    cell means "not given" and never wipes what is there.
    """
    if policy == "keep" and not old.is_blank:
        return old, True
    known = {f.name for f in fields(AnswerContent)}
    changes: dict[str, object] = {}
    for name, value in values.items():
        if name not in known or (not exact and not _is_given(value)):
            continue
        if policy == "fill-empty" and _is_given(getattr(old, name)):
            continue
        changes[name] = value
    new = old.with_changes(**changes)
    if new.assistance_kinds or new.assistance_description.strip():
        new = new.with_changes(assistance_needed=True)  # kinds given imply the need
    return new, False


@dataclass(frozen=True)
class ImportSource:
    """What the mapping step shows: the sheets, their first rows, and the proposed mapping."""

    path: Path
    sheets: tuple[str, ...]
    first_rows: Mapping[str, tuple[tuple[object, ...], ...]]
    mapping: ImportMapping | None
    """The proposal, or None when nothing could be proposed (``note`` says why)."""
    fields: tuple[str, ...]
    note: str = ""


def inspect_import(path: Path, rows: int = 30) -> ImportSource:
    """Open the file safely and propose a mapping (the user may change it before previewing)."""
    from poa_desktop.exchange.reading.headers import FIELDS
    from poa_desktop.exchange.reading.mapping import propose_import_mapping
    from poa_desktop.exchange.reading.sources import WorkbookProblem, open_source

    try:
        workbook = open_source(Path(path))
    except WorkbookProblem as problem:
        raise ServiceError(str(problem)) from None
    first = {name: tuple(workbook.rows(name)[:rows]) for name in workbook.sheet_names}
    try:
        mapping: ImportMapping | None = propose_import_mapping(workbook)
        note = ""
    except WorkbookProblem as problem:
        mapping, note = None, str(problem)
    return ImportSource(Path(path), tuple(workbook.sheet_names), first, mapping, FIELDS, note)


def make_mapping(
    sheet: str,
    header_row: int,
    columns: Mapping[str, int],
    status_values: Mapping[str, str | None] | None = None,
) -> ImportMapping:
    """A mapping from the user's choices, or ServiceError saying what is missing."""
    from poa_desktop.exchange.reading.mapping import ImportMapping

    try:
        return ImportMapping(sheet, header_row, dict(columns), dict(status_values or {}))
    except ValueError as error:
        raise ServiceError(str(error)) from None


def column_letter(index: int) -> str:
    """0-based column -> "A", "B", … (for the mapping step's column names)."""
    from poa_desktop.exchange.workbook.layout import column_letter as letter

    return letter(index)


def parse_status_words(text: str) -> dict[str, str | None]:
    """``"Peut-être = developing; x = implemented"`` -> extra status values for a mapping."""
    result: dict[str, str | None] = {}
    for part in text.replace("\n", ";").split(";"):
        if not part.strip():
            continue
        word, sep, meaning = part.partition("=")
        try:
            if not sep or not word.strip() or not meaning.strip():
                raise ValueError(part)
            status = status_from_word(meaning)
        except ValueError:
            raise ServiceError(
                f"status words: {part.strip()!r} should read WORD = STATUS, the status being "
                "implemented, developing, not implemented, not applicable or none"
            ) from None
        result[word.strip()] = None if status is None else str(status)
    return result


MAX_MAPPING_BYTES = 256 * 1024


def load_mapping(path: Path) -> ImportMapping:
    """A saved column mapping (``--mapping FILE``), with a clear message when it is not one."""
    from poa_desktop.exchange.reading.mapping import ImportMapping

    try:
        with Path(path).open("rb") as stream:  # a mapping is a few hundred bytes: read no more
            data = stream.read(MAX_MAPPING_BYTES + 1)
    except OSError as error:
        raise ServiceError(f"cannot read the mapping {path}: {error.strerror or error}") from None
    if len(data) > MAX_MAPPING_BYTES:
        raise ServiceError(
            f"mapping {path}: larger than {MAX_MAPPING_BYTES // 1024} KiB, so not a mapping"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ServiceError(
            f"mapping {path}: not UTF-8 text (byte {error.start + 1}); save it as UTF-8"
        ) from None
    try:
        return ImportMapping.from_json(text)
    except ValueError as error:
        raise ServiceError(f"mapping {path}: {error}") from None


def _read(ws: Workspace, path: Path, mapping: ImportMapping | None) -> ReadResult:
    from poa_desktop.exchange.reading.plan import read_workbook
    from poa_desktop.exchange.reading.sources import WorkbookProblem

    try:
        return read_workbook(path, ws.catalog, mapping)
    except WorkbookProblem as problem:
        raise ServiceError(str(problem)) from None


class OtherStateError(ServiceError):
    """The app's own workbook of another State: refused unless the person says so, naming both.

    Importing Kenya's export into Ghana's assessment would replace Ghana's answers with Kenya's;
    it is a thing to do on purpose (a template shared between States), never by a slip.
    """

    def __init__(self, workbook: WorkbookOrigin, assessment: AssessmentInfo) -> None:
        self.workbook, self.assessment = workbook, assessment
        theirs = f"{workbook.state or 'another State'} ({workbook.iso_code})"
        ours = f"{assessment.state} ({assessment.iso_code})"
        super().__init__(
            f"this workbook is the report of {theirs}"
            + (f", {workbook.cycle}" if workbook.cycle else "")
            + f"; the assessment open is {ours}'s. Importing it would put the answers of "
            f"{theirs} into the assessment of {ours}. Nothing was imported. To do it on "
            "purpose, import again saying so (--from-another-state)"
        )


def _check_origin(
    origin: WorkbookOrigin | None, info: AssessmentInfo, from_another_state: bool
) -> list[str]:
    """Refuse another State's workbook unless asked; the note the preview shows when asked."""
    if origin is None or not origin.iso_code or origin.iso_code == info.iso_code.upper():
        return []
    if not from_another_state:
        raise OtherStateError(origin, info)
    return [
        f"answers of {origin.state} ({origin.iso_code}) into the assessment of {info.state} "
        f"({info.iso_code}), as asked"
    ]


def preview_import(
    ws: Workspace,
    path: Path,
    *,
    mapping: ImportMapping | None = None,
    policy: Policy = "replace",
    assessment: AssessmentInfo | None = None,
    from_another_state: bool = False,
) -> ImportPreview:
    """Read ``path`` and say what importing it would change; writes nothing.

    The app's own workbook of another State is refused (:class:`OtherStateError`) unless
    ``from_another_state`` says the person means it.
    """
    from poa_desktop.exchange.reading.plan import RowProblem

    if policy not in POLICIES:
        raise ServiceError(f"unknown policy {policy!r}: use {', '.join(POLICIES)}")
    info = assessment or find_assessment(ws)
    if info.status == "cleared":
        raise ServiceError(f"the {info.cycle} assessment is cleared: start a new draft to import")
    result = _read(ws, Path(path), mapping)
    origin_notes = _check_origin(result.origin, info, from_another_state)
    current: dict[str, AnswerRecord] = all_answers(ws, info.id)
    agencies = [a.name for a in get_profile(ws).agencies]
    problems: list[RowProblem] = list(result.problems)
    changes = []
    for row in result.rows:
        record = current.get(row.commitment_id) or blank_record(row.commitment_id)
        new, kept = merge(record.content, row.values, policy, result.own_format)
        invalid = validate_content(ws.catalog, new, agencies) if not kept else []
        if invalid:
            problems += [RowProblem(row.sheet, row.row, None, p.field, p.message) for p in invalid]
            continue
        label = ws.catalog.get(row.commitment_id).label
        changes.append(
            RowChange(
                row.sheet,
                row.row,
                row.commitment_id,
                label,
                record.content,
                new,
                record.version,
                kept,
            )
        )
    values = field_values(ws, info.id)
    field_changes = []
    for item in result.field_values:
        definition = ws.catalog.fields.get(item.field_id)
        if definition is None:
            problems.append(
                RowProblem(item.sheet, item.row, None, None, f"no report field {item.field_id!r}")
            )
            continue
        try:
            parsed = parse_value(definition, item.value)
        except FieldValueError as error:
            problems.append(RowProblem(item.sheet, item.row, None, None, str(error)))
            continue
        old = values.get(item.field_id)
        if parsed is None and not result.own_format:
            continue
        if policy in ("keep", "fill-empty") and old is not None:
            continue
        if parsed != old or type(parsed) is not type(old):
            field_changes.append(
                FieldChange(
                    item.sheet,
                    item.row,
                    item.commitment_id,
                    item.field_id,
                    definition.label,
                    old,
                    parsed,
                )
            )
    sheet = result.mapping.sheet
    return ImportPreview(
        Path(path),
        info,
        policy,
        result.own_format,
        sheet,
        tuple(changes),
        tuple(field_changes),
        tuple(problems),
        (*origin_notes, *result.notes),
    )


def apply_import(
    ws: Workspace,
    preview: ImportPreview,
    *,
    skip_unreadable: bool = False,
    author: str | None = None,
    provenance: str = Provenance.IMPORTED,
    detail: Callable[[str, str, int], str] | None = None,
) -> ImportResult:
    """Write what the preview showed, all in one transaction, or nothing.

    ``provenance`` and ``detail`` (file name, sheet, row -> revision detail) let callers such as
    the agency-workbook return record contributions rather than imports.
    """
    describe = detail or (
        lambda file, sheet, row: f"imported from {file}, sheet {sheet}, row {row}"
    )
    if preview.problems and not skip_unreadable:
        raise ServiceError(
            f"{len(preview.problems)} row(s) of {preview.source.name} cannot be read, so nothing "
            "was imported: correct them, or choose to skip unreadable rows"
        )
    author = person(ws, author)
    to_write = [c for c in preview.changes if c.action in ("new", "update")]
    if not to_write and not preview.field_changes:
        return ImportResult(0, 0, len(preview.problems), None)
    backup = take_backup(ws.db.path, "before-import")  # kept with the rolling set
    name = preview.source.name
    with ws.db.writing() as session:
        assessment = session.get(Assessment, preview.assessment.id)
        if assessment is None:
            raise ServiceError("the assessment of this preview no longer exists")
        writes = [
            AnswerWrite(
                change.commitment_id,
                change.new,
                describe(name, change.sheet, change.row),
                change.old_version,
            )
            for change in to_write
        ]
        try:
            write_answers(
                session, ws.catalog, assessment.id, writes, author=author, provenance=provenance
            )
        except ConflictError as error:
            raise ConflictError(
                f"{error}: nothing was imported; the answer changed after the preview, "
                "preview the file again"
            ) from None
        for item in preview.field_changes:
            write_field_values(
                session,
                ws,
                assessment,
                {item.field_id: item.new},
                author=author,
                provenance=provenance,
                provenance_detail=describe(name, item.sheet, item.row),
            )
    return ImportResult(len(to_write), len(preview.field_changes), len(preview.problems), backup)
