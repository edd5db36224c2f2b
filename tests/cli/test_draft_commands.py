"""``poa-desktop drafts``: what was typed but could not be saved, listed, and discarded aloud.

The drafts are made the way the window makes them: an autosave session on a real database file
is handed a form with a law whose year is 1066 and a number field holding "about 1200".
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from poa_desktop.cli import main
from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.status import Status
from poa_desktop.services.answering.answers import get_answer
from poa_desktop.services.answering.autosave import AutosaveSession
from poa_desktop.services.answering.drafts import get_draft
from poa_desktop.services.assessments.assessments import create_assessment, find_assessment
from poa_desktop.services.workspace import open_workspace

FIELD = "diversion.incidents"  # a report field shown with BMS8-29
FIELD_LABEL = "Diversion incidents recorded in the period"
CYCLE = "BMS8 2022"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def with_drafts(db_path: Path) -> Path:
    """Two measures with drafts (BMS8-29: a law and a number; BMS8-21: a law), one without."""
    with open_workspace(db_path) as ws:
        info = create_assessment(ws, state="Kenya", cycle=CYCLE, author="Amina")
        session = AutosaveSession(ws, author="Amina")
        for cid, content, fields in (
            (
                "BMS8-29",
                AnswerContent(
                    Status.DEVELOPING,
                    "Marking law adopted.",
                    laws=(Law("Firearms Act", year=1066),),
                ),
                {FIELD: "about 1200"},
            ),
            (
                "BMS8-21",
                AnswerContent(Status.IMPLEMENTED, laws=(Law("Arms Code", year=15),)),
                {},
            ),
            ("BMS8-22", AnswerContent(Status.IMPLEMENTED, "All saved."), {}),
        ):
            session.track(info.id, cid, get_answer(ws, info.id, cid).version)
            session.save(content, fields)
        assert get_draft(ws, info.id, "BMS8-29") is not None
        assert get_draft(ws, info.id, "BMS8-21") is not None
        assert get_draft(ws, info.id, "BMS8-22") is None
    return db_path


def test_lists_each_measure_with_a_draft_what_was_not_saved_and_why(
    with_drafts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(capsys, "--db", str(with_drafts), "drafts")
    assert code == 0, err
    assert out.startswith(f"2 measures have something typed that could not be saved, in {CYCLE}:")
    blocks = out.split("\n\n")[1:3]
    first, second = (block.splitlines() for block in blocks)  # catalog order: para. 21 first
    assert first[0].startswith("BMS8 para. 21 (BMS8-21), kept 20")
    assert first[0].endswith(" UTC by Amina")
    assert first[1:] == [
        "   not saved: Laws and regulations",
        "   why: Laws and regulations, row 1: year 15 is not a plausible year",
    ]
    assert second[0].startswith("BMS8 para. 29 (BMS8-29), kept ")
    assert second[1] == f"   not saved: Laws and regulations, {FIELD_LABEL}"
    assert second[2:] == [
        "   why: Laws and regulations, row 1: year 1066 is not a plausible year",
        f"   why: {FIELD_LABEL}: enter a whole number, not 'about 1200'",
    ]
    assert "BMS8-22" not in out
    assert "--discard ID" in out


def test_json_for_machines(with_drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "--db", str(with_drafts), "drafts", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["state"], data["cycle"]) == ("Kenya", CYCLE)
    assert [d["id"] for d in data["drafts"]] == ["BMS8-21", "BMS8-29"]
    marking = data["drafts"][1]
    assert marking["label"] == "BMS8 para. 29"
    assert marking["not_saved"] == ["Laws and regulations", FIELD_LABEL]
    assert [p["field"] for p in marking["problems"]] == ["laws", FIELD]
    assert marking["problems"][1]["message"].endswith("enter a whole number, not 'about 1200'")
    assert marking["held"] == {
        "Laws and regulations": "Firearms Act, 1066",
        FIELD_LABEL: "about 1200",
    }
    assert marking["fields"] == {FIELD: "about 1200"} and marking["author"] == "Amina"
    assert datetime.fromisoformat(marking["updated_at"]).utcoffset() is not None


def test_discard_prints_what_the_draft_held_then_forgets_only_it(
    with_drafts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(with_drafts)
    code, out, err = cli(capsys, "--db", db, "drafts", "--discard", "bms8-29")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("The draft of BMS8 para. 29, kept ")
    assert lines[1:3] == [
        "   Laws and regulations: Firearms Act, 1066",
        f"   {FIELD_LABEL}: about 1200",
    ]
    assert lines[3:5] == [
        "   why it was not saved: Laws and regulations, row 1: year 1066 is not a plausible year",
        f"   why it was not saved: {FIELD_LABEL}: enter a whole number, not 'about 1200'",
    ]
    assert lines[-1] == "Discarded; BMS8 para. 29 keeps its saved answer."
    with open_workspace(with_drafts) as ws:
        info = find_assessment(ws)
        assert get_draft(ws, info.id, "BMS8-29") is None
        assert get_draft(ws, info.id, "BMS8-21") is not None  # the other draft stays
        saved = get_answer(ws, info.id, "BMS8-29").content
        assert saved.measures_taken == "Marking law adopted." and saved.laws == ()

    code, out, _ = cli(capsys, "--db", db, "drafts")
    assert out.startswith("1 measure has something typed") and "BMS8-29" not in out
    code, out, err = cli(capsys, "--db", db, "drafts", "--discard", "BMS8-29")
    assert code == 1 and out == ""
    assert err == f"poa-desktop: error: BMS8 para. 29 has no draft in {CYCLE}\n"


def test_discard_as_json_and_drafts_of_another_cycle(
    with_drafts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(with_drafts)
    code, _, err = cli(capsys, "--db", db, "new-assessment", "--state", "Kenya", "--cycle", "Next")
    assert code == 0, err
    code, out, _ = cli(capsys, "--db", db, "drafts")  # the most recent cycle has none
    assert out == "No drafts in Next: everything typed is saved.\n"
    code, out, err = cli(
        capsys, "--db", db, "drafts", "--cycle", CYCLE, "--discard", "BMS8-21", "--json"
    )
    assert code == 0, err
    held = json.loads(out)["discarded"]
    assert held["id"] == "BMS8-21" and held["held"] == {"Laws and regulations": "Arms Code, 15"}
    code, out, _ = cli(capsys, "--db", db, "drafts", "--cycle", CYCLE, "--json")
    assert [d["id"] for d in json.loads(out)["drafts"]] == ["BMS8-29"]
