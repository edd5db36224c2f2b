"""Importing answers from a spreadsheet: preview first, then one all-or-nothing transaction.

The preview reads the file (``poa_desktop.exchange.reading.plan``, imported when an import starts,
so that openpyxl stays off start-up), matches the agencies it names with the State profile's,
merges each row with the current answer under the chosen policy, and checks every merged answer
exactly as a save would; it writes nothing. A cell that cannot be read or saved costs that cell:
the row's other cells still import. Applying it backs the database up, then writes everything in
one transaction (the agencies added to the profile too) with a revision per answer that says
"imported from <file>, sheet <name>, row <n>". If an answer changed since the preview, nothing is
written. The default policy fills only empty fields: a stale tracker line never overwrites a
detailed narrative unless the person chooses to replace.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from poa_desktop.catalog.validation import FieldValueError, parse_value
from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.provenance import Provenance
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.services.answering.answers import (
    AnswerWrite,
    all_answers,
    blank_record,
    validate_content,
    write_answers,
)
from poa_desktop.services.answering.field_values import field_values, write_field_values
from poa_desktop.services.assessments.assessments import AssessmentInfo, find_assessment
from poa_desktop.services.errors import ConflictError, ServiceError
from poa_desktop.services.identity import person
from poa_desktop.services.reporting.import_agencies import (
    NewAgency,
    ProfileAgencies,
    add_agencies,
)
from poa_desktop.services.safety.backups import take_backup
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Assessment

if TYPE_CHECKING:
    pass

if TYPE_CHECKING:
    from poa_desktop.exchange.reading.mapping import ImportMapping as ImportMapping
    from poa_desktop.exchange.reading.mapping import WorkbookMapping as WorkbookMapping
    from poa_desktop.exchange.reading.plan import (
        CellReading,
        ImportedRow,
        ReadResult,
        RowProblem,
        WorkbookOrigin,
    )

Policy = Literal["replace", "keep", "fill-empty"]
POLICIES: tuple[Policy, ...] = ("fill-empty", "replace", "keep")
DEFAULT_POLICY: Policy = "fill-empty"
_EMPTY = AnswerContent()
_MISSING = object()


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
    left: tuple[str, ...] = ()
    """Fields the file gives another value for that the policy left as they are."""

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

    @property
    def overwritten(self) -> tuple[str, ...]:
        """Fields that held something and will hold something else (what "replace" costs)."""
        return tuple(f for f in self.changed if _is_given(getattr(self.old, f)))


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
    sheets: tuple[str, ...]
    changes: tuple[RowChange, ...]
    field_changes: tuple[FieldChange, ...]
    problems: tuple[RowProblem, ...]
    notes: tuple[str, ...]
    readings: tuple[CellReading, ...] = ()
    """Cells typed by hand and how they were understood ("'June 2025' read as 30 June 2025")."""
    new_agencies: tuple[NewAgency, ...] = ()
    add_agencies: bool = False
    """Whether applying adds :attr:`new_agencies` to the profile (else their cells are skipped)."""
    mapping: WorkbookMapping | None = None

    @property
    def sheet(self) -> str:
        return ", ".join(self.sheets)

    def counts(self) -> dict[str, int]:
        counts = {"new": 0, "update": 0, "unchanged": 0, "kept": 0}
        for change in self.changes:
            counts[change.action] += 1
        counts["fields"] = len(self.field_changes)
        counts["unreadable"] = len(self.problems)
        counts["cells_skipped"] = sum(1 for p in self.problems if p.skips == "cell")
        counts["rows_skipped"] = sum(1 for p in self.problems if p.skips == "row")
        counts["agencies_added"] = len(self.new_agencies) if self.add_agencies else 0
        counts["overwritten"] = sum(len(c.overwritten) for c in self.changes)
        counts["left"] = sum(len(c.left) for c in self.changes)
        return counts

    def as_json(self) -> dict[str, Any]:
        return {
            "source": str(self.source),
            "cycle": self.assessment.cycle,
            "sheets": list(self.sheets),
            "own_format": self.own_format,
            "policy": self.policy,
            "counts": self.counts(),
            "new_agencies": [
                {"name": a.name, "short_name": a.short_name, "rows": list(a.rows)}
                for a in self.new_agencies
            ],
            "add_agencies": self.add_agencies,
            "understood": [asdict(r) for r in self.readings],
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
            "unreadable": [asdict(p) for p in self.problems],  # sheet, row, column, field...
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote, for the summary after it (and the backup taken before it)."""

    answers: int
    fields: int
    skipped: int
    backup: Path | None
    new: int = 0
    updated: int = 0
    kept: int = 0
    unchanged: int = 0
    cells_skipped: int = 0
    rows_skipped: int = 0
    agencies_added: tuple[str, ...] = ()


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


