"""Agency workbooks: prepare one, fill it as an agency would, take it back, settle conflicts."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from poa_desktop.cli import main
from poa_desktop.exchange.workbook.agency import INSTRUCTIONS, TOKEN_ITEM
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.history import answer_history
from poa_desktop.services.assessments.assessments import (
    AssessmentInfo,
    create_assessment,
    find_assessment,
)
from poa_desktop.services.demo.content import DEMO_AGENCIES
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.reporting.agency_work import assign
from poa_desktop.services.reporting.agency_workbook import (
    apply_agency_return,
    prepare_agency_workbook,
    preview_agency_return,
)
from poa_desktop.services.workspace import Workspace, open_workspace

AGENCY = DEMO_AGENCIES[0]["name"]
FIRST, SECOND = "BMS8-35", "BMS8-39"


@pytest.fixture
def demo(demo_db: Path) -> Iterator[Workspace]:
    ws = open_workspace(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def draft(demo: Workspace) -> AssessmentInfo:
    info = find_assessment(demo)
    if info.status == "cleared":  # the demo's latest assessment should be a draft
        pytest.skip("the demo assessment is cleared")
    return info


def _assigned(ws: Workspace, info: AssessmentInfo) -> set[str]:
    from poa_desktop.services.reporting.agency_workbook import assigned_measures

    return set(assigned_measures(ws, info.id, AGENCY))


def _rows(path: Path) -> dict[str, int]:
    sheet = openpyxl.load_workbook(path)["Answers"]
    return {str(row[0].value): row[0].row for row in sheet.iter_rows(min_row=2) if row[0].value}


def _fill(path: Path, answers: dict[str, tuple[str, str]]) -> None:
    """As an agency would: type a status and measures taken in the rows of the given ids."""
    book = openpyxl.load_workbook(path)
    sheet = book["Answers"]
    rows = _rows(path)
    for commitment_id, (status, measures) in answers.items():
        sheet.cell(row=rows[commitment_id], column=6, value=status)
        sheet.cell(row=rows[commitment_id], column=7, value=measures)
    book.save(path)


def _prepare(ws: Workspace, info: AssessmentInfo, tmp_path: Path) -> Path:
    assign(ws, info.id, [AGENCY], commitment_ids=[FIRST, SECOND])
    target = tmp_path / "agency.xlsx"
    prepare_agency_workbook(ws, info.id, AGENCY, target)
    return target


def test_workbook_holds_only_the_assigned_measures(
    demo: Workspace, draft: AssessmentInfo, tmp_path: Path
) -> None:
    target = _prepare(demo, draft, tmp_path)
    book = openpyxl.load_workbook(target)
    assert INSTRUCTIONS in book.sheetnames and "Answers" in book.sheetnames
    assert set(_rows(target)) == _assigned(demo, draft)
    assert {FIRST, SECOND} <= set(_rows(target))
    about = {row[0].value: row[1].value for row in book["About"].iter_rows(min_row=2)}
    assert str(about[TOKEN_ITEM]).startswith(f"poa2:{draft.id}:")
    assert about["Measures"] == len(_rows(target))
    text = " ".join(str(c.value) for c in book[INSTRUCTIONS]["A"])
    assert "Commitment ID" in text and "Not implemented" in text and "send it back" in text
    assert book["Answers"].protection.sheet
    assert not list(tmp_path.glob("*.part"))


def test_the_return_loop_with_one_conflict(
    demo: Workspace, draft: AssessmentInfo, tmp_path: Path
) -> None:
    target = _prepare(demo, draft, tmp_path)
    _fill(target, {FIRST: ("Developing", "Agency: draft law."), SECOND: ("Implemented", "Agency.")})
    current = get_answer(demo, draft.id, FIRST).content
    save_answer(demo, draft.id, FIRST, current.with_changes(measures_taken="App: typed later."))

    preview = preview_agency_return(demo, target, draft)
    assert [c.commitment_id for c in preview.conflicts] == [FIRST]
    assert [c.commitment_id for c in preview.updates] == [SECOND]
    conflict = preview.conflicts[0]
    assert conflict.app.measures_taken == "App: typed later."
    assert conflict.agency.measures_taken == "Agency: draft law."

    with pytest.raises(ServiceError, match="choose a version for"):
        apply_agency_return(demo, preview, {})
    assert get_answer(demo, draft.id, SECOND).content.measures_taken != "Agency."

    result = apply_agency_return(demo, preview, {FIRST: "agency"})
    assert result.answers == 2
    for commitment_id, measures in ((FIRST, "Agency: draft law."), (SECOND, "Agency.")):
        record = get_answer(demo, draft.id, commitment_id)
        assert record.content.measures_taken == measures
        assert record.provenance == "contributed"
        last = answer_history(demo, draft.id, commitment_id)[-1]
        assert last.provenance_detail.startswith(f"contributed by {AGENCY}, agency.xlsx, row ")
    assert get_answer(demo, draft.id, FIRST).content.status == "developing"


def test_choosing_the_app_version_keeps_it(
    demo: Workspace, draft: AssessmentInfo, tmp_path: Path
) -> None:
    target = _prepare(demo, draft, tmp_path)
    _fill(target, {FIRST: ("Developing", "Agency: draft law."), SECOND: ("Implemented", "Agency.")})
    current = get_answer(demo, draft.id, FIRST).content
    save_answer(demo, draft.id, FIRST, current.with_changes(measures_taken="App: typed later."))
    preview = preview_agency_return(demo, target, draft)
    apply_agency_return(demo, preview, {FIRST: "app"})
    assert get_answer(demo, draft.id, FIRST).content.measures_taken == "App: typed later."
    assert get_answer(demo, draft.id, SECOND).content.measures_taken == "Agency."


def test_app_change_is_not_reverted_by_an_untouched_row(
    demo: Workspace, draft: AssessmentInfo, tmp_path: Path
) -> None:
    target = _prepare(demo, draft, tmp_path)
    current = get_answer(demo, draft.id, FIRST).content
    save_answer(demo, draft.id, FIRST, current.with_changes(measures_taken="App only."))
    preview = preview_agency_return(demo, target, draft)
    assert not preview.conflicts and not preview.updates
    assert [c.commitment_id for c in preview.app_newer] == [FIRST]
    apply_agency_return(demo, preview, {})
    assert get_answer(demo, draft.id, FIRST).content.measures_taken == "App only."


def test_workbook_without_token_is_refused(
    demo: Workspace, draft: AssessmentInfo, tmp_path: Path
) -> None:
    target = _prepare(demo, draft, tmp_path)
    book = openpyxl.load_workbook(target)
    for row in book["About"].iter_rows(min_row=2):
        if row[0].value == TOKEN_ITEM:
            row[0].value = row[1].value = None
    book.save(target)
    with pytest.raises(ServiceError, match="not an agency workbook"):
        preview_agency_return(demo, target, draft)


def test_workbook_of_another_assessment_is_refused(
    demo: Workspace, draft: AssessmentInfo, tmp_path: Path
) -> None:
    target = _prepare(demo, draft, tmp_path)
    other = create_assessment(demo, state=draft.state, cycle="BMS99 2040", author="Amina")
    with pytest.raises(ServiceError, match=rf"assessment {draft.id}\).*assessment {other.id}"):
        preview_agency_return(demo, target, other)


def test_edited_token_is_refused(demo: Workspace, draft: AssessmentInfo, tmp_path: Path) -> None:
    target = _prepare(demo, draft, tmp_path)
    book = openpyxl.load_workbook(target)
    for row in book["About"].iter_rows(min_row=2):
        if row[0].value == TOKEN_ITEM:
            row[1].value = str(row[1].value).replace(AGENCY, "Someone else")
    book.save(target)
    with pytest.raises(ServiceError, match="token was changed"):
        preview_agency_return(demo, target, draft)


def test_no_assigned_measures_is_refused(db_path: Path, tmp_path: Path) -> None:
    with open_workspace(db_path) as ws:
        info = create_assessment(ws, state="Kenya", cycle="BMS8 2022", author="Amina")
        from poa_desktop.store import Agency, StateProfile

        with ws.db.session() as session, session.begin():
            profile = session.query(StateProfile).one()
            profile.agencies.append(Agency(name="Police"))
        with pytest.raises(ServiceError, match="no measure is assigned to Police"):
            prepare_agency_workbook(ws, info.id, "police", tmp_path / "x.xlsx")
        assert not (tmp_path / "x.xlsx").exists()
        assign(ws, info.id, ["Police"], commitment_ids=["BMS8-35"], author="Amina")
        result = prepare_agency_workbook(ws, info.id, "police", tmp_path / "x.xlsx")
        assert result.measures == ("BMS8-35",)
        assert set(_rows(tmp_path / "x.xlsx")) == {"BMS8-35"}


def test_cli_writes_the_workbook(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cli.sqlite"
    shutil.copyfile(demo_db, db)
    assert main(["--db", str(db), "assign", "--agency", AGENCY, "--id", FIRST]) == 0
    target = tmp_path / "cli.xlsx"
    assert main(["--db", str(db), "agency-workbook", AGENCY, "--xlsx", str(target)]) == 0
    assert target.exists() and FIRST in _rows(target)
    assert "measure(s) for" in capsys.readouterr().out


def test_rows_for_measures_not_assigned_are_refused_and_listed(
    demo: Workspace, draft: AssessmentInfo, tmp_path: Path
) -> None:
    """Issue 13, finding 2: rows added for other measures are never applied."""
    target = _prepare(demo, draft, tmp_path)
    book = openpyxl.load_workbook(target)
    sheet = book["Answers"]
    sheet.append(["BMS8-21", "BMS8", "BMS8 para. 21", "", "", "Not implemented", "Overwritten?"])
    book.save(target)
    before = get_answer(demo, draft.id, "BMS8-21")
    preview = preview_agency_return(demo, target, draft)
    assert "BMS8-21" not in [c.commitment_id for c in (*preview.updates, *preview.conflicts)]
    refused = [p for p in preview.problems if "not assigned to" in p.reason]
    assert len(refused) == 1 and "BMS8 para. 21" in refused[0].reason
    apply_agency_return(demo, preview, {}, skip_unreadable=True)
    assert get_answer(demo, draft.id, "BMS8-21") == before


def test_a_token_cannot_be_forged_from_what_exports_show(
    demo: Workspace, draft: AssessmentInfo, tmp_path: Path
) -> None:
    """Issue 13, finding 3: the old check used only the assessment's creation time, printed in
    exports; the new one is an HMAC with a key that never leaves the database."""
    import hashlib
    import hmac
    from datetime import UTC, datetime

    from poa_desktop.services.reporting import agency_workbook as module

    target = _prepare(demo, draft, tmp_path)
    token = module.parse_token(
        next(
            str(row[1].value)
            for row in openpyxl.load_workbook(target)["About"].iter_rows(min_row=2)
            if row[0].value == TOKEN_ITEM
        )
    )
    forged_ids = (*token.measures, "BMS8-21")
    # A forger who knows everything printed in any export, but not the database's key:
    for guess in (b"", draft.created_at.isoformat().encode(), b"poa-desktop"):
        stamp = token.prepared_at.astimezone(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
        text = f"poa2|{draft.id}|{stamp}|{','.join(forged_ids)}|{AGENCY}"
        mac = hmac.new(guess, text.encode(), hashlib.sha256).hexdigest()[:32]
        forged = module.AgencyToken(draft.id, token.prepared_at, forged_ids, AGENCY, mac)
        book = openpyxl.load_workbook(target)
        for row in book["About"].iter_rows(min_row=2):
            if row[0].value == TOKEN_ITEM:
                row[1].value = str(forged)
        book.save(target)
        with pytest.raises(ServiceError, match="token was changed"):
            preview_agency_return(demo, target, draft)
    assert datetime.now(UTC) > token.prepared_at


def test_a_version_1_workbook_is_explained_not_trusted(
    demo: Workspace, draft: AssessmentInfo, tmp_path: Path
) -> None:
    target = _prepare(demo, draft, tmp_path)
    book = openpyxl.load_workbook(target)
    for row in book["About"].iter_rows(min_row=2):
        if row[0].value == TOKEN_ITEM:
            row[1].value = f"poa1:{draft.id}:20260101T000000.000000Z:{AGENCY}:0123456789abcdef"
    book.save(target)
    with pytest.raises(ServiceError, match="earlier version of poa-desktop"):
        preview_agency_return(demo, target, draft)
