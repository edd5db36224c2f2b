"""The national report as an Excel workbook: readable by a person, by UNODA's tools, and by us.

One row per measure keyed by its stable commitment id, every answer field in its own column in the
encodings of :mod:`poa_desktop.exchange.workbook.cells` (which the importer reads back), report
field values, contacts and an ``About`` sheet with versions and a digest of the answers. The sheets
are protected without a password so ids and commitment texts are not changed by a slip, while the
answer columns stay editable for the agencies that fill them in.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import UTC
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from poa_desktop.catalog import Commitment
from poa_desktop.domain.catalog import FieldDefinition
from poa_desktop.domain.changes import ChangeList
from poa_desktop.domain.fields import ANSWER_FIELDS
from poa_desktop.domain.provenance import provenance_label
from poa_desktop.domain.report import ReportData
from poa_desktop.domain.status import status_label
from poa_desktop.domain.words import NO, YES
from poa_desktop.exchange.workbook.cells import (
    STATUS_TEXT,
    format_cell,
    format_timestamp,
    format_yes_no,
    safe_text,
)
from poa_desktop.exchange.workbook.layout import (
    ABOUT,
    ABOUT_COLUMNS,
    ANSWER_COLUMNS,
    ANSWERS,
    CHANGE_COLUMNS,
    CONTACT_COLUMNS,
    CONTACT_KINDS,
    CONTACTS,
    FORMAT_NOTES,
    NO_WRAP,
    NOTE_PREFIX,
    REPORT_FIELD_COLUMNS,
    REPORT_FIELDS,
    UNLOCKED,
    WORKBOOK_FORMAT,
    WRAP,
    AboutItem,
    Column,
    answer_column,
    changes_sheet_title,
    column_letter,
    finish_sheet,
    row_height,
    set_up_sheet,
)

ProgressCallback = Callable[[float], None]
CellValue = str | int | float | None

TEXT_FORMAT = "@"


def write_xlsx(
    data: ReportData,
    target: Path | BinaryIO,
    progress: ProgressCallback | None = None,
    changes: ChangeList | None = None,
) -> None:
    """Write the workbook to a file path or a binary stream.

    With ``changes``, a last sheet ``Changes since <cycle>`` lists the answers that changed
    since that earlier cycle; without, the workbook is exactly the four usual sheets.

    ``progress`` receives fractions from 0 to 1; it may raise (to cancel), in which case nothing
    is written. A path is written as given; callers wanting all-or-nothing files write to a
    temporary name and rename (as ``services.export`` does).
    """
    report = progress or (lambda _fraction: None)
    report(0.0)
    workbook = Workbook()
    answers = workbook.active
    answers.title = ANSWERS
    _write_answers(answers, data, lambda f: report(0.6 * f))
    _write_report_fields(workbook.create_sheet(REPORT_FIELDS), data)
    report(0.65)
    _write_contacts(workbook.create_sheet(CONTACTS), data)
    _write_about(workbook.create_sheet(ABOUT), data)
    if changes is not None:
        _write_changes(workbook.create_sheet(changes_sheet_title(changes.earlier_cycle)), changes)
    workbook.active = 0
    _set_properties(workbook, data)
    report(0.7)
    if isinstance(target, str | os.PathLike):
        workbook.save(os.fspath(target))
    else:
        workbook.save(target)
    report(1.0)


def _put(ws: Any, row: int, column_index: int, value: CellValue, column: Column) -> Any:
    """One cell: text through :func:`safe_text`, alignment by column, unlocked if editable.

    Editable text cells get Excel's Text format, so what a person types stays as typed: "=..."
    is not run, "2030-01-05" does not turn into a date serial, "+999 20 555" not into a number.
    """
    cell = ws.cell(row=row, column=column_index)
    if isinstance(value, str):
        safe_text(cell, value)
    else:
        cell.value = value
    cell.alignment = WRAP if column.wrap else NO_WRAP
    if column.editable:
        cell.protection = UNLOCKED
        if not isinstance(value, int | float):
            cell.number_format = TEXT_FORMAT
    return cell


def _write_rows(
    ws: Any,
    columns: Sequence[Column],
    rows: Sequence[Sequence[CellValue]],
    progress: ProgressCallback | None = None,
) -> None:
    """The table body from row 2, each row as tall as its wrapped text (within reason)."""
    for row_index, values in enumerate(rows, start=2):
        for column_index, (value, column) in enumerate(zip(values, columns, strict=True), 1):
            _put(ws, row_index, column_index, value, column)
        ws.row_dimensions[row_index].height = row_height(values, columns)
        if progress is not None and row_index % 25 == 0:
            progress((row_index - 1) / len(rows))


def _list_validation(
    ws: Any, values: Sequence[str], ranges: Sequence[str], title: str
) -> DataValidation:
    """A drop-down of ``values`` on ``cells``; blank stays allowed (not yet answered)."""
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(values) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=title,
        error=f"Choose one of: {', '.join(values)}; or leave the cell empty.",
        promptTitle=title,
        prompt=", ".join(values),
        showInputMessage=False,
    )
    for cells in ranges:
        validation.add(cells)
    ws.add_data_validation(validation)
    return validation


# --- Answers ------------------------------------------------------------------------------------


def answer_row(data: ReportData, commitment: Commitment) -> list[CellValue]:
    """The cells of one measure's row, in :data:`ANSWER_COLUMNS` order (each by its key)."""
    catalog = data.catalog
    document = catalog.document(commitment.document_id)
    section = next((s for s in document.sections if s.id == commitment.section), None)
    section_text = f"{section.label} {section.title}".strip() if section else commitment.section
    cells: dict[str, CellValue] = {
        "reference": commitment.id,
        "document": document.short_title,
        "citation": commitment.label,
        "section": section_text,
        "text": commitment.text,
    }
    record = data.answer(commitment.id)
    content = record.content if record is not None else None
    if content is not None and not content.is_blank:
        kinds = catalog.assistance_kinds
        cells |= {
            field.key: format_cell(field.cell, getattr(content, field.key), kinds)
            for field in ANSWER_FIELDS
        }
    if record is not None:
        cells["updated_at"] = format_timestamp(record.updated_at)
        cells["source"] = record.provenance_detail or provenance_label(record.provenance)
    return [cells.get(column.key, "") for column in ANSWER_COLUMNS]


