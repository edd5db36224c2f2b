"""Killing the process at random moments while it saves never loses a reported save.

200 times: a writer process saves answers as fast as it can and reports each committed save; it
is killed with SIGKILL after a random delay. Every answer it reported as saved must be in the
database afterwards, and SQLite's integrity check must say ok.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from poa_desktop.services.assessments.assessments import create_assessment
from poa_desktop.services.workspace import open_workspace

KILLS = 200


@pytest.mark.slow
def test_sigkill_during_saves_loses_nothing_reported(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite"
    with open_workspace(db) as ws:
        create_assessment(ws, state="Norway", cycle="crash test")
    rng = random.Random(20261122)
    reported: dict[str, tuple[int, str]] = {}
    repo = Path(__file__).resolve().parents[2]
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.safety.writer", str(db), str(run)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=repo,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.05))
        os.kill(child.pid, signal.SIGKILL)
        output, _ = child.communicate()
        for line in output.splitlines():
            _, commitment_id, version, text = line.split(" ", 3)
            reported[commitment_id] = (int(version), text)
    assert reported, "the writer never reported a save"
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = dict(
            (cid, (version, text))
            for cid, version, text in connection.execute(
                "SELECT commitment_id, version, measures_taken FROM answer"
            )
        )
    for commitment_id, (version, text) in reported.items():
        stored_version, stored_text = rows[commitment_id]
        # A save may have committed after its line was printed but before the kill took effect,
        # so the database can be ahead of what was reported, never behind.
        assert stored_version >= version, commitment_id
        if stored_version == version:
            assert stored_text == text, commitment_id
