"""Opening a spreadsheet for import without trusting it: every refusal is one clear sentence.

Workbooks come from e-mail and USB sticks: hand-kept ministry trackers, our own exports edited
by agencies, and now and then something hostile or broken. Before openpyxl parses anything, the
zip is checked here (declared sizes, compression ratios, encryption, DOCTYPE/ENTITY declarations
in any XML part), so a zip bomb or an XML entity attack is refused in milliseconds instead of
filling memory. openpyxl then reads in read-only (streaming) mode with cached formula results;
only when a sheet holds formulas is it read a second time to find formulas with no saved result.
Nothing is ever written.
"""

from __future__ import annotations

import io
import posixpath
import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_TOTAL_UNCOMPRESSED = 64 * 1024 * 1024  # the demo's own export is 1.3 MB unzipped
MAX_SHEETS = 100
MAX_CELLS = 500_000  # ~2 s of parsing here; the largest ministry trackers seen hold ~20,000
MAX_RATIO = 200
RATIO_CHECK_SIZE = 10 * 1024 * 1024  # smaller members may compress well (runs of empty cells)
MAX_MEMBERS = 10_000
MAX_COLUMNS = 500  # trackers have tens of columns; cells further right are ignored (with a note)
CHUNK = 1024 * 1024

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
# Parts never parsed as XML (pictures, embedded files); every other part is scanned, whatever
# its name, since a workbook's relationships may point openpyxl at any part name.
_OPAQUE = re.compile(
    r"(^|/)(media|embeddings|printerSettings)/|\.(bin|png|jpe?g|gif|bmp|tiff?|emf|wmf)$", re.I
)
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")
_FORBIDDEN = re.compile(
    b"|".join(
        re.escape(text.decode().encode(encoding))
        for text in _DECLARATIONS
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    )
)
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
# A row that holds at least one cell (Excel also writes empty rows that only carry a height).
_ROW = re.compile(rb"<(?:\w+:)?row(?:\s[^<>]{0,400})?(?<!/)>\s{0,40}<(?:\w+:)?c[\s>/]")
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
_OVERLAP = 512  # longer than any pattern above, so a match split between chunks is still found


class WorkbookProblem(Exception):
    """A file the import refuses; ``message`` is one line naming the file and the reason."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


def problem(path: Path, reason: str) -> WorkbookProblem:
    """``'tracker.xlsx': reason`` on one line, whatever characters the file name holds."""
    name = "".join(c if c.isprintable() else "?" for c in path.name)
    return WorkbookProblem(f"{name}: {reason}", path)


@dataclass(frozen=True)
class LoadedWorkbook:
    """The cached values of every sheet, read once; merged cells hold their value in the first.

    ``rows(sheet)[i]`` is spreadsheet row ``i + 1``; rows carry no trailing empty cells.
    """

    path: Path
    sheet_names: tuple[str, ...]
    _rows: dict[str, list[tuple[object, ...]]] = field(repr=False)
    _formulas: dict[str, frozenset[tuple[int, int]]] = field(repr=False)
    notes: tuple[str, ...] = ()

    def rows(self, sheet: str) -> list[tuple[object, ...]]:
        """The sheet's cell values (formulas as their saved results), top to bottom."""
        if sheet not in self._rows:
            raise problem(self.path, f"has no sheet {sheet!r}")
        return self._rows[sheet]

    def formula_without_value(self, sheet: str) -> set[tuple[int, int]]:
        """(row, column), both 1-based, of formula cells that have no saved result."""
        return set(self._formulas.get(sheet, frozenset()))


def open_workbook(path: Path, *, max_rows: int = 100_000) -> LoadedWorkbook:
    """Read an .xlsx file's sheets, or raise :class:`WorkbookProblem` saying why not."""
    path = Path(path)
    data = _read_file(path)
    _check_kind(path, data)
    archive = _open_zip(path, data)
    with archive:
        scan = _check_members(path, archive)
        _check_row_counts(path, archive, scan, max_rows)
    notes: list[str] = []
    values = _load(path, data, data_only=True, max_rows=max_rows, notes=notes)
    formulas: dict[str, frozenset[tuple[int, int]]] = {}
    if scan.formulas:
        notes.append("formulas: their saved results were used")
        with_formulas = _load(path, data, data_only=False, max_rows=max_rows, notes=[])
        for sheet, rows in with_formulas.items():
            formulas[sheet] = frozenset(_unsaved(rows, values.get(sheet, [])))
    return LoadedWorkbook(path, tuple(values), values, formulas, tuple(dict.fromkeys(notes)))


