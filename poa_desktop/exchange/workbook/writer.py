"""The national report as an Excel workbook: readable by a person, by UNODA's tools, and by us.

One row per measure keyed by its stable commitment id, every answer field in its own column in the
encodings of :mod:`poa_desktop.exchange.workbook.cells` (which the importer reads back), report
field values, contacts and an ``About`` sheet with versions and a digest of the answers. The sheets
are protected without a password so ids and commitment texts are not changed by a slip, while the
answer columns stay editable for the agencies that fill them in.

Sheet names, headers, status and yes/no words, assistance kinds and the About sheet's notes are
written in the report's language; the ids, the ``Status code`` column and the About values are
the same in every language, so one reader handles every State's workbook.

Rows are appended in order, each cell made with its style, the sheet set up before its first
row (columns, view, right to left) and each row's height before the row: the order openpyxl's
write-only mode needs. That mode is not used: in openpyxl 3.1 every styled cell it writes costs
more than in the ordinary mode, and every cell here is styled. Each cell style is put together
once per column (:func:`_cell`), not set and hashed again on every cell.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.datavalidation import DataValidation

from poa_desktop.catalog import Commitment
from poa_desktop.domain.catalog import FieldDefinition, Term
from poa_desktop.domain.changes import ChangeList
from poa_desktop.domain.content import LAW_AREAS
from poa_desktop.domain.fields import ANSWER_FIELDS, AnswerField, CellKind
from poa_desktop.domain.provenance import PROVENANCES, provenance_label
from poa_desktop.domain.report import ReportData
from poa_desktop.domain.status import STATUSES, status_label
from poa_desktop.domain.words import NO, YES
from poa_desktop.exchange.language import (
    kind_words,
    report_language,
    say,
    template_word,
    term,
    texts,
)
from poa_desktop.exchange.workbook.cells import (
    format_cell,
    format_timestamp,
    safe_text,
)
from poa_desktop.exchange.workbook.layout import (
    ABOUT,
    ABOUT_COLUMNS,
    AGENCY_KIND,
    ANSWER_COLUMNS,
    ANSWERS,
    CHANGE_COLUMNS,
    CONTACT_COLUMNS,
    CONTACT_KIND,
    CONTACT_KINDS,
    CONTACTS,
    EVIDENCE,
    EVIDENCE_COLUMNS,
    FOCAL_POINT_KIND,
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
    heading,
    row_height,
    set_up_sheet,
    sheet_title,
)

ProgressCallback = Callable[[float], None]
CellValue = str | int | float | None

TEXT_FORMAT = "@"


def write_xlsx(
    data: ReportData,
    target: Path | BinaryIO,
    progress: ProgressCallback | None = None,
    changes: ChangeList | None = None,
    language: str = "en",
) -> None:
    """Write the workbook, in ``language`` (en, fr, es, ar, ru, zh), to a path or a stream.

    With ``changes``, a last sheet ``Changes since <cycle>`` lists the answers that changed
    since that earlier cycle; without, the workbook is exactly the four usual sheets.

    ``progress`` receives fractions from 0 to 1; it may raise (to cancel), in which case nothing
    is written. A path is written as given; callers wanting all-or-nothing files write to a
    temporary name and rename (as ``services.export`` does).
    """
    report = progress or (lambda _fraction: None)
    report(0.0)
    with report_language(language):
        workbook = Workbook()
        workbook.remove(workbook.active)  # the sheets below, in order
        _write_answers(new_sheet(workbook, ANSWERS), data, lambda f: report(0.6 * f))
        _write_report_fields(new_sheet(workbook, REPORT_FIELDS), data)
        report(0.65)
        _write_contacts(new_sheet(workbook, CONTACTS), data)
        _write_about(new_sheet(workbook, ABOUT), data)
        if data.evidence:
            _write_evidence(new_sheet(workbook, EVIDENCE), data)
        if changes is not None:
            title = changes_sheet_title(changes.earlier_cycle)
            _write_changes(new_sheet(workbook, title=title), changes)
        workbook.active = 0
        _set_properties(workbook, data)
    report(0.7)
    if isinstance(target, str | os.PathLike):
        workbook.save(os.fspath(target))
    else:
        workbook.save(target)
    report(1.0)


def new_sheet(workbook: Any, name: str = "", *, title: str = "") -> Any:
    """A new last sheet named ``name`` (one of ``layout.SHEETS``, in the report's language) or
    ``title`` as it is; laid out right to left in a right-to-left language."""
    ws = workbook.create_sheet(title or sheet_title(name))
    if texts().right_to_left:
        ws.sheet_view.rightToLeft = True
    return ws


CellStyles = dict[tuple[int, bool, str | None], StyleArray]


def _cell(
    ws: Any,
    value: CellValue,
    column_index: int,
    column: Column,
    styles: CellStyles,
    number_format: str | None = None,
) -> Cell:
    """One cell: text through :func:`safe_text`, alignment by column, unlocked if editable.

    Editable text cells get Excel's Text format, so what a person types stays as typed: "=..."
    is not run, "2030-01-05" does not turn into a date serial, "+999 20 555" not into a number.
    A ``number_format`` (a count, a year) comes with no wrapping.

    ``styles`` keeps the style a column's cells end up with (by column, whether the value is a
    number, and its number format), so that only the first such cell sets the style objects
    (which openpyxl hashes each time one is set) and the others start from that style.
    """
    key = (column_index, isinstance(value, int | float), number_format)
    style = styles.get(key)
    # Placed by append(); the style is copied, so a quote prefix below is the cell's own.
    cell = Cell(ws, 1, 1, None, style)
    if isinstance(value, str):
        safe_text(cell, value)
    else:
        cell.value = value
    if style is not None:
        return cell
    cell.alignment = WRAP if column.wrap and number_format is None else NO_WRAP
    if column.editable:
        cell.protection = UNLOCKED
        if not isinstance(value, int | float):
            cell.number_format = TEXT_FORMAT
    if number_format is not None:
        cell.number_format = number_format
    styles[key] = style = StyleArray(cell._style)
    style.quotePrefix = 0
    return cell


def _write_rows(
    ws: Any,
    columns: Sequence[Column],
    rows: Sequence[Sequence[CellValue]],
    progress: ProgressCallback | None = None,
    number_formats: Mapping[tuple[int, int], str] | None = None,
) -> None:
    """The table body from row 2 (after :func:`set_up_sheet`'s header), each row as tall as its
    wrapped text (within reason); ``number_formats`` by (row, column), both 1-based."""
    styles: CellStyles = {}
    formats = number_formats or {}
    for row_index, values in enumerate(rows, start=2):
        ws.row_dimensions[row_index].height = row_height(values, columns)
        ws.append(
            [
                _cell(ws, value, index, column, styles, formats.get((row_index, index)))
                for index, (value, column) in enumerate(zip(values, columns, strict=True), 1)
            ]
        )
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
        error=say("Choose one of: {values}; or leave the cell empty.").format(
            values=", ".join(values)
        ),
        promptTitle=title,
        prompt=", ".join(values),
        showInputMessage=False,
    )
    for cells in ranges:
        validation.add(cells)
    ws.add_data_validation(validation)
    return validation


# --- Answers ------------------------------------------------------------------------------------


def yes_no_word(value: bool | None) -> str:
    """Yes or No in the report's language; not answered (None) -> empty."""
    return "" if value is None else say("Yes") if value else say("No")


def answer_cell(field: AnswerField, value: Any, kinds: Sequence[Term]) -> str:
    """An answer field's cell: words in the report's language, the rest as :mod:`cells` writes."""
    if value is None:
        return ""
    if field.cell is CellKind.STATUS:
        return term(status_label(value))
    if field.cell is CellKind.YES_NO:
        return yes_no_word(value)
    if field.cell is CellKind.KINDS:
        return kind_words(value, kinds)
    return format_cell(field.cell, value, kinds)


def answer_row(data: ReportData, commitment: Commitment) -> list[CellValue]:
    """The cells of one measure's row, in :data:`ANSWER_COLUMNS` order (each by its key)."""
    catalog = data.catalog
    document = catalog.document(commitment.document_id)
    section = next((s for s in document.sections if s.id == commitment.section), None)
    section_text = f"{section.label} {section.title}".strip() if section else commitment.section
    official = commitment.text_in(texts().language)
    cells: dict[str, CellValue] = {
        "reference": commitment.id,
        "document": document.short_title,
        "citation": commitment.label,
        "section": section_text,
        "text": official.text if official is not None else commitment.text,
    }
    record = data.answer(commitment.id)
    content = record.content if record is not None else None
    if content is not None and not content.is_blank:
        kinds = catalog.assistance_kinds
        cells |= {
            field.key: answer_cell(field, getattr(content, field.key), kinds)
            for field in ANSWER_FIELDS
        }
        cells["status_code"] = content.status or ""
        cells["template_answer"] = template_word(content.status)
    if record is not None:
        cells["updated_at"] = format_timestamp(record.updated_at)
        cells["source"] = record.provenance_detail or term(provenance_label(record.provenance))
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
    words = [term(status.label) for status in STATUSES]
    status_title, needed_title = term("Status"), term("Assistance needed")
    _list_validation(ws, words, [f"{status}2:{status}{last}"], status_title)
    _list_validation(ws, [say(YES), say(NO)], [f"{needed}2:{needed}{last}"], needed_title)
    finish_sheet(ws, ANSWER_COLUMNS, last, protect=True)
    progress(1.0)


# --- Report fields ------------------------------------------------------------------------------


def _field_cell(definition: FieldDefinition, value: Any) -> CellValue:
    """Numbers stay numbers (so they add up), yes/no fields read Yes or No (in the language)."""
    if value is None:
        return None
    if definition.type == "boolean" or isinstance(value, bool):
        return yes_no_word(bool(value))
    if isinstance(value, int):
        return value
    return str(value)


def _write_report_fields(ws: Any, data: ReportData) -> None:
    set_up_sheet(ws, REPORT_FIELD_COLUMNS)
    rows: list[list[CellValue]] = []
    yes_no: list[str] = []
    formats: dict[tuple[int, int], str] = {}
    for group in data.catalog.field_groups:
        for commitment_id in group.commitments:
            for definition in group.fields:
                value = _field_cell(definition, data.field_values.get(definition.id))
                label = f"{term(group.label)} — {term(definition.label)}"
                unit = term(definition.unit) if definition.unit else ""
                rows.append([commitment_id, definition.id, label, value, unit])
                row_index = len(rows) + 1
                if definition.type == "boolean":
                    yes_no.append(f"D{row_index}")
                elif definition.type in ("integer", "year"):
                    formats[row_index, 4] = "0" if definition.type == "year" else "#,##0"
    _write_rows(ws, REPORT_FIELD_COLUMNS, rows, number_formats=formats)
    if yes_no:  # a validation over no cells would make Excel repair the file
        _list_validation(ws, [say(YES), say(NO)], yes_no, say("Yes or No"))
    finish_sheet(ws, REPORT_FIELD_COLUMNS, len(rows) + 1, protect=True)


# --- Contacts and About -------------------------------------------------------------------------


def _write_contacts(ws: Any, data: ReportData) -> None:
    """Not protected: people add a contact by adding a row."""
    set_up_sheet(ws, CONTACT_COLUMNS)
    focal = data.focal_point
    rows: list[list[CellValue]] = [
        [say(FOCAL_POINT_KIND), focal.name, "", focal.title, "", "", focal.email, focal.phone]
    ]
    for agency in data.agencies:
        rows.append(
            [
                say(AGENCY_KIND),
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
                say(CONTACT_KIND),
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
    kinds = [say(kind) for kind in CONTACT_KINDS]
    _list_validation(ws, kinds, [f"A2:A{len(rows) + 1}"], say("Kind"))
    finish_sheet(ws, CONTACT_COLUMNS, len(rows) + 1, protect=False)


def about_items(data: ReportData) -> list[tuple[str, CellValue]]:
    """The ``About`` sheet's (item, value) rows, in order, items in English (the source texts);
    :func:`_write_about` writes them in the report's language."""
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
        (AboutItem.PERIOD_START, data.period_start.isoformat() if data.period_start else ""),
        (AboutItem.PERIOD_END, data.period_end.isoformat() if data.period_end else ""),
        (AboutItem.STATUS, data.status),
        (AboutItem.LANGUAGE, texts().language),
        (AboutItem.EXPORTED, format_timestamp(data.generated_at)),
        (AboutItem.DIGEST, data.answers_digest()),
        (AboutItem.MEASURES, len(data.measures())),
        (AboutItem.ASSESSED, assessed),
    ]
    words = {
        "kinds": ", ".join(term(kind.label) for kind in data.catalog.assistance_kinds),
        "statuses": ", ".join(term(status.label) for status in STATUSES),
        "template": ", ".join(template_word(status) for status in STATUSES),
        "sources": ", ".join(term(p.label) for p in PROVENANCES),
        "areas": ", ".join(LAW_AREAS),
        "yes": say(YES),
        "no": say(NO),
    }
    prefix = say(NOTE_PREFIX)
    for name, note in FORMAT_NOTES:
        items.append((prefix.format(column=heading(name)), say(note).format(**words)))
    return items


def _write_about(ws: Any, data: ReportData) -> None:
    set_up_sheet(ws, ABOUT_COLUMNS)
    rows = [[heading(item), value] for item, value in about_items(data)]
    _write_rows(ws, ABOUT_COLUMNS, rows)
    finish_sheet(ws, ABOUT_COLUMNS, len(rows) + 1, protect=True)


def _write_evidence(ws: Any, data: ReportData) -> None:
    """The files attached to the answers (their bytes travel in the submission package)."""
    set_up_sheet(ws, EVIDENCE_COLUMNS)
    rows: list[list[CellValue]] = [
        [
            row.commitment_id,
            row.filename,
            row.media_type,
            row.size,
            row.sha256,
            format_timestamp(row.added_at),
            row.added_by,
        ]
        for row in data.evidence
    ]
    _write_rows(ws, EVIDENCE_COLUMNS, rows)
    finish_sheet(ws, EVIDENCE_COLUMNS, len(rows) + 1, protect=True)


def change_rows(changes: ChangeList) -> list[list[CellValue]]:
    """The rows of the changes sheet, in :data:`CHANGE_COLUMNS` order."""
    return [
        [
            change.commitment_id,
            change.label,
            term(status_label(change.old_status)),
            term(status_label(change.new_status)),
            ", ".join(term(label) for label in change.field_labels),
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
    properties.title = say("{state}: national report on the PoA and ITI, {cycle}").format(
        state=data.state_in(texts().language), cycle=data.cycle
    )
    properties.subject = say("Voluntary national report to UNODA")
    properties.language = texts().language
    properties.created = data.generated_at.astimezone(UTC).replace(tzinfo=None)
