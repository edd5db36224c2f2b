"""The workbook an agency fills in: only its measures, in the app's own ``Answers`` format.

The ``Answers`` sheet is exactly the export's (same columns, encodings, drop-downs and
protection), so the ordinary import reads the returned file. An ``Instructions`` sheet says in
plain words what to do, and the ``About`` sheet carries the agency's name and a token tying the
file to one assessment and the moment it was prepared (see ``services.agency_workbook``).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook

from poa_desktop.domain.report import ReportData
from poa_desktop.domain.words import NO, YES
from poa_desktop.exchange.workbook.cells import STATUS_TEXT
from poa_desktop.exchange.workbook.layout import (
    ABOUT,
    ABOUT_COLUMNS,
    ANSWERS,
    AboutItem,
    Column,
    finish_sheet,
    set_up_sheet,
)
from poa_desktop.exchange.workbook.writer import (
    CellValue,
    _set_properties,
    _write_answers,
    _write_rows,
    about_items,
)

INSTRUCTIONS = "Instructions"
AGENCY_ITEM = "Agency"
TOKEN_ITEM = "Agency workbook token"
INSTRUCTION_COLUMNS: tuple[Column, ...] = (Column("Instructions", 110, False),)


def instruction_lines(data: ReportData, agency: str, count: int) -> list[str]:
    """The ``Instructions`` sheet, one paragraph per row."""
    statuses = ", ".join(STATUS_TEXT.values())
    return [
        f"{data.state}, {data.cycle}: {count} measure(s) for {agency} to answer.",
        f"1. On the sheet '{ANSWERS}', fill in the answer columns (Status to Target date) of "
        "each row. The grey columns on the left are locked.",
        f"2. Status is chosen from a drop-down: {statuses}; or leave it empty if not yet "
        f"assessed. Assistance needed is {YES} or {NO}. Dates are written YYYY-MM-DD.",
        "3. Keep the Commitment ID column as it is: it tells the application which measure a "
        "row answers. You may sort or filter the rows.",
        "4. Do not rename, delete or add sheets, and do not change the About sheet: it "
        "identifies this workbook.",
        f"5. Save the file in Excel format (.xlsx) and send it back to the focal point"
        f"{' (' + data.focal_point.name + ')' if data.focal_point.name else ''}.",
        "The sheets are protected without a password against slips only "
        "(Review > Unprotect Sheet).",
    ]


def write_agency_xlsx(
    data: ReportData,
    agency: str,
    commitment_ids: Sequence[str],
    token: str,
    target: Path | BinaryIO,
) -> None:
    """Write the agency's workbook (rows in catalog order) to a path or a binary stream."""
    wanted = set(commitment_ids)
    measures = [c for c in data.measures() if c.id in wanted]
    subset = dataclasses.replace(
        data, answers={cid: r for cid, r in data.answers.items() if cid in wanted}
    )
    workbook = Workbook()
    workbook.remove(workbook.active)  # the sheets below, in order
    instructions = workbook.create_sheet(INSTRUCTIONS)
    _write_instructions(instructions, instruction_lines(data, agency, len(measures)))
    # The export's own Answers sheet, limited to this agency's measures.
    _write_answers(workbook.create_sheet(ANSWERS), subset, lambda _fraction: None, measures)
    _write_about(workbook.create_sheet(ABOUT), subset, agency, token, len(measures))
    workbook.active = 0
    _set_properties(workbook, data)
    workbook.properties.title = f"{data.state}, {data.cycle}: measures for {agency}"
    if isinstance(target, str | os.PathLike):
        workbook.save(os.fspath(target))
    else:
        workbook.save(target)


def _write_instructions(ws: Any, lines: Sequence[str]) -> None:
    set_up_sheet(ws, INSTRUCTION_COLUMNS)
    _write_rows(ws, INSTRUCTION_COLUMNS, [[line] for line in lines])
    ws.auto_filter.ref = None


def _write_about(ws: Any, data: ReportData, agency: str, token: str, count: int) -> None:
    set_up_sheet(ws, ABOUT_COLUMNS)
    items: list[tuple[str, CellValue]] = [
        (item, count if item == AboutItem.MEASURES else value) for item, value in about_items(data)
    ]
    items[1:1] = [(AGENCY_ITEM, agency), (TOKEN_ITEM, token)]
    _write_rows(ws, ABOUT_COLUMNS, [[item, value] for item, value in items])
    finish_sheet(ws, ABOUT_COLUMNS, len(items) + 1, protect=True)
