"""Models against a real database: integrity rules, cascades, JSON, timestamps, evidence."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from poa_desktop.store import (
    Agency,
    Answer,
    AnswerLaw,
    Assessment,
    Contact,
    Database,
    EvidenceFile,
    ReportFieldRevision,
    ReportFieldValue,
    Revision,
    StateProfile,
)

from .conftest import make_assessment


def _count(session: Session, table: str) -> int:
    count: int = session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
    return count


def _answer_with_history(session: Session, assessment: Assessment) -> Answer:
    agency = Agency(name="Customs")
    assessment.profile.agencies.append(agency)
    answer = Answer(commitment_id="BMS8-29", status="implemented", agencies=[agency])
    answer.laws.append(AnswerLaw(title_original="Firearms Act", year=2010))
    answer.revisions.append(
        Revision(number=1, author="focal", changed_fields=["status"], snapshot={"status": "x"})
    )
    answer.evidence.append(EvidenceFile.from_bytes("act.pdf", b"%PDF-1.7 ..."))
    assessment.answers.append(answer)
    session.flush()
    return answer


def test_defaults_of_a_new_answer(session: Session) -> None:
    assessment = make_assessment(session)
    answer = Answer(commitment_id="RC3-II-21")
    assessment.answers.append(answer)
    session.commit()
    assert answer.status is None
    assert (answer.measures_taken, answer.national_target, answer.provenance) == ("", "", "typed")
    assert answer.assistance_needed is False
    assert answer.assistance_kinds == []
    assert answer.version == 1
    assert assessment.status == "draft"


def test_deleting_an_assessment_cascades_in_the_database(session: Session) -> None:
    assessment = make_assessment(session)
    _answer_with_history(session, assessment)
    session.commit()
    # Raw SQL: the database itself enforces the cascade, not only the ORM.
    session.execute(text("DELETE FROM assessment WHERE id = :id"), {"id": assessment.id})
    session.commit()
    for table in ("answer", "revision", "answer_law", "answer_agency", "evidence_file"):
        assert _count(session, table) == 0, table
    assert _count(session, "agency") == 1


def test_deleting_an_assessment_through_the_orm(session: Session) -> None:
    assessment = make_assessment(session)
    _answer_with_history(session, assessment)
    session.commit()
    session.delete(assessment)
    session.commit()
    assert _count(session, "answer") == 0
    assert _count(session, "revision") == 0


def test_foreign_keys_are_enforced(session: Session) -> None:
    session.add(Answer(assessment_id=999, commitment_id="BMS8-29"))
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        session.flush()


def test_deleting_an_agency_unlinks_answers_and_contacts(session: Session) -> None:
    assessment = make_assessment(session)
    answer = _answer_with_history(session, assessment)
    agency = answer.agencies[0]
    contact = Contact(name="J. Doe", agency=agency)
    assessment.profile.contacts.append(contact)
    session.commit()
    session.delete(agency)
    session.commit()
    session.expire_all()
    assert answer.agencies == []
    assert contact.agency_id is None


def test_carried_from_is_cleared_when_the_source_is_deleted(session: Session) -> None:
    old = make_assessment(session, "BMS8 2022")
    new = Assessment(profile=old.profile, cycle="RevCon4 2024", catalog_version="2024.1")
    new.carried_from = old
    session.add(new)
    session.commit()
    session.delete(old)
    session.commit()
    session.refresh(new)
    assert new.carried_from_id is None


@pytest.mark.parametrize(
    "duplicate",
    [
        lambda a: Answer(assessment=a, commitment_id="BMS8-29"),
        lambda a: Assessment(profile=a.profile, cycle="RevCon4 2024", catalog_version="x"),
        lambda a: Agency(profile=a.profile, name="Customs"),
    ],
    ids=["answer per commitment", "cycle per profile", "agency name per profile"],
)
def test_unique_constraints_hold(session: Session, duplicate: object) -> None:
    assessment = make_assessment(session)
    _answer_with_history(session, assessment)
    session.commit()
    session.add(duplicate(assessment))  # type: ignore[operator]
    with pytest.raises(IntegrityError, match="UNIQUE"):
        session.flush()


def test_same_evidence_twice_on_one_answer_is_refused(session: Session) -> None:
    answer = _answer_with_history(session, make_assessment(session))
    answer.evidence.append(EvidenceFile.from_bytes("copy.pdf", b"%PDF-1.7 ..."))
    with pytest.raises(IntegrityError, match="UNIQUE"):
        session.flush()


def test_revision_numbers_are_unique_per_answer(session: Session) -> None:
    answer = _answer_with_history(session, make_assessment(session))
    answer.revisions.append(Revision(number=1, author="focal"))
    with pytest.raises(IntegrityError, match="UNIQUE"):
        session.flush()


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("answer", "status", "yes"),
        ("answer", "provenance", "guessed"),
        ("answer", "version", 0),
        ("assessment", "status", "final"),
        ("state_profile", "iso_code", "ken"),
        ("state_profile", "iso_code", "KENY"),
        ("evidence_file", "sha256", "ABC"),
        ("revision", "provenance", "typed-ish"),
    ],
)
def test_check_constraints_reject_bad_values(
    session: Session, table: str, column: str, value: object
) -> None:
    _answer_with_history(session, make_assessment(session))
    session.commit()
    with pytest.raises(IntegrityError, match="CHECK"):
        session.execute(text(f"UPDATE {table} SET {column} = :value"), {"value": value})


def test_every_answer_status_and_not_assessed_are_accepted(session: Session) -> None:
    assessment = make_assessment(session)
    for number, status in enumerate(
        (None, "implemented", "developing", "not_implemented", "not_applicable")
    ):
        assessment.answers.append(Answer(commitment_id=f"BMS8-{21 + number}", status=status))
    session.commit()
    assert len(assessment.answers) == 5


def test_evidence_from_bytes_computes_sha256_and_defers_content(db: Database) -> None:
    content = "Décret n° 2019-1 — scanned".encode() * 100
    evidence = EvidenceFile.from_bytes("decree.pdf", content, added_by="focal")
    assert evidence.sha256 == hashlib.sha256(content).hexdigest()
    assert evidence.size == len(content)
    assert evidence.media_type == "application/pdf"
    assert EvidenceFile.from_bytes("blob", b"").media_type == "application/octet-stream"
    with db.session() as session:
        _answer_with_history(session, make_assessment(session)).evidence.append(evidence)
        session.commit()
    with db.session() as session:
        loaded = session.scalars(select(EvidenceFile).where(EvidenceFile.filename == "decree.pdf"))
        stored = loaded.one()
        assert "content" not in inspect(stored).dict  # listing evidence does not load the bytes
        assert stored.content == content
        assert stored.sha256 == hashlib.sha256(content).hexdigest()


def test_json_columns_round_trip(db: Database) -> None:
    snapshot = {
        "status": "developing",
        "measures_taken": "Registre national — ✓",
        "laws": [{"title_original": "Закон об оружии", "year": 1996, "link": ""}],
        "agencies": ["Police", "Customs"],
        "assistance_needed": True,
        "target_date": None,
    }
    with db.session() as session:
        assessment = make_assessment(session)
        answer = Answer(commitment_id="BMS8-29", assistance_kinds=["financial"])
        answer.revisions.append(
            Revision(number=1, changed_fields=["status", "laws"], snapshot=snapshot)
        )
        assessment.answers.append(answer)
        for field_id, value in [
            ("a.int", 42),
            ("a.str", "Oui"),
            ("a.bool", False),
            ("a.none", None),
        ]:
            field = ReportFieldValue(field_id=field_id, value=value)
            field.revisions.append(ReportFieldRevision(number=1, value=value))
            assessment.field_values.append(field)
        session.commit()
        answer.assistance_kinds.append("legal")  # in-place change is tracked and saved
        session.commit()
    with db.session() as session:
        answer = session.scalars(select(Answer)).one()
        assert answer.assistance_kinds == ["financial", "legal"]
        assert answer.revisions[0].snapshot == snapshot
        assert answer.revisions[0].changed_fields == ["status", "laws"]
        values = {f.field_id: f.value for f in session.scalars(select(ReportFieldValue))}
        assert values == {"a.int": 42, "a.str": "Oui", "a.bool": False, "a.none": None}
        assert type(values["a.bool"]) is bool
        history = session.scalars(select(ReportFieldRevision.value).order_by("id")).all()
        assert history == [42, "Oui", False, None]


def test_datetimes_come_back_aware_in_utc(db: Database) -> None:
    nairobi = timezone(timedelta(hours=3))
    written = datetime(2024, 6, 1, 12, 30, 15, 123456, tzinfo=nairobi)
    with db.session() as session:
        assessment = make_assessment(session)
        assessment.answers.append(
            Answer(commitment_id="BMS8-29", updated_at=written, target_date=date(2030, 12, 31))
        )
        session.commit()
    with db.session() as session:
        answer = session.scalars(select(Answer)).one()
        assert answer.updated_at == written
        assert answer.updated_at.tzinfo is UTC
        assert answer.updated_at.hour == 9
        assert answer.target_date == date(2030, 12, 31)
        created = session.scalars(select(StateProfile.created_at)).one()
        assert created.tzinfo is UTC
        assert abs(datetime.now(UTC) - created) < timedelta(minutes=1)
        stored = session.execute(text("SELECT updated_at FROM answer")).scalar_one()
        assert stored == "2024-06-01 09:30:15.123456"  # UTC text: sorts and compares correctly


def test_naive_datetime_is_refused(session: Session) -> None:
    assessment = make_assessment(session)
    assessment.answers.append(Answer(commitment_id="BMS8-29", updated_at=datetime(2024, 1, 1)))
    with pytest.raises(StatementError, match="naive datetime"):
        session.flush()


def test_updated_at_moves_on_update(session: Session) -> None:
    assessment = make_assessment(session)
    past = datetime(2020, 1, 1, tzinfo=UTC)
    assessment.updated_at = past
    session.commit()
    assessment.status = "submitted"
    session.commit()
    assert assessment.updated_at > past


def test_laws_and_agencies_keep_their_order(db: Database) -> None:
    with db.session() as session:
        assessment = make_assessment(session)
        profile = assessment.profile
        profile.agencies.extend([Agency(name="Police"), Agency(name="Customs"), Agency(name="MoD")])
        answer = Answer(commitment_id="BMS8-29")
        answer.laws.extend(AnswerLaw(title_original=t) for t in ("C", "A", "B"))
        answer.agencies.extend([profile.agencies[2], profile.agencies[0]])
        assessment.answers.append(answer)
        session.commit()
        answer.laws.insert(0, answer.laws.pop())  # move "B" to the top
        session.commit()
    with db.session() as session:
        answer = session.scalars(select(Answer)).one()
        assert [(law.position, law.title_original) for law in answer.laws] == [
            (0, "B"),
            (1, "C"),
            (2, "A"),
        ]
        assert [agency.name for agency in answer.agencies] == ["Police", "MoD"]
        profile = session.scalars(select(StateProfile)).one()
        assert [a.position for a in profile.agencies] == [0, 1, 2]
        assert session.scalar(select(func.count()).select_from(AnswerLaw)) == 3
