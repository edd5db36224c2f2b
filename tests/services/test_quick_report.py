"""The report snapshot read without SQLAlchemy is the workspace's, field for field.

``export`` writes from :func:`quick_report_data` when the database is current and intact; the
snapshot must then equal what :func:`build_report_data` reads through the ORM for the same
assessment (dataclass equality, every answer, agency, contact, field value, evidence file,
clearance and change), so the PDF and the workbook are the same files either way.
"""

from __future__ import annotations

import dataclasses
import io
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.report import ReportData
from poa_desktop.domain.status import Status
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.answering.evidence import add_evidence
from poa_desktop.services.answering.field_values import save_field_values
from poa_desktop.services.assessments.assessments import create_assessment, find_assessment
from poa_desktop.services.assessments.clearance import clear, reopen, submit
from poa_desktop.services.assessments.setup import AgencyInput, ProfileInput, save_profile
from poa_desktop.services.reporting.quick_report_data import quick_report_data
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.store import Contact, StateProfile


def full_snapshot(
    path: Path, cycle: str | None = None, changes_since: str | None = None
) -> ReportData:
    """What the command line's full path builds: the workspace covering the assessment."""
    with open_workspace(path) as ws:
        info = find_assessment(ws, cycle)
        ws.cover(info.documents)
        return build_report_data(ws, info, changes_since=changes_since)


def assert_same(
    path: Path, cycle: str | None = None, changes_since: str | None = None
) -> ReportData:
    quick = quick_report_data(path, cycle, changes_since=changes_since)
    assert quick is not None
    full = full_snapshot(path, cycle, changes_since)
    quick = dataclasses.replace(quick, generated_at=full.generated_at)
    differing = [
        f.name for f in dataclasses.fields(full) if getattr(quick, f.name) != getattr(full, f.name)
    ]
    assert differing == []
    assert quick == full
    return full


def test_the_demo(demo_db: Path) -> None:
    data = assert_same(demo_db)
    assert data.answers and data.agencies and data.contacts and data.field_values


def _answer(ws: Workspace, assessment_id: int, index: int, **changes: object) -> str:
    measure = ws.catalog.measures[index]
    kinds = [k.id for k in ws.catalog.assistance_kinds]
    content = AnswerContent(
        status=Status.DEVELOPING,
        measures_taken=f"Measures for {measure.label}\nwith a second line",
        laws=(
            Law("Loi sur les armes", "Firearms Act", 2011, "https://example.org/act", "", "ok"),
            Law("Décret 12", year=None),
        ),
        agencies=("Customs", "National Police"),
        challenges="Borders",
        assistance_needed=True,
        assistance_kinds=tuple(kinds[:2]),
        assistance_description="Training",
        national_target="All weapons marked",
        target_date=date(2027, 6, 30),
    ).with_changes(**changes)
    save_answer(ws, assessment_id, measure.id, content, author="Amina")
    return measure.id


def _field_values(ws: Workspace) -> dict[str, object]:
    values: dict[str, object] = {}
    for group in ws.catalog.field_groups:
        for field in group.fields:
            if field.type in ("integer", "year") and "int" not in values:
                values["int"], values[field.id] = True, 2024 if field.type == "year" else 12
            elif field.type == "boolean" and "bool" not in values:
                values["bool"], values[field.id] = True, "yes"
            elif field.type == "text" and "text" not in values:
                values["text"], values[field.id] = True, "Some words, «quoted»"
    return {k: v for k, v in values.items() if k not in ("int", "bool", "text")}


@pytest.fixture
def rich_db(db_path: Path, tmp_path: Path) -> Path:
    """Kenya with agencies, contacts, three cycles (one carried forward, one cleared twice and
    reopened in between, one covering BMS8 alone), answers, field values and evidence."""
    with open_workspace(db_path) as ws:
        first = create_assessment(
            ws,
            state="Kenya",
            cycle="BMS8 2022",
            author="Amina",
            period=(date(2020, 6, 1), date(2022, 5, 31)),
            report_language="fr",
        )
        save_profile(
            ws,
            ProfileInput(
                state="Kenya",
                iso_code="KEN",
                focal_point_name="Amina Odhiambo",
                focal_point_title="Director",
                focal_point_email="amina@example.go.ke",
                agencies=(
                    AgencyInput("National Police", "NPS", "Otieno", "np@example.go.ke", "+254 1"),
                    AgencyInput("Customs"),
                    AgencyInput("Ministry of Justice", short_name="MoJ"),
                ),
            ),
        )
        with ws.db.writing() as session:
            profile = session.query(StateProfile).one()
            police = profile.agencies[0]
            profile.contacts.append(Contact(name="Otieno", role="Registrar", agency=police))
            profile.contacts.append(Contact(name="Wanjiru", email="w@example.org", phone="+1"))
        ws.cover(first.documents)
        answered = [_answer(ws, first.id, i) for i in range(0, 12, 2)]
        _answer(ws, first.id, 1, status=Status.IMPLEMENTED, laws=(), agencies=())
        _answer(ws, first.id, 3, status=None, assistance_needed=False, assistance_kinds=(),
                assistance_description="")  # fmt: skip
        save_field_values(ws, first.id, _field_values(ws), author="Amina")
        evidence = tmp_path / "decree.pdf"
        evidence.write_bytes(b"%PDF-1.4 decree")
        other = tmp_path / "notes.txt"
        other.write_text("notes", encoding="utf-8")
        add_evidence(ws, first.id, answered[2], [evidence, other], author="Amina")
        add_evidence(ws, first.id, answered[0], [other], author="Otieno")
        submit(ws, first.id, "Amina")
        clear(ws, first.id, "The Minister", accept_open_items=True)
        reopen(ws, first.id, "Amina", "a figure was wrong")
        submit(ws, first.id, "Amina")
        clear(ws, first.id, "The Permanent Secretary", accept_open_items=True)

        second = create_assessment(
            ws, state="Kenya", cycle="RevCon4 2024", from_cycle="BMS8 2022", author="Otieno"
        )
        ws.cover(second.documents)
        _answer(ws, second.id, 0, status=Status.IMPLEMENTED, measures_taken="Done since")
        _answer(ws, second.id, 20, challenges="New ones")
        add_evidence(ws, second.id, ws.catalog.measures[20].id, [evidence], author="Otieno")

        third = create_assessment(ws, state="Kenya", cycle="BMS8 only", documents=["BMS8"])
        ws.cover(third.documents)
        _answer(ws, third.id, 0)
    return db_path


