"""Migrations: models and migrated schema agree; older databases upgrade, keeping every row."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Table, inspect, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CheckConstraint

from poa_desktop.store import (
    SCHEMA_HEAD,
    Answer,
    Assessment,
    Base,
    Database,
    MigrationError,
    open_database,
)
from poa_desktop.store import migrate as migrations
from poa_desktop.store.models import ClearanceEvent


def test_models_and_migrations_agree(db: Database) -> None:
    with db.engine.connect() as connection:
        assert migrations.compare_with_models(connection) == []


def test_comparison_does_see_a_difference(tmp_path: Path) -> None:
    """Guards the test above: a schema at 0001 lacks what 0002 to 0006 add."""
    path = tmp_path / "old.sqlite"
    migrations.upgrade(path, "0001")
    with open_database(path, migrate=False) as db, db.engine.connect() as connection:
        diffs = migrations.compare_with_models(connection)
    added = {
        f"{diff[2]}.{diff[3].name}" if diff[0] == "add_column" else diff[1].name for diff in diffs
    }
    assert added == {
        "report_field_value",
        "report_field_revision",
        "evidence_file",
        "clearance_event",
        "ix_clearance_event_assessment_id",
        "answer_draft",
        "local_secret",
        "revision.session",
        "revision.saved_at",
        "revision.login",
        "assessment.period_start",
        "assessment.period_end",
        "assessment.report_language",
        "answer_law.area",
        "answer_law.description",
        "assessment.documents",
    }


def _constraint_names(table: Table) -> set[str]:
    names = {str(constraint.name) for constraint in table.constraints}
    return names | {str(index.name) for index in table.indexes}


def test_every_constraint_is_named_as_in_the_models(db: Database) -> None:
    """Batch mode finds constraints by name later, so the names must match exactly."""
    inspector = inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        reflected = {
            inspector.get_pk_constraint(table.name)["name"],
            *(fk["name"] for fk in inspector.get_foreign_keys(table.name)),
            *(uq["name"] for uq in inspector.get_unique_constraints(table.name)),
            *(ck["name"] for ck in inspector.get_check_constraints(table.name)),
            *(ix["name"] for ix in inspector.get_indexes(table.name)),
        }
        assert reflected == _constraint_names(table), table.name


def test_check_constraints_match_the_models(db: Database) -> None:
    inspector = inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        reflected = {
            ck["name"]: ck["sqltext"] for ck in inspector.get_check_constraints(table.name)
        }
        expected = {
            str(ck.name): str(ck.sqltext.compile(dialect=sqlite.dialect()))
            for ck in table.constraints
            if isinstance(ck, CheckConstraint)
        }
        assert reflected == expected, table.name


def _fill_at_0001(path: Path) -> None:
    """Data as version 0.1 would have written it, through raw SQL."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.executescript(
            """
            INSERT INTO state_profile (id, name, iso_code, focal_point_name, created_at, updated_at)
            VALUES (1, 'Côte d''Ivoire', 'CIV', 'A. Kouassi', '2022-05-01 08:00:00.000000',
                    '2022-05-01 08:00:00.000000');
            INSERT INTO agency (id, profile_id, name, short_name, position)
            VALUES (1, 1, 'Police nationale', 'PN', 0), (2, 1, 'Douanes', NULL, 1);
            INSERT INTO contact (profile_id, agency_id, name, role, position)
            VALUES (1, 1, 'B. Traoré', 'Commissaire', 0);
            INSERT INTO assessment (id, profile_id, cycle, catalog_version, status,
                                    created_at, updated_at)
            VALUES (1, 1, 'BMS8 2022', '2022.1', 'submitted', '2022-05-01 08:00:00.000000',
                    '2022-06-01 08:00:00.000000');
            INSERT INTO answer (id, assessment_id, commitment_id, status, measures_taken,
                                assistance_needed, assistance_kinds, target_date,
                                provenance, provenance_detail, updated_by, updated_at, version)
            VALUES (1, 1, 'BMS8-29', 'implemented', 'Loi n° 2018-...', 1,
                    '["technical", "training"]', '2026-12-31', 'typed', '', 'A. Kouassi',
                    '2022-05-02 09:30:00.000000', 2),
                   (2, 1, 'RC3-II-21', NULL, '', 0, '[]', NULL, 'contributed', 'Douanes',
                    'Douanes', '2022-05-03 10:00:00.000000', 1);
            INSERT INTO answer_law (answer_id, position, title_original, title_english, year)
            VALUES (1, 0, 'Loi relative au régime des armes', 'Arms Act', 2018);
            INSERT INTO answer_agency (answer_id, agency_id) VALUES (1, 1), (1, 2), (2, 2);
            INSERT INTO revision (answer_id, number, created_at, author, provenance,
                                  changed_fields, snapshot)
            VALUES (1, 1, '2022-05-01 09:00:00.000000', 'A. Kouassi', 'typed', '["status"]',
                    '{"status": "developing"}'),
                   (1, 2, '2022-05-02 09:30:00.000000', 'A. Kouassi', 'typed',
                    '["status", "measures_taken"]', '{"status": "implemented"}');
            """
        )


