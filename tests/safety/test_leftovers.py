"""What killed backups and exports left behind is removed at the next start (daily backup)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from poa_desktop.services.assessments.assessments import create_assessment
from poa_desktop.services.safety.backups import ensure_daily_backup, list_backups
from poa_desktop.services.workspace import open_workspace


def test_the_start_up_backup_clears_leftovers_of_killed_copies(tmp_path: Path) -> None:
    db_path = tmp_path / "poa.sqlite"
    with open_workspace(db_path) as ws:
        create_assessment(ws, state="Ghana", cycle="BMS10 2028", author="Ama")
    backups = tmp_path / "backups"
    backups.mkdir()
    leftovers = [
        backups / "poa-daily-20260101T000000Z.sqlite.partial",
        tmp_path / ".poa.sqlite.k3j4.part",
        tmp_path / "poa.sqlite.partial",
    ]
    an_hour_ago = time.time() - 3600
    for path in leftovers:
        path.write_bytes(b"half a copy")
        os.utime(path, (an_hour_ago, an_hour_ago))

    taken = ensure_daily_backup(db_path)

    assert taken is not None and taken.exists()
    assert [path for path in leftovers if path.exists()] == []
    assert [b.path for b in list_backups(db_path)] == [taken]
