"""A second window on the same database is told clearly that it is open elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLockFile

from poa_desktop.ui.common.instance_lock import (
    DatabaseInUseError,
    LockNotWritableError,
    lock_database,
)


def test_second_lock_is_refused_with_who_holds_it(tmp_path: Path, qapp: object) -> None:
    db = tmp_path / "poa.sqlite"
    first = lock_database(db)
    holder = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
            "app = QCoreApplication([]);"
            "from poa_desktop.ui.common.instance_lock import lock_database, DatabaseInUseError\n"
            "try:\n    lock_database(Path(sys.argv[1]))\n"
            "except DatabaseInUseError as e:\n    print(e); sys.exit(3)\n",
            str(db),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert holder.returncode == 3, holder.stderr
    assert "is open in another poa-desktop window" in holder.stdout
    assert "process" in holder.stdout
    first.unlock()
    again = lock_database(db)  # free once the first window lets go
    again.unlock()


def test_a_crashed_holder_does_not_lock_the_user_out(tmp_path: Path, qapp: object) -> None:
    db = tmp_path / "poa.sqlite"
    crashed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
            "app = QCoreApplication([]);"
            "from poa_desktop.ui.common.instance_lock import lock_database;"
            "lock = lock_database(Path(sys.argv[1])); os._exit(0)",
            str(db),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert crashed.returncode == 0, crashed.stderr
    assert Path(str(db) + ".lock").exists()  # left behind, as after a crash
    lock = lock_database(db)
    lock.unlock()


def test_in_process_second_lock(tmp_path: Path, qapp: object) -> None:
    db = tmp_path / "poa.sqlite"
    first = lock_database(db)
    with pytest.raises(DatabaseInUseError):
        lock_database(db)
    first.unlock()


def test_a_link_to_the_same_file_finds_the_same_lock(tmp_path: Path, qapp: object) -> None:
    real = tmp_path / "data" / "poa.sqlite"
    real.parent.mkdir()
    real.touch()
    link = tmp_path / "shortcut.sqlite"
    link.symlink_to(real)
    first = lock_database(real)
    try:
        with pytest.raises(DatabaseInUseError, match="is open in another poa-desktop window"):
            lock_database(link)
        assert not (tmp_path / "shortcut.sqlite.lock").exists()
    finally:
        first.unlock()
    through_link = lock_database(link)  # free again: the link takes the real file's lock
    assert Path(str(real) + ".lock").exists()
    through_link.unlock()


def _lock_file_lines(tmp_path: Path) -> list[str]:
    """What Qt writes into a lock file on this machine: pid, program, host, machine ids."""
    probe = QLockFile(str(tmp_path / "probe.lock"))
    assert probe.tryLock(0)
    lines = (tmp_path / "probe.lock").read_text(encoding="utf-8").splitlines()
    probe.unlock()
    return lines


def test_a_stale_lock_whose_process_id_now_runs_another_program_is_removed(
    tmp_path: Path, qapp: object
) -> None:
    """The crashed window's process id was reused by another Python program."""
    db = tmp_path / "poa.sqlite"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lines = _lock_file_lines(tmp_path)
        lines[0] = str(other.pid)  # same program name (this Python), same host: looks alive
        lock_file = Path(str(db) + ".lock")
        lock_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        plain = QLockFile(str(lock_file))
        plain.setStaleLockTime(0)
        assert not plain.tryLock(0), "Qt alone takes this lock for live (the bug this guards)"

        lock = lock_database(db)

        assert lock.isLocked()
        assert lock.getLockInfo()[0] == QCoreApplication.applicationPid()
        lock.unlock()
    finally:
        other.kill()
        other.wait()


def test_a_live_holder_in_another_process_is_not_removed(tmp_path: Path, qapp: object) -> None:
    db = tmp_path / "poa.sqlite"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path;"
            "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
            "from poa_desktop.ui.common.instance_lock import lock_database;"
            "lock = lock_database(Path(sys.argv[1])); print('locked', flush=True);"
            "time.sleep(60)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseInUseError) as raised:
            lock_database(db)
        assert f"process {holder.pid}," in str(raised.value)
        assert Path(str(db) + ".lock").exists()
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_that_cannot_be_written_says_so(tmp_path: Path, qapp: object) -> None:
    """A full disk: no file can grow (RLIMIT_FSIZE 0 in the child stands in for it)."""
    db = tmp_path / "poa.sqlite"
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "import resource, signal, sys; from pathlib import Path;"
            "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
            "from poa_desktop.ui.common.instance_lock import lock_database, DatabaseInUseError\n"
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            "resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))\n"
            "try:\n    lock_database(Path(sys.argv[1]))\n"
            "except DatabaseInUseError as e:\n    print(type(e).__name__, e); sys.exit(3)\n",
            str(db),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert child.returncode == 3, child.stdout + child.stderr
    assert child.stdout.startswith("LockNotWritableError ")
    assert "could not create the lock file" in child.stdout
    assert "another poa-desktop window" not in child.stdout
    assert "process 0" not in child.stdout


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes into read-only folders"
)
def test_a_read_only_folder_says_so(tmp_path: Path, qapp: object) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    (folder / "poa.sqlite").touch()
    folder.chmod(0o500)
    try:
        with pytest.raises(LockNotWritableError, match="read-only") as raised:
            lock_database(folder / "poa.sqlite")
        assert "another poa-desktop window" not in str(raised.value)
    finally:
        folder.chmod(0o700)
