"""The shape of the app's workbook: sheet names, columns, About items, and how sheets look.

Shared by the export and the importer. The names below are English source texts: the export
writes them in the report's language (:func:`heading`, inside
:func:`poa_desktop.exchange.language.report_language`), and the importer recognises the
workbook in any of the six (:mod:`poa_desktop.exchange.reading.own_layout`). What a machine
reads does not depend on the language: the column order, the commitment ids, the ``Status code``
column and the About sheet's values. Changing a header, a sheet name or the column order is a
change of the interchange format (bump :data:`WORKBOOK_FORMAT`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter

from poa_desktop.domain.fields import ANSWER_FIELDS, AnswerField, answer_field
from poa_desktop.exchange.language import report_word, say, term

WORKBOOK_FORMAT = "2"
"""1: English only. 2: words in the report's language, ``Template answer`` and ``Status code``
columns after the others, and the reporting period and report language on the About sheet."""

ANSWERS = report_word("Answers")
REPORT_FIELDS = report_word("Report fields")
CONTACTS = report_word("Contacts")
ABOUT = report_word("About")
SHEETS = (ANSWERS, REPORT_FIELDS, CONTACTS, ABOUT)
CHANGES_TITLE = report_word("Changes since {cycle}")  # optional last sheet
EVIDENCE = report_word("Evidence")  # optional sheet, when answers have files attached
MAX_SHEET_TITLE = 31  # Excel's limit
FORBIDDEN_IN_TITLE = str.maketrans({c: "-" for c in "[]:*?/\\"})
_TERM_HEADERS = frozenset(field.header for field in ANSWER_FIELDS)


def heading(text: str) -> str:
    """A sheet name, header or About item in the report's language: the answer fields' headers
    are shared terms (the window and the PDF say them too), the rest the report's own words."""
    return term(text) if text in _TERM_HEADERS else say(text)


def fitted_title(title: str) -> str:
    """A sheet title within Excel's 31 characters and without its forbidden ones."""
    title = title.translate(FORBIDDEN_IN_TITLE).strip()
    if len(title) > MAX_SHEET_TITLE:
        title = title[: MAX_SHEET_TITLE - 1].rstrip() + "…"
    return title.strip("'")


def sheet_title(name: str) -> str:
    """One of :data:`SHEETS` as the workbook names it in the report's language."""
    return fitted_title(say(name))


def changes_sheet_title(cycle: str) -> str:
    """``Changes since <cycle>`` in the report's language."""
    return fitted_title(say(CHANGES_TITLE).format(cycle=cycle))


@dataclass(frozen=True)
class Column:
    """A column: its header (the English source of what the file says), width in characters,
    whether people may edit it, and ``key``, the logical field it holds (an answer field's key,
    or "reference"...)."""

    header: str
    width: float
    editable: bool
    wrap: bool = True
    key: str = ""


# Width in characters and wrapping of each answer field's column, by field key.
_ANSWER_FIELD_SHAPE: dict[str, tuple[float, bool]] = {
    "status": (16, False),
    "measures_taken": (50, True),
    "laws": (40, True),
    "agencies": (30, True),
    "challenges": (35, True),
    "assistance_needed": (11, False),
    "assistance_kinds": (20, True),
    "assistance_description": (35, True),
    "assistance_offered": (35, True),
    "national_target": (35, True),
    "target_date": (12, False),
}
TEMPLATE_ANSWER = Column(
    report_word("Template answer"), 15, False, wrap=False, key="template_answer"
)
"""The status as UNODA's national report template words it: Yes, No, Developing, Not applicable
(in the report's language); derived from Status, locked, not read back."""
STATUS_CODE = Column(report_word("Status code"), 15, False, wrap=False, key="status_code")
"""The status as its id (``not_implemented``...), the same in every language: for machines.
Written by the export, locked; the ``Status`` column is what the import reads."""


def _answer_field_column(field: AnswerField) -> Column:
    width, wrap = _ANSWER_FIELD_SHAPE[field.key]
    return Column(field.header, width, True, wrap=wrap, key=field.key)


