"""Backups through the SQLite backup API."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from poa_desktop.store import (
    Database,
    NotADatabaseError,
    StateProfile,
    backup_database,
    backup_path_before_upgrade,
)


def test_backup_of_an_open_database_holds_committed_data(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        session.add(StateProfile(name="Ghana", iso_code="GHA"))
        session.commit()  # still in the WAL file, not yet in the main file
        dest = backup_database(db.path, tmp_path / "copies" / "copy.sqlite")
    assert dest == tmp_path / "copies" / "copy.sqlite"
    assert not list(dest.parent.glob("*.partial"))
    with closing(sqlite3.connect(dest)) as copy:
        assert copy.execute("SELECT name FROM state_profile").fetchall() == [("Ghana",)]
        assert copy.execute("PRAGMA journal_mode").fetchone() == (
            "delete",
        )  # one self-contained file


def test_backup_never_overwrites(db: Database, tmp_path: Path) -> None:
    dest = tmp_path / "copy.sqlite"
    dest.write_bytes(b"precious")
    with pytest.raises(FileExistsError):
        backup_database(db.path, dest)
    assert dest.read_bytes() == b"precious"


def test_backup_of_a_non_database_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("not a database " * 100, encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        backup_database(source, tmp_path / "copy.sqlite")
    assert not list(tmp_path.glob("copy.sqlite*"))


def test_upgrade_backup_name_is_timestamped_and_unique(tmp_path: Path) -> None:
    db_path = tmp_path / "poa-desktop.sqlite"
    when = datetime(2024, 6, 1, 9, 30, 5, tzinfo=UTC)
    first = backup_path_before_upgrade(db_path, "0002", when)
    assert first == tmp_path / "backups" / "poa-desktop-before-schema-0002-20240601T093005Z.sqlite"
    first.parent.mkdir()
    first.touch()
    second = backup_path_before_upgrade(db_path, "0002", when)
    assert second.name == "poa-desktop-before-schema-0002-20240601T093005Z-2.sqlite"