def _write_answers(
    ws: Any,
    data: ReportData,
    progress: ProgressCallback,
    measures: Sequence[Commitment] | None = None,
) -> None:
    """The ``Answers`` sheet: every measure, or only ``measures`` (an agency's workbook)."""
    set_up_sheet(ws, ANSWER_COLUMNS, freeze="B2")
    chosen = data.measures() if measures is None else measures
    rows = [answer_row(data, commitment) for commitment in chosen]
    _write_rows(ws, ANSWER_COLUMNS, rows, progress)
    last = max(len(rows) + 1, 2)
    status = column_letter(answer_column("status"))
    needed = column_letter(answer_column("assistance_needed"))
    _list_validation(ws, list(STATUS_TEXT.values()), [f"{status}2:{status}{last}"], "Status")
    _list_validation(ws, [YES, NO], [f"{needed}2:{needed}{last}"], "Assistance needed")
    finish_sheet(ws, ANSWER_COLUMNS, last, protect=True)
    progress(1.0)


# --- Report fields ------------------------------------------------------------------------------


def _field_cell(definition: FieldDefinition, value: Any) -> CellValue:
    """Numbers stay numbers (so they add up), yes/no fields read Yes or No."""
    if value is None:
        return None
    if definition.type == "boolean" or isinstance(value, bool):
        return format_yes_no(bool(value))
    if isinstance(value, int):
        return value
    return str(value)


def _write_report_fields(ws: Any, data: ReportData) -> None:
    set_up_sheet(ws, REPORT_FIELD_COLUMNS)
    rows: list[list[CellValue]] = []
    kinds: list[str] = []
    for group in data.catalog.field_groups:
        for commitment_id in group.commitments:
            for definition in group.fields:
                value = _field_cell(definition, data.field_values.get(definition.id))
                label = f"{group.label} — {definition.label}"
                rows.append([commitment_id, definition.id, label, value, definition.unit])
                kinds.append(definition.type)
    _write_rows(ws, REPORT_FIELD_COLUMNS, rows)
    yes_no = []
    for row_index, kind in enumerate(kinds, start=2):
        cell = ws.cell(row=row_index, column=4)
        if kind == "boolean":
            yes_no.append(cell.coordinate)
        elif kind in ("integer", "year"):
            cell.number_format = "0" if kind == "year" else "#,##0"
            cell.alignment = NO_WRAP
    if yes_no:  # a validation over no cells would make Excel repair the file
        _list_validation(ws, [YES, NO], yes_no, "Yes or No")
    finish_sheet(ws, REPORT_FIELD_COLUMNS, len(rows) + 1, protect=True)


