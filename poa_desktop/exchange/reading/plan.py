"""Reading a workbook into what an import would write, and every row it cannot read, and why.

This is the preview's input: nothing here touches the database or the file. Every row either
names exactly one assessed commitment, or it is a :class:`RowProblem` for the whole row; there
are no guesses and no silent skips (only rows with nothing in them are passed over). Within a
readable row, a cell that cannot be read costs that cell only: it is a :class:`RowProblem` for
the cell, and the row's other cells still import (ministry trackers mix tidy statuses with dates
typed by hand). Every sheet the mapping includes is read; on a sheet whose title names an outcome
document, bare paragraph numbers belong to that document.

The app's own workbook is read exactly, with the strict decoders of :mod:`cells` and the
``Commitment ID`` column as key (rows may be sorted or filtered in Excel). Other spreadsheets go
through an :class:`ImportMapping`; a column that is not mapped means "not given", so the import
leaves that field as it is rather than emptying it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from poa_desktop.catalog import Catalog, Commitment
from poa_desktop.domain.content import Law
from poa_desktop.domain.fields import FIELD_KEYS
from poa_desktop.domain.report import AgencyRow
from poa_desktop.exchange.reading.dates import DateReading
from poa_desktop.exchange.reading.mapping import (
    ImportMapping,
    MappingError,
    WorkbookMapping,
    decoders,
    describe,
    is_blank,
    own_mapping,
    plain_text,
    propose_import_mapping,
)
from poa_desktop.exchange.reading.own_layout import own_layout
from poa_desktop.exchange.reading.own_workbook import (
    ImportedFieldValue,
    WorkbookOrigin,
    about_notes,
    read_agencies,
    read_origin,
    read_report_fields,
)
from poa_desktop.exchange.reading.problems import (
    CellReading,
    RowProblem,
    Skips,
    field_name,
    formula_reason,
)
from poa_desktop.exchange.reading.references import (
    ReferenceProblem,
    names_document,
    parse_reference,
)
from poa_desktop.exchange.reading.sources import RowSource, WorkbookProblem, open_source, problem
from poa_desktop.exchange.workbook.layout import (
    column_letter,
)

__all__ = [
    "CellReading",
    "ImportMapping",
    "ImportedFieldValue",
    "ImportedRow",
    "MappingError",
    "ReadResult",
    "RowProblem",
    "WorkbookMapping",
    "WorkbookOrigin",
    "WorkbookProblem",
    "propose_import_mapping",
    "read_workbook",
]


_KIND_NAMES = {"declaration": "a declaration", "procedural": "a procedural paragraph"}
Row = tuple[object, ...]


@dataclass(frozen=True)
class ImportedRow:
    """One readable row: which commitment, and the values of its readable mapped answer fields.

    ``columns`` gives each field's column letter, so a later check (an agency not in the
    profile, a text too long) can name the cell it skips.
    """

    sheet: str
    row: int
    commitment_id: str
    values: Mapping[str, object]
    columns: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ReadResult:
    source: Path
    mapping: WorkbookMapping
    own_format: bool
    rows: tuple[ImportedRow, ...]
    field_values: tuple[ImportedFieldValue, ...]
    problems: tuple[RowProblem, ...]
    notes: tuple[str, ...]
    origin: WorkbookOrigin | None = None
    """For the app's own workbooks: the State and cycle it was exported for."""
    readings: tuple[CellReading, ...] = ()
    """Cells typed by hand and how they were understood (dates), for the preview to show."""
    agencies: tuple[AgencyRow, ...] = ()
    """For the app's own workbooks: the agencies its ``Contacts`` sheet lists."""


