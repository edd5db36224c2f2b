"""The answer's fields, once: key, the label a person reads, the Excel header, the cell kind.

The key is the stable name (``AnswerContent`` attribute, revision snapshots, import mappings);
the label is wording for people and may change with any release; the header is part of the
workbook's interchange format, so the export writes it and the import finds the app's own columns
by it, never by the label. ``cell`` says how the value is written to one cell and read back
(:mod:`poa_desktop.exchange.workbook.cells` holds one codec per kind).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class CellKind(StrEnum):
    """How a field's value sits in one spreadsheet cell."""

    TEXT = "text"
    STATUS = "status"
    LAWS = "laws"
    AGENCIES = "agencies"
    YES_NO = "yes_no"
    KINDS = "kinds"
    DATE = "date"


@dataclass(frozen=True, slots=True)
class AnswerField:
    key: str
    label: str
    header: str
    cell: CellKind


ANSWER_FIELDS: Final[tuple[AnswerField, ...]] = (
    AnswerField("status", "Status", "Status", CellKind.STATUS),
    AnswerField("measures_taken", "Measures taken", "Measures taken", CellKind.TEXT),
    AnswerField("laws", "Laws and regulations", "Laws and regulations", CellKind.LAWS),
    AnswerField("agencies", "Responsible agencies", "Responsible agencies", CellKind.AGENCIES),
    AnswerField("challenges", "Challenges", "Challenges", CellKind.TEXT),
    AnswerField("assistance_needed", "Assistance needed", "Assistance needed", CellKind.YES_NO),
    AnswerField("assistance_kinds", "Assistance kinds", "Assistance kinds", CellKind.KINDS),
    AnswerField(
        "assistance_description",
        "Assistance description",
        "Assistance description",
        CellKind.TEXT,
    ),
    AnswerField("assistance_offered", "Assistance offered", "Assistance offered", CellKind.TEXT),
    AnswerField("national_target", "National target", "National target", CellKind.TEXT),
    AnswerField("target_date", "Target date", "Target date", CellKind.DATE),
)
"""In form order: the window, the history, the PDF and the workbook all follow it."""

FIELD_KEYS: Final[tuple[str, ...]] = tuple(f.key for f in ANSWER_FIELDS)
TEXT_FIELD_KEYS: Final[tuple[str, ...]] = tuple(
    f.key for f in ANSWER_FIELDS if f.cell is CellKind.TEXT
)


def answer_field(key: str) -> AnswerField:
    """The field with this key; ``KeyError`` for an unknown one."""
    for item in ANSWER_FIELDS:
        if item.key == key:
            return item
    raise KeyError(key)


def field_label(key: str) -> str:
    """The label of a field key, read when asked (so a reworded label shows everywhere)."""
    try:
        return answer_field(key).label
    except KeyError:
        return key


LOCATOR_FIELDS: Final[dict[str, str]] = {
    "reference": "Paragraph reference",
    "document": "Document",
    "section": "Section",
}
"""Columns an import reads to find the commitment a row is about (beside the answer fields)."""


def mapped_field_label(key: str) -> str:
    """What a person calls a column an import maps: "Paragraph reference", "Measures taken"."""
    return LOCATOR_FIELDS.get(key) or field_label(key)
