"""The shape of the app's workbook: sheet names, columns, About items, and how sheets look.

Shared by the export and the importer: headers are the keys the importer finds columns by, so
they are stated once here. Changing a header or sheet name is a change of the interchange format
(bump :data:`WORKBOOK_FORMAT`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter

from poa_desktop.domain.fields import ANSWER_FIELDS, AnswerField, answer_field
from poa_desktop.domain.provenance import Provenance
from poa_desktop.domain.status import STATUSES
from poa_desktop.domain.words import NO, YES

WORKBOOK_FORMAT = "1"

ANSWERS = "Answers"
REPORT_FIELDS = "Report fields"
CONTACTS = "Contacts"
ABOUT = "About"
SHEETS = (ANSWERS, REPORT_FIELDS, CONTACTS, ABOUT)
CHANGES_PREFIX = "Changes since "  # optional last sheet: "Changes since BMS8 2022"
MAX_SHEET_TITLE = 31  # Excel's limit
FORBIDDEN_IN_TITLE = str.maketrans({c: "-" for c in "[]:*?/\\"})


def changes_sheet_title(cycle: str) -> str:
    """``Changes since <cycle>``, within Excel's 31 characters and without its forbidden ones."""
    title = (CHANGES_PREFIX + cycle.translate(FORBIDDEN_IN_TITLE)).strip()
    if len(title) > MAX_SHEET_TITLE:
        title = title[: MAX_SHEET_TITLE - 1].rstrip() + "…"
    return title.strip("'")


@dataclass(frozen=True)
class Column:
    """A column: its header (what the file says), width in characters, whether people may edit
    it, and ``key``, the logical field it holds (an answer field's key, or "reference"...)."""

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


def _answer_field_column(field: AnswerField) -> Column:
    width, wrap = _ANSWER_FIELD_SHAPE[field.key]
    return Column(field.header, width, True, wrap=wrap, key=field.key)


ANSWER_COLUMNS: tuple[Column, ...] = (
    Column("Commitment ID", 13, False, wrap=False, key="reference"),
    Column("Document", 10, False, wrap=False, key="document"),
    Column("Citation", 17, False, wrap=False, key="citation"),
    Column("Section", 30, False, key="section"),
    Column("Commitment text", 60, False, key="text"),
    *(_answer_field_column(field) for field in ANSWER_FIELDS),
    Column("Last changed", 21, False, wrap=False, key="updated_at"),
    Column("Source", 22, False, key="source"),
)
"""The ``Answers`` sheet; the answer fields' headers come from :mod:`poa_desktop.domain.fields`."""


def answer_column(key: str) -> int:
    """0-based index of the ``Answers`` column that holds ``key``."""
    return next(index for index, column in enumerate(ANSWER_COLUMNS) if column.key == key)


REPORT_FIELD_COLUMNS: tuple[Column, ...] = (
    Column("Commitment ID", 13, False, wrap=False),
    Column("Field ID", 22, False, wrap=False),
    Column("Label", 60, False),
    Column("Value", 30, True),
    Column("Unit", 12, False, wrap=False),
)
CONTACT_COLUMNS: tuple[Column, ...] = (
    Column("Kind", 12, True, wrap=False),
    Column("Name", 34, True),
    Column("Short name", 11, True, wrap=False),
    Column("Title or role", 40, True),
    Column("Agency", 30, True),
    Column("Contact person", 30, True),
    Column("Email", 32, True, wrap=False),
    Column("Phone", 18, True, wrap=False),
)
ABOUT_COLUMNS: tuple[Column, ...] = (
    Column("Item", 28, False),
    Column("Value", 90, True),
)

CHANGE_COLUMNS: tuple[Column, ...] = (
    Column("Commitment ID", 13, False, wrap=False),
    Column("Citation", 17, False, wrap=False),
    Column("Status before", 16, False, wrap=False),
    Column("Status now", 16, False, wrap=False),
    Column("Fields changed", 60, False),
)

CONTACT_KINDS = ("Focal point", "Agency", "Contact")


class AboutItem:
    """Labels of the ``About`` sheet's rows (column ``Item``), read back by the importer."""

    FORMAT = "Workbook format"
    APPLICATION = "Application version"
    CATALOG = "Catalog version"
    STATE = "State"
    ISO_CODE = "ISO code"
    CYCLE = "Reporting cycle"
    STATUS = "Assessment status"
    EXPORTED = "Exported at (UTC)"
    DIGEST = "Answers SHA-256"
    MEASURES = "Measures"
    ASSESSED = "Measures assessed"


NOTE_PREFIX = "Format: "  # About rows that explain a column: "Format: Status", ...
FORMAT_NOTES: tuple[tuple[str, str], ...] = (
    ("Commitment ID", "Stable id of the paragraph (BMS8-29, RC3-II-21); the key of each row."),
    (
        answer_field("status").header,
        ", ".join(status.label for status in STATUSES) + ", or empty: not assessed.",
    ),
    (
        answer_field("laws").header,
        "One law per line: original title | English title | year | link. Inside a value write "
        "\\| for a vertical bar, \\\\ for a backslash, \\n for a line break.",
    ),
    (answer_field("agencies").header, "One agency per line."),
    (answer_field("assistance_needed").header, f"{YES} or {NO}."),
    (answer_field("assistance_kinds").header, "Any of {kinds}; separated by commas."),
    (answer_field("target_date").header, "YYYY-MM-DD."),
    ("Last changed", "When the answer was last saved, ISO 8601 in UTC (YYYY-MM-DDTHH:MM:SSZ)."),
    (
        "Source",
        "Where the answer came from: " + ", ".join(p.label for p in Provenance) + ".",
    ),
    ("Report fields", "One row per commitment and field; a field repeats under each commitment."),
    ("Answers SHA-256", "SHA-256 of the answers' content as canonical JSON, by commitment id."),
    (
        "Protection",
        "Ids and texts are locked, answers editable. No password: Review > Unprotect Sheet.",
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
    """Header row styled and frozen, column widths, landscape printing fitted to the page width."""
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=index, value=column.header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGNMENT
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = freeze
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


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
