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
from poa_desktop.domain.fields import ANSWER_FIELDS, FIELD_KEYS, CellKind, mapped_field_label
from poa_desktop.domain.status import STATUSES
from poa_desktop.domain.text import fold
from poa_desktop.domain.words import NO, YES
from poa_desktop.exchange.reading.dates import read_date
from poa_desktop.exchange.reading.headers import FIELDS, find_header_row, propose_mapping
from poa_desktop.exchange.reading.own_layout import OwnLayout, own_layout
from poa_desktop.exchange.reading.sources import RowSource, problem
from poa_desktop.exchange.reading.statuses import BUILT_IN, StatusProblem
from poa_desktop.exchange.reading.statuses import parse_status as parse_status_word
from poa_desktop.exchange.workbook import cells
from poa_desktop.exchange.workbook.cells import from_cell_text
from poa_desktop.exchange.workbook.layout import ANSWER_COLUMNS, ANSWERS, column_letter

MAPPING_FORMAT = "poa-desktop import mapping"
MAPPING_VERSION = 2  # 2: every sheet of the workbook; 1 (one sheet) is still read
OWN_KEYS = ("reference", "document", "section", *FIELD_KEYS)
# The app's own Answers sheet as this version writes it: logical field -> column index, by the
# columns' keys (never by label text, so rewording a label in the window or the PDF cannot change
# what is read). A workbook found by :func:`own_layout` says its own positions.
OWN_COLUMNS: dict[str, int] = {
    column.key: index for index, column in enumerate(ANSWER_COLUMNS) if column.key in OWN_KEYS
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

    def as_entry(self) -> dict[str, Any]:
        """This sheet's entry in a mapping file (columns as the letters a person sees)."""
        return {
            "sheet": self.sheet,
            "include": True,
            "header_row": self.header_row,
            "columns": {name: column_letter(index) for name, index in self.columns.items()},
            "status_values": dict(self.status_values),
        }

    @classmethod
    def from_entry(cls, entry: Mapping[str, Any], where: str = "") -> ImportMapping:
        """Inverse of :meth:`as_entry`; :class:`MappingError` says which entry is wrong."""
        for key in ("sheet", "header_row", "columns"):
            if key not in entry:
                raise MappingError(f"{where}the mapping has no {key!r} entry")
        columns = entry["columns"]
        if not isinstance(columns, dict):
            raise MappingError(f'{where}columns: write {{"reference": "A", "status": "C", …}}')
        statuses = entry.get("status_values", {})
        if not isinstance(statuses, dict):
            raise MappingError(f'{where}status_values: write {{"Oui": "implemented", …}}')
        try:
            return cls(
                sheet=entry["sheet"],
                header_row=entry["header_row"],
                columns={str(name): _column_index(name, value) for name, value in columns.items()},
                status_values=dict(statuses),
            )
        except MappingError as error:
            raise MappingError(f"{where}{error}") from None

    def to_json(self) -> str:
        """This one sheet as a mapping file (see :meth:`WorkbookMapping.to_json`)."""
        return WorkbookMapping((self,)).to_json()


@dataclass(frozen=True)
class WorkbookMapping:
    """Which sheets an import reads, each with its own mapping, and which it leaves out.

    A ministry may keep one sheet per outcome document, or a cover sheet before the table; the
    person includes or excludes each sheet in the preview, and the mapping file records both, so
    the next cycle's tracker imports the same way.
    """

    sheets: tuple[ImportMapping, ...]
    excluded: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.sheets:
            raise MappingError("sheets: include at least one sheet to read")
        names = [m.sheet for m in self.sheets] + list(self.excluded)
        twice = next((name for name in names if names.count(name) > 1), None)
        if twice is not None:
            raise MappingError(f"sheets: {twice!r} is given twice")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(m.sheet for m in self.sheets)

    def to_json(self) -> str:
        """The mapping as the JSON the command line's ``--mapping FILE`` reads."""
        entries = [m.as_entry() for m in self.sheets]
        entries += [{"sheet": name, "include": False} for name in self.excluded]
        document = {"format": MAPPING_FORMAT, "version": MAPPING_VERSION, "sheets": entries}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> WorkbookMapping:
        """Inverse of :meth:`to_json` (and version 1's one-sheet files); :class:`MappingError`."""
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
        if document.get("format", MAPPING_FORMAT) != MAPPING_FORMAT:
            raise MappingError(f"format: expected {MAPPING_FORMAT!r}")
        version = document.get("version", 1)
        if version == 1:
            _refuse_unknown(document, {"format", "version", "sheet", "header_row", "columns",
                                       "status_values"}, "")  # fmt: skip
            return cls((ImportMapping.from_entry(document),))
        if version != MAPPING_VERSION:
            raise MappingError(f"version: this app reads version 1 and {MAPPING_VERSION} mappings")
        _refuse_unknown(document, {"format", "version", "sheets"}, "")
        entries = document.get("sheets")
        if not isinstance(entries, list) or not entries:
            raise MappingError('sheets: write [{"sheet": "Tracker", "header_row": 1, …}, …]')
        included, excluded = [], []
        for number, entry in enumerate(entries, start=1):
            where = f"sheets[{number}]: "
            if not isinstance(entry, dict):
                raise MappingError(f"{where}each sheet is a JSON object")
            include = entry.get("include", True)
            if not isinstance(include, bool):
                raise MappingError(f"{where}include: write true or false")
            if include:
                _refuse_unknown(entry, {"sheet", "include", "header_row", "columns",
                                        "status_values"}, where)  # fmt: skip
                included.append(ImportMapping.from_entry(entry, where))
            elif not isinstance(entry.get("sheet"), str) or not entry["sheet"].strip():
                raise MappingError(f"{where}sheet: give the name of the sheet")
            else:
                excluded.append(entry["sheet"])
        return cls(tuple(included), tuple(excluded))


def _refuse_unknown(document: Mapping[str, Any], known: set[str], where: str) -> None:
    unknown = sorted(set(document) - known)
    if unknown:
        raise MappingError(f"{where}unknown entry {unknown[0]!r} in the mapping")


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
    """The app's own export, in any of the six languages (:func:`own_layout`)."""
    return own_layout(workbook) is not None


def own_mapping(layout: OwnLayout | None = None) -> ImportMapping:
    """The mapping of an app workbook's ``Answers`` sheet (this version's English one without
    ``layout``)."""
    if layout is None:
        return ImportMapping(ANSWERS, 1, dict(OWN_COLUMNS))
    columns = {key: index for key, index in layout.columns.items() if key in OWN_KEYS}
    return ImportMapping(layout.sheet(ANSWERS), 1, columns)


def propose_sheet(workbook: RowSource, sheet: str) -> ImportMapping | None:
    """The mapping of one sheet from its header row, or None when it has no reference column."""
    rows = workbook.rows(sheet)
    index = find_header_row(rows)
    if index is None:
        return None
    columns = propose_mapping(rows[index])
    return ImportMapping(sheet, index + 1, columns) if "reference" in columns else None


def propose_import_mapping(workbook: RowSource) -> WorkbookMapping:
    """Our own workbook exactly; otherwise every sheet with a recognisable header row.

    Sheets without one (a cover page, instructions, lists) are proposed as left out; the preview
    says so, and the person may include any sheet and map it by hand.
    """
    layout = own_layout(workbook)
    if layout is not None:
        return WorkbookMapping((own_mapping(layout),))
    proposals = {sheet: propose_sheet(workbook, sheet) for sheet in workbook.sheet_names}
    included = tuple(m for m in proposals.values() if m is not None)
    if not included:
        raise problem(workbook.path, "no sheet has a header row with a paragraph reference column")
    excluded = tuple(sheet for sheet, m in proposals.items() if m is None)
    return WorkbookMapping(included, excluded)


def describe(mapping: ImportMapping, header: Mapping[int, object]) -> str:
    """ "sheet Suivi, headers on row 3: A Paragraphe → Paragraph reference; …", for the preview."""
    parts = []
    for name, index in sorted(mapping.columns.items(), key=lambda item: item[1]):
        title = " ".join(from_cell_text(header.get(index)).split())[:40]
        parts.append(
            f"{column_letter(index)} {title or '(no header)'} → {mapped_field_label(name)}"
        )
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
        """A date typed by hand ("June 2025", "31/12/2025"), with how it was understood."""
        if is_blank(value):
            return None
        return read_date(value if isinstance(value, date | int | float) else plain_text(value))

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
