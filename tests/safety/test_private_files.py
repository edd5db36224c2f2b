"""Files that hold answers are private: 0600 in 0700 folders, whatever the umask.

Under the usual umask (0o022) files would otherwise be 0644 in 0755 folders, readable by every
user of the computer. Recovery files are only read from, and written into, folders the current
user owns: a folder in the shared temp directory made by someone else is ignored.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from poa_desktop.atomic_write import write_atomically
from poa_desktop.domain.content import AnswerContent
from poa_desktop.error_log import write_error_log
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.assessments.assessments import create_assessment
from poa_desktop.services.safety import recovery
from poa_desktop.services.safety.backups import take_backup
from poa_desktop.services.workspace import open_workspace
from poa_desktop.ui.common.settings import AppSettings, settings_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def _usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_database_its_wal_and_shm_backups_and_their_folders(tmp_path: Path) -> None:
    db_path = tmp_path / "new" / "deeper" / "poa.sqlite"
    with open_workspace(db_path) as ws:
        info = create_assessment(ws, state="Ghana", cycle="BMS10 2028", author="Ama")
        save_answer(ws, info.id, "BMS8-29", AnswerContent(measures_taken="typed"), author="Ama")
        wal, shm = (db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm"))
        assert wal.exists() and shm.exists()
        assert (mode(db_path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
        backup = take_backup(db_path, "manual")
    assert mode(tmp_path / "new") == mode(tmp_path / "new" / "deeper") == 0o700
    assert mode(backup) == 0o600
    assert mode(backup.parent) == 0o700


def test_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    with open_workspace(folder / "poa.sqlite"):
        pass
    assert mode(folder) == 0o755  # the person chose it; only what the app creates is private
    assert mode(folder / "poa.sqlite") == 0o600


def test_atomic_files_are_private(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    write_atomically(target, lambda stream: stream.write(b"{}"))
    assert mode(target) == 0o600


def _entry() -> recovery.RecoveryEntry:
    return recovery.RecoveryEntry(
        assessment_id=1,
        state="Ghana",
        cycle="BMS10 2028",
        commitment_id="BMS8-29",
        commitment_label="BMS8 para. 29",
        base_version=0,
        content=AnswerContent(status="developing", measures_taken="Kept while the disk was full."),
        failed_at=datetime(2026, 3, 4, tzinfo=UTC),
        kind="full",
    )


def test_recovery_file_and_folder_are_private(tmp_path: Path) -> None:
    db_path = tmp_path / "poa.sqlite"
    kept = recovery.keep(db_path, [_entry()])
    assert kept.parent == tmp_path / "config" / recovery.FOLDER
    assert mode(kept) == 0o600
    assert mode(kept.parent) == 0o700
    assert mode(kept.parent.parent) == 0o700  # the settings folder, created for it


@pytest.fixture
def shared_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shared temp folder (sticky, world-writable), inside the test's folder."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    os.chmod(folder, 0o1777)
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder to another user needs root")
def test_a_recovery_folder_owned_by_someone_else_is_neither_read_nor_written(
    tmp_path: Path, shared_temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "poa.sqlite"
    planted = recovery.fallback_folder()
    planted.mkdir()
    name = recovery.file_name(db_path)
    (planted / name).write_text(recovery.document_text(db_path, [_entry()]), encoding="utf-8")
    os.chown(planted, 65534, 65534)  # another user made it first
    os.chown(planted / name, 65534, 65534)
    before = (planted / name).read_bytes()

    assert recovery.pending(db_path) == []
    assert recovery.recovery_files(db_path) == []

    # The settings folder cannot be written: the fallback is the other user's folder. Refused.
    (tmp_path / "config").write_text("a file where the settings folder should be")
    with pytest.raises(OSError):
        recovery.keep(db_path, [_entry()])
    assert (planted / name).read_bytes() == before
    assert sorted(p.name for p in planted.iterdir()) == [name]


def test_a_recovery_folder_of_ones_own_is_used(tmp_path: Path, shared_temp: Path) -> None:
    db_path = tmp_path / "poa.sqlite"
    (tmp_path / "config").write_text("a file where the settings folder should be")
    kept = recovery.keep(db_path, [_entry()])
    assert kept.parent == recovery.fallback_folder()
    assert mode(kept.parent) == 0o700 and mode(kept) == 0o600
    assert [e.commitment_id for e in recovery.pending(db_path)] == ["BMS8-29"]


def test_the_error_log_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POA_DESKTOP_LOGS", str(tmp_path / "state" / "poa-desktop" / "log"))
    try:
        raise RuntimeError("typed text may appear in a traceback")
    except RuntimeError as error:
        written = Path(write_error_log(error))
    assert written.is_file()
    assert "typed text" in written.read_text(encoding="utf-8")
    assert mode(written) == 0o600
    assert mode(written.parent) == 0o700


def test_the_settings_file_is_private(tmp_path: Path, qapp: object) -> None:
    settings = AppSettings()
    settings.set_last_commitment(tmp_path / "poa.sqlite", "BMS8-29")
    settings.sync()
    assert "BMS8-29" in settings_path().read_text(encoding="utf-8")
    assert mode(settings_path()) == 0o600
    assert mode(settings_path().parent) == 0o700