TABLES_AT_0001 = (
    "state_profile",
    "agency",
    "contact",
    "assessment",
    "answer",
    "answer_agency",
    "answer_law",
    "revision",
)


def _row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in TABLES_AT_0001
        }


def test_database_at_0001_upgrades_keeping_rows_and_leaves_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "poa.sqlite"
    migrations.upgrade(path, "0001")
    _fill_at_0001(path)
    before = _row_counts(path)

    with open_database(path) as db:
        assert db.schema_revision() == SCHEMA_HEAD
        with db.session() as session:
            answer = session.scalars(select(Answer).where(Answer.commitment_id == "BMS8-29")).one()
            assert answer.assistance_kinds == ["technical", "training"]
            assert [law.title_english for law in answer.laws] == ["Arms Act"]
            assert [agency.name for agency in answer.agencies] == ["Police nationale", "Douanes"]
            assert [rev.number for rev in answer.revisions] == [1, 2]
            assert answer.assessment.profile.name == "Côte d'Ivoire"
            assert answer.evidence == []
    assert _row_counts(path) == before

    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1
    assert backups[0].name.startswith(f"poa-before-schema-{SCHEMA_HEAD}-")
    assert backups[0].suffix == ".sqlite"
    assert _row_counts(backups[0]) == before
    with open_database(backups[0], migrate=False) as backup:
        assert backup.schema_revision() == "0001"


def test_failed_upgrade_rolls_back_and_names_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "poa.sqlite"
    migrations.upgrade(path, "0001")
    _fill_at_0001(path)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE evidence_file (x INTEGER)")  # 0002 will collide with it
    before = _row_counts(path)

    with pytest.raises(MigrationError) as raised:
        open_database(path)

    assert raised.value.backup is not None and raised.value.backup.exists()
    assert str(raised.value.backup) in str(raised.value)
    with open_database(path, migrate=False) as db:
        assert db.schema_revision() == "0001"
    with closing(sqlite3.connect(path)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "report_field_value" not in tables  # created before the failure, then rolled back
    assert _row_counts(path) == before


def test_database_at_0002_upgrades_to_0003_keeping_rows(tmp_path: Path) -> None:
    """0003 only adds the clearance trail: every row written at 0002 is kept, and a cleared
    assessment of that time stays cleared (with no events recorded before the trail existed)."""
    path = tmp_path / "poa.sqlite"
    migrations.upgrade(path, "0001")
    _fill_at_0001(path)
    migrations.upgrade(path, "0002")
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO report_field_value (assessment_id, field_id, value, updated_at, version) "
            "VALUES (1, 'sdg1642.seized', '120', '2022-05-04 10:00:00.000000', 1)"
        )
        connection.execute("UPDATE assessment SET status = 'cleared' WHERE id = 1")
    before = _row_counts(path)

    with open_database(path) as db:
        assert db.schema_revision() == SCHEMA_HEAD == "0006"
        with db.session() as session:
            assessment = session.get(Assessment, 1)
            assert assessment is not None
            assert assessment.status == "cleared"
            assert assessment.clearance_events == []
            assert [v.value for v in assessment.field_values] == [120]
            session.add(ClearanceEvent(assessment_id=1, action="reopen", actor="A", reason="r"))
            session.commit()
        with db.session() as session:
            events = session.scalars(select(ClearanceEvent)).all()
            assert [(e.assessment_id, e.action, e.open_items) for e in events] == [
                (1, "reopen", [])
            ]
    assert _row_counts(path) == before
    with closing(sqlite3.connect(path)) as connection:
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO clearance_event (assessment_id, created_at, action, actor) "
                "VALUES (1, '2022-05-04 10:00:00.000000', 'approve', 'A')"
            )
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO clearance_event (assessment_id, created_at, action, actor) "
                "VALUES (1, '2022-05-04 10:00:00.000000', 'clear', '  ')"
            )
