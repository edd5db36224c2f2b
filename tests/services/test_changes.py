"""Moving to a new cycle: what changed since the earlier one, and confirming carried answers."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.exchange.workbook.layout import SHEETS, changes_sheet_title
from poa_desktop.exchange.workbook.writer import write_xlsx
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.answering.history import answer_history
from poa_desktop.services.assessments.assessments import AssessmentInfo, create_assessment
from poa_desktop.services.assessments.carry import carried_pending, confirm_unchanged
from poa_desktop.services.assessments.changes import changes_between
from poa_desktop.services.errors import NotFoundError, ServiceError
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Assessment

EARLIER, LATER = "BMS8 2022", "RevCon4 2024"
STATUS_CHANGED, TEXT_CHANGED = "BMS8-29", "RC3-II-21"
UNTOUCHED = ("BMS8-21", "RC3-II-3")

ANSWERS = {
    STATUS_CHANGED: AnswerContent(
        status="developing",
        measures_taken="A national marking standard is being drafted.",
        agencies=("National Police Service",),
    ),
    TEXT_CHANGED: AnswerContent(
        status="implemented",
        measures_taken="Firearms Act, section 4, makes unlicensed manufacture an offence.",
        laws=(Law("Firearms Act", year=1954),),
    ),
    "BMS8-21": AnswerContent(status="implemented", measures_taken="Records kept for 20 years."),
    "RC3-II-3": AnswerContent(
        status="not_implemented",
        challenges="No budget yet.",
        national_target="A register by 2026.",
        target_date=date(2026, 6, 30),
    ),
}


@dataclass(frozen=True)
class Scenario:
    earlier: AssessmentInfo
    later: AssessmentInfo


def build_scenario(ws: Workspace, earlier: AssessmentInfo) -> Scenario:
    """The issue's scenario: answers in BMS8 2022, RevCon4 2024 carried forward, two edits."""
    for commitment_id, content in ANSWERS.items():
        save_answer(ws, earlier.id, commitment_id, content, author="Amina")
    later = create_assessment(ws, state="Kenya", cycle=LATER, from_cycle=EARLIER, author="Amina")
    status_edit = ANSWERS[STATUS_CHANGED].with_changes(status="implemented")
    save_answer(ws, later.id, STATUS_CHANGED, status_edit, author="Omar")
    text_edit = ANSWERS[TEXT_CHANGED].with_changes(
        measures_taken="Firearms Act as amended in 2023: licensing of every manufacturer."
    )
    save_answer(ws, later.id, TEXT_CHANGED, text_edit, author="Omar")
    return Scenario(earlier, later)


@pytest.fixture
def scenario(ws: Workspace, assessment: AssessmentInfo) -> Scenario:
    return build_scenario(ws, assessment)


# --- changes_between ----------------------------------------------------------------------------


def test_changes_lists_exactly_the_two_edited_answers(ws: Workspace, scenario: Scenario) -> None:
    changes = changes_between(ws, EARLIER)  # the later cycle defaults to the most recent
    assert (changes.earlier_cycle, changes.later_cycle) == (EARLIER, LATER)
    assert changes.ids == [STATUS_CHANGED, TEXT_CHANGED]  # document order: BMS8 before RevCon3
    status, text = changes.entries
    assert status.label == "BMS8 para. 29"
    assert (status.old_status, status.new_status) == ("developing", "implemented")
    assert status.fields == ("status",)
    assert status.status_changed
    assert status.old == ANSWERS[STATUS_CHANGED]
    assert text.fields == ("measures_taken",)
    assert text.field_labels == ("Measures taken",)
    assert (text.old_status, text.new_status) == ("implemented", "implemented")
    assert text.old is not None and text.new is not None
    assert text.old.measures_taken.startswith("Firearms Act, section 4")
    assert text.new.measures_taken.startswith("Firearms Act as amended")


def test_explicit_later_cycle_and_case_insensitive_names(ws: Workspace, scenario: Scenario) -> None:
    assert changes_between(ws, "bms8 2022", "revcon4 2024").ids == [STATUS_CHANGED, TEXT_CHANGED]
    # The other way round: the same measures, old and new swapped.
    back = changes_between(ws, LATER, EARLIER)
    assert back.ids == [STATUS_CHANGED, TEXT_CHANGED]
    assert (back.entries[0].old_status, back.entries[0].new_status) == (
        "implemented",
        "developing",
    )