def read_workbook(
    path: Path, catalog: Catalog, mapping: ImportMapping | WorkbookMapping | None = None
) -> ReadResult:
    """Everything the file says, as values and problems; raises only :class:`WorkbookProblem`."""
    workbook = open_source(path)
    if isinstance(mapping, ImportMapping):
        mapping = WorkbookMapping((mapping,))
    mapping = mapping or propose_import_mapping(workbook)
    layout = own_layout(workbook)
    own_format = layout is not None and mapping.sheets == (own_mapping(layout),)
    notes = list(workbook.notes)
    reader = _AnswerReader(workbook, catalog, own_format)
    imported: list[ImportedRow] = []
    for sheet in mapping.sheets:
        rows = _sheet_rows(workbook, sheet)
        _check_fits(workbook, sheet, rows)
        imported += reader.read(sheet, rows)
        if not own_format:
            notes.append(describe(sheet, dict(enumerate(rows[sheet.header_row - 1]))))
            if reader.title_hint(sheet.sheet):
                notes.append(
                    f"sheet {sheet.sheet}: its title names the outcome document, so a paragraph "
                    "number given alone on it belongs to that document"
                )
    notes += _left_out(workbook, mapping)
    notes += _hidden_controls(imported)
    field_values: tuple[ImportedFieldValue, ...] = ()
    origin = None
    agencies: tuple[AgencyRow, ...] = ()
    if own_format and layout is not None:
        origin = read_origin(workbook, layout)
        notes += about_notes(origin, catalog)
        field_values = read_report_fields(workbook, layout, catalog, reader.problems)
        agencies = read_agencies(workbook, layout)
    else:
        mapped = {name for sheet in mapping.sheets for name in sheet.columns}
        missing = [field_name(f) for f in FIELD_KEYS if f not in mapped]
        if missing:
            notes.append("not in the file, left as they are: " + ", ".join(missing))
    return ReadResult(
        Path(path), mapping, own_format, tuple(imported), field_values, tuple(reader.problems),
        tuple(dict.fromkeys(notes)), origin, tuple(reader.readings), agencies,
    )  # fmt: skip


def _sheet_rows(workbook: RowSource, mapping: ImportMapping) -> list[Row]:
    if mapping.sheet not in workbook.sheet_names:
        raise problem(
            workbook.path,
            f"the import settings name a sheet {mapping.sheet!r} that this workbook does not "
            f"have (it has {', '.join(workbook.sheet_names)}): check the import settings",
        )
    return workbook.rows(mapping.sheet)


def _left_out(workbook: RowSource, mapping: WorkbookMapping) -> list[str]:
    """A note for each sheet not read, and why: no table on it, or the person's choice."""
    from poa_desktop.exchange.reading.mapping import propose_sheet

    notes = []
    for sheet in mapping.excluded:
        if sheet not in workbook.sheet_names:
            continue
        why = (
            "left out, as chosen"
            if propose_sheet(workbook, sheet) is not None
            else "passed over: it has no header row with a paragraph reference column "
            "(a cover page or notes)"
        )
        notes.append(f"sheet {sheet} not read: {why}")
    return notes


def _check_fits(workbook: RowSource, mapping: ImportMapping, rows: list[Row]) -> None:
    """A mapping made for another file (another sheet layout) is refused, not half-applied."""
    if mapping.header_row > len(rows):
        raise problem(workbook.path, f"sheet {mapping.sheet} has no row {mapping.header_row}")
    width = max((len(row) for row in rows), default=0)
    for name, index in mapping.columns.items():
        if index >= width:
            raise problem(
                workbook.path,
                f"sheet {mapping.sheet} has nothing in column {column_letter(index)} "
                f"(mapped to {field_name(name)}): check the import settings",
            )


# --- the answers sheet ----------------------------------------------------------------------