@pytest.mark.parametrize(
    ("cycle", "changes_since"),
    [
        (None, None),
        ("BMS8 2022", None),
        ("RevCon4 2024", None),
        ("revcon4 2024 ", "BMS8 2022"),
        ("BMS8 2022", "RevCon4 2024"),
        ("BMS8 only", "bms8 2022"),
        ("BMS8 only", ""),
    ],
)
def test_a_database_with_everything(
    rich_db: Path, cycle: str | None, changes_since: str | None
) -> None:
    data = assert_same(rich_db, cycle, changes_since)
    assert data.agencies and data.contacts


def test_the_rich_database_has_what_it_should(rich_db: Path) -> None:
    """The snapshots compared above do hold each part of a report."""
    cleared = assert_same(rich_db, "BMS8 2022", "RevCon4 2024")
    assert cleared.status == "cleared" and cleared.cleared_by == "The Permanent Secretary"
    assert cleared.open_items and cleared.period_start == date(2020, 6, 1)
    assert cleared.report_language == "fr" and cleared.state_names["fr"]
    assert len(cleared.evidence) == 3 and len(cleared.field_values) >= 2
    assert {type(v) for v in cleared.field_values.values()} >= {int, bool}
    assert cleared.changes is not None and cleared.changes.entries
    assert [c.agency for c in cleared.contacts] == ["National Police", ""]
    carried = assert_same(rich_db, "RevCon4 2024")
    assert any(r.provenance == "carried_forward" for r in carried.answers.values())
    assert carried.evidence and carried.status == "draft"


@pytest.mark.parametrize(
    ("cycle", "changes_since"),
    [
        ("RevCon4 2024", None),
        ("BMS8 only", "RevCon4 2024"),
        # Contents longer than the single pass left them: laid out a second time, with what the
        # first pass marked on the flowables undone (was a LayoutError on a postponed spacer).
        ("BMS8 2022", None),
        ("BMS8 2022", "RevCon4 2024"),
    ],
)
def test_the_pdf_is_the_same_file(rich_db: Path, cycle: str, changes_since: str | None) -> None:
    from reportlab import rl_config

    from poa_desktop.exchange.pdf.report import write_pdf

    quick = quick_report_data(rich_db, cycle, changes_since=changes_since)
    assert quick is not None
    full = full_snapshot(rich_db, cycle, changes_since)
    quick = dataclasses.replace(quick, generated_at=full.generated_at)
    files = []
    invariant = rl_config.invariant
    rl_config.invariant = 1  # no creation time or random document id in the file
    try:
        for data in (quick, full):
            stream = io.BytesIO()
            write_pdf(data, stream)
            files.append(stream.getvalue())
    finally:
        rl_config.invariant = invariant
    assert files[0] == files[1]


def test_what_it_cannot_read_exactly_is_left_to_the_workspace(rich_db: Path) -> None:
    assert quick_report_data(rich_db, "RevCon3 2018") is None  # the full path names the cycles
    assert quick_report_data(rich_db, "BMS8 2022", changes_since="bms8 2022") is None
    assert quick_report_data(rich_db, changes_since="BMS7") is None
    with closing(sqlite3.connect(rich_db)) as connection:
        connection.execute("UPDATE agency SET position = 0")  # an order SQLite alone decides
        connection.commit()
    assert quick_report_data(rich_db) is None
    with closing(sqlite3.connect(rich_db)) as connection:
        connection.execute("UPDATE agency SET position = id")
        connection.execute("UPDATE answer SET updated_at = 'yesterday' WHERE id = 1")
        connection.commit()
    assert quick_report_data(rich_db, "BMS8 2022") is None
    assert quick_report_data(rich_db, "BMS8 only") is not None


def test_nothing_to_report_is_left_to_the_workspace(db_path: Path) -> None:
    with open_workspace(db_path):
        pass  # a current database without an assessment
    assert quick_report_data(db_path) is None


def test_the_quick_answers_statement_is_the_services_own() -> None:
    """The quick readers' answer statement is what ``rows`` compiles to: a column added there
    and not here would otherwise drift apart unseen."""
    from sqlalchemy.dialects import sqlite

    from poa_desktop.services.answering import rows
    from poa_desktop.store import quick_report

    compiled = str(rows._READ_ALL.compile(dialect=sqlite.dialect()))
    assert " ".join(compiled.split()) == " ".join(quick_report._ANSWERS.split())