def test_answered_in_only_one_cycle_counts(ws: Workspace, scenario: Scenario) -> None:
    save_answer(ws, scenario.later.id, "BMS8-22", AnswerContent(status="not_applicable"))
    save_answer(ws, scenario.earlier.id, "BMS8-23", AnswerContent(measures_taken="Only then."))
    changes = changes_between(ws, EARLIER)
    assert changes.ids == ["BMS8-22", "BMS8-23", STATUS_CHANGED, TEXT_CHANGED]
    by_id = {c.commitment_id: c for c in changes}
    assert by_id["BMS8-22"].old is None
    assert by_id["BMS8-22"].fields == ("status",)
    assert by_id["BMS8-23"].new is None
    assert by_id["BMS8-23"].fields == ("measures_taken",)


def test_every_content_field_is_compared(ws: Workspace, scenario: Scenario) -> None:
    old = ANSWERS["RC3-II-3"]
    new = old.with_changes(
        challenges="Budget approved.",
        national_target="A register by 2027.",
        target_date=date(2027, 1, 1),
        agencies=("Kenya Revenue Authority, Customs",),
    )
    save_answer(ws, scenario.later.id, "RC3-II-3", new)
    change = next(c for c in changes_between(ws, EARLIER) if c.commitment_id == "RC3-II-3")
    assert change.fields == ("agencies", "challenges", "national_target", "target_date")


def test_unknown_or_same_cycle_is_refused(ws: Workspace, scenario: Scenario) -> None:
    with pytest.raises(NotFoundError, match="BMS7"):
        changes_between(ws, "BMS7 2020")
    with pytest.raises(ServiceError, match="earlier cycle"):
        changes_between(ws, LATER)


