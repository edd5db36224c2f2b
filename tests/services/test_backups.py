"""Rolling backups, restoring one and saving a copy, on real database files."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from poa_desktop.domain.content import AnswerContent
from poa_desktop.services.answering.answers import get_answer, save_answer
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.safety.backups import (
    ensure_daily_backup,
    list_backups,
    prune,
    restore_backup,
    save_copy,
    take_backup,
)
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.store import SCHEMA_HEAD
from poa_desktop.store.backup import backup_path

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _answer(ws: Workspace, assessment: AssessmentInfo, text: str) -> None:
    save_answer(
        ws, assessment.id, "BMS8-21", AnswerContent(status="developing", measures_taken=text)
    )


def test_daily_backup_is_taken_once_a_day(ws: Workspace, assessment: AssessmentInfo) -> None:
    _answer(ws, assessment, "Draft law before parliament.")
    first = ensure_daily_backup(ws.db.path, NOON)
    assert first is not None and first.parent == ws.db.path.parent / "backups"
    assert ensure_daily_backup(ws.db.path, NOON + timedelta(hours=1)) is None
    nextday = ensure_daily_backup(ws.db.path, NOON + timedelta(days=1))
    assert nextday is not None and nextday != first
    listed = list_backups(ws.db.path)
    assert [b.path for b in listed] == [nextday, first]  # newest first
    assert listed[0].reason == "daily" and listed[0].reason_label == "Daily"
    assert listed[0].answered == 1 and listed[0].assessments == ("Kenya, BMS8 2022",)
    assert listed[0].taken_at == NOON + timedelta(days=1)


def test_no_daily_backup_of_an_empty_database(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "new.sqlite") as fresh:
        assert ensure_daily_backup(fresh.db.path, NOON) is None
    assert ensure_daily_backup(tmp_path / "missing.sqlite", NOON) is None


def test_old_copies_beyond_the_quota_are_removed_but_schema_copies_stay(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    _answer(ws, assessment, "x")
    for day in range(16):
        ensure_daily_backup(ws.db.path, NOON + timedelta(days=day))
    schema_copy = take_backup(ws.db.path, f"before-schema-{SCHEMA_HEAD}")
    dailies = [b for b in list_backups(ws.db.path) if b.reason == "daily"]
    assert len(dailies) == 14
    assert dailies[-1].taken_at == NOON + timedelta(days=2)  # the two oldest went
    assert prune(ws.db.path) == []
    assert schema_copy.exists()
    stranger = ws.db.path.parent / "backups" / "someone-elses-file.sqlite"
    stranger.write_bytes(b"not ours")
    prune(ws.db.path, keep={"daily": 0})
    assert stranger.exists()  # only this database's own copies are ever touched


def test_restore_brings_back_the_backup_and_keeps_the_present(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    _answer(ws, assessment, "What the backup holds.")
    backup = take_backup(ws.db.path)
    _answer(ws, assessment, "Typed after the backup.")
    inode = ws.db.path.stat().st_ino
    safety = restore_backup(ws, backup)
    # The same open workspace reads the restored content (its pool was reset).
    assert get_answer(ws, assessment.id, "BMS8-21").content.measures_taken == (
        "What the backup holds."
    )
    assert ws.db.path.stat().st_ino == inode  # restored in place, same file
    with closing(sqlite3.connect(safety)) as copy:
        texts = copy.execute("SELECT measures_taken FROM answer").fetchall()
    assert texts == [("Typed after the backup.",)]  # the restore itself can be undone
    assert any(b.reason == "before-restore" for b in list_backups(ws.db.path))
    with closing(sqlite3.connect(ws.db.path)) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert check.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_restore_refuses_what_is_not_a_backup(
    ws: Workspace, assessment: AssessmentInfo, tmp_path: Path
) -> None:
    _answer(ws, assessment, "Kept.")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is a spreadsheet, honestly")
    with pytest.raises(ServiceError, match="cannot be opened as a poa-desktop database"):
        restore_backup(ws, junk)
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    with pytest.raises(ServiceError, match="empty"):
        restore_backup(ws, empty)
    assert get_answer(ws, assessment.id, "BMS8-21").content.measures_taken == "Kept."
    assert not any(b.reason == "before-restore" for b in list_backups(ws.db.path))


def test_save_copy_is_self_contained_and_replaces_on_request(
    ws: Workspace, assessment: AssessmentInfo, tmp_path: Path
) -> None:
    _answer(ws, assessment, "Handed over.")
    dest = tmp_path / "handover" / "copy.sqlite"
    dest.parent.mkdir()
    dest.write_bytes(b"old copy")
    save_copy(ws, dest)
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.sqlite"]  # no -wal, no temp
    with open_workspace(dest) as other:
        assert get_answer(other, assessment.id, "BMS8-21").content.measures_taken == (
            "Handed over."
        )
    with pytest.raises(ServiceError, match="the database itself"):
        save_copy(ws, ws.db.path)


def test_backup_names_say_why_and_when(tmp_path: Path) -> None:
    db = tmp_path / "poa.sqlite"
    name = backup_path(db, "before-import", NOON).name
    assert name == "poa-before-import-20261123T120000Z.sqlite"


def test_restoring_a_backup_from_an_older_schema_upgrades_it(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    """A copy taken before a schema upgrade is still restorable after the upgrade."""
    from tools.schema_fixtures import fixture_path

    old = (
        ws.db.path.parent
        / "backups"
        / f"{ws.db.path.stem}-before-schema-0002-20240101T000000Z.sqlite"
    )
    old.parent.mkdir(exist_ok=True)
    old.write_bytes(fixture_path("0001").read_bytes())
    listed = [b for b in list_backups(ws.db.path) if b.path == old]
    assert listed and listed[0].reason_label == "Before the upgrade to schema 0002"
    restore_backup(ws, old)
    assert ws.db.schema_revision() == SCHEMA_HEAD
    with closing(sqlite3.connect(ws.db.path)) as check:
        states = check.execute("SELECT name FROM state_profile").fetchall()
        answered = check.execute("SELECT count(*) FROM answer WHERE status IS NOT NULL").fetchone()
    assert states == [("Exampleland",)] and answered[0] > 10
    assert old.read_bytes() == fixture_path("0001").read_bytes()  # the backup itself untouched


def test_a_damaged_database_is_replaced_by_its_latest_backup_and_kept_aside(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    from poa_desktop.services.safety.backups import latest_readable_backup, replace_damaged_database

    _answer(ws, assessment, "In the backup.")
    take_backup(ws.db.path)
    path = ws.db.path
    ws.close()
    damaged = b"SQLite format 3\x00" + b"\xff" * 4000
    path.write_bytes(damaged)
    latest = latest_readable_backup(path)
    assert latest is not None
    kept = replace_damaged_database(path, latest.path)
    assert kept.read_bytes() == damaged and "damaged" in kept.name
    with open_workspace(path) as again:
        assert get_answer(again, assessment.id, "BMS8-21").content.measures_taken == (
            "In the backup."
        )
