"""Which sheet, header row and columns an import reads, and how extra status words map.

The mapping is the user's decision: the app proposes one (exactly for its own workbooks, by
header names for others), the preview lets the user correct it, and the command line takes it
as a JSON file (``--mapping FILE``) so a ministry's tracker imports the same way every cycle.
Columns are written as letters in JSON because that is what a person sees in Excel.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from openpyxl.utils import column_index_from_string

from poa_desktop.catalog import Catalog
from poa_desktop.domain.fields import ANSWER_FIELDS, FIELD_KEYS, CellKind
from poa_desktop.domain.status import STATUSES
from poa_desktop.domain.words import NO, YES
from poa_desktop.exchange.reading.headers import FIELDS, find_header_row, propose_mapping
from poa_desktop.exchange.reading.sources import RowSource, problem
from poa_desktop.exchange.reading.statuses import BUILT_IN, StatusProblem, fold
from poa_desktop.exchange.reading.statuses import parse_status as parse_status_word
from poa_desktop.exchange.workbook import cells
from poa_desktop.exchange.workbook.cells import from_cell_text
from poa_desktop.exchange.workbook.layout import ABOUT, ANSWER_COLUMNS, ANSWERS, column_letter

MAPPING_FORMAT = "poa-desktop import mapping"
MAPPING_VERSION = 1
OWN_HEADERS: tuple[str, ...] = tuple(column.header for column in ANSWER_COLUMNS)
# The app's own Answers sheet: logical field -> column index, by the columns' keys (never by
# label text, so rewording a label in the window or the PDF cannot change what is read).
OWN_COLUMNS: dict[str, int] = {
    column.key: index
    for index, column in enumerate(ANSWER_COLUMNS)
    if column.key in ("reference", "document", "section", *FIELD_KEYS)
}
_LETTERS = re.compile(r"[A-Z]{1,3}")
Decoder = Callable[[object], object]


class MappingError(ValueError):
    """A mapping that cannot be used; the message says which entry and what to write."""


@dataclass(frozen=True)
class ImportMapping:
    """Sheet, 1-based header row, logical field -> 0-based column, extra status words.

    ``status_values`` maps a cell value (compared without case, accents or punctuation) to a
    status id, a built-in status word ("Oui"), or None for "not yet assessed".
    """

    sheet: str
    header_row: int
    columns: dict[str, int]
    status_values: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.sheet, str) or not self.sheet.strip():
            raise MappingError("sheet: give the name of the sheet to read")
        if isinstance(self.header_row, bool) or not isinstance(self.header_row, int):
            raise MappingError("header_row: give the row number of the headers (1, 2, …)")
        if self.header_row < 1:
            raise MappingError(f"header_row: {self.header_row} is not a row number (1, 2, …)")
        for name, index in self.columns.items():
            if name not in FIELDS:
                raise MappingError(f"columns: unknown field {name!r}; fields are {_fields()}")
            if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < 16384:
                raise MappingError(f"columns.{name}: {index!r} is not a column")
        if "reference" not in self.columns:
            raise MappingError("columns: say which column holds the paragraph reference")
        for value, meaning in self.status_values.items():
            if not isinstance(value, str):
                raise MappingError(f"status_values: {value!r} is not a cell text")
            if meaning is not None and not _is_status_word(meaning):
                raise MappingError(
                    f"status_values: {value!r} maps to {meaning!r}, which is not a status "
                    f"({', '.join(STATUSES)}, or null for not yet assessed)"
                )

    def to_json(self) -> str:
        """The mapping as the JSON the command line's ``--mapping FILE`` reads."""
        document = {
            "format": MAPPING_FORMAT,
            "version": MAPPING_VERSION,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "columns": {name: column_letter(index) for name, index in self.columns.items()},
            "status_values": dict(self.status_values),
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> ImportMapping:
        """Inverse of :meth:`to_json`; raises :class:`MappingError` saying what is wrong."""
        try:
            document = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as error:
            detail = (
                f"line {error.lineno}, column {error.colno}: {error.msg}"
                if isinstance(error, json.JSONDecodeError)
                else "nested too deeply"
            )
            raise MappingError(f"the mapping is not valid JSON ({detail})") from None
        if not isinstance(document, dict):
            raise MappingError("the mapping must be a JSON object ({...})")
        unknown = sorted(set(document) - {"format", "version", "sheet", "header_row", "columns",
                                          "status_values"})  # fmt: skip
        if unknown:
            raise MappingError(f"unknown entry {unknown[0]!r} in the mapping")
        if document.get("format", MAPPING_FORMAT) != MAPPING_FORMAT:
            raise MappingError(f"format: expected {MAPPING_FORMAT!r}")
        if document.get("version", MAPPING_VERSION) != MAPPING_VERSION:
            raise MappingError(f"version: this app reads version {MAPPING_VERSION} mappings")
        for key in ("sheet", "header_row", "columns"):
            if key not in document:
                raise MappingError(f"the mapping has no {key!r} entry")
        columns = document["columns"]
        if not isinstance(columns, dict):
            raise MappingError('columns: write {"reference": "A", "status": "C", …}')
        statuses = document.get("status_values", {})
        if not isinstance(statuses, dict):
            raise MappingError('status_values: write {"Oui": "implemented", …}')
        return cls(
            sheet=document["sheet"],
            header_row=document["header_row"],
            columns={str(name): _column_index(name, value) for name, value in columns.items()},
            status_values=dict(statuses),
        )


def _fields() -> str:
    return ", ".join(FIELDS)


def _is_status_word(meaning: object) -> bool:
    if not isinstance(meaning, str) or not meaning.strip():
        return False
    return meaning in STATUSES or BUILT_IN.get(fold(meaning), "?") != "?"


def _column_index(name: object, value: Any) -> int:
    if isinstance(value, str) and _LETTERS.fullmatch(value.strip().upper()):
        index = int(column_index_from_string(value.strip().upper())) - 1
        if index < 16384:
            return index
    raise MappingError(f'columns.{name}: {value!r} is not a column letter (write "A", "B", …)')


# --- proposals ------------------------------------------------------------------------------


def is_own_workbook(workbook: RowSource) -> bool:
    """The app's own export: an ``Answers`` sheet with exactly our headers, and ``About``."""
    if ANSWERS not in workbook.sheet_names or ABOUT not in workbook.sheet_names:
        return False
    rows = workbook.rows(ANSWERS)
    if not rows:
        return False
    header = tuple(from_cell_text(v).strip() if v is not None else "" for v in rows[0])
    return header[: len(OWN_HEADERS)] == OWN_HEADERS


def own_mapping() -> ImportMapping:
    return ImportMapping(ANSWERS, 1, dict(OWN_COLUMNS))


def propose_import_mapping(workbook: RowSource) -> ImportMapping:
    """Our own workbook exactly; otherwise the first sheet with a recognisable header row."""
    if is_own_workbook(workbook):
        return own_mapping()
    for sheet in workbook.sheet_names:
        rows = workbook.rows(sheet)
        index = find_header_row(rows)
        if index is None:
            continue
        columns = propose_mapping(rows[index])
        if "reference" in columns:
            return ImportMapping(sheet, index + 1, columns)
    raise problem(workbook.path, "no sheet has a header row with a paragraph reference column")


def describe(mapping: ImportMapping, header: Mapping[int, object]) -> str:
    """ "sheet Suivi, headers on row 3: A Paragraphe -> reference, …" for the preview's notes."""
    parts = []
    for name, index in sorted(mapping.columns.items(), key=lambda item: item[1]):
        title = " ".join(from_cell_text(header.get(index)).split())[:40]
        parts.append(f"{column_letter(index)} {title or '(no header)'} -> {name}")
    return f"sheet {mapping.sheet}, headers on row {mapping.header_row}: " + "; ".join(parts)


# --- how mapped cells decode ---------------------------------------------------------------


def is_blank(value: object) -> bool:
    """An empty cell, or one holding only spaces: a person sees nothing there."""
    return value is None or (isinstance(value, str) and not value.strip())


def plain_text(value: object) -> str:
    """A cell as the text a person sees: 12.0 -> "12", a date -> "2026-05-01", Yes/No."""
    if value is None:
        return ""
    if isinstance(value, str):
        return cells.from_cell_text(value).replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.time() == time():
        return value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def own_text(value: object) -> str:
    """Our own text cells exactly as written (only ``_xHHHH_`` escapes decoded)."""
    return cells.from_cell_text(value) if isinstance(value, str) else plain_text(value)


def _split_agencies(value: object) -> tuple[str, ...]:
    names = (" ".join(part.split()) for part in re.split(r"[;\n]", plain_text(value)))
    return tuple(dict.fromkeys(name for name in names if name))


def decoders(catalog: Catalog, mapping: ImportMapping, own: bool) -> dict[str, Decoder]:
    """Answer field -> cell decoder raising ValueError: strict for our own workbook."""
    kinds = catalog.assistance_kinds
    extra = mapping.status_values
    extra_keys = {fold(value) for value in extra}

    def status(value: object) -> object:
        text = plain_text(value)
        if own and fold(text) not in extra_keys:
            return cells.parse_status(text)
        result = parse_status_word(text, extra)
        if isinstance(result, StatusProblem):
            raise ValueError(result.reason)
        return result.status

    def date_value(value: object) -> object:
        return cells.parse_date(value if isinstance(value, date) else plain_text(value))

    def needed(value: object) -> object:
        return bool(cells.parse_yes_no(value if isinstance(value, bool) else plain_text(value)))

    by_kind: dict[CellKind, Decoder] = {
        CellKind.STATUS: status,
        CellKind.TEXT: own_text if own else (lambda value: plain_text(value).strip()),
        CellKind.LAWS: lambda value: cells.parse_laws(own_text(value)),
        CellKind.AGENCIES: (lambda v: cells.parse_agencies(own_text(v)))
        if own
        else _split_agencies,
        CellKind.YES_NO: needed,
        CellKind.KINDS: lambda value: cells.parse_kinds(plain_text(value), kinds),
        CellKind.DATE: date_value,
    }
    return {field.key: by_kind[field.cell] for field in ANSWER_FIELDS}
