"""One vocabulary: each status, provenance and answer field is defined once, in the domain."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from openpyxl import load_workbook

from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.fields import ANSWER_FIELDS, FIELD_KEYS, answer_field, field_label
from poa_desktop.domain.provenance import Provenance, provenance_label
from poa_desktop.domain.report import ReportData
from poa_desktop.domain.status import (
    NOT_ASSESSED_LABEL,
    STATUSES,
    Status,
    as_status,
    status_from_word,
    status_label,
)
from poa_desktop.exchange.reading.plan import read_workbook
from poa_desktop.exchange.workbook.layout import ANSWER_COLUMNS
from poa_desktop.exchange.workbook.writer import write_xlsx
from poa_desktop.store.models.vocabulary import ANSWER_STATUSES, PROVENANCES

PACKAGE = Path(__file__).resolve().parents[2] / "poa_desktop"
IDS = {str(s) for s in Status} | {str(p) for p in Provenance}


def test_status_carries_its_label_template_word_and_order() -> None:
    assert [s.value for s in STATUSES] == [
        "implemented",
        "developing",
        "not_implemented",
        "not_applicable",
    ]
    assert [s.template_answer for s in STATUSES] == ["Yes", "Developing", "No", "Not applicable"]
    assert [s.label for s in STATUSES] == [
        "Implemented",
        "Developing",
        "Not implemented",
        "Not applicable",
    ]
    assert sorted(reversed(STATUSES), key=lambda s: s.order) == list(STATUSES)
    assert status_label(None) == NOT_ASSESSED_LABEL == "Not yet assessed"
    assert Status.DEVELOPING == "developing"  # the stored id, unchanged
    assert as_status("not_assessed") is None
    with pytest.raises(ValueError, match="not a status"):
        as_status("done")


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("not-implemented", Status.NOT_IMPLEMENTED),
        ("Not implemented", Status.NOT_IMPLEMENTED),
        ("NOT_APPLICABLE", Status.NOT_APPLICABLE),
        ("none", None),
        ("", None),
    ],
)
def test_status_words_people_type(word: str, status: Status | None) -> None:
    assert status_from_word(word) == status


def test_the_store_takes_its_closed_lists_from_the_domain() -> None:
    assert tuple(STATUSES) == ANSWER_STATUSES
    assert tuple(Provenance) == PROVENANCES
    assert provenance_label("carried_forward") == "carried forward"


def _literals(path: Path) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def test_status_and_provenance_ids_are_spelled_only_in_the_domain() -> None:
    """Everywhere else names them through the enums, so no list can fall out of step."""
    spelled = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {value!r}"
        for path in PACKAGE.rglob("*.py")
        if not {"domain", "migrations", "generated"} & set(path.parts)
        for line, value in _literals(path)
        if value in IDS
    ]
    assert spelled == []


def test_every_answer_field_has_a_workbook_column_and_content_attribute() -> None:
    keys = [column.key for column in ANSWER_COLUMNS]
    assert [k for k in keys if k in FIELD_KEYS] == list(FIELD_KEYS)
    assert list(FIELD_KEYS) == list(AnswerContent.__dataclass_fields__)
    for field in ANSWER_FIELDS:
        column = ANSWER_COLUMNS[keys.index(field.key)]
        assert column.header == field.header


@contextmanager
def _relabelled(key: str, label: str) -> Iterator[None]:
    """Reword one field's label, as a release might, and put it back after."""
    field = answer_field(key)
    before = field.label
    object.__setattr__(field, "label", label)
    try:
        yield
    finally:
        object.__setattr__(field, "label", before)


def test_rewording_a_label_does_not_change_the_excel_format(
    demo_report: ReportData, tmp_path: Path
) -> None:
    """The window and the PDF show the new label; the workbook keeps its header, and reads."""
    path = tmp_path / "report.xlsx"
    with _relabelled("measures_taken", "Action so far"), _relabelled("status", "State of play"):
        assert field_label("measures_taken") == "Action so far"
        write_xlsx(demo_report, path)
        result = read_workbook(path, demo_report.catalog)
    headers = [cell.value for cell in next(load_workbook(path, read_only=True)["Answers"].rows)]
    assert "Measures taken" in headers and "Status" in headers
    assert "Action so far" not in headers and "State of play" not in headers
    assert result.own_format and not result.problems
    read = {row.commitment_id: row.values for row in result.rows}
    assert len(read) == len(demo_report.measures())
    for commitment_id, record in demo_report.answers.items():
        assert read[commitment_id]["measures_taken"] == record.content.measures_taken
        assert read[commitment_id]["status"] == record.content.status
