"""Builders of test workbooks, written with openpyxl (or zipfile) into a test's own folder.

No binary fixtures are committed: every workbook a test reads is made here, so what it holds is
visible in the code, including the hostile ones (zip bombs, DOCTYPEs, formulas).
"""

from __future__ import annotations

import re
import struct
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

CellRows = Sequence[Sequence[Any]]


def write_table(
    path: Path, sheets: Mapping[str, CellRows], merges: Mapping[str, Sequence[str]] | None = None
) -> Path:
    """A workbook with these sheets and rows (None leaves a cell empty), cells merged as asked."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row_index, row in enumerate(rows, start=1):
            for column_index, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(row=row_index, column=column_index, value=value)
        for cells in (merges or {}).get(title, ()):
            sheet.merge_cells(cells)
    book.save(path)
    return path


FRENCH_HEADER = [
    "Paragraphe",
    "Document",
    "Statut",
    "Mesures prises",
    "Organisme responsable",
    "Besoins d'assistance",
    "Échéance",
    "Remarques internes",
]


def french_tracker(path: Path, extra_rows: CellRows = ()) -> Path:
    """A ministry's tracker: two merged title rows, a blank row, then the table in French."""
    rows: list[list[Any]] = [
        ["Ministère des Affaires étrangères — suivi du Programme d'action"],
        ["Mise à jour : mars 2024", None, None, None, "Confidentiel"],
        [],
        FRENCH_HEADER,
        ["RevCon3 II.21", "RevCon3", "Oui", "Loi 2019-04 adoptée", "Police; Douanes", "Non", None],
        ["BMS8 §77", None, "En cours", "Registre national en préparation", None, "oui", None],
        ["§ 24", "BMS8", "Non", None, "Ministère de la Défense\nGendarmerie", None, None],
        [],
        ["§ 29", "Huitième réunion biennale", "Sans objet", None, None, None, None, "à revoir"],
    ]
    rows.extend(list(row) for row in extra_rows)
    return write_table(path, {"Suivi PoA": rows}, {"Suivi PoA": ["A1:H1", "A2:D2"]})


ENGLISH_HEADER = ["Ref", "Implementation status", "Actions taken", "Challenges", "Target date"]


def english_tracker(path: Path, extra_rows: CellRows = ()) -> Path:
    """An English tracker whose references name document and section in words."""
    rows: list[list[Any]] = [
        ENGLISH_HEADER,
        ["Revcon 3 - ITI plan para 12", "Partially", "Marking at import started", "Budget", None],
        ["RevCon3 outcome, Section II, para 3", "Yes", "National point of contact named", None,
         "2026-06-30"],
    ]  # fmt: skip
    rows.extend(list(row) for row in extra_rows)
    return write_table(path, {"Tracker": rows})


# --- patching the zip behind openpyxl's back ------------------------------------------------


def rewrite_member(path: Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    """The same zip with one member's bytes replaced by ``change(old)``."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            target.writestr(info, change(data) if info.filename == member else data)
    return path


def with_doctype(path: Path, encoding: str = "utf-8") -> Path:
    """An XML external entity in the first sheet, as an attacker would plant it."""

    def plant(xml: bytes) -> bytes:
        text = xml.decode("utf-8")
        text = re.sub(r"^<\?xml[^>]*\?>", "", text)
        doctype = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        text = text.replace("<t>secret</t>", "<t>&xxe;</t>")
        declaration = f'<?xml version="1.0" encoding="{encoding}"?>'
        return (declaration + doctype + text).encode(encoding)

    write_table(path, {"Sheet": [["Paragraph", "Status"], ["secret", "Yes"]]})
    return rewrite_member(path, "xl/worksheets/sheet1.xml", plant)


def with_cached_value(path: Path, cell: str, value: str) -> Path:
    """Give a formula cell the saved result Excel would have stored (openpyxl writes none)."""

    def fill(xml: bytes) -> bytes:
        pattern = rf'<c r="{cell}"([^>]*)><f>([^<]*)</f><v\s*/>'.encode()
        replacement = rf'<c r="{cell}"\1 t="str"><f>\2</f><v>{value}</v>'.encode()
        changed, count = re.subn(pattern, replacement, xml)
        assert count == 1, f"no formula in {cell}"
        return changed

    return rewrite_member(path, "xl/worksheets/sheet1.xml", fill)


def without_dimension(path: Path, member: str = "xl/worksheets/sheet1.xml") -> Path:
    """Drop ``<dimension>`` so a reader must count rows as it streams."""
    return rewrite_member(path, member, lambda xml: re.sub(rb"<dimension[^>]*/>", b"", xml))


def zip_bomb(path: Path, megabytes: int = 320) -> Path:
    """A small file whose worksheet expands to ``megabytes`` of zeros (written in chunks)."""
    write_table(path, {"Sheet": [["Paragraph", "Status"]]})
    with zipfile.ZipFile(path) as source:
        items = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for name, data in items:
            if name != "xl/worksheets/sheet1.xml":
                target.writestr(name, data)
        with target.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as stream:
            chunk = bytes(1 << 20)
            for _ in range(megabytes):
                stream.write(chunk)
    return path


def declare_size(path: Path, member: str, size: int) -> Path:
    """Patch the central directory so ``member`` claims ``size`` uncompressed bytes."""
    data = bytearray(path.read_bytes())
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) >= 0:
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        name = bytes(data[start + 46 : start + 46 + name_length]).decode()
        if name == member:
            struct.pack_into("<I", data, start + 24, size)
            path.write_bytes(bytes(data))
            return path
        start += 46
    raise AssertionError(f"{member} not in {path}")


def many_rows(path: Path, count: int) -> Path:
    """A sheet of ``count`` rows, written in openpyxl's streaming mode (no dimension)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Big")
    sheet.append(["Paragraph", "Status"])
    for number in range(1, count):
        sheet.append([number])
    book.save(path)
    return path


def edit_own_workbook(path: Path, change: Callable[[Any], None]) -> Path:
    """Open our exported workbook as a person would in Excel, change it, save it."""
    book = load_workbook(path)
    change(book)
    book.save(path)
    return path
