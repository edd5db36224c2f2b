"""A small database from each schema revision opens in the current version with all its answers.

The fixtures (``tests/store/fixtures/schema-<revision>.sqlite``) stand for databases in users'
hands; ``tools/schema_fixtures.py`` wrote them and describes, in ``FIXTURES``, what each holds.
Every test here works on a copy opened the way the app opens a database (``open_workspace``).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from poa_desktop.domain.content import AnswerContent
from poa_desktop.exchange.workbook.layout import ANSWERS
from poa_desktop.services.answering.answers import all_answers
from poa_desktop.services.answering.field_values import field_values
from poa_desktop.services.answering.history import answer_history
from poa_desktop.services.assessments.assessments import AssessmentInfo, find_assessment
from poa_desktop.services.assessments.clearance import clearance_history
from poa_desktop.services.reporting.export import ExportOptions, write_report_files
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.store import SCHEMA_HEAD, Answer, ReportFieldValue, open_database
from tools import schema_fixtures
from tools.schema_fixtures import FIXTURES, Fixture, fixture_path

HOW_TO_ADD = (
    "Describe its content in tools/schema_fixtures.py (a Fixture in FIXTURES and a writer in "
    "WRITERS, in SQL valid for that revision), run 'python -m tools.schema_fixtures' (it writes "
    "only the missing files) and commit tests/store/fixtures/schema-<revision>.sqlite. Never "
    "regenerate the older fixtures: they stand for databases in users' hands."
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _expected_content(fixture: Fixture, commitment_id: str) -> AnswerContent:
    return AnswerContent.from_snapshot(fixture.answer(commitment_id).current.snapshot())


@dataclass
class Opened:
    """A copy of one fixture, opened (and so upgraded) by the current version."""

    fixture: Fixture
    source: Path
    source_digest: str
    path: Path
    ws: Workspace
    assessment: AssessmentInfo


@pytest.fixture(scope="module", params=sorted(FIXTURES))
def opened(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Opened]:
    revision: str = request.param
    source = fixture_path(revision)
    if not source.exists():
        pytest.fail(f"{source} is missing. {HOW_TO_ADD}")
    digest = _digest(source)
    path = tmp_path_factory.mktemp(f"schema-{revision}") / "data" / "poa.sqlite"
    path.parent.mkdir()
    shutil.copyfile(source, path)
    fixture = FIXTURES[revision]
    ws = open_workspace(path)
    try:
        yield Opened(fixture, source, digest, path, ws, find_assessment(ws, fixture.cycle))
    finally:
        ws.close()


def test_opens_at_head_after_a_backup(opened: Opened) -> None:
    assert opened.ws.db.schema_revision() == SCHEMA_HEAD
    backups = sorted((opened.path.parent / "backups").glob("*"))
    if opened.fixture.revision == SCHEMA_HEAD:
        assert backups == []  # nothing to upgrade, so nothing backed up
        return
    assert len(backups) == 1, backups
    backup = backups[0]
    assert backup.name.startswith(f"poa-before-schema-{SCHEMA_HEAD}-")
    assert backup.suffix == ".sqlite"
    with open_database(backup, migrate=False) as old:
        assert old.schema_revision() == opened.fixture.revision
    assert schema_fixtures.dump(backup) == schema_fixtures.dump(opened.source)


def test_every_answer_keeps_its_exact_text(opened: Opened) -> None:
    fixture = opened.fixture
    answers = all_answers(opened.ws, opened.assessment.id)
    assert sorted(answers) == sorted(a.commitment_id for a in fixture.answers)
    for expected in fixture.answers:
        record = answers[expected.commitment_id]
        assert record.content == _expected_content(fixture, expected.commitment_id)
        assert record.version == len(expected.saves)
        assert record.updated_by == expected.last.author
        assert record.updated_at == expected.last.at
        assert (record.provenance, record.provenance_detail) == (
            expected.last.provenance,
            expected.last.provenance_detail,
        )
    long_text = answers["BMS8-21"].content.measures_taken
    assert long_text == schema_fixtures.LONG_DESCRIPTION
    assert all(sample in long_text for sample in ("mise en œuvre", "ملخص بالعربية", "中文摘要"))
    statuses = {record.content.status for record in answers.values()}
    assert statuses == {"implemented", "developing", "not_implemented", "not_applicable", None}
    info = opened.assessment
    assert (info.state, info.iso_code, info.cycle, info.status) == (
        fixture.state,
        fixture.iso_code,
        fixture.cycle,
        fixture.assessment_status,
    )


def test_every_revision_is_kept_and_readable_as_history(opened: Opened) -> None:
    for expected in opened.fixture.answers:
        history = answer_history(opened.ws, opened.assessment.id, expected.commitment_id)
        assert [view.number for view in history] == list(range(1, len(expected.saves) + 1))
        previous = schema_fixtures.AnswerText()
        for view, save in zip(history, expected.saves, strict=True):
            assert view.created_at == save.at
            assert view.author == save.author
            assert (view.provenance, view.provenance_detail) == (
                save.provenance,
                save.provenance_detail,
            )
            assert view.content == AnswerContent.from_snapshot(save.content.snapshot())
            assert [change.field for change in view.changes] == save.content.changed_fields(
                previous
            )
            previous = save.content


def test_report_fields_evidence_and_clearance_trail_are_kept(opened: Opened) -> None:
    fixture, ws, assessment_id = opened.fixture, opened.ws, opened.assessment.id
    assert field_values(ws, assessment_id) == fixture.current_field_values
    with ws.db.session() as session:
        stored = session.scalars(select(ReportFieldValue)).all()
        history = {row.field_id: [r.value for r in row.revisions] for row in stored}
        assert history == {
            field_id: [save.value for save in saves]
            for field_id, saves in fixture.field_values.items()
        }
        evidence = [
            (e.answer.commitment_id, e.filename, e.sha256, e.content)
            for a in session.scalars(select(Answer).order_by(Answer.id))
            for e in a.evidence
        ]
    assert evidence == [
        (e.commitment_id, e.filename, e.sha256, e.content) for e in fixture.evidence
    ]
    trail = clearance_history(ws, assessment_id)
    assert [(r.action, r.actor, r.created_at, r.reason, r.open_items) for r in trail] == [
        (s.action, s.actor, s.at, s.reason, s.open_items) for s in fixture.clearance
    ]


def test_the_report_exports_to_pdf_and_excel(opened: Opened, tmp_path: Path) -> None:
    """The export path the window uses: a snapshot, then both files written atomically."""
    data = build_report_data(opened.ws, opened.assessment)
    if opened.fixture.clearance:
        assert data.cleared_by == opened.fixture.clearance[-1].actor
    assert data.report_language == opened.fixture.report_language
    assert (data.period_start, data.period_end) == (opened.fixture.period or (None, None))
    # Every assessment before 0006 covered the two documents bundled then; 0006 records them.
    assert opened.assessment.documents == ("BMS8", "RC3")
    assert [d.id for d in data.catalog.documents] == ["BMS8", "RC3"]
    pdf, xlsx = tmp_path / "report.pdf", tmp_path / "report.xlsx"
    # A short PDF (the fixture's answers only), in English so the headers below read as such.
    options = ExportOptions(include_unanswered=False, language="en")
    assert write_report_files(data, pdf=pdf, xlsx=xlsx, options=options).files == (pdf, xlsx)
    assert len(PdfReader(pdf).pages) > 1
    sheet = load_workbook(xlsx, read_only=True)[ANSWERS]
    rows = sheet.iter_rows(values_only=True)
    headers = list(next(rows))
    measures_taken = headers.index("Measures taken")
    challenges = headers.index("Challenges")
    by_id = {row[0]: row for row in rows}
    assert len(by_id) == len(opened.ws.catalog.measures)
    for expected in opened.fixture.answers:
        if not opened.ws.catalog.get(expected.commitment_id).assessed:
            # Answered when catalog 1.0.0 counted it as a measure (BMS8-53, RC3-IV-12): kept in
            # the database (above), not a row of the workbook, which lists the measures.
            assert expected.commitment_id not in by_id
            continue
        row = by_id[expected.commitment_id]
        assert (row[measures_taken] or "") == expected.current.measures_taken
        assert (row[challenges] or "") == expected.current.challenges


def test_the_upgraded_file_is_intact(opened: Opened) -> None:
    with closing(sqlite3.connect(opened.path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_fixture_in_the_repository_is_untouched(opened: Opened) -> None:
    assert _digest(opened.source) == opened.source_digest
    assert schema_fixtures.journal_mode(opened.source) == "delete"
    assert not Path(f"{opened.source}-wal").exists()
    assert not (opened.source.parent / "backups").exists()


def test_every_schema_revision_has_a_fixture() -> None:
    revisions = schema_fixtures.migration_revisions()
    missing = [r for r in revisions if not fixture_path(r).exists() or r not in FIXTURES]
    assert not missing, (
        f"No upgrade fixture for schema revision(s) {', '.join(missing)}. {HOW_TO_ADD}"
    )
    assert sorted(FIXTURES) == revisions, "a fixture for a revision with no migration"
    assert revisions[-1] == SCHEMA_HEAD


def test_the_fixture_files_hold_what_the_script_writes() -> None:
    """``python -m tools.schema_fixtures --check``: rows compared, not bytes."""
    assert schema_fixtures.check() == []


def test_the_check_sees_a_changed_row(tmp_path: Path) -> None:
    """Guards the test above: a fixture edited after the fact is reported."""
    folder = tmp_path / "fixtures"
    folder.mkdir()
    for revision in FIXTURES:
        shutil.copyfile(fixture_path(revision), fixture_path(revision, folder))
    edited = fixture_path("0001", folder)
    with closing(sqlite3.connect(edited)) as connection, connection:
        connection.execute("UPDATE answer SET measures_taken = 'x' WHERE commitment_id = 'BMS8-29'")
    problems = schema_fixtures.check(folder)
    assert len(problems) == 1 and "schema-0001.sqlite: table answer differs" in problems[0]
