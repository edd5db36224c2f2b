"""One identity in the audit trail: every kind of change names the person, with the login beside.

Typed saves always named the focal point; imports, restores, agency returns, bulk assignments,
carrying forward and report field saves named the computer login instead. Each is read back here
from the ``revision`` (or ``report_field_revision``) rows of a real database file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest

from poa_desktop.domain.content import AnswerContent
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.answering.field_values import save_field_values
from poa_desktop.services.answering.history import answer_history, restore_revision
from poa_desktop.services.assessments.assessments import AssessmentInfo, create_assessment
from poa_desktop.services.assessments.carry import confirm_unchanged
from poa_desktop.services.identity import computer_login, person
from poa_desktop.services.reporting.agency_work import assign
from poa_desktop.services.reporting.agency_workbook import (
    apply_agency_return,
    prepare_agency_workbook,
    preview_agency_return,
)
from poa_desktop.services.reporting.imports import apply_import, preview_import
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.store import Agency, StateProfile

FOCAL_POINT = "Amina Diallo"
LOGIN = "office-pc"
SOMEONE = "Someone Else"
POLICE = "National Police Service"


@pytest.fixture(autouse=True)
def _login(monkeypatch: pytest.MonkeyPatch) -> None:
    """A known computer login, different from every person named here."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, LOGIN)


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(db_path)
    yield workspace
    workspace.close()


@pytest.fixture
def info(ws: Workspace) -> AssessmentInfo:
    created = create_assessment(ws, state="Kenya", cycle="BMS8 2022", author=SOMEONE)
    with ws.db.session() as session, session.begin():
        profile = session.query(StateProfile).one()
        profile.focal_point_name = f"  {FOCAL_POINT} "
        profile.agencies.append(Agency(name=POLICE))
    return created


def revisions(ws: Workspace, assessment_id: int, commitment_id: str) -> list[tuple[str, ...]]:
    """(author, login, provenance, detail) of each revision, oldest first, read with SQL."""
    with closing(sqlite3.connect(ws.db.path)) as connection:
        rows = connection.execute(
            "SELECT r.author, r.login, r.provenance, r.provenance_detail FROM revision r "
            "JOIN answer a ON a.id = r.answer_id "
            "WHERE a.assessment_id = ? AND a.commitment_id = ? ORDER BY r.number",
            (assessment_id, commitment_id),
        ).fetchall()
    return [tuple(row) for row in rows]


def field_revisions(ws: Workspace, assessment_id: int, field_id: str) -> list[tuple[str, ...]]:
    with closing(sqlite3.connect(ws.db.path)) as connection:
        rows = connection.execute(
            "SELECT r.author, r.login, r.provenance FROM report_field_revision r "
            "JOIN report_field_value v ON v.id = r.value_id "
            "WHERE v.assessment_id = ? AND v.field_id = ? ORDER BY r.number",
            (assessment_id, field_id),
        ).fetchall()
    return [tuple(row) for row in rows]


def test_the_login_is_the_one_of_this_computer() -> None:
    assert computer_login() == LOGIN


