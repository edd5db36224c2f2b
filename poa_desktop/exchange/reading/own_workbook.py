"""The app's own workbook beyond its answers: report field values, agencies, whose it is.

Only a workbook this app wrote has these sheets (``Report fields``, ``Contacts``, ``About``);
they are read exactly, by the headers and item labels :mod:`poa_desktop.exchange.workbook.layout`
writes in the workbook's language (:class:`OwnLayout`), and every value that cannot be read is a
:class:`RowProblem` for its cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from poa_desktop.catalog import Catalog
from poa_desktop.catalog.validation import FieldValueError, parse_value
from poa_desktop.domain.report import AgencyRow
from poa_desktop.exchange.reading.mapping import is_blank, own_text, plain_text
from poa_desktop.exchange.reading.own_layout import OwnLayout
from poa_desktop.exchange.reading.problems import RowProblem, formula_reason
from poa_desktop.exchange.reading.sources import RowSource
from poa_desktop.exchange.workbook.layout import (
    ABOUT,
    AGENCY_KIND,
    CONTACTS,
    REPORT_FIELDS,
    AboutItem,
)


@dataclass(frozen=True)
class ImportedFieldValue:
    """A report field value (own workbooks' ``Report fields`` sheet), parsed for its type."""

    sheet: str
    row: int
    commitment_id: str
    field_id: str
    value: object


@dataclass(frozen=True)
class WorkbookOrigin:
    """Whose report an app workbook is, from its ``About`` sheet (blank when not said)."""

    state: str = ""
    iso_code: str = ""
    cycle: str = ""
    catalog_version: str = ""
    language: str = ""


def read_report_fields(
    workbook: RowSource, layout: OwnLayout, catalog: Catalog, problems: list[RowProblem]
) -> tuple[ImportedFieldValue, ...]:
    """One value per field id; a field repeated under several commitments must agree."""
    sheet = layout.sheet(REPORT_FIELDS)
    if sheet not in workbook.sheet_names:
        return ()
    rows = workbook.rows(sheet)
    headers = layout.words.report_field_headers
    if not rows or tuple(plain_text(v).strip() for v in rows[0][: len(headers)]) != headers:
        problems.append(
            RowProblem(sheet, 1, None, None, "the headers are not those this app "
                       "writes: the report field values were not read")
        )  # fmt: skip
        return ()
    asked = {f.id: set(g.commitments) for g in catalog.field_groups for f in g.fields}
    unsaved = workbook.formula_without_value(sheet)
    first: dict[str, ImportedFieldValue] = {}
    conflicting: set[str] = set()

    def add(row: int, column: str | None, name: str | None, reason: str) -> None:
        problems.append(RowProblem(sheet, row, column, name, reason, "cell"))

    for number, row in enumerate(rows[1:], start=2):
        commitment_id, field_id, _label, raw = (tuple(row) + (None,) * 4)[:4]
        cid, fid = plain_text(commitment_id).strip(), plain_text(field_id).strip()
        if (number, 4) in unsaved:
            add(number, "D", "value", formula_reason(number, 4))
            continue
        if is_blank(raw):
            continue  # no value given
        if fid not in asked:
            add(number, "B", None, f"unknown report field {fid!r}")
            continue
        if cid not in asked[fid]:
            add(number, "A", None, f"report field {fid} is not asked under {cid!r}")
            continue
        try:
            value = parse_value(catalog.field(fid), own_text(raw) if isinstance(raw, str) else raw)
        except FieldValueError as error:
            add(number, "D", "value", str(error))
            continue
        earlier = first.get(fid)
        if earlier is None:
            first[fid] = ImportedFieldValue(sheet, number, cid, fid, value)
        elif (type(earlier.value), earlier.value) != (type(value), value):
            conflicting.add(fid)
            add(
                number,
                "D",
                "value",
                f"report field {fid} is {value!r} here but {earlier.value!r} on row "
                f"{earlier.row}: give it the same value everywhere",
            )
    return tuple(v for fid, v in first.items() if fid not in conflicting)


def read_agencies(workbook: RowSource, layout: OwnLayout) -> tuple[AgencyRow, ...]:
    """The agencies an app workbook's ``Contacts`` sheet lists (kind "Agency"), in order."""
    sheet = layout.sheet(CONTACTS)
    if sheet not in workbook.sheet_names:
        return ()
    found: dict[str, AgencyRow] = {}
    for row in workbook.rows(sheet)[1:]:
        kind, name, short, _title, _agency, person, email, phone = (
            plain_text(value).strip() for value in (tuple(row) + (None,) * 8)[:8]
        )
        agency = layout.contact_kind(kind) == AGENCY_KIND or kind == AGENCY_KIND
        if agency and name and name.casefold() not in found:
            found[name.casefold()] = AgencyRow(name, short, person, email, phone)
    return tuple(found.values())


def about_values(workbook: RowSource, layout: OwnLayout) -> dict[str, str]:
    """The ``About`` sheet's values by English item label (items in any language)."""
    sheet = layout.sheet(ABOUT)
    if sheet not in workbook.sheet_names:
        return {}
    items: dict[str, str] = {}
    for row in workbook.rows(sheet)[1:]:
        if len(row) >= 2:
            label = plain_text(row[0]).strip()
            items.setdefault(layout.about_item(label) or label, plain_text(row[1]).strip())
    return items


def read_origin(workbook: RowSource, layout: OwnLayout) -> WorkbookOrigin:
    """The State, ISO code, cycle, catalog version and language an app workbook's ``About``
    sheet names."""
    items = about_values(workbook, layout)
    return WorkbookOrigin(
        items.get(AboutItem.STATE, ""),
        items.get(AboutItem.ISO_CODE, "").upper(),
        items.get(AboutItem.CYCLE, ""),
        items.get(AboutItem.CATALOG, ""),
        items.get(AboutItem.LANGUAGE, "") or layout.language,
    )


def about_notes(origin: WorkbookOrigin, catalog: Catalog) -> list[str]:
    """Whose workbook this is, and whether it was made with another catalog version."""
    notes = [f"a poa-desktop workbook: {origin.state or 'no State'}, {origin.cycle or 'no cycle'}"]
    version = origin.catalog_version
    if version and version != catalog.version:
        notes.append(
            f"made with catalog version {version}; this app has {catalog.version}: "
            "rows are matched by commitment ID"
        )
    return notes
