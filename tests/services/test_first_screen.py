"""The window's first screen read without SQLAlchemy is what the services read, field for field.

The window paints from :func:`read_first_screen` when the database is current and intact, and
opens SQLAlchemy afterwards; what it shows must be what the services (``find_assessment``,
``statuses``, ``get_profile``, ``person``, ``answers_for``, ``field_values``, ``list_evidence``)
would have given it. Whatever the quick read does not cover makes it decline (None), and the
window opens the full way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from poa_desktop.catalog import Catalog, default_catalog
from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.status import Status
from poa_desktop.services.answering.answers import answers_for, save_answer
from poa_desktop.services.answering.drafts import Draft, get_draft, keep_draft
from poa_desktop.services.answering.evidence import add_evidence, list_evidence
from poa_desktop.services.answering.field_values import field_values
from poa_desktop.services.answering.paragraph import ParagraphRead
from poa_desktop.services.answering.progress import statuses
from poa_desktop.services.assessments.assessments import create_assessment, find_assessment
from poa_desktop.services.assessments.clearance import clear, frozen_by, reopen, submit
from poa_desktop.services.assessments.profiles import get_profile
from poa_desktop.services.assessments.setup import AgencyInput, ProfileInput, save_profile
from poa_desktop.services.errors import FROZEN_STATUSES
from poa_desktop.services.first_screen import FirstScreen, read_first_screen
from poa_desktop.services.identity import focal_point_or_login, person
from poa_desktop.services.safety import recovery
from poa_desktop.services.workspace import open_workspace


def _on(commitment_id: str) -> Callable[[Catalog], str]:
    return lambda _catalog: commitment_id


def full_screen(path: Path, commitment_id: str) -> tuple[FirstScreen, str]:
    """What the window reads the full way, and whom it names."""
    with open_workspace(path) as ws:
        info = find_assessment(ws)
        catalog = ws.cover(info.documents)
        commitment = catalog.get(commitment_id)
        screen = FirstScreen(
            assessment=info,
            statuses=statuses(ws, info.id),
            agencies=tuple(a.name for a in get_profile(ws).agencies),
            focal_point=None,  # compared through person(), below
            commitment_id=commitment_id,
            paragraph=ParagraphRead(
                answers=answers_for(ws, info.id, [commitment_id, *commitment.related]),
                draft=get_draft(ws, info.id, commitment_id),
                field_values=field_values(ws, info.id)
                if catalog.field_groups_for(commitment_id)
                else {},
                evidence=tuple(list_evidence(ws, info.id, commitment_id)),
            ),
            frozen_by=frozen_by(ws, info.id) if info.status in FROZEN_STATUSES else None,
        )
        return screen, person(ws)


def assert_same(path: Path, commitment_id: str) -> FirstScreen:
    quick = read_first_screen(path, default_catalog(), _on(commitment_id))
    assert quick is not None
    full, named = full_screen(path, commitment_id)
    assert focal_point_or_login(quick.focal_point) == named
    for name in FirstScreen.__dataclass_fields__:
        if name not in ("focal_point", "frozen_by"):
            assert getattr(quick, name) == getattr(full, name), name
    step, expected = quick.frozen_by, full.frozen_by
    assert (step and (step.actor, step.created_at)) == (
        expected and (expected.actor, expected.created_at)
    )
    return quick


def _with_related(catalog: Catalog) -> list[str]:
    return [c.id for c in catalog.measures if c.related][:3]


def _with_fields(catalog: Catalog) -> list[str]:
    return [c.id for c in catalog.measures if catalog.field_groups_for(c.id)][:2]


def test_the_demo_on_measures_of_every_kind(demo_db: Path) -> None:
    catalog = default_catalog()
    chosen = {catalog.measures[0].id, catalog.measures[-1].id}
    chosen |= {*_with_related(catalog), *_with_fields(catalog)}
    chosen.add(next(c.id for c in catalog if not c.assessed))  # a paragraph not assessed
    seen = [assert_same(demo_db, commitment_id) for commitment_id in sorted(chosen)]
    assert any(len(s.paragraph.answers) > 1 for s in seen)  # related answers previewed
    assert any(s.paragraph.field_values for s in seen)
    assert all(s.statuses and s.agencies for s in seen)


@pytest.fixture
def carried_db(db_path: Path, tmp_path: Path) -> Path:
    """A second cycle carried forward from a first, with evidence and a period: the newest."""
    with open_workspace(db_path) as ws:
        first = create_assessment(ws, state="Kenya", cycle="BMS8 2022", author="Amina")
        save_profile(
            ws,
            ProfileInput(
                state="Kenya",
                iso_code="KEN",
                focal_point_name="  Amina   Odhiambo ",
                agencies=(AgencyInput("National Police"), AgencyInput("Customs")),
            ),
        )
        ws.cover(first.documents)
        measures = ws.catalog.measures
        for index in (0, 1, 5):
            content = AnswerContent(
                status=Status.DEVELOPING,
                measures_taken=f"Measures «{index}»\nsecond line",
                agencies=("Customs",),
                target_date=date(2027, 1, 31),
            )
            save_answer(ws, first.id, measures[index].id, content, author="Amina")
        second = create_assessment(
            ws,
            state="Kenya",
            cycle="RevCon4 2024",
            from_cycle="BMS8 2022",
            author="Otieno",
            period=(date(2022, 6, 1), date(2024, 5, 31)),
            report_language="fr",
        )
        evidence = tmp_path / "decree.pdf"
        evidence.write_bytes(b"%PDF-1.4 decree")
        add_evidence(ws, second.id, measures[1].id, [evidence], author="Otieno")
        notes = tmp_path / "notes.txt"
        notes.write_text("notes", encoding="utf-8")
        add_evidence(ws, second.id, measures[1].id, [notes], author="Amina")
    return db_path


def test_a_carried_assessment_with_evidence(carried_db: Path) -> None:
    catalog = default_catalog()
    screen = assert_same(carried_db, catalog.measures[1].id)
    assert screen.assessment.carried_from == "BMS8 2022"
    assert screen.assessment.period_start == date(2022, 6, 1)
    assert len(screen.paragraph.evidence) == 2
    assert screen.paragraph.answers[catalog.measures[1].id].provenance == "carried_forward"
    assert assert_same(carried_db, catalog.measures[3].id).paragraph.answers == {}  # never answered


def test_it_declines_a_first_run(db_path: Path) -> None:
    open_workspace(db_path).close()
    assert read_first_screen(db_path, default_catalog(), _on("BMS8-21")) is None
    assert read_first_screen(db_path.with_name("none.sqlite"), default_catalog(), _on("x")) is None


def test_it_declines_a_draft_of_the_measure_on_screen(carried_db: Path) -> None:
    catalog = default_catalog()
    on_screen, other = catalog.measures[1].id, catalog.measures[2].id
    with open_workspace(carried_db) as ws:
        info = find_assessment(ws)
        keep_draft(ws, info.id, Draft(on_screen, AnswerContent(measures_taken="typed")))
    assert read_first_screen(carried_db, catalog, _on(on_screen)) is None
    assert read_first_screen(carried_db, catalog, _on(other)) is not None


def test_a_submitted_then_cleared_assessment_names_who_froze_it(carried_db: Path) -> None:
    with open_workspace(carried_db) as ws:
        info = find_assessment(ws)
        submit(ws, info.id, "Amina")
    submitted = assert_same(carried_db, "BMS8-21")
    assert submitted.frozen_by is not None and submitted.frozen_by.actor == "Amina"
    with open_workspace(carried_db) as ws:
        clear(ws, info.id, "The Minister", accept_open_items=True)
        reopen(ws, info.id, "Amina", "a figure was wrong")
    assert assert_same(carried_db, "BMS8-21").frozen_by is None  # a draft again
    with open_workspace(carried_db) as ws:
        submit(ws, info.id, "Otieno")
        clear(ws, info.id, "The Permanent Secretary", accept_open_items=True)
    cleared = assert_same(carried_db, "BMS8-21")
    assert cleared.assessment.status == "cleared"
    assert cleared.frozen_by is not None and cleared.frozen_by.actor == "The Permanent Secretary"


def test_it_declines_answers_kept_from_a_failed_save(carried_db: Path) -> None:
    entry = recovery.RecoveryEntry(
        assessment_id=2,
        state="Kenya",
        cycle="RevCon4 2024",
        commitment_id="BMS8-21",
        commitment_label="BMS8 21",
        base_version=0,
        content=AnswerContent(measures_taken="kept"),
        author="Amina",
        database=recovery.database_key(carried_db),
    )
    recovery.keep(carried_db, [entry])
    assert read_first_screen(carried_db, default_catalog(), _on("BMS8-21")) is None


def test_it_declines_an_older_schema(carried_db: Path) -> None:
    with closing(sqlite3.connect(carried_db)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert read_first_screen(carried_db, default_catalog(), _on("BMS8-21")) is None