def test_an_import_names_the_focal_point(
    ws: Workspace, info: AssessmentInfo, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Document", "Paragraph", "Status", "Measures taken"])
    sheet.append(["RevCon3", "II.21", "Yes", "Armouries audited in 2025."])
    path = tmp_path / "tracker.xlsx"
    book.save(path)

    result = apply_import(ws, preview_import(ws, path))

    assert result.answers == 1
    (author, login, provenance, detail) = revisions(ws, info.id, "RC3-II-21")[-1]
    assert (author, login, provenance) == (FOCAL_POINT, LOGIN, "imported")
    assert detail.startswith("imported from tracker.xlsx")


def test_a_restore_names_the_focal_point(ws: Workspace, info: AssessmentInfo) -> None:
    save_answer(ws, info.id, "BMS8-29", AnswerContent(status="developing"), author=SOMEONE)
    save_answer(ws, info.id, "BMS8-29", AnswerContent(status="implemented"), author=SOMEONE)

    restore_revision(ws, info.id, "BMS8-29", 1)

    rows = revisions(ws, info.id, "BMS8-29")
    assert [row[0] for row in rows] == [SOMEONE, SOMEONE, FOCAL_POINT]
    assert rows[-1] == (FOCAL_POINT, LOGIN, "typed", "restored revision 1")
    assert answer_history(ws, info.id, "BMS8-29")[-1].who == f"{FOCAL_POINT} ({LOGIN})"


def test_an_agency_return_names_the_focal_point(
    ws: Workspace, info: AssessmentInfo, tmp_path: Path
) -> None:
    assign(ws, info.id, [POLICE], commitment_ids=["BMS8-35"], author=SOMEONE)
    target = tmp_path / "police.xlsx"
    prepare_agency_workbook(ws, info.id, POLICE, target)
    book = openpyxl.load_workbook(target)
    sheet = book["Answers"]
    row = next(r[0].row for r in sheet.iter_rows(min_row=2) if r[0].value == "BMS8-35")
    sheet.cell(row=row, column=6, value="Developing")
    sheet.cell(row=row, column=7, value="Brokering register drafted.")
    book.save(target)

    preview = preview_agency_return(ws, target, info)
    assert [c.commitment_id for c in preview.updates] == ["BMS8-35"]
    apply_agency_return(ws, preview, {})

    rows = revisions(ws, info.id, "BMS8-35")
    assert rows[0][0] == SOMEONE  # the assignment, named explicitly
    assert rows[-1][:3] == (FOCAL_POINT, LOGIN, "contributed")
    assert rows[-1][3].startswith(f"contributed by {POLICE}")


def test_a_bulk_assignment_names_the_focal_point(ws: Workspace, info: AssessmentInfo) -> None:
    count = assign(ws, info.id, [POLICE], commitment_ids=["BMS8-29", "BMS8-35"])

    assert count == 2
    for commitment_id in ("BMS8-29", "BMS8-35"):
        assert revisions(ws, info.id, commitment_id) == [
            (FOCAL_POINT, LOGIN, "typed", f"assigned to {POLICE}")
        ]


def test_carrying_forward_and_confirming_name_the_focal_point(
    ws: Workspace, info: AssessmentInfo
) -> None:
    save_answer(ws, info.id, "BMS8-29", AnswerContent(status="implemented"), author=SOMEONE)
    save_field_values(ws, info.id, {"sdg1642.seized": 12}, author=SOMEONE)

    later = create_assessment(ws, state="Kenya", cycle="BMS9 2026", from_cycle="BMS8 2022")
    confirm_unchanged(ws, later.id, ["BMS8-29"])

    assert revisions(ws, later.id, "BMS8-29") == [
        (FOCAL_POINT, LOGIN, "carried_forward", "carried forward from BMS8 2022"),
        (FOCAL_POINT, LOGIN, "carried_forward", "confirmed unchanged since BMS8 2022"),
    ]
    assert field_revisions(ws, later.id, "sdg1642.seized") == [
        (FOCAL_POINT, LOGIN, "carried_forward")
    ]
    assert revisions(ws, info.id, "BMS8-29")[0][0] == SOMEONE  # the source is untouched


def test_report_field_saves_name_the_focal_point(ws: Workspace, info: AssessmentInfo) -> None:
    save_field_values(ws, info.id, {"sdg1642.seized": 5})
    save_field_values(ws, info.id, {"sdg1642.seized": 6}, author=SOMEONE)

    assert field_revisions(ws, info.id, "sdg1642.seized") == [
        (FOCAL_POINT, LOGIN, "typed"),
        (SOMEONE, LOGIN, "typed"),
    ]


def test_working_as_someone_else_and_back(ws: Workspace, info: AssessmentInfo) -> None:
    ws.working_as = "Kofi   Mensah"
    assert person(ws) == "Kofi Mensah"
    assign(ws, info.id, [POLICE], commitment_ids=["BMS8-29"])
    save_field_values(ws, info.id, {"sdg1642.seized": 5})
    ws.working_as = None
    assign(ws, info.id, [POLICE], commitment_ids=["BMS8-29"], unassign=True)

    assert [row[:2] for row in revisions(ws, info.id, "BMS8-29")] == [
        ("Kofi Mensah", LOGIN),
        (FOCAL_POINT, LOGIN),
    ]
    assert field_revisions(ws, info.id, "sdg1642.seized") == [("Kofi Mensah", LOGIN, "typed")]


def test_who_shows_the_login_only_when_it_says_more(ws: Workspace, info: AssessmentInfo) -> None:
    from poa_desktop.services.answering.history import author_with_login

    assert author_with_login("Amina Diallo", "root") == "Amina Diallo (root)"
    assert author_with_login("Amina Diallo", "") == "Amina Diallo"  # before logins were kept
    assert author_with_login("root", "root") == "root"
    assert author_with_login("", "root") == "root"
    save_answer(ws, info.id, "BMS8-29", AnswerContent(status="implemented"), author=LOGIN)
    assert answer_history(ws, info.id, "BMS8-29")[-1].who == LOGIN


def test_a_typed_save_names_the_focal_point_as_it_is_at_that_save(
    ws: Workspace, info: AssessmentInfo
) -> None:
    """Read in the save's own statement, never remembered: a new focal point counts at once,
    and no focal point means the login."""
    answer = AnswerContent(status="implemented")
    save_answer(ws, info.id, "BMS8-29", answer)
    with ws.db.session() as session, session.begin():
        session.query(StateProfile).one().focal_point_name = "Kwame  Boateng"
    save_answer(ws, info.id, "BMS8-29", answer.with_changes(measures_taken="A register."))
    ws.working_as = " Kofi Mensah "
    save_answer(ws, info.id, "BMS8-29", answer.with_changes(measures_taken="Two registers."))
    ws.working_as = None
    with ws.db.session() as session, session.begin():
        session.query(StateProfile).one().focal_point_name = "  "
    save_answer(ws, info.id, "BMS8-29", answer)
    save_answer(ws, info.id, "BMS8-29", answer.with_changes(challenges="Funds."), author="Ama")
    assert [row[:2] for row in revisions(ws, info.id, "BMS8-29")] == [
        (FOCAL_POINT, LOGIN),
        ("Kwame Boateng", LOGIN),
        ("Kofi Mensah", LOGIN),
        (LOGIN, LOGIN),
        ("Ama", LOGIN),
    ]
    assert person(ws) == LOGIN


def test_without_a_login_variable_the_account_is_asked_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from poa_desktop.services import identity

    pwd = pytest.importorskip("pwd")  # Windows sets USERNAME and has no account database
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(name)
    identity._account_login.cache_clear()
    asked: list[int] = []
    account = pwd.getpwuid

    def getpwuid(uid: int) -> object:
        asked.append(uid)
        return account(uid)

    monkeypatch.setattr(pwd, "getpwuid", getpwuid)
    try:
        assert computer_login() == computer_login() == account(os.getuid()).pw_name
        assert len(asked) == 1
        monkeypatch.setenv("USER", "someone")  # a login variable still comes first
        assert computer_login() == "someone"
    finally:
        identity._account_login.cache_clear()