def test_nothing_changed_right_after_carrying_forward(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    save_answer(ws, assessment.id, "BMS8-29", ANSWERS["BMS8-29"])
    create_assessment(ws, state="Kenya", cycle=LATER, from_cycle=EARLIER)
    changes = changes_between(ws, EARLIER)
    assert len(changes) == 0
    assert not changes


# --- confirming carried answers -----------------------------------------------------------------


def test_carried_pending_excludes_edited_answers(ws: Workspace, scenario: Scenario) -> None:
    assert carried_pending(ws, scenario.later.id) == list(UNTOUCHED)
    assert carried_pending(ws, scenario.earlier.id) == []


def test_confirm_unchanged_records_a_revision(ws: Workspace, scenario: Scenario) -> None:
    before = get_answer(ws, scenario.later.id, "BMS8-21")
    assert before.version == 1
    assert before.provenance_detail == f"carried forward from {EARLIER}"

    assert confirm_unchanged(ws, scenario.later.id, ["BMS8-21"], author="Omar") == 1

    after = get_answer(ws, scenario.later.id, "BMS8-21")
    assert after.content == before.content == ANSWERS["BMS8-21"]
    assert after.version == 2
    assert after.provenance == "carried_forward"
    assert after.provenance_detail == f"confirmed unchanged since {EARLIER}"
    assert after.updated_by == "Omar"
    history = answer_history(ws, scenario.later.id, "BMS8-21")
    assert [r.number for r in history] == [1, 2]
    assert history[-1].provenance_detail == f"confirmed unchanged since {EARLIER}"
    assert history[-1].author == "Omar"
    assert history[-1].changes == ()
    assert history[-1].content == before.content
    # pending shrinks; confirming is not a change between the cycles
    assert carried_pending(ws, scenario.later.id) == ["RC3-II-3"]
    assert changes_between(ws, EARLIER).ids == [STATUS_CHANGED, TEXT_CHANGED]


def test_confirm_again_is_a_no_op(ws: Workspace, scenario: Scenario) -> None:
    assert confirm_unchanged(ws, scenario.later.id, list(UNTOUCHED)) == 2
    assert carried_pending(ws, scenario.later.id) == []
    assert confirm_unchanged(ws, scenario.later.id, list(UNTOUCHED)) == 0
    assert get_answer(ws, scenario.later.id, "BMS8-21").version == 2


def test_editing_a_confirmed_answer_makes_it_typed(ws: Workspace, scenario: Scenario) -> None:
    confirm_unchanged(ws, scenario.later.id, ["BMS8-21"])
    save_answer(ws, scenario.later.id, "BMS8-21", AnswerContent(status="developing"))
    record = get_answer(ws, scenario.later.id, "BMS8-21")
    assert (record.provenance, record.version) == ("typed", 3)
    assert carried_pending(ws, scenario.later.id) == ["RC3-II-3"]


def test_refuses_answers_not_carried_forward(ws: Workspace, scenario: Scenario) -> None:
    later = scenario.later.id
    with pytest.raises(ServiceError, match=r"BMS8 para\. 29"):
        confirm_unchanged(ws, later, ["BMS8-21", STATUS_CHANGED])  # edited since
    with pytest.raises(ServiceError, match=r"BMS8 para\. 22"):
        confirm_unchanged(ws, later, ["BMS8-22"])  # never answered
    with pytest.raises(ServiceError, match="not carried forward"):
        confirm_unchanged(ws, scenario.earlier.id, ["BMS8-21"])  # typed in the first cycle
    with pytest.raises(NotFoundError):
        confirm_unchanged(ws, later, ["BMS8-999"])
    # all or nothing: the carried answer in the refused request was left alone
    assert get_answer(ws, later, "BMS8-21").version == 1
    assert carried_pending(ws, later) == list(UNTOUCHED)


def test_refuses_a_cleared_assessment(ws: Workspace, scenario: Scenario) -> None:
    with ws.db.session() as session, session.begin():
        row = session.scalars(select(Assessment).where(Assessment.cycle == LATER)).one()
        row.status = "cleared"
    with pytest.raises(ServiceError, match="cleared"):
        confirm_unchanged(ws, scenario.later.id, ["BMS8-21"])
    assert get_answer(ws, scenario.later.id, "BMS8-21").version == 1


# --- the Excel sheet ----------------------------------------------------------------------------


def _book(ws: Workspace, later: AssessmentInfo, **kwargs: object) -> object:
    stream = io.BytesIO()
    write_xlsx(build_report_data(ws, later), stream, **kwargs)  # type: ignore[arg-type]
    return load_workbook(io.BytesIO(stream.getvalue()))


def test_excel_changes_sheet_only_when_asked(ws: Workspace, scenario: Scenario) -> None:
    plain = _book(ws, scenario.later)
    assert tuple(plain.sheetnames) == SHEETS  # type: ignore[attr-defined]

    book = _book(ws, scenario.later, changes=changes_between(ws, EARLIER))
    title = f"Changes since {EARLIER}"
    assert book.sheetnames == [*SHEETS, title]  # type: ignore[attr-defined]
    rows = list(book[title].iter_rows(values_only=True))  # type: ignore[index]
    assert rows == [
        ("Commitment ID", "Citation", "Status before", "Status now", "Fields changed"),
        (STATUS_CHANGED, "BMS8 para. 29", "Developing", "Implemented", "Status"),
        (TEXT_CHANGED, "RevCon3 II.21", "Implemented", "Implemented", "Measures taken"),
    ]
    assert book.active.title == "Answers"  # type: ignore[attr-defined]


def test_changes_sheet_title_fits_excel() -> None:
    assert changes_sheet_title("BMS8 2022") == "Changes since BMS8 2022"
    long = changes_sheet_title("Fourth Review Conference [2024]: draft")
    assert len(long) == 31
    assert not set("[]:*?/\\") & set(long)


# --- the command line ---------------------------------------------------------------------------


def _run(ws: Workspace, *argv: str) -> int:
    from poa_desktop.cli.parser import build_parser

    args = build_parser().parse_args(["--db", str(ws.db.path), *argv])
    result: int = args.run(args)
    return result


def test_cli_changes_and_confirm(
    ws: Workspace, scenario: Scenario, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(ws, "changes", "--since", EARLIER) == 0
    out = capsys.readouterr().out
    assert f"2 answers changed from {EARLIER} to {LATER}" in out
    assert "Developing -> Implemented" in out
    assert _run(ws, "changes", "--since", EARLIER, "--cycle", LATER, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in data["changes"]] == [STATUS_CHANGED, TEXT_CHANGED]
    assert data["changes"][1]["fields"] == ["measures_taken"]

    assert _run(ws, "confirm-unchanged", "BMS8-21") == 0
    assert "Confirmed 1 answer unchanged in RevCon4 2024; 1 carried" in capsys.readouterr().out
    assert _run(ws, "confirm-unchanged", "--all", "--cycle", LATER) == 0
    assert "Confirmed 1 answer" in capsys.readouterr().out
    assert carried_pending(ws, scenario.later.id) == []
    with pytest.raises(ServiceError, match="--all"):
        _run(ws, "confirm-unchanged")
