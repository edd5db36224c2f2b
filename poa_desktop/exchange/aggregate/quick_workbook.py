"""A quick reader for workbooks shaped as the app writes them, for reading hundreds at a time.

The safe reader (:mod:`poa_desktop.exchange.reading.safe_workbook`) streams every sheet through
openpyxl: about 0.2 s for one national workbook, 40 s for 193 on one core. An analysis needs
two sheets (``Answers`` and ``About``) of plain text cells, which the standard library's XML
parser reads in a fraction of that. This reader takes only what it fully understands: a zip
within the safe reader's limits, no encryption, no DOCTYPE or ENTITY declaration in the parts it
parses (so no entity can expand), cells of text, numbers and booleans without formulas. Anything
else raises :class:`NotQuick`, and the caller opens the file with the safe reader instead, which
reads it or says why not: the quick reader never refuses a file, it only steps aside.

Values are those openpyxl gives in read-only mode (``read_only=True, data_only=True``): rows
from row 1, cells from column A, trailing empty cells and rows dropped.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

from poa_desktop.exchange.reading.safe_workbook import (
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_MEMBERS,
    MAX_TOTAL_UNCOMPRESSED,
)

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
MAX_ROWS = 100_000
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_C, _V, _IS, _F, _T = (MAIN + tag for tag in ("c", "v", "is", "f", "t"))
_DIGITS = "0123456789"
Row = tuple[object, ...]


class NotQuick(Exception):
    """The file is not one this reader takes as it is; the safe reader decides about it."""


@dataclass
class QuickWorkbook:
    """A :class:`~poa_desktop.exchange.reading.sources.RowSource` over the sheets of one file,
    each sheet parsed when first asked for."""

    path: Path
    sheet_names: tuple[str, ...]
    _archive: zipfile.ZipFile = field(repr=False)
    _parts: dict[str, str] = field(repr=False)
    _strings: list[str] | None = field(default=None, repr=False)
    _strings_part: str = ""
    _styles_part: str = ""
    _dates: frozenset[int] | None = field(default=None, repr=False)
    _rows: dict[str, list[Row]] = field(default_factory=dict, repr=False)
    notes: tuple[str, ...] = ()

    def rows(self, sheet: str) -> list[Row]:
        if sheet not in self._rows:
            if sheet not in self._parts:
                raise NotQuick(f"no sheet {sheet!r}")
            self._rows[sheet] = self._sheet_rows(self._parts[sheet])
        return self._rows[sheet]

    def formula_without_value(self, sheet: str) -> set[tuple[int, int]]:
        """Always empty: a sheet with a formula is not read here (:class:`NotQuick`)."""
        del sheet
        return set()

    def _shared_strings(self) -> list[str]:
        if self._strings is None:
            self._strings = []
            if self._strings_part:
                root = _parse(self._archive, self._strings_part)
                for item in root.iter(MAIN + "si"):
                    # As openpyxl: the plain text and the rich text runs, not phonetic runs.
                    text = "".join(_texts(item))
                    self._strings.append(text.replace("x005F_", ""))
        return self._strings

    def _date_styles(self) -> frozenset[int]:
        """Cell style indexes whose number format shows a date or a time."""
        if self._dates is None:
            dates: set[int] = set()
            if self._styles_part:
                root = _parse(self._archive, self._styles_part)
                custom = {
                    int(item.get("numFmtId") or 0): item.get("formatCode", "")
                    for item in root.iter(MAIN + "numFmt")
                }
                formats = root.find(MAIN + "cellXfs")
                for index, xf in enumerate(formats if formats is not None else ()):
                    number = int(xf.get("numFmtId") or 0)
                    code = custom.get(number) or BUILTIN_FORMATS.get(number) or "General"
                    if is_date_format(code):
                        dates.add(index)
            self._dates = frozenset(dates)
        return self._dates

    def _sheet_rows(self, part: str) -> list[Row]:
        root = _parse(self._archive, part)
        sheet_data = root.find(MAIN + "sheetData")
        rows: list[Row] = []
        if sheet_data is None:
            return rows
        number = 0
        for row in sheet_data.iter(MAIN + "row"):
            given = row.get("r")
            number = int(given) if given and given.isdigit() else number + 1
            if number > MAX_ROWS:
                raise NotQuick("too many rows")
            values = self._cells(row)
            if values:
                rows.extend(() for _ in range(number - 1 - len(rows)))
                rows.append(values)
        return rows

    def _cells(self, row: ElementTree.Element) -> Row:
        """A row's values from column A, from the parsed XML."""
        values: list[object] = []
        column = 0
        for cell in row:
            if cell.tag != _C:
                continue
            reference = cell.get("r")
            if reference:
                found = _COLUMNS.get(reference.rstrip(_DIGITS))
                if found is None:
                    raise NotQuick(f"cell reference {reference!r} (or beyond column {MAX_COLUMNS})")
                column = found
            else:
                column += 1
            raw: str | None = None
            inline: ElementTree.Element | None = None
            for child in cell:
                if child.tag == _V:
                    raw = child.text
                elif child.tag == _IS:
                    inline = child
                elif child.tag == _F:
                    raise NotQuick("a formula")
            kind = cell.get("t", "n")
            if kind == "inlineStr":
                if inline is None:
                    continue
                if len(inline) == 1 and inline[0].tag == _T:  # nearly always: one plain text
                    value: object = inline[0].text or ""
                else:
                    value = "".join(_texts(inline))
            elif not raw:
                continue
            else:
                value = self._typed(kind, cell.get("s"), raw)
            if value is None:
                continue
            if column - 1 > len(values):
                values.extend([None] * (column - 1 - len(values)))
            values.append(value)
        return tuple(values)

    def _typed(self, kind: str, style: str | None, raw: str) -> object:
        """A cell's value from its ``v`` text, as openpyxl gives it for this type."""
        if not raw:
            return None  # openpyxl: an empty <v> is no value
        if kind == "s":
            strings = self._shared_strings()
            index = int(raw) if raw.isdigit() else -1
            if not 0 <= index < len(strings):
                raise NotQuick("a shared string out of range")
            return strings[index]
        if kind == "n":
            if int(style or 0) in self._date_styles():
                raise NotQuick("a date")  # openpyxl makes it a datetime; leave that to it
            try:
                return float(raw) if any(c in raw for c in ".eE") else int(raw)
            except ValueError:
                raise NotQuick(f"number {raw!r}") from None
        if kind == "b":
            return raw.strip() not in ("0", "false")
        raise NotQuick(f"a cell of type {kind!r}")


