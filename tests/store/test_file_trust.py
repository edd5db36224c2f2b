"""What comes from outside changes nothing: foreign files, newer files, leftovers, a full disk.

Every hostile file is built here with plain sqlite3; opening must refuse it without writing a
byte into it or beside it, and storage trouble must read as what it is.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from poa_desktop.store import (
    Database,
    DatabaseTooNewError,
    NotADatabaseError,
    StorageError,
    open_database,
)
from poa_desktop.store import migrate as migrations
from poa_desktop.store.backup import backup_database, remove_leftovers
from poa_desktop.store.probe import APPLICATION_ID

GEOPACKAGE_ID = 0x47504B47  # "GPKG"


def application_id(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("PRAGMA application_id").fetchone()[0])


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_new_database_carries_the_application_id(tmp_path: Path) -> None:
    path = tmp_path / "poa.sqlite"
    open_database(path).close()
    assert application_id(path) == APPLICATION_ID == 0x504F4144


def test_an_empty_geopackage_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "map.gpkg"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA application_id = {GEOPACKAGE_ID}")
        connection.commit()
    assert application_id(path) == GEOPACKAGE_ID
    before, listing, modified = path.read_bytes(), folder_listing(tmp_path), path.stat().st_mtime_ns

    with pytest.raises(NotADatabaseError) as raised:
        open_database(path)

    assert str(raised.value) == (
        f"{path} cannot be opened as a poa-desktop database: it is an SQLite file of another "
        'program (its application id is 0x47504B47 ("GPKG"), poa-desktop\'s is 0x504F4144 '
        '("POAD")).'
    )
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == modified
    assert folder_listing(tmp_path) == listing  # no -wal, -shm, backups/


def test_a_database_of_this_app_without_the_id_is_accepted_and_stamped(
    head_db_path: Path,
) -> None:
    with closing(sqlite3.connect(head_db_path)) as connection:
        connection.execute("PRAGMA application_id = 0")
        connection.commit()
    assert application_id(head_db_path) == 0
    with open_database(head_db_path) as db:
        assert db.schema_revision() is not None
    assert application_id(head_db_path) == APPLICATION_ID


def test_a_newer_database_is_refused_leaving_nothing_beside_it(head_db_path: Path) -> None:
    with closing(sqlite3.connect(head_db_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
        connection.commit()
    assert (head_db_path.with_name(head_db_path.name + "-wal")).exists() is False
    before, modified = head_db_path.read_bytes(), head_db_path.stat().st_mtime_ns
    listing = folder_listing(head_db_path.parent)

    for migrate in (True, False):
        with pytest.raises(DatabaseTooNewError):
            open_database(head_db_path, migrate=migrate)

    assert folder_listing(head_db_path.parent) == listing == ["poa.sqlite"]
    assert head_db_path.read_bytes() == before
    assert head_db_path.stat().st_mtime_ns == modified


def test_opening_while_another_connection_has_it_open_keeps_its_wal(head_db_path: Path) -> None:
    """The probe only removes the -wal/-shm it created itself, never another connection's."""
    with open_database(head_db_path) as first:
        with first.writing() as session:
            session.execute(
                text(
                    "INSERT INTO state_profile (name, iso_code, created_at, updated_at) "
                    "VALUES ('A', 'AAA', '2024-01-01', '2024-01-01')"
                )
            )
        wal = head_db_path.with_name(head_db_path.name + "-wal")
        assert wal.stat().st_size > 0
        with open_database(head_db_path) as second, second.session() as session:
            assert session.execute(text("SELECT name FROM state_profile")).scalars().all() == ["A"]
        assert wal.exists()


def test_reads_do_not_queue_behind_a_writer_and_writers_wait(db: Database) -> None:
    """Read sessions begin deferred (they read while another holds the write lock); write
    sessions begin IMMEDIATE, so they wait for the lock instead of failing."""
    other = sqlite3.connect(db.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        "INSERT INTO state_profile (name, iso_code, created_at, updated_at) "
        "VALUES ('Held', 'HLD', '2024-01-01', '2024-01-01')"
    )
    started = time.monotonic()
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM state_profile")).scalar() == 0
    assert time.monotonic() - started < 1.0

    release = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    with db.writing() as session:
        count = session.execute(text("SELECT count(*) FROM state_profile")).scalar()
        session.execute(
            text(
                "INSERT INTO state_profile (name, iso_code, created_at, updated_at) "
                "VALUES ('Next', 'NXT', '2024-01-01', '2024-01-01')"
            )
        )
    waited = time.monotonic() - started
    release.join()
    other.close()
    assert count == 1  # it began after the other writer committed: it saw that row
    assert 0.3 < waited < 5.0
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM state_profile")).scalar() == 2


def _old(path: Path, age_s: float = 3600) -> Path:
    stamp = time.time() - age_s
    os.utime(path, (stamp, stamp))
    return path


def test_leftovers_of_killed_copies_are_removed(tmp_path: Path) -> None:
    db_path = tmp_path / "poa.sqlite"
    db_path.touch()
    backups = tmp_path / "backups"
    backups.mkdir()
    leftovers = [
        backups / "poa-daily-20260101T000000Z.sqlite.partial",
        backups / "poa-daily-20260101T000000Z.sqlite.partial-journal",
        backups / ".poa-manual-20260101T000000Z.sqlite.x1y2.part",
        tmp_path / "poa.sqlite.partial",
        tmp_path / ".poa.sqlite.ab12cd.part",
    ]
    kept = [
        backups / "poa-daily-20260101T000000Z.sqlite",  # a finished backup
        tmp_path / "firefox-download.zip.part",  # another program's, beside the database
        tmp_path / "poa.sqlite",
    ]
    for path in [*leftovers, *kept]:
        path.write_bytes(b"x")
        _old(path)
    in_progress = backups / "poa-daily-20260102T000000Z.sqlite.partial"  # just now
    in_progress.write_bytes(b"x")

    removed = remove_leftovers(db_path)

    assert sorted(removed) == sorted(leftovers)
    assert not any(path.exists() for path in leftovers)
    assert all(path.exists() for path in [*kept, in_progress])


def _connect_with_no_room(
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[..., sqlite3.Connection]:
    """Every copy (a ``.partial`` file) gets no page beyond two: SQLite's own "disk is full"."""
    real = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = real(database, *args, **kwargs)
        if str(database).endswith(".partial"):
            connection.execute("PRAGMA max_page_count = 2")
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect)
    return real


def test_a_full_disk_while_backing_up_reads_as_a_full_disk(
    head_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _connect_with_no_room(monkeypatch)
    dest = head_db_path.parent / "backups" / "copy.sqlite"
    with pytest.raises(StorageError) as raised:
        backup_database(head_db_path, dest)
    assert raised.value.kind == "full"
    assert "is full" in str(raised.value)
    assert "cannot be opened as a poa-desktop database" not in str(raised.value)
    assert not dest.exists()
    assert list(dest.parent.iterdir()) == []  # no .partial left


def test_a_full_disk_while_opening_an_older_database_reads_as_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    migrations.upgrade(path, "0001")
    before = path.read_bytes()
    _connect_with_no_room(monkeypatch)
    with pytest.raises(StorageError) as raised:
        open_database(path)
    assert raised.value.kind == "full"
    assert "is full" in str(raised.value)
    assert "cannot be opened" not in str(raised.value)
    assert path.read_bytes() == before