def _read(ws: Workspace, path: Path, mapping: ImportMapping | WorkbookMapping | None) -> ReadResult:
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
    mapping: ImportMapping | WorkbookMapping | None = None,
    policy: Policy = DEFAULT_POLICY,
    assessment: AssessmentInfo | None = None,
    from_another_state: bool = False,
    add_agencies: bool | None = None,
) -> ImportPreview:
    """Read ``path`` and say what importing it would change; writes nothing.

    The app's own workbook of another State is refused (:class:`OtherStateError`) unless
    ``from_another_state`` says the person means it. Agency names that match none of the
    profile's are added to it on apply when ``add_agencies`` is true (the default for the app's
    own workbooks, which list their agencies); otherwise the cells naming them are skipped.
    """
    if policy not in POLICIES:
        raise ServiceError(f"unknown policy {policy!r}: use {', '.join(POLICIES)}")
    info = assessment or find_assessment(ws)
    if info.status == "cleared":
        raise ServiceError(f"the {info.cycle} assessment is cleared: start a new draft to import")
    result = _read(ws, Path(path), mapping)
    origin_notes = _check_origin(result.origin, info, from_another_state)
    adding = result.own_format if add_agencies is None else add_agencies
    current: dict[str, AnswerRecord] = all_answers(ws, info.id)
    agencies = ProfileAgencies(ws, result, adding)
    problems: list[RowProblem] = list(result.problems)
    changes = []
    for row in result.rows:
        record = current.get(row.commitment_id) or blank_record(row.commitment_id)
        values = agencies.resolve(row, problems)
        change = _row_change(ws, row, record, values, policy, result.own_format, agencies, problems)
        if change is not None:
            changes.append(change)
    field_changes = _field_changes(ws, info, result, policy, problems)
    return ImportPreview(
        Path(path),
        info,
        policy,
        result.own_format,
        result.mapping.names,
        tuple(changes),
        tuple(field_changes),
        tuple(problems),
        (*origin_notes, *result.notes),
        result.readings,
        agencies.new(),
        adding,
        result.mapping,
    )


def _row_change(
    ws: Workspace,
    row: ImportedRow,
    record: AnswerRecord,
    values: dict[str, object],
    policy: Policy,
    exact: bool,
    agencies: ProfileAgencies,
    problems: list[RowProblem],
) -> RowChange | None:
    """The change a row makes once its values are checked as a save would check them.

    A value that cannot be saved (a text over the limit, an unknown assistance kind) is dropped
    and listed as a skipped cell; the rest of the row still imports.
    """
    from poa_desktop.exchange.reading.plan import RowProblem

    while True:
        new, kept = merge(record.content, values, policy, exact)
        invalid = validate_content(ws.catalog, new, agencies.names()) if not kept else []
        if not invalid:
            break
        dropped = [p for p in invalid if p.field in values]
        if not dropped:  # not a cell of this row (an existing answer's own problem)
            problems += [
                RowProblem(row.sheet, row.row, None, p.field, p.message, "row") for p in invalid
            ]
            return None
        for p in dropped:
            if values.pop(p.field, _MISSING) is _MISSING:
                continue  # a second problem with the same cell
            problems.append(
                RowProblem(row.sheet, row.row, row.columns.get(p.field), p.field, p.message,
                           "cell")
            )  # fmt: skip
    label = ws.catalog.get(row.commitment_id).label
    left: tuple[str, ...] = ()
    if policy != "replace":  # what "replace" would take that this policy does not
        replaced, _ = merge(record.content, values, "replace", exact)
        left = tuple(f for f in replaced.changed_fields(new) if f != "assistance_needed")
    return RowChange(
        row.sheet, row.row, row.commitment_id, label, record.content, new, record.version, kept,
        left,
    )  # fmt: skip


def _field_changes(
    ws: Workspace,
    info: AssessmentInfo,
    result: ReadResult,
    policy: Policy,
    problems: list[RowProblem],
) -> list[FieldChange]:
    """The report field values (own workbooks) that importing would change."""
    from poa_desktop.exchange.reading.plan import RowProblem

    values = field_values(ws, info.id)
    changes = []
    for item in result.field_values:
        definition = ws.catalog.fields.get(item.field_id)
        if definition is None:
            problems.append(
                RowProblem(item.sheet, item.row, None, None, f"no report field {item.field_id!r}",
                           "cell")
            )  # fmt: skip
            continue
        try:
            parsed = parse_value(definition, item.value)
        except FieldValueError as error:
            problems.append(RowProblem(item.sheet, item.row, None, None, str(error), "cell"))
            continue
        old = values.get(item.field_id)
        if parsed is None and not result.own_format:
            continue
        if policy in ("keep", "fill-empty") and old is not None:
            continue
        if parsed != old or type(parsed) is not type(old):
            changes.append(
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
    return changes


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
    counts = preview.counts()
    if preview.problems and not skip_unreadable:
        raise ServiceError(
            f"{preview.source.name}: {counts['cells_skipped']} cell(s) and "
            f"{counts['rows_skipped']} row(s) cannot be read, so nothing was imported: correct "
            "them, or choose to skip what cannot be read"
        )
    author = person(ws, author)
    to_write = [c for c in preview.changes if c.action in ("new", "update")]
    adding = preview.new_agencies if preview.add_agencies else ()
    summary: dict[str, Any] = {
        "new": counts["new"],
        "updated": counts["update"],
        "kept": counts["kept"],
        "unchanged": counts["unchanged"],
        "cells_skipped": counts["cells_skipped"],
        "rows_skipped": counts["rows_skipped"],
    }
    if not to_write and not preview.field_changes and not adding:
        return ImportResult(0, 0, len(preview.problems), None, **summary)
    backup = take_backup(ws.db.path, "before-import")  # kept with the rolling set
    name = preview.source.name
    with ws.db.writing() as session:
        assessment = session.get(Assessment, preview.assessment.id)
        if assessment is None:
            raise ServiceError("the assessment of this preview no longer exists")
        added = add_agencies(session, adding)
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
    return ImportResult(
        len(to_write),
        len(preview.field_changes),
        len(preview.problems),
        backup,
        **summary,
        agencies_added=added,
    )