# --- checks before any XML is parsed --------------------------------------------------------


def _read_file(path: Path) -> bytes:
    """The whole file, read once: later checks and the load then see the same bytes."""
    try:
        if not path.exists():
            raise problem(path, "file not found")
        if not path.is_file():
            raise problem(path, "not a file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise problem(path, f"the file is too large ({size // 2**20} MB) to import")
        with path.open("rb") as stream:
            return stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise problem(path, f"cannot be read ({error.strerror or error})") from None


def _check_kind(path: Path, data: bytes) -> None:
    if data.startswith(OLE2_MAGIC):
        raise problem(
            path,
            "the workbook is password-protected or in the old .xls format: "
            "save it as .xlsx without a password",
        )
    if not data.startswith(ZIP_MAGICS):
        raise problem(path, "not an Excel workbook (.xlsx)")


def _open_zip(path: Path, data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise problem(
            path, "the file is damaged (incomplete or corrupted): save it again from Excel"
        ) from None


@dataclass(frozen=True)
class _Scan:
    formulas: frozenset[str]  # worksheet parts holding formulas
    rows: dict[str, int]  # worksheet part -> number of <row> elements
    cells: int = 0  # <c> elements in every worksheet together


def _check_members(path: Path, archive: zipfile.ZipFile) -> _Scan:
    """Refuse bombs, encryption and DTDs; note which worksheets hold formulas, and their rows."""
    members = archive.infolist()
    names = {info.filename for info in members}
    if "mimetype" in names and "content.xml" in names:
        raise problem(path, "an OpenDocument spreadsheet (.ods): save it as .xlsx")
    if "[Content_Types].xml" not in names or not any(
        re.search(r"(^|/)workbook\d*\.xml$", name) for name in names
    ):
        raise problem(path, "the file is damaged or not an Excel workbook (.xlsx)")
    if len(members) > MAX_MEMBERS:
        raise problem(path, f"the file has {len(members)} parts: not an ordinary workbook")
    total = sum(info.file_size for info in members)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise problem(path, _bomb(total))
    for info in members:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECK_SIZE and ratio > MAX_RATIO:
            raise problem(path, _bomb(info.file_size))
        if info.flag_bits & 0x1:
            raise problem(path, "parts of the file are encrypted: save it without a password")
    sheets = sum(1 for name in names if re.search(r"(^|/)worksheets/[^/]+\.xml$", name))
    if sheets > MAX_SHEETS:
        raise problem(
            path, f"the file has {sheets} sheets: more than an import reads ({MAX_SHEETS})"
        )
    formulas: set[str] = set()
    rows: dict[str, int] = {}
    budget = MAX_TOTAL_UNCOMPRESSED
    cells = 0
    for info in members:
        if _OPAQUE.search(info.filename) or info.is_dir():
            continue
        declared, has_formula, rows[info.filename], read, found = _scan(path, archive, info, budget)
        budget -= read
        if "worksheets/" in info.filename:
            cells += found
            if cells > MAX_CELLS:
                raise problem(
                    path,
                    f"the sheets hold more than {MAX_CELLS:,} cells: more than an import of "
                    "answers needs; split the file or delete unused sheets and rows",
                )
        if declared:
            raise problem(
                path,
                f"part {info.filename} declares a DOCTYPE or ENTITY, which Excel never writes: "
                "the file is refused as unsafe",
            )
        if has_formula and "worksheets/" in info.filename:
            formulas.add(info.filename)
    return _Scan(frozenset(formulas), rows, cells)


def _check_row_counts(path: Path, archive: zipfile.ZipFile, scan: _Scan, max_rows: int) -> None:
    """Refuse a sheet with too many rows by counting its <row> tags, before any parsing."""
    big = [part for part, count in scan.rows.items() if count > max_rows and "sheets/" in part]
    if big:
        name = _sheet_names(archive).get(big[0], big[0])
        raise problem(path, f"sheet {name} has more than {max_rows:,} rows")


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part -> sheet name, from workbook.xml and its relationships (best effort).

    The standard parser is safe here: DOCTYPEs were refused above, so no entity can expand.
    """
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, OSError):
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    names = {}
    for sheet in book.iter():
        if not sheet.tag.endswith("}sheet"):
            continue
        rel_id = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
        target = targets.get(rel_id) or ""
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
        names[part] = sheet.get("name", part)
    return names


def _bomb(size: int) -> str:
    return (
        f"the file would expand to {size // 2**20} MB: it is refused as a possible zip bomb "
        "(not an ordinary workbook)"
    )


def _scan(
    path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int
) -> tuple[bool, bool, int, int, int]:
    """Stream one part within budget: (declares DOCTYPE/ENTITY, formula?, rows, bytes, cells).

    zipfile never inflates beyond the declared size and checks the CRC, so together with the
    budget a part that lies about its size cannot make us read more than the limit.
    """
    read, has_formula, rows, cells, tail = 0, False, 0, 0, b""
    try:
        with archive.open(info) as stream:
            for chunk in _chunks(stream):
                read += len(chunk)
                if read > budget:
                    raise problem(path, _bomb(MAX_TOTAL_UNCOMPRESSED))
                window = tail + chunk
                if _FORBIDDEN.search(window):
                    return True, has_formula, rows, read, cells
                has_formula = has_formula or _FORMULA.search(window) is not None
                # a match ending inside the tail was counted with the previous chunk
                rows += sum(1 for m in _ROW.finditer(window) if m.end() > len(tail))
                cells += sum(1 for m in _CELL.finditer(window) if m.end() > len(tail))
                tail = window[-_OVERLAP:]
    except WorkbookProblem:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        raise problem(
            path, "the file is damaged (incomplete or corrupted): save it again from Excel"
        ) from None
    return False, has_formula, rows, read, cells


def _chunks(stream: Any) -> Iterator[bytes]:
    while chunk := stream.read(CHUNK):
        yield chunk


# --- loading --------------------------------------------------------------------------------


def _load(
    path: Path, data: bytes, *, data_only: bool, max_rows: int, notes: list[str]
) -> dict[str, list[tuple[object, ...]]]:
    """Every sheet's values, streamed; openpyxl's own errors become one-line problems."""
    sheets: dict[str, list[tuple[object, ...]]] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "extension not supported" and the like
            book = load_workbook(
                io.BytesIO(data), read_only=True, data_only=data_only, keep_links=False
            )
            try:
                for sheet in book.worksheets:
                    sheets[str(sheet.title)] = _sheet_rows(path, sheet, max_rows, notes)
            finally:
                book.close()
    except WorkbookProblem:
        raise
    except Exception as error:  # openpyxl raises many kinds (KeyError, TypeError, ParseError…)
        reason = " ".join(str(error).split())[:120] or type(error).__name__
        raise problem(path, f"the workbook cannot be read ({reason})") from None
    return sheets


def _sheet_rows(
    path: Path, sheet: Any, max_rows: int, notes: list[str]
) -> list[tuple[object, ...]]:
    title = str(sheet.title)
    too_many = f"sheet {title} has more than {max_rows:,} rows"
    if (sheet.max_row or 0) > max_rows:
        raise problem(path, too_many)  # its declared size says so: refuse before reading
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # never pad rows to a (possibly absurd) declared width
    rows: list[tuple[object, ...]] = []
    last_filled = 0
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        if number > max_rows:
            if any(v is not None for v in row):
                raise problem(path, too_many)
            continue  # formatted but empty rows below the table do not count
        if len(row) > MAX_COLUMNS and any(v is not None for v in row[MAX_COLUMNS:]):
            notes.append(
                f"sheet {title}: cells right of column {get_column_letter(MAX_COLUMNS)} "
                "were ignored"
            )
        values = tuple(row[:MAX_COLUMNS])
        end = len(values)
        while end and values[end - 1] is None:
            end -= 1
        rows.append(values[:end])
        if end:
            last_filled = number
    del rows[last_filled:]
    return rows


def _unsaved(
    with_formulas: list[tuple[object, ...]], values: list[tuple[object, ...]]
) -> Iterator[tuple[int, int]]:
    """Cells that hold a formula in one reading and nothing in the cached-values reading."""
    for row_index, row in enumerate(with_formulas, start=1):
        cached = values[row_index - 1] if row_index <= len(values) else ()
        for column_index, value in enumerate(row, start=1):
            if value is None or (
                column_index <= len(cached) and cached[column_index - 1] is not None
            ):
                continue
            if not isinstance(value, str) or value.startswith("="):
                yield row_index, column_index
