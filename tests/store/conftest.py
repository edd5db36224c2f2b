"""Fixtures for store tests: real SQLite files in ``tmp_path``, migrated once and copied."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from poa_desktop.store import Assessment, Database, StateProfile, open_database


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated from empty to head once per run; tests get copies (fast)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_database(path).close()  # dispose checkpoints the WAL into the main file
    return path


@pytest.fixture
def head_db_path(tmp_path: Path, migrated_template: Path) -> Path:
    """Path of a fresh database at head, private to the test."""
    path = tmp_path / "data" / "poa.sqlite"
    path.parent.mkdir()
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def db(head_db_path: Path) -> Iterator[Database]:
    database = open_database(head_db_path)
    yield database
    database.close()


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    with db.session() as session:
        yield session


def make_assessment(session: Session, cycle: str = "RevCon4 2024") -> Assessment:
    """A profile with one assessment, flushed so ids exist."""
    profile = StateProfile(name="Kenya", iso_code="KEN")
    assessment = Assessment(profile=profile, cycle=cycle, catalog_version="2024.1")
    session.add(assessment)
    session.flush()
    return assessment