class _AnswerReader:
    """Reads the mapped sheets row by row, remembering which row claimed which commitment."""

    def __init__(self, workbook: RowSource, catalog: Catalog, own: bool) -> None:
        self.workbook = workbook
        self.catalog = catalog
        self.own = own
        self.problems: list[RowProblem] = []
        self.readings: list[CellReading] = []
        self.seen: dict[str, tuple[str, int]] = {}
        self.mapping = own_mapping()
        self.decoders = decoders(catalog, self.mapping, own)
        self.unsaved: set[tuple[int, int]] = set()
        self.hint = ""

    def title_hint(self, sheet: str) -> str:
        """The sheet's title when it names an outcome document ("BMS8", "RevCon3 II"), else ""."""
        return sheet if not self.own and names_document(sheet) else ""

    def read(self, mapping: ImportMapping, rows: list[Row]) -> list[ImportedRow]:
        self.mapping = mapping
        self.decoders = decoders(self.catalog, mapping, self.own)
        self.unsaved = self.workbook.formula_without_value(mapping.sheet)
        self.hint = self.title_hint(mapping.sheet)
        imported = []
        for number in range(mapping.header_row + 1, len(rows) + 1):
            found = self._row(number, rows[number - 1])
            if found is not None:
                imported.append(found)
        return imported

    def _letter(self, name: str | None) -> str | None:
        index = self.mapping.columns.get(name or "")
        return column_letter(index) if index is not None else None

    def _problem(self, row: int, name: str | None, reason: str, skips: Skips) -> None:
        self.problems.append(
            RowProblem(self.mapping.sheet, row, self._letter(name), name, reason, skips)
        )

    def _row(self, number: int, row: Row) -> ImportedRow | None:
        unsaved = {
            name: index
            for name, index in self.mapping.columns.items()
            if (number, index + 1) in self.unsaved
        }
        if not unsaved and all(is_blank(value) for value in row):
            return None

        def cell(name: str) -> object:
            index = self.mapping.columns.get(name)
            return row[index] if index is not None and index < len(row) else None

        if "reference" in unsaved:
            self._problem(number, "reference", formula_reason(number, unsaved["reference"] + 1),
                          "row")  # fmt: skip
            return None
        commitment = self._commitment(number, cell)
        if commitment is None:
            return None
        values: dict[str, object] = {}
        for name in FIELD_KEYS:
            if name not in self.mapping.columns:
                continue
            if name in unsaved:
                self._problem(number, name, formula_reason(number, unsaved[name] + 1), "cell")
                continue
            try:
                value = self.decoders[name](cell(name))
            except ValueError as error:
                self._problem(number, name, str(error), "cell")
                continue
            if isinstance(value, DateReading):
                if value.understood:
                    self.readings.append(
                        CellReading(self.mapping.sheet, number, self._letter(name), name,
                                    value.understood)
                    )  # fmt: skip
                value = value.value
            values[name] = value
        letters = {name: column_letter(index) for name, index in self.mapping.columns.items()}
        return ImportedRow(self.mapping.sheet, number, commitment.id, values, letters)

    def _commitment(self, number: int, cell: Callable[[str], object]) -> Commitment | None:
        """The one commitment the row names, registered so a second row naming it is caught."""
        text = plain_text(cell("reference")).strip()
        if not text:
            self._problem(number, "reference", "no paragraph reference", "row")
            return None
        if self.own:
            try:
                commitment = self.catalog.get(text)
            except LookupError as error:
                self._problem(number, "reference", str(error).strip("'\""), "row")
                return None
        else:
            hints = [plain_text(cell(name)).strip() for name in ("document", "section")]
            hint = " ".join(h for h in hints if h)
            if self.hint and not names_document(hint):
                hint = f"{self.hint} {hint}".strip()
            match = parse_reference(text, document_hint=hint or None, catalog=self.catalog)
            if isinstance(match, ReferenceProblem):
                self._problem(number, "reference", match.reason, "row")
                return None
            commitment = self.catalog.get(match.commitment_id)
        if not commitment.assessed:
            kind = _KIND_NAMES.get(commitment.kind, f"a {commitment.kind} paragraph")
            self._problem(
                number, "reference", f"{commitment.label} is {kind}: it is not assessed", "row"
            )
            return None
        if commitment.id in self.seen:
            sheet, earlier = self.seen[commitment.id]
            where = f"sheet {sheet}, row {earlier}"
            if sheet == self.mapping.sheet:
                where = f"row {earlier}"
            self._problem(
                number,
                "reference",
                f"{commitment.label} is already on {where}: each commitment can be imported "
                "from one row only",
                "row",
            )
            return None
        self.seen[commitment.id] = (self.mapping.sheet, number)
        return commitment


# Direction overrides and isolates can make a text read differently than it is stored; other C0
# controls are invisible. Both are kept as they are (the import changes nothing unasked) and
# named in the preview's notes, cell by cell.
_HIDDEN = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            if isinstance(item, str):
                yield item
            elif isinstance(item, Law):
                yield from (item.title_original, item.title_english, item.link)


def _hidden_controls(rows: Sequence[ImportedRow], shown: int = 5) -> list[str]:
    """A note naming the cells that hold invisible direction or control characters."""
    found = [
        f"sheet {row.sheet}, row {row.row} ({field_name(name)})"
        for row in rows
        for name, value in row.values.items()
        if any(_HIDDEN.search(text) for text in _texts(value))
    ]
    if not found:
        return []
    more = f" and {len(found) - shown} more" if len(found) > shown else ""
    return [
        "invisible direction or control characters (they can make a text read differently "
        f"from what is stored) in {'; '.join(found[:shown])}{more}: check these cells"
    ]