ANSWER_COLUMNS: tuple[Column, ...] = (
    Column(report_word("Commitment ID"), 13, False, wrap=False, key="reference"),
    Column(report_word("Document"), 10, False, wrap=False, key="document"),
    Column(report_word("Citation"), 17, False, wrap=False, key="citation"),
    Column(report_word("Section"), 30, False, key="section"),
    Column(report_word("Commitment text"), 60, False, key="text"),
    *(_answer_field_column(field) for field in ANSWER_FIELDS),
    Column(report_word("Last changed"), 21, False, wrap=False, key="updated_at"),
    Column(report_word("Source"), 22, False, key="source"),
    TEMPLATE_ANSWER,
    STATUS_CODE,
)
"""The ``Answers`` sheet; the answer fields' headers come from :mod:`poa_desktop.domain.fields`.
``Template answer`` and ``Status code`` come last so that every other column keeps the letter it
had in format 1 (an agency's habits and saved import mappings name columns by letter)."""


def answer_column(key: str) -> int:
    """0-based index of the ``Answers`` column that holds ``key``."""
    return next(index for index, column in enumerate(ANSWER_COLUMNS) if column.key == key)


REPORT_FIELD_COLUMNS: tuple[Column, ...] = (
    Column("Commitment ID", 13, False, wrap=False),
    Column(report_word("Field ID"), 22, False, wrap=False),
    Column(report_word("Label"), 60, False),
    Column(report_word("Value"), 30, True),
    Column(report_word("Unit"), 12, False, wrap=False),
)
CONTACT_COLUMNS: tuple[Column, ...] = (
    Column(report_word("Kind"), 12, True, wrap=False),
    Column(report_word("Name"), 34, True),
    Column(report_word("Short name"), 11, True, wrap=False),
    Column(report_word("Title or role"), 40, True),
    Column(report_word("Agency"), 30, True),
    Column(report_word("Contact person"), 30, True),
    Column(report_word("Email"), 32, True, wrap=False),
    Column(report_word("Phone"), 18, True, wrap=False),
)
ABOUT_COLUMNS: tuple[Column, ...] = (
    Column(report_word("Item"), 28, False),
    Column("Value", 90, True),
)

CHANGE_COLUMNS: tuple[Column, ...] = (
    Column("Commitment ID", 13, False, wrap=False),
    Column("Citation", 17, False, wrap=False),
    Column(report_word("Status before"), 16, False, wrap=False),
    Column(report_word("Status now"), 16, False, wrap=False),
    Column(report_word("Fields changed"), 60, False),
)

EVIDENCE_COLUMNS: tuple[Column, ...] = (
    Column("Commitment ID", 13, False, wrap=False),
    Column(report_word("File"), 40, False),
    Column(report_word("Type"), 22, False, wrap=False),
    Column(report_word("Size (bytes)"), 12, False, wrap=False),
    Column(report_word("SHA-256"), 66, False, wrap=False),
    Column(report_word("Added (UTC)"), 21, False, wrap=False),
    Column(report_word("Added by"), 22, False),
)

FOCAL_POINT_KIND = report_word("Focal point")
AGENCY_KIND = "Agency"
CONTACT_KIND = report_word("Contact")
CONTACT_KINDS = (FOCAL_POINT_KIND, AGENCY_KIND, CONTACT_KIND)


class AboutItem:
    """Labels of the ``About`` sheet's rows (column ``Item``), read back by the importer."""

    FORMAT = report_word("Workbook format")
    APPLICATION = report_word("Application version")
    CATALOG = report_word("Catalog version")
    STATE = report_word("State")
    ISO_CODE = report_word("ISO code")
    CYCLE = report_word("Reporting cycle")
    PERIOD_START = report_word("Reporting period start")
    PERIOD_END = report_word("Reporting period end")
    STATUS = report_word("Assessment status")
    LANGUAGE = report_word("Report language")
    EXPORTED = report_word("Exported at (UTC)")
    DIGEST = report_word("Answers SHA-256")
    MEASURES = report_word("Measures")
    ASSESSED = report_word("Measures assessed")


