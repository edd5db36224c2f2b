"""The analysis as a workbook: one sheet per view, to be sorted, filtered and read by machine.

Sheets, in order: ``By measure``, ``By State``, ``By theme and region``, ``Assistance`` (each
need with the States offering on the same measure or theme), ``Assistance offered`` and
``Files`` (every file read: counted, or not and why). Names and headers are in the report's
language; the order of the sheets and of their columns is the same in every language, and the
counts are numbers, so a machine reads any language's workbook by position. Text from the
national workbooks is written as plain text that no spreadsheet evaluates.

openpyxl's write-only mode streams the rows: a few seconds less and far less memory for 193
States' needs than building every cell first.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from poa_desktop.domain.aggregate import Analysis, Sources, StateRef
from poa_desktop.domain.catalog import Term
from poa_desktop.domain.status import COUNT_KEYS
from poa_desktop.exchange.aggregate import words as w
from poa_desktop.exchange.aggregate.regions import group_label
from poa_desktop.exchange.language import kind_words, report_language, say, term, texts
from poa_desktop.exchange.workbook.cells import format_timestamp, safe_text
from poa_desktop.exchange.workbook.layout import (
    HEADER_ALIGNMENT,
    HEADER_FILL,
    HEADER_FONT,
    WRAP,
    fitted_title,
)

Value = str | int | float | None
COUNT_WIDTH = 12.0


def write_analysis_workbook(
    analysis: Analysis,
    target: Path | BinaryIO,
    language: str = "en",
    sources: Sources | None = None,
) -> None:
    """Write the analysis workbook in ``language`` (en, fr, es, ar, ru, zh) to a path or
    stream; ``sources`` fills the ``Files`` sheet."""
    with report_language(language):
        book = Workbook(write_only=True)
        _by_measure(book, analysis)
        _by_state(book, analysis)
        _by_theme_region(book, analysis)
        _assistance(book, analysis)
        _offers(book, analysis)
        _files(book, sources or Sources())
        if texts().right_to_left:
            for sheet in book.worksheets:
                sheet.sheet_view.rightToLeft = True
        book.properties.title = say(w.TITLE)
        book.properties.language = language
    if isinstance(target, str | os.PathLike):
        book.save(os.fspath(target))
    else:
        book.save(target)


def _sheet(
    book: Any, name: str, columns: Sequence[tuple[str, float]], rows: Iterable[Sequence[Value]]
) -> None:
    """A sheet: styled header row (frozen, filtered), then ``rows``; text kept as text."""
    ws = book.create_sheet(fitted_title(say(name)))
    for index, (_, width) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    header = []
    for text, _ in columns:
        cell = WriteOnlyCell(ws, value=text)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT
        header.append(cell)
    ws.append(header)
    count = 0
    for row in rows:
        ws.append([_cell(ws, value) for value in row])
        count += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(count + 1, 2)}"


def _cell(ws: Any, value: Value) -> Any:
    if not isinstance(value, str):
        return value
    cell = WriteOnlyCell(ws)
    safe_text(cell, value)
    if "\n" in value or len(value) > 60:
        cell.alignment = WRAP
    return cell


def _counts(counts: Any) -> list[Value]:
    return [int(counts[key]) for key in COUNT_KEYS]


def _status_columns() -> list[tuple[str, float]]:
    return [(text, COUNT_WIDTH) for text in w.status_headers()]


def _by_measure(book: Any, analysis: Analysis) -> None:
    columns = [
        (say(w.COMMITMENT_ID), 14.0),
        (say(w.CITATION), 18.0),
        *_status_columns(),
        (say(w.STATES_REPORTING), COUNT_WIDTH),
    ]
    rows = (
        [row.commitment_id, row.citation, *_counts(row.counts), row.states]
        for row in analysis.measures
    )
    _sheet(book, w.BY_MEASURE, columns, rows)


def _by_state(book: Any, analysis: Analysis) -> None:
    columns = [
        (say(w.STATE), 30.0),
        (say(w.ISO_CODE), 9.0),
        (say(w.GROUP), 30.0),
        (say(w.CYCLE), 16.0),
        *_status_columns(),
        (say(w.EXPORTED), 21.0),
        (say(w.LANGUAGE), 10.0),
        (say(w.FILE), 40.0),
    ]
    rows = (
        [
            row.report.state,
            row.report.iso,
            group_label(row.group),
            row.report.cycle,
            *_counts(row.counts),
            format_timestamp(row.report.exported_at),
            row.report.language,
            Path(row.report.file).name,
        ]
        for row in analysis.states
    )
    _sheet(book, w.BY_STATE, columns, rows)


def _by_theme_region(book: Any, analysis: Analysis) -> None:
    columns = [
        (say(w.THEME_ID), 22.0),
        (say(w.THEME), 30.0),
        (say(w.GROUP), 30.0),
        *_status_columns(),
        (say(w.STATES_REPORTING), COUNT_WIDTH),
    ]
    rows = (
        [
            row.theme_id,
            term(row.theme_label),
            group_label(row.group),
            *_counts(row.counts),
            row.states,
        ]
        for row in analysis.theme_regions
    )
    _sheet(book, w.BY_THEME_REGION, columns, rows)


def _states(refs: Sequence[StateRef]) -> str:
    return "; ".join(ref.label for ref in refs)


def _kinds(kinds: Sequence[str], terms: Sequence[Term]) -> str:
    return kind_words(kinds, terms) if kinds else ""


def _assistance(book: Any, analysis: Analysis) -> None:
    terms = analysis.kind_terms
    columns = [
        (say(w.STATE), 26.0),
        (say(w.ISO_CODE), 9.0),
        (say(w.GROUP), 26.0),
        (say(w.COMMITMENT_ID), 14.0),
        (say(w.CITATION), 18.0),
        (w.header(w.KINDS), 20.0),
        (w.header(w.DESCRIPTION), 45.0),
        (say(w.SAME_MEASURE), 40.0),
        (say(w.SAME_THEME), 50.0),
    ]
    rows = (
        [
            need.state.name,
            need.state.iso,
            group_label(need.group),
            need.commitment_id,
            need.citation,
            _kinds(need.kinds, terms),
            need.description,
            _states(need.same_measure),
            _states(need.same_theme),
        ]
        for need in analysis.needs
    )
    _sheet(book, w.ASSISTANCE, columns, rows)


def _offers(book: Any, analysis: Analysis) -> None:
    terms = analysis.kind_terms
    citations = {row.commitment_id: row.citation for row in analysis.measures}
    columns = [
        (say(w.STATE), 26.0),
        (say(w.ISO_CODE), 9.0),
        (say(w.COMMITMENT_ID), 14.0),
        (say(w.CITATION), 18.0),
        (say(w.KINDS_NAMED), 20.0),
        (w.header(w.OFFERED), 60.0),
    ]
    rows = (
        [
            offer.state.name,
            offer.state.iso,
            offer.commitment_id,
            citations.get(offer.commitment_id, ""),
            _kinds(offer.kinds, terms),
            offer.text,
        ]
        for offer in analysis.offers
    )
    _sheet(book, w.OFFERS, columns, rows)


def _files(book: Any, sources: Sources) -> None:
    columns = [
        (say(w.FILE), 50.0),
        (say(w.OUTCOME), 30.0),
        (say(w.STATE), 26.0),
        (say(w.CYCLE), 16.0),
        (say(w.EXPORTED), 21.0),
        (say(w.REASON), 60.0),
    ]
    rows: list[Sequence[Value]] = [
        [r.file, say(w.COUNTED), r.state, r.cycle, format_timestamp(r.exported_at), ""]
        for r in sources.used
    ]
    rows += [
        [
            d.dropped.file,
            say(w.DUPLICATE),
            d.dropped.state,
            d.dropped.cycle,
            format_timestamp(d.dropped.exported_at),
            d.describe(),
        ]
        for d in sources.duplicates
    ]
    rows += [[p.file, say(w.NOT_USED), "", "", "", p.reason] for p in sources.problems]
    _sheet(book, w.FILES, columns, rows)
