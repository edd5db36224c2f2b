"""Copies saved elsewhere: the record, the same-disk rule and the reminder (issue 19).

Real database files and real record files on disk. A copy on another device is made for real
when the machine has one (``/dev/shm`` is a separate file system on Linux); otherwise the rule
is tested on the two device numbers, and the reminder's tests mark a copy as having left by
replacing the device check.
"""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.status import Status
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.safety import off_computer
from poa_desktop.services.safety.backups import copy_elsewhere, restore_backup, take_backup
from poa_desktop.services.safety.off_computer import (
    FIRST_REMINDER_AFTER,
    Reminder,
    copies,
    last_copy_line,
    last_off_computer,
    leaves_computer,
    off_computer_reminder,
    record_copy,
    record_file,
    reminder_due,
)
from poa_desktop.services.workspace import Workspace, open_workspace

OCT_3 = datetime(2026, 10, 3, 12, 0, tzinfo=UTC)


def _answer(ws: Workspace, assessment: AssessmentInfo) -> None:
    save_answer(
        ws, assessment.id, "BMS8-21", AnswerContent(status=Status.DEVELOPING, measures_taken="Law.")
    )


def _other_device(db_path: Path) -> Path | None:
    """A writable folder on another device than ``db_path``'s, if this machine has one."""
    shm = Path("/dev/shm")
    try:
        other = shm.is_dir() and shm.stat().st_dev != db_path.parent.stat().st_dev
    except OSError:
        return None
    return shm if other and os.access(shm, os.W_OK) else None


@pytest.fixture
def usb(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every copy counts as on another device (a USB key, simulated at the device check)."""
    monkeypatch.setattr(off_computer, "is_off_computer", lambda _target, _db: True)


def test_the_rule_compares_the_devices() -> None:
    assert leaves_computer(2049, 27)
    assert not leaves_computer(2049, 2049)


def test_a_copy_is_recorded_beside_the_backups_and_survives_a_restore(
    ws: Workspace, assessment: AssessmentInfo, tmp_path: Path
) -> None:
    _answer(ws, assessment)
    backup = take_backup(ws.db.path)
    folder = tmp_path / "same-disk"
    folder.mkdir()
    record = copy_elsewhere(ws, folder, OCT_3)
    assert record.target == folder / "poa-copy-2026-10-03.sqlite" and record.target.is_file()
    assert not record.left_computer  # same disk as the database: recorded, does not count
    assert record_file(ws.db.path) == ws.db.path.parent / "backups" / "poa-copies.json"
    written = json.loads(record_file(ws.db.path).read_text(encoding="utf-8"))
    assert written["copies"] == [
        {
            "saved_at": "2026-10-03T12:00:00+00:00",
            "target": str(record.target),
            "left_computer": False,
        }
    ]
    if os.name == "posix":
        assert stat.S_IMODE(record_file(ws.db.path).stat().st_mode) == 0o600
    assert last_off_computer(ws.db.path) is None
    restore_backup(ws, backup)
    with open_workspace(ws.db.path) as reopened:  # the record is not in the database
        assert copies(reopened.db.path) == [record]


def test_a_copy_on_another_device_left_the_computer(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    other = _other_device(ws.db.path)
    if other is None:
        pytest.skip("no writable folder on another device here")
    _answer(ws, assessment)
    target = other / f"poa-test-{os.getpid()}-{id(ws)}.sqlite"
    try:
        record = copy_elsewhere(ws, target)
        assert record.left_computer and record.target == target
        assert last_off_computer(ws.db.path) == record
    finally:
        target.unlink(missing_ok=True)


def test_no_reminder_without_answers(ws: Workspace, assessment: AssessmentInfo) -> None:
    assert reminder_due(ws, datetime.now(UTC) + timedelta(days=400)) is None


def test_never_copied_reminds_once_the_first_answer_is_a_week_old(
    ws: Workspace, assessment: AssessmentInfo
) -> None:
    _answer(ws, assessment)
    began = datetime.now(UTC)
    assert reminder_due(ws, began + FIRST_REMINDER_AFTER - timedelta(hours=1)) is None
    due = reminder_due(ws, began + FIRST_REMINDER_AFTER + timedelta(hours=1))
    assert due is not None and not due.ever_copied
    assert abs(due.since - began) < timedelta(minutes=5)
    said = off_computer_reminder(ws, began + timedelta(days=8))
    assert said is not None and said.startswith(
        "No copy of your answers has left this computer since you began on "
    )


def test_reminder_at_29_and_31_days_after_the_last_copy_that_left(
    ws: Workspace, assessment: AssessmentInfo, usb: None
) -> None:
    _answer(ws, assessment)
    copy_elsewhere(ws, ws.db.path.parent / "usb-copy.sqlite", OCT_3)
    assert reminder_due(ws, OCT_3 + timedelta(days=29)) is None
    assert reminder_due(ws, OCT_3 + timedelta(days=31)) == Reminder(OCT_3, True)
    said = off_computer_reminder(ws, OCT_3 + timedelta(days=31))
    assert said is not None
    assert said.startswith("No copy of your answers has left this computer since 3 October 2026.")
    assert "poa-desktop backups copy" in said and "Save a copy elsewhere" in said


def test_a_copy_on_the_same_disk_does_not_put_the_reminder_off(
    ws: Workspace, assessment: AssessmentInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(ws, assessment)
    monkeypatch.setattr(off_computer, "is_off_computer", lambda _target, _db: True)
    record_copy(ws.db.path, Path("/media/usb/poa.sqlite"), OCT_3)
    monkeypatch.setattr(off_computer, "is_off_computer", lambda _target, _db: False)
    same = copy_elsewhere(ws, ws.db.path.parent / "beside.sqlite", OCT_3 + timedelta(days=20))
    assert not same.left_computer
    assert [c.left_computer for c in copies(ws.db.path)] == [False, True]  # newest first
    assert reminder_due(ws, OCT_3 + timedelta(days=31)) == Reminder(OCT_3, True)
    assert last_copy_line(ws.db.path).startswith(
        "Last copy that left this computer: 3 October 2026, to /media/usb/poa.sqlite"
    )


def test_an_unreadable_record_is_no_record(ws: Workspace, assessment: AssessmentInfo) -> None:
    _answer(ws, assessment)
    file = record_file(ws.db.path)
    file.parent.mkdir(exist_ok=True)
    file.write_text("{not json", encoding="utf-8")
    assert copies(ws.db.path) == []
    assert last_copy_line(ws.db.path).startswith("No copy has left this computer yet")
    record = copy_elsewhere(ws, ws.db.path.parent / "again.sqlite", OCT_3)
    assert copies(ws.db.path) == [record]  # the next copy writes a good record