ABOUT_ITEMS: tuple[str, ...] = tuple(
    value for name, value in vars(AboutItem).items() if name.isupper()
)
NOTE_PREFIX = report_word("Format: {column}")  # About rows that explain a column
FORMAT_NOTES: tuple[tuple[str, str], ...] = (
    (
        "Commitment ID",
        report_word("Stable id of the paragraph (BMS8-29, RC3-II-21); the key of each row."),
    ),
    (answer_field("status").header, report_word("{statuses}, or empty: not assessed.")),
    (
        TEMPLATE_ANSWER.header,
        report_word(
            "The status in the words of UNODA's national report template: {template}; empty: "
            "not assessed. Written by the application from the Status column."
        ),
    ),
    (
        STATUS_CODE.header,
        report_word(
            "The status as a code, the same in every language: implemented, developing, "
            "not_implemented, not_applicable; empty: not assessed. Written by the application; "
            "when the workbook comes back, the Status column is what counts."
        ),
    ),
    (
        answer_field("laws").header,
        report_word(
            "One law per line: original title | English title | year | link | area | what it "
            "provides; the area is one of {areas}. Inside a value write \\| for a vertical "
            "bar, \\\\ for a backslash, \\n for a line break."
        ),
    ),
    (answer_field("agencies").header, report_word("One agency per line.")),
    (answer_field("assistance_needed").header, report_word("{yes} or {no}.")),
    (answer_field("assistance_kinds").header, report_word("Any of {kinds}; separated by commas.")),
    (answer_field("target_date").header, report_word("YYYY-MM-DD.")),
    (
        "Last changed",
        report_word("When the answer was last saved, ISO 8601 in UTC (YYYY-MM-DDTHH:MM:SSZ)."),
    ),
    ("Source", report_word("Where the answer came from: {sources}.")),
    (
        REPORT_FIELDS,
        report_word("One row per commitment and field; a field repeats under each commitment."),
    ),
    (
        AboutItem.DIGEST,
        report_word("SHA-256 of the answers' content as canonical JSON, by commitment id."),
    ),
    (
        report_word("Protection"),
        report_word(
            "Ids and texts are locked, answers editable. No password: Review > Unprotect Sheet."
        ),
    ),
)

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
WRAP = Alignment(wrap_text=True, vertical="top")
NO_WRAP = Alignment(vertical="top")
LOCKED = Protection(locked=True)
UNLOCKED = Protection(locked=False)
LINE_HEIGHT = 15.0  # points, Calibri 11
MAX_LINES = 10  # taller rows hide the rest of the text; the cell still holds it all


def estimated_lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide (roughly)."""
    per_line = max(1.0, width * 1.15)  # prose is narrower than the "0" a width unit measures
    return sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n"))


def row_height(values: Sequence[Any], columns: Sequence[Column]) -> float:
    """A row height that shows the wrapped text, up to :data:`MAX_LINES` lines."""
    lines = 1
    for value, column in zip(values, columns, strict=False):
        if column.wrap and isinstance(value, str) and value:
            lines = max(lines, estimated_lines(value, column.width))
    return LINE_HEIGHT * min(lines, MAX_LINES) + 2


def set_up_sheet(ws: Any, columns: Sequence[Column], *, freeze: str = "A2") -> None:
    """Header row styled and frozen, column widths, landscape printing fitted to the page width.

    On a sheet with no rows yet: the header is appended as row 1, the table's rows follow.
    """
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = freeze
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    header = []
    style = None  # the first cell's, copied to the others (openpyxl hashes each style object set)
    for column in columns:
        cell = Cell(ws, 1, 1, heading(column.header), style)
        if style is None:
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = HEADER_ALIGNMENT
            style = cell._style
        header.append(cell)
    ws.append(header)


def finish_sheet(ws: Any, columns: Sequence[Column], last_row: int, *, protect: bool) -> None:
    """Auto-filter over the table and, if asked, protection that still allows sort and filter.

    In openpyxl (as in the file format) a permission flag set to True means "protected", so
    False switches the protection of that action off. No password: protection guards against
    slips, not against people; the file says so on its About sheet.
    """
    last_column = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last_column}{max(last_row, 2)}"
    if not protect:
        return
    protection = ws.protection
    protection.sheet = True
    protection.sort = False
    protection.autoFilter = False
    protection.formatColumns = False
    protection.formatRows = False
    protection.selectLockedCells = False
    protection.selectUnlockedCells = False


def column_letter(index: int) -> str:
    """0-based column index -> ``"A"``, ``"B"``, … as Excel shows it."""
    return str(get_column_letter(index + 1))
