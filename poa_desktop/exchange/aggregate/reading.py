"""One State's national workbook, as an analysis of many reads it: checked, then counted.

The workbook is recognised and read by the importer's own parts (:func:`own_layout` in any of
the six languages and either format, :func:`about_values`, the strict cell decoders of
:func:`decoders`), over the quick reader when the file is as the app writes it and the safe
reader otherwise (:mod:`quick_workbook`). Then it is checked, because an analysis must not count
answers nobody exported:

- every answer is decoded and the answers' SHA-256 recomputed exactly as the export computed it
  (:meth:`ReportData.answers_digest`); a workbook whose digest differs from its About sheet's
  was changed after export, and is reported, not used;
- the ``Status code`` column (format 2) must agree with the ``Status`` column;
- the About sheet must say whose report it is (State or ISO code) and for which cycle.

Whatever goes wrong with one file is a :class:`FileProblem` for that file (one line, with the
sheet, row and column where there is one); :func:`read_national` never raises.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from poa_desktop.domain.aggregate import FileProblem, MeasureAnswer, NationalReport
from poa_desktop.domain.catalog import Catalog, Term
from poa_desktop.domain.content import AnswerContent, law_snapshot
from poa_desktop.domain.fields import FIELD_KEYS
from poa_desktop.domain.text import fold
from poa_desktop.exchange.aggregate.quick_workbook import NotQuick, open_quick
from poa_desktop.exchange.reading.dates import DateReading
from poa_desktop.exchange.reading.mapping import decoders, is_blank, own_mapping, plain_text
from poa_desktop.exchange.reading.own_layout import OwnLayout, own_layout
from poa_desktop.exchange.reading.own_workbook import about_values
from poa_desktop.exchange.reading.problems import RowProblem
from poa_desktop.exchange.reading.sources import RowSource, WorkbookProblem, open_source
from poa_desktop.exchange.workbook.cells import parse_timestamp
from poa_desktop.exchange.workbook.layout import ABOUT, AboutItem, column_letter
from poa_desktop.translations import REPORT_LANGUAGES, Texts

CHANGED = "changed after export: the answers' digest does not match"
NOT_OWN = (
    "not a national workbook of this app: it has no Answers and About sheets with the app's "
    "headers in any of the six languages"
)


def read_national(path: Path, catalog: Catalog) -> NationalReport | FileProblem:
    """The report in the workbook at ``path``, or why it cannot be used; never raises."""
    name = str(path)
    try:
        try:
            return _read(open_quick(Path(path)), catalog, name)
        except NotQuick:
            return _read(open_source(Path(path)), catalog, name)
    except WorkbookProblem as error:
        reason = error.message
        prefix = f"{Path(path).name}: "
        return FileProblem(name, reason[len(prefix) :] if reason.startswith(prefix) else reason)
    except _Refused as refused:
        return FileProblem(name, str(refused))
    except Exception as error:  # one damaged file must never stop the analysis of the others
        detail = " ".join(str(error).split())[:160] or type(error).__name__
        return FileProblem(name, f"the workbook cannot be read ({detail})")


class _Refused(Exception):
    """A workbook read to the end that cannot be used; the message says why."""


def _read(source: RowSource, catalog: Catalog, name: str) -> NationalReport:
    layout = own_layout(source)
    if layout is None:
        raise _Refused(NOT_OWN)
    about = about_values(source, layout)
    state, iso = about.get(AboutItem.STATE, ""), about.get(AboutItem.ISO_CODE, "").upper()
    cycle = about.get(AboutItem.CYCLE, "")
    digest = about.get(AboutItem.DIGEST, "").strip().lower()
    about_sheet = layout.sheet(ABOUT)
    if not state and not iso:
        raise _Refused(f"sheet {about_sheet}: no State and no ISO code: whose report is it?")
    if not cycle:
        raise _Refused(f"sheet {about_sheet}: no reporting cycle")
    if not digest:
        raise _Refused(
            f"sheet {about_sheet}: no answers' digest ({AboutItem.DIGEST}), so a change after "
            "export could not be seen: export the workbook again"
        )
    try:
        exported = _exported_at(about.get(AboutItem.EXPORTED, ""))
    except ValueError as error:
        raise _Refused(f"sheet {about_sheet}, {AboutItem.EXPORTED}: {error}") from None
    contents, disagreement = _answers(source, layout, catalog)
    if _digest(contents) != digest:
        raise _Refused(CHANGED)
    if disagreement is not None:  # the answers are as exported, the machines' column is not
        raise disagreement
    language = about.get(AboutItem.LANGUAGE, "")
    kinds = catalog.assistance_kinds
    return NationalReport(
        name,
        state or iso,
        iso,
        cycle,
        exported,
        language if language in REPORT_LANGUAGES else layout.language,
        {cid: _measure_answer(content, kinds) for cid, content in contents.items()},
        about.get(AboutItem.CATALOG, ""),
    )


def _answers(
    source: RowSource, layout: OwnLayout, catalog: Catalog
) -> tuple[dict[str, AnswerContent], _Refused | None]:
    """Every row's answer by commitment id, decoded as an import decodes the app's workbook,
    and the first row whose ``Status code`` disagrees with its ``Status`` (or None)."""
    mapping = own_mapping(layout)
    decode = {
        key: _remembering(decoder) for key, decoder in decoders(catalog, mapping, True).items()
    }
    empty = {key: decode[key](None) for key in FIELD_KEYS}
    sheet = mapping.sheet
    columns = mapping.columns
    code_column = layout.columns.get("status_code")
    rows = source.rows(sheet)
    found: dict[str, AnswerContent] = {}
    where: dict[str, int] = {}
    disagreement: _Refused | None = None

    def refuse(number: int, key: str | None, reason: str) -> _Refused:
        column = column_letter(columns[key]) if key in columns else None
        place = RowProblem(sheet, number, column, key, reason)
        return _Refused(f"changed after export: {place}")

    for number, row in enumerate(rows[1:], start=2):
        if all(is_blank(value) for value in row):
            continue
        cell = _cells(row)
        commitment_id = plain_text(cell(columns.get("reference"))).strip()
        if not commitment_id:
            raise refuse(number, "reference", "a row without a commitment ID")
        if commitment_id in where:
            earlier = where[commitment_id]
            raise refuse(number, "reference", f"{commitment_id} is also on row {earlier}")
        values: dict[str, Any] = {}
        for key in FIELD_KEYS:
            raw = cell(columns.get(key))
            if raw is None:  # an empty cell: the field's empty value, decoded once
                values[key] = empty[key]
                continue
            try:
                value = decode[key](raw)
            except ValueError as error:
                raise refuse(number, key, str(error)) from None
            values[key] = value.value if isinstance(value, DateReading) else value
        content = AnswerContent(**values)
        if code_column is not None and disagreement is None:
            code = plain_text(cell(code_column)).strip()
            if code != (content.status or ""):
                status = content.status or "empty"
                reason = (
                    f"the Status code {code or 'empty'!r} says otherwise than Status ({status})"
                )
                disagreement = refuse(number, "status", reason)
        found[commitment_id] = content
        where[commitment_id] = number
    return found, disagreement


def _remembering(decoder: Callable[[object], object]) -> Callable[[object], object]:
    """``decoder`` remembering what it made of each text, within one workbook: a State's
    workbook repeats its agencies, laws, statuses and kinds from row to row (in the demo, 32
    different agency cells in 221 rows), and decoding them is a third of reading it."""
    known: dict[str, object] = {}

    def decode(value: object) -> object:
        if not isinstance(value, str):
            return decoder(value)
        found = known.get(value, _UNKNOWN)
        if found is _UNKNOWN:
            found = known[value] = decoder(value)  # a ValueError is raised, not remembered
        return found

    return decode


_UNKNOWN = object()


def _exported_at(value: str) -> datetime | None:
    """An About sheet's export time (``2026-11-30T07:25:06Z``) as a naive UTC datetime."""
    parsed = parse_timestamp(value)
    return parsed.replace(tzinfo=None) if parsed is not None else None


