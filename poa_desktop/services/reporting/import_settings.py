"""The import's settings: which sheets and columns a file is read by, and extra status words.

The window's mapping step and the command line's ``--mapping`` / ``--save-mapping`` use these;
the file itself is opened only through :mod:`poa_desktop.exchange.reading` (imported on demand,
so openpyxl stays off start-up).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from poa_desktop.domain.status import status_from_word
from poa_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from poa_desktop.exchange.reading.mapping import ImportMapping as ImportMapping
    from poa_desktop.exchange.reading.mapping import WorkbookMapping as WorkbookMapping


@dataclass(frozen=True)
class ImportSource:
    """What the mapping step shows: the sheets, their first rows, and the proposed mapping."""

    path: Path
    sheets: tuple[str, ...]
    first_rows: Mapping[str, tuple[tuple[object, ...], ...]]
    mapping: WorkbookMapping | None
    """The proposal, or None when nothing could be proposed (``note`` says why)."""
    fields: tuple[str, ...]
    note: str = ""
    proposals: Mapping[str, ImportMapping | None] = field(default_factory=dict)
    """Each sheet's own proposal (None: no header row with a reference column was found)."""


def inspect_import(path: Path, rows: int = 30) -> ImportSource:
    """Open the file safely and propose a mapping (the user may change it before previewing)."""
    from poa_desktop.exchange.reading.headers import FIELDS
    from poa_desktop.exchange.reading.mapping import propose_import_mapping, propose_sheet
    from poa_desktop.exchange.reading.sources import WorkbookProblem, open_source

    try:
        workbook = open_source(Path(path))
    except WorkbookProblem as problem:
        raise ServiceError(str(problem)) from None
    first = {name: tuple(workbook.rows(name)[:rows]) for name in workbook.sheet_names}
    try:
        mapping: WorkbookMapping | None = propose_import_mapping(workbook)
        note = ""
    except WorkbookProblem as problem:
        mapping, note = None, str(problem)
    proposals: dict[str, ImportMapping | None] = {
        name: propose_sheet(workbook, name) for name in workbook.sheet_names
    }
    for chosen in mapping.sheets if mapping else ():
        proposals[chosen.sheet] = chosen
    return ImportSource(
        Path(path), tuple(workbook.sheet_names), first, mapping, FIELDS, note, proposals
    )


def make_mapping(
    sheet: str,
    header_row: int,
    columns: Mapping[str, int],
    status_values: Mapping[str, str | None] | None = None,
) -> ImportMapping:
    """One sheet's mapping from the user's choices, or ServiceError saying what is missing."""
    from poa_desktop.exchange.reading.mapping import ImportMapping

    try:
        return ImportMapping(sheet, header_row, dict(columns), dict(status_values or {}))
    except ValueError as error:
        raise ServiceError(f"sheet {sheet}: {error}") from None


def make_workbook_mapping(
    sheets: Sequence[ImportMapping], excluded: Sequence[str] = ()
) -> WorkbookMapping:
    """The sheets to read and those left out, or ServiceError (no sheet, a sheet twice)."""
    from poa_desktop.exchange.reading.mapping import WorkbookMapping

    try:
        return WorkbookMapping(tuple(sheets), tuple(excluded))
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


def load_mapping(path: Path) -> WorkbookMapping:
    """A saved column mapping (``--mapping FILE``), with a clear message when it is not one."""
    from poa_desktop.exchange.reading.mapping import WorkbookMapping

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
        return WorkbookMapping.from_json(text)
    except ValueError as error:
        raise ServiceError(f"mapping {path}: {error}") from None


def mapping_from_json(text: str) -> WorkbookMapping:
    """A mapping kept as JSON (the window remembers the last one per workbook)."""
    from poa_desktop.exchange.reading.mapping import WorkbookMapping

    try:
        return WorkbookMapping.from_json(text)
    except ValueError as error:
        raise ServiceError(f"import settings: {error}") from None


def save_mapping(mapping: WorkbookMapping, path: Path) -> None:
    """Write ``mapping`` as the JSON file ``--mapping FILE`` reads (for the next cycle)."""
    from poa_desktop.atomic_write import write_atomically

    data = mapping.to_json().encode("utf-8")
    try:
        write_atomically(Path(path), lambda stream: stream.write(data))
    except OSError as error:
        raise ServiceError(f"cannot write the mapping {path}: {error.strerror or error}") from None