def open_quick(path: Path) -> QuickWorkbook:
    """The file's sheets for quick reading, or :class:`NotQuick` (also for damaged files)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise NotQuick("large")
        data = path.read_bytes()
    except OSError as error:
        raise NotQuick(str(error)) from None
    if not data.startswith(b"PK\x03\x04"):
        raise NotQuick("not a zip")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise NotQuick("damaged") from None
    if len(members) > MAX_MEMBERS:
        raise NotQuick("too many parts")
    if sum(info.file_size for info in members) > MAX_TOTAL_UNCOMPRESSED:
        raise NotQuick("too large unzipped")
    if any(info.flag_bits & 0x1 for info in members):
        raise NotQuick("encrypted")
    names = {info.filename for info in members}
    book, rels = "xl/workbook.xml", "xl/_rels/workbook.xml.rels"
    if book not in names or rels not in names:
        raise NotQuick("no workbook part")
    targets: dict[str, str] = {}
    strings = styles = ""
    for relation in _parse(archive, rels):
        target = _part(relation.get("Target", ""))
        if relation.get("Type", "").endswith("/sharedStrings"):
            strings = target
        elif relation.get("Type", "").endswith("/styles"):
            styles = target
        targets[relation.get("Id", "")] = target
    parts: dict[str, str] = {}
    for sheet in _parse(archive, book).iter(MAIN + "sheet"):
        target = targets.get(sheet.get(RELATIONSHIP, ""), "")
        if target not in names:
            raise NotQuick("a sheet without its part")
        parts[sheet.get("name", "")] = target
    if (strings and strings not in names) or (styles and styles not in names):
        raise NotQuick("shared strings or styles missing")
    return QuickWorkbook(
        path, tuple(parts), archive, parts, _strings_part=strings, _styles_part=styles
    )


def _part(target: str) -> str:
    """A relationship's target as a part name in the zip (targets are relative to ``xl/``)."""
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join("xl", target))


def _read(archive: zipfile.ZipFile, part: str) -> bytes:
    """One XML part's bytes, taken only when it declares no DOCTYPE or ENTITY (so nothing can
    expand) and is not UTF-16."""
    try:
        data = archive.read(part)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError):
        raise NotQuick(f"part {part} unreadable") from None
    if _DECLARATION.search(data) or b"\x00" in data[:200]:
        raise NotQuick(f"part {part} declares a DTD or is not UTF-8")
    return data


def _element(data: bytes) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError:
        raise NotQuick("a part is not well-formed XML") from None


def _parse(archive: zipfile.ZipFile, part: str) -> ElementTree.Element:
    """One XML part, parsed (see :func:`_read`)."""
    return _element(_read(archive, part))


def _texts(element: ElementTree.Element) -> list[str]:
    """The ``t`` texts of a string item: its own and its runs', not its phonetic runs'."""
    texts = []
    for child in element:
        if child.tag == _T:
            texts.append(child.text or "")
        elif child.tag == MAIN + "r":
            texts.extend(t.text or "" for t in child.iter(_T))
    return texts


def _letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_COLUMNS: dict[str, int] = {_letters(n): n for n in range(1, MAX_COLUMNS + 1)}
"""Column letters -> 1-based number, as far as the safe reader reads (beyond: not quick)."""