# --- Contacts and About -------------------------------------------------------------------------


def _write_contacts(ws: Any, data: ReportData) -> None:
    """Not protected: people add a contact by adding a row."""
    set_up_sheet(ws, CONTACT_COLUMNS)
    focal = data.focal_point
    rows: list[list[CellValue]] = [
        ["Focal point", focal.name, "", focal.title, "", "", focal.email, focal.phone]
    ]
    for agency in data.agencies:
        rows.append(
            [
                "Agency",
                agency.name,
                agency.short_name,
                "",
                "",
                agency.contact_person,
                agency.email,
                agency.phone,
            ]
        )
    for contact in data.contacts:
        rows.append(
            [
                "Contact",
                contact.name,
                "",
                contact.role,
                contact.agency,
                "",
                contact.email,
                contact.phone,
            ]
        )
    _write_rows(ws, CONTACT_COLUMNS, rows)
    _list_validation(ws, list(CONTACT_KINDS), [f"A2:A{len(rows) + 1}"], "Kind")
    finish_sheet(ws, CONTACT_COLUMNS, len(rows) + 1, protect=False)


def about_items(data: ReportData) -> list[tuple[str, CellValue]]:
    """The ``About`` sheet's (item, value) rows, in order."""
    assessed = sum(
        1
        for c in data.measures()
        if (r := data.answer(c.id)) is not None and r.content.status is not None
    )
    items: list[tuple[str, CellValue]] = [
        (AboutItem.FORMAT, WORKBOOK_FORMAT),
        (AboutItem.APPLICATION, data.app_version),
        (AboutItem.CATALOG, data.catalog.version),
        (AboutItem.STATE, data.state),
        (AboutItem.ISO_CODE, data.iso_code),
        (AboutItem.CYCLE, data.cycle),
        (AboutItem.STATUS, data.status),
        (AboutItem.EXPORTED, format_timestamp(data.generated_at)),
        (AboutItem.DIGEST, data.answers_digest()),
        (AboutItem.MEASURES, len(data.measures())),
        (AboutItem.ASSESSED, assessed),
    ]
    kinds = ", ".join(term.label for term in data.catalog.assistance_kinds)
    items += [(NOTE_PREFIX + name, note.format(kinds=kinds)) for name, note in FORMAT_NOTES]
    return items


def _write_about(ws: Any, data: ReportData) -> None:
    set_up_sheet(ws, ABOUT_COLUMNS)
    rows = [[item, value] for item, value in about_items(data)]
    _write_rows(ws, ABOUT_COLUMNS, rows)
    finish_sheet(ws, ABOUT_COLUMNS, len(rows) + 1, protect=True)


def change_rows(changes: ChangeList) -> list[list[CellValue]]:
    """The rows of the changes sheet, in :data:`CHANGE_COLUMNS` order."""
    return [
        [
            change.commitment_id,
            change.label,
            status_label(change.old_status),
            status_label(change.new_status),
            ", ".join(change.field_labels),
        ]
        for change in changes
    ]


def _write_changes(ws: Any, changes: ChangeList) -> None:
    set_up_sheet(ws, CHANGE_COLUMNS)
    rows = change_rows(changes)
    _write_rows(ws, CHANGE_COLUMNS, rows)
    finish_sheet(ws, CHANGE_COLUMNS, len(rows) + 1, protect=True)


def _set_properties(workbook: Any, data: ReportData) -> None:
    properties = workbook.properties
    properties.creator = f"poa-desktop {data.app_version}"
    properties.title = f"{data.state}: national report on the PoA and ITI, {data.cycle}"
    properties.subject = "Voluntary national report to UNODA"
    properties.created = data.generated_at.astimezone(UTC).replace(tzinfo=None)