def _cells(row: Sequence[object]) -> Any:
    def cell(index: int | None) -> object:
        return row[index] if index is not None and index < len(row) else None

    return cell


def _digest(contents: Mapping[str, AnswerContent]) -> str:
    """The answers' SHA-256 as :meth:`ReportData.answers_digest` computes it on export (the
    workbook's rows are the measures it covers)."""
    canonical = {
        cid: snapshot(content) for cid, content in sorted(contents.items()) if content != _BLANK
    }
    text = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_BLANK = AnswerContent()
_FIELDS = tuple(f.name for f in fields(AnswerContent))


def snapshot(content: AnswerContent) -> dict[str, Any]:
    """:meth:`AnswerContent.to_snapshot`, without its deep copy of every value (a third of
    the time of reading a workbook went there); ``tests/aggregate`` holds them equal."""
    data: dict[str, Any] = {name: getattr(content, name) for name in _FIELDS}
    data["status"] = None if content.status is None else str(content.status)
    data["laws"] = [law_snapshot(law) for law in content.laws]
    data["agencies"] = list(content.agencies)
    data["assistance_kinds"] = list(content.assistance_kinds)
    data["target_date"] = content.target_date.isoformat() if content.target_date else None
    return data


def _measure_answer(content: AnswerContent, kinds: Sequence[Term]) -> MeasureAnswer:
    offered = content.assistance_offered
    return MeasureAnswer(
        content.status,
        content.assistance_needed,
        content.assistance_kinds,
        content.assistance_description,
        offered,
        offered_kinds(offered, tuple(kinds)) if offered.strip() else (),
    )


def offered_kinds(text: str, kinds: tuple[Term, ...]) -> tuple[str, ...]:
    """The assistance kinds an offer's text names, by their label in any of the six languages
    or their id ("training", "formation", "تدريب", "培训"), whole words except in Chinese."""
    folded = f" {fold(text)} "
    return tuple(
        kind for kind, words in _kind_words(kinds) if any(_names(folded, w) for w in words)
    )


def _names(folded: str, word: str) -> bool:
    """Whether the folded text holds the folded word: as a whole word, or anywhere for
    Chinese, which is written without spaces between words."""
    if any(unicodedata.east_asian_width(c) in ("W", "F") for c in word):
        return word in folded
    return f" {word} " in folded


@cache
def _kind_words(kinds: tuple[Term, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple(
        (
            kind.id,
            frozenset(
                word
                for word in (
                    fold(kind.id),
                    *(fold(Texts(language).term(kind.label)) for language in REPORT_LANGUAGES),
                )
                if word
            ),
        )
        for kind in kinds
    )
