"""A second window on the same database is told clearly that it is open elsewhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from poa_desktop.ui.common.instance_lock import DatabaseInUseError, lock_database


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
