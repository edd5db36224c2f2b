"""Clearance: the checklist, submit (frozen) -> clear (frozen) -> reopen, the report, the CLI."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from poa_desktop.domain.content import AnswerContent
from poa_desktop.exchange.pdf.annexes import annex_open_items
from poa_desktop.exchange.workbook.layout import AboutItem
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.field_values import (
    field_problems,
    field_values,
    save_field_values,
)
from poa_desktop.services.answering.history import answer_history, restore_revision
from poa_desktop.services.assessments.assessments import (
    AssessmentInfo,
    create_assessment,
    find_assessment,
)
from poa_desktop.services.assessments.carry import confirm_unchanged
from poa_desktop.services.assessments.clearance import (
    FIELD_PROBLEM,
    NO_ASSISTANCE_KIND,
    NO_DESCRIPTION,
    UNANSWERED,
    checklist,
    clear,
    clearance_history,
    frozen_by,
    reopen,
    submit,
)
from poa_desktop.services.errors import NotFoundError, ServiceError, ensure_editable
from poa_desktop.services.reporting.agency_work import assign
from poa_desktop.services.reporting.agency_workbook import prepare_agency_workbook
from poa_desktop.services.reporting.export import export_report
from poa_desktop.services.reporting.imports import apply_import, preview_import
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import Workspace, open_workspace

AUTHORITY = "Ambassador Ana Ruiz"
OFFICER = "Amina Otieno"


def _gender_measures(ws: Workspace) -> list[str]:
    return [c.id for c in ws.catalog.measures if "gender" in c.themes]


# --- the checklist ------------------------------------------------------------------------------


def test_fresh_assessment_lists_every_measure_once_marking_the_gender_ones(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    """Issue 19: gender measures were listed twice (244 items for 221 measures)."""
    items = checklist(ws, assessment.id)
    kinds = Counter(item.kind for item in items)
    gender = _gender_measures(ws)
    measures = len(ws.catalog.measures)
    assert measures > 0 and len(gender) > 0
    assert kinds == {UNANSWERED: measures}
    assert len(items) == measures
    assert [i.commitment_id for i in items] == [c.id for c in ws.catalog.measures]
    assert [i.commitment_id for i in items if i.gender] == gender
    first = ws.catalog.measures[0]
    assert items[0].message == f"{first.label}: not yet assessed"
    marked = next(i for i in items if i.gender)
    assert marked.message.endswith(": not yet assessed (a gender measure)")


def test_each_kind_of_open_item_is_found(ws: Workspace, assessment: AssessmentInfo) -> None:
    gender = _gender_measures(ws)
    save_answer(ws, assessment.id, "BMS8-29", AnswerContent(status="developing"))
    save_answer(
        ws,
        assessment.id,
        "BMS8-21",
        AnswerContent(status="implemented", measures_taken="Act of 2019", assistance_needed=True),
    )
    save_answer(ws, assessment.id, gender[0], AnswerContent(status="implemented"))
    save_field_values(ws, assessment.id, {"sdg1642.seized": 5, "sdg1642.traced": 9})

    items = checklist(ws, assessment.id)
    kinds = Counter(item.kind for item in items)
    assert kinds == {
        UNANSWERED: len(ws.catalog.measures) - 3,
        NO_DESCRIPTION: 1,
        NO_ASSISTANCE_KIND: 1,
        FIELD_PROBLEM: 1,
    }
    assert sum(item.gender for item in items) == len(gender) - 1
    by_kind = {item.kind: item for item in items if item.kind != UNANSWERED}
    assert by_kind[NO_DESCRIPTION].commitment_id == "BMS8-29"
    assert "BMS8 para. 29" in by_kind[NO_DESCRIPTION].message
    assert by_kind[NO_ASSISTANCE_KIND].commitment_id == "BMS8-21"
    assert by_kind[FIELD_PROBLEM].commitment_id == "BMS8-25"  # the SDG 16.4.2 group
    assert field_problems(ws, assessment.id)[0].message in by_kind[FIELD_PROBLEM].message
    assert gender[0] not in {i.commitment_id for i in items}


def test_checklist_of_the_demo_matches_its_data(demo_db: Path) -> None:
    """Counted independently with SQL: the demo answers every measure, describes every
    Developing answer, names a kind for every assistance need, and keeps its fields valid."""
    with closing(sqlite3.connect(demo_db)) as connection:
        answered = connection.execute(
            "SELECT count(*) FROM answer WHERE status IS NOT NULL"
        ).fetchone()[0]
        undescribed = connection.execute(
            "SELECT count(*) FROM answer WHERE status = 'developing' AND trim(measures_taken) = ''"
        ).fetchone()[0]
        kindless = connection.execute(
            "SELECT count(*) FROM answer WHERE assistance_needed AND assistance_kinds = '[]'"
        ).fetchone()[0]
        developing = connection.execute(
            "SELECT count(*) FROM answer WHERE status = 'developing'"
        ).fetchone()[0]
        needing = connection.execute(
            "SELECT count(*) FROM answer WHERE assistance_needed"
        ).fetchone()[0]
    with open_workspace(demo_db) as ws:
        info = find_assessment(ws)
        items = checklist(ws, info.id)
        problems = field_problems(ws, info.id)
        kinds = Counter(item.kind for item in items)
    assert developing > 0 and needing > 0  # the checks below do look at something
    assert kinds[UNANSWERED] == len(ws.catalog.measures) - answered == 0
    assert kinds[NO_DESCRIPTION] == undescribed == 0
    assert kinds[NO_ASSISTANCE_KIND] == kindless == 0
    assert kinds[FIELD_PROBLEM] == len(problems) == 0
    assert items == []


# --- the workflow -------------------------------------------------------------------------------


def test_submit_clear_freezes_exports_as_cleared_then_reopen(demo_db: Path, tmp_path: Path) -> None:
    with open_workspace(demo_db) as ws:
        info = find_assessment(ws)
        # Two open items: a Developing answer without its description, traced > seized.
        current = get_answer(ws, info.id, "BMS8-29").content
        save_answer(
            ws,
            info.id,
            "BMS8-29",
            current.with_changes(status="developing", measures_taken=""),
        )
        save_field_values(ws, info.id, {"sdg1642.traced": 10**6})
        open_items = [item.message for item in checklist(ws, info.id)]
        assert len(open_items) == 2

        submitted = submit(ws, info.id, f"  {OFFICER} ")
        assert (submitted.action, submitted.actor, submitted.status) == (
            "submit",
            OFFICER,
            "submitted",
        )
        with pytest.raises(ServiceError, match=r"^2 checklist item\(s\) are still open"):
            clear(ws, info.id, AUTHORITY)
        assert find_assessment(ws).status == "submitted"

        cleared = clear(ws, info.id, AUTHORITY, accept_open_items=True)
        assert cleared.open_items == tuple(open_items)
        assert cleared.created_at.tzinfo is not None
        assert find_assessment(ws).status == "cleared"

        with pytest.raises(ServiceError, match="is cleared"):
            save_answer(ws, info.id, "BMS8-30", AnswerContent(status="implemented"))
        with pytest.raises(ServiceError, match="is cleared"):
            save_field_values(ws, info.id, {"sdg1642.traced": 1})

        data = build_report_data(ws)
        assert (data.status, data.cleared_by, data.cleared_on) == (
            "cleared",
            AUTHORITY,
            cleared.created_at,
        )
        assert data.open_items == tuple(open_items)
        pdf, xlsx = tmp_path / "report.pdf", tmp_path / "report.xlsx"
        export_report(ws, pdf=pdf, xlsx=xlsx)

        texts = [page.extract_text() or "" for page in PdfReader(pdf).pages]
        assert not any("DRAFT" in text for text in texts)
        cover = " ".join(texts[0].split())
        assert f"Cleared by {AUTHORITY} on" in cover
        annex = " ".join(" ".join(texts[-2:]).split())
        assert "Annex D. Items open at clearance" in annex
        assert "2 items of the clearance checklist were still open" in annex
        for message in open_items:
            assert " ".join(message.split()) in annex
        contents = " ".join(texts[1].split())
        assert "Annex D. Items open at clearance" in contents

        book = openpyxl.load_workbook(xlsx, read_only=True)
        about = {row[0]: row[1] for row in book["About"].iter_rows(min_row=2, values_only=True)}
        book.close()
        assert about[AboutItem.STATUS] == "cleared"

        reopened = reopen(ws, info.id, "Amina Otieno", "  figures for 2023 corrected  ")
        assert (reopened.status, reopened.reason) == ("draft", "figures for 2023 corrected")
        assert find_assessment(ws).status == "draft"
        saved = save_answer(
            ws, info.id, "BMS8-29", current.with_changes(measures_taken="Described now.")
        )
        assert saved.changed
        data = build_report_data(ws)
        assert (data.cleared_by, data.cleared_on, data.open_items) == (None, None, ())
        assert annex_open_items(data) == []

        history = clearance_history(ws, info.id)
        assert [(r.action, r.actor) for r in history] == [
            ("submit", OFFICER),
            ("clear", AUTHORITY),
            ("reopen", "Amina Otieno"),
        ]
        assert history[1].open_items == tuple(open_items)
        assert history[0].created_at <= history[1].created_at <= history[2].created_at


def test_clean_clearance_records_no_open_items_and_the_report_has_no_annex_d(
    demo_db: Path,
) -> None:
    with open_workspace(demo_db) as ws:
        info = find_assessment(ws)
        submit(ws, info.id, OFFICER)
        assert clear(ws, info.id, AUTHORITY).open_items == ()
        data = build_report_data(ws)
        assert data.cleared_by == AUTHORITY and data.open_items == ()
        assert annex_open_items(data) == []


def test_second_clearance_is_the_one_reported(ws: Workspace, assessment: AssessmentInfo) -> None:
    submit(ws, assessment.id, OFFICER)
    clear(ws, assessment.id, "First Authority", accept_open_items=True)
    reopen(ws, assessment.id, OFFICER, "one more answer")
    save_answer(ws, assessment.id, "BMS8-29", AnswerContent(status="implemented"))
    submit(ws, assessment.id, OFFICER)
    clear(ws, assessment.id, "Second Authority", accept_open_items=True)
    data = build_report_data(ws)
    assert data.cleared_by == "Second Authority"
    assert len(data.open_items) == len(checklist(ws, assessment.id))


def test_invalid_transitions_are_refused(ws: Workspace, assessment: AssessmentInfo) -> None:
    with pytest.raises(ServiceError, match=r"^only a submitted assessment can be cleared"):
        clear(ws, assessment.id, AUTHORITY, accept_open_items=True)
    with pytest.raises(ServiceError, match=r"^only a submitted or cleared assessment can be"):
        reopen(ws, assessment.id, OFFICER, "why not")
    submit(ws, assessment.id, OFFICER)
    with pytest.raises(ServiceError, match=r"^only a draft can be submitted.*is submitted\)"):
        submit(ws, assessment.id, OFFICER)
    with pytest.raises(ServiceError, match="a reason is required"):
        reopen(ws, assessment.id, OFFICER, "   ")
    clear(ws, assessment.id, AUTHORITY, accept_open_items=True)
    with pytest.raises(ServiceError, match=r"^only a draft can be submitted"):
        submit(ws, assessment.id, OFFICER)
    with pytest.raises(ServiceError, match=r"^only a submitted assessment can be cleared"):
        clear(ws, assessment.id, AUTHORITY, accept_open_items=True)
    # submitted -> draft works too
    reopen(ws, assessment.id, OFFICER, "more to add")
    submit(ws, assessment.id, OFFICER)
    returned = reopen(ws, assessment.id, OFFICER, " not ready ")
    assert (returned.status, returned.reason) == ("draft", "not ready")
    assert [r.action for r in clearance_history(ws, assessment.id)] == [
        "submit",
        "clear",
        "reopen",
        "submit",
        "reopen",
    ]


def test_one_message_says_what_is_frozen_and_what_to_do() -> None:
    ensure_editable("BMS9 2026", "draft")  # a draft can change
    with pytest.raises(ServiceError) as submitted:
        ensure_editable("BMS9 2026", "submitted")
    assert str(submitted.value) == (
        "the BMS9 2026 assessment was submitted for clearance: its answers cannot change; "
        "reopen it as a draft (with a reason) to change them"
    )
    with pytest.raises(ServiceError) as cleared:
        ensure_editable("BMS9 2026", "cleared", "its report field values")
    assert str(cleared.value) == (
        "the BMS9 2026 assessment is cleared: its report field values cannot change; "
        "reopen it as a draft (with a reason) to change them"
    )


SUBMITTED = r"^the BMS8 2022 assessment was submitted for clearance: its {} cannot change; "


def test_a_submitted_assessment_is_frozen_until_reopened(
    ws: Workspace, assessment: AssessmentInfo, tmp_path: Path
) -> None:
    police = "National Police Service"
    save_answer(ws, assessment.id, "BMS8-29", AnswerContent(status="developing"))
    save_answer(ws, assessment.id, "BMS8-29", AnswerContent(status="implemented"))
    save_field_values(ws, assessment.id, {"sdg1642.seized": 5})
    tracker = tmp_path / "tracker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Document", "Paragraph", "Status", "Measures taken"])
    sheet.append(["RevCon3", "II.21", "Yes", "Audited."])
    book.save(tracker)
    preview = preview_import(ws, tracker)  # previewed while a draft, applied once submitted
    submit(ws, assessment.id, OFFICER)

    answers = SUBMITTED.format("answers")
    with pytest.raises(ServiceError, match=answers):
        save_answer(ws, assessment.id, "BMS8-29", AnswerContent(status="developing"))
    with pytest.raises(ServiceError, match=SUBMITTED.format("report field values")):
        save_field_values(ws, assessment.id, {"sdg1642.seized": 6})
    with pytest.raises(ServiceError, match=answers):
        restore_revision(ws, assessment.id, "BMS8-29", 1)
    with pytest.raises(ServiceError, match=answers):
        assign(ws, assessment.id, [police], commitment_ids=["BMS8-35"])
    with pytest.raises(ServiceError, match=answers):
        prepare_agency_workbook(ws, assessment.id, police, tmp_path / "police.xlsx")
    with pytest.raises(ServiceError, match=answers):
        apply_import(ws, preview)

    assert get_answer(ws, assessment.id, "BMS8-29").content.status == "implemented"
    assert get_answer(ws, assessment.id, "RC3-II-21").version == 0
    assert get_answer(ws, assessment.id, "BMS8-35").content.agencies == ()
    assert field_values(ws, assessment.id) == {"sdg1642.seized": 5}
    assert len(answer_history(ws, assessment.id, "BMS8-29")) == 2
    assert not (tmp_path / "police.xlsx").exists()
    step = frozen_by(ws, assessment.id)
    assert step is not None and (step.action, step.actor) == ("submit", OFFICER)

    reopen(ws, assessment.id, OFFICER, "the police figures came in")
    assert frozen_by(ws, assessment.id) is None
    saved = save_answer(ws, assessment.id, "BMS8-29", AnswerContent(status="developing"))
    assert saved.changed == ("status",)
    assert save_field_values(ws, assessment.id, {"sdg1642.seized": 6})[0] == ["sdg1642.seized"]


def test_carried_answers_cannot_be_confirmed_once_submitted(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    save_answer(ws, assessment.id, "BMS8-29", AnswerContent(status="implemented"))
    later = create_assessment(ws, state="Kenya", cycle="BMS9 2026", from_cycle="BMS8 2022")
    submit(ws, later.id, OFFICER)
    with pytest.raises(ServiceError, match=r"^the BMS9 2026 assessment was submitted for clear"):
        confirm_unchanged(ws, later.id, ["BMS8-29"])
    assert len(answer_history(ws, later.id, "BMS8-29")) == 1
    step = frozen_by(ws, later.id)
    assert step is not None and step.cycle == "BMS9 2026"
    clear(ws, later.id, AUTHORITY, accept_open_items=True)
    step = frozen_by(ws, later.id)
    assert step is not None and (step.action, step.actor) == ("clear", AUTHORITY)


def test_names_are_required(ws: Workspace, assessment: AssessmentInfo) -> None:
    with pytest.raises(ServiceError, match="the name of the reporting officer is required"):
        submit(ws, assessment.id, "  ")
    submit(ws, assessment.id, OFFICER)
    with pytest.raises(ServiceError, match="the name of the clearing authority is required"):
        clear(ws, assessment.id, "", accept_open_items=True)
    with pytest.raises(ServiceError, match="the name of the person reopening"):
        reopen(ws, assessment.id, "\t", "reason")
    assert [r.action for r in clearance_history(ws, assessment.id)] == ["submit"]


def test_unknown_assessment(ws: Workspace) -> None:
    with pytest.raises(NotFoundError):
        checklist(ws, 99)
    with pytest.raises(NotFoundError):
        submit(ws, 99, OFFICER)
    with pytest.raises(NotFoundError):
        clearance_history(ws, 99)


# --- the command line ---------------------------------------------------------------------------


def _run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POA_DESKTOP_DB": "/nonexistent/should-not-be-used.sqlite"}
    return subprocess.run(
        [sys.executable, "-m", "poa_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_cli_round_trip(db_path: Path) -> None:
    created = _run(db_path, "new-assessment", "--state", "Ghana", "--cycle", "BMS8 2022")
    assert created.returncode == 0, created.stderr

    listed = _run(db_path, "checklist")
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert lines[-1].startswith("BMS8 2022 (draft): ") and "open item(s)" in lines[-1]
    assert "  BMS8 para. 21: not yet assessed" in lines

    result = _run(db_path, "clear", "--authority", AUTHORITY)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip() == (
        "poa-desktop: error: only a submitted assessment can be cleared "
        "(the BMS8 2022 assessment is draft)"
    )

    result = _run(db_path, "submit", "--officer", "Kofi Mensah")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "BMS8 2022: submitted for clearance by Kofi Mensah.\n"

    result = _run(db_path, "answer", "BMS8-29", "--status", "implemented")
    assert result.returncode == 1 and result.stderr.strip() == (
        "poa-desktop: error: the BMS8 2022 assessment was submitted for clearance: its answers "
        "cannot change; reopen it as a draft (with a reason) to change them"
    )

    result = _run(db_path, "clear", "--cycle", "bms8 2022", "--authority", AUTHORITY)
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1
    assert "checklist item(s) are still open" in result.stderr

    result = _run(db_path, "clear", "--authority", AUTHORITY, "--accept-open-items")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"BMS8 2022: cleared by {AUTHORITY} on ")
    assert "open item(s) accepted" in result.stdout

    result = _run(db_path, "answer", "BMS8-29", "--status", "implemented")
    assert result.returncode == 1 and "is cleared" in result.stderr

    result = _run(db_path, "reopen", "--by", "Kofi Mensah")
    assert result.returncode == 2  # --reason is required (a usage error)

    result = _run(db_path, "reopen", "--by", "Kofi Mensah", "--reason", "late figures")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "BMS8 2022: reopened as a draft by Kofi Mensah (late figures).\n"

    result = _run(db_path, "answer", "BMS8-29", "--status", "implemented")
    assert result.returncode == 0, result.stderr
    assert "(GHA)  draft  " in _run(db_path, "assessments").stdout
