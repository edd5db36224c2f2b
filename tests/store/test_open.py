"""Opening a database: pragmas, fresh creation, refusals, default path, start-up cost."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from poa_desktop.store import (
    DB_PATH_ENV,
    SCHEMA_HEAD,
    Database,
    DatabaseTooNewError,
    NotADatabaseError,
    default_database_path,
    open_database,
)
from poa_desktop.store import migrate as migrations


def test_pragmas_are_in_force_on_session_connections(db: Database) -> None:
    with db.session() as session:
        pragma = {
            name: session.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        }
    assert pragma == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "busy_timeout": 5000,
    }


def test_savepoint_rolls_back_inside_a_real_transaction(db: Database) -> None:
    """SQLAlchemy emits BEGIN itself, so a nested rollback undoes only its own work."""
    with db.session() as session, session.begin():
        session.execute(
            text(
                "INSERT INTO state_profile (name, iso_code, created_at, updated_at) "
                "VALUES ('A', 'AAA', '2024-01-01', '2024-01-01')"
            )
        )
        nested = session.begin_nested()
        session.execute(
            text(
                "INSERT INTO state_profile (name, iso_code, created_at, updated_at) "
                "VALUES ('B', 'BBB', '2024-01-01', '2024-01-01')"
            )
        )
        nested.rollback()
    with db.session() as session:
        assert session.execute(text("SELECT name FROM state_profile")).scalars().all() == ["A"]


def test_new_database_is_created_at_head_with_parent_folders(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "poa.sqlite"
    with open_database(path) as db:
        assert db.path == path
        assert db.schema_revision() == SCHEMA_HEAD
    assert not (path.parent / "backups").exists()  # nothing to back up in a new database


def test_schema_head_constant_is_alembics_single_head() -> None:
    assert migrations.head_revision() == SCHEMA_HEAD
    assert migrations.known_revisions() == {"0001", "0002", "0003", "0004", "0005", "0006"}


def test_current_database_reopens_without_backup(head_db_path: Path) -> None:
    with open_database(head_db_path) as db:
        assert db.schema_revision() == SCHEMA_HEAD
    assert not (head_db_path.parent / "backups").exists()


def test_newer_database_is_refused_and_left_unchanged(head_db_path: Path) -> None:
    with sqlite3.connect(head_db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.close()
    before = head_db_path.read_bytes()

    with pytest.raises(DatabaseTooNewError) as raised:
        open_database(head_db_path)

    assert str(raised.value) == (
        "This database was written by a newer version of poa-desktop (schema 0099); "
        f"this version understands up to schema {SCHEMA_HEAD}. "
        "Install the newer version to open it."
    )
    assert raised.value.found == "0099"
    assert head_db_path.read_bytes() == before
    assert not (head_db_path.parent / "backups").exists()
    with pytest.raises(DatabaseTooNewError):
        open_database(head_db_path, migrate=False)


def test_text_file_is_refused_naming_the_path(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Dear focal point,\nthis is not a database.\n" * 10, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError) as raised:
        open_database(path)
    assert str(path) in str(raised.value)
    assert "not an SQLite database" in str(raised.value)
    assert path.read_bytes() == before


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError, match="folder"):
        open_database(tmp_path)


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    connection.close()
    with pytest.raises(NotADatabaseError, match="another program"):
        open_database(path)


def test_empty_file_is_treated_as_new(tmp_path: Path) -> None:
    path = tmp_path / "poa.sqlite"
    path.touch()
    with open_database(path) as db:
        assert db.schema_revision() == SCHEMA_HEAD


def test_migrate_false_leaves_a_new_file_unmigrated(tmp_path: Path) -> None:
    with open_database(tmp_path / "poa.sqlite", migrate=False) as db:
        assert db.schema_revision() is None


def test_default_path_follows_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DB_PATH_ENV, str(tmp_path / "x.sqlite"))
    assert default_database_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv(DB_PATH_ENV)
    default = default_database_path()
    assert default.name == "poa-desktop.sqlite"
    assert "poa-desktop" in default.parent.parts[-1]


def test_current_database_opens_without_importing_alembic(head_db_path: Path) -> None:
    """Start-up speed: Alembic is imported only when the schema has to change."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from sqlalchemy import select\n"
        "from poa_desktop.store import StateProfile, open_database\n"
        f"db = open_database(Path({str(head_db_path)!r}))\n"
        "with db.session() as s:\n"
        "    s.scalars(select(StateProfile)).all()\n"
        "db.close()\n"
        "assert 'alembic' not in sys.modules, 'alembic was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
