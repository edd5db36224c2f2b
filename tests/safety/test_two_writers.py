"""Two writers at once wait their turn: no save fails, every save is in the database.

Two processes save 100 answers each into the same file, started at the same instant. Each save
reads the stored answer, then writes: begun deferred, the second writer could not wait for the
first (SQLite's busy timeout does not apply to a read transaction that wants to write) and
failed with "database is locked". Write transactions begin IMMEDIATE, so they queue instead.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from poa_desktop.services.assessments.assessments import create_assessment
from poa_desktop.services.workspace import open_workspace

SAVES = 100


def test_two_processes_saving_at_once_both_succeed_completely(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite"
    with open_workspace(db) as ws:
        create_assessment(ws, state="Ghana", cycle="BMS10 2028", author="Ama")
    repo = Path(__file__).resolve().parents[2]
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                *("-m", "tests.safety.racing_writer", str(db), str(run)),
                *(str(run * SAVES), str(SAVES)),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=repo,
        )
        for run in range(2)
    ]
    for writer in writers:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
    for writer in writers:  # both go at once
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    outputs = [writer.communicate(timeout=120) for writer in writers]
    for writer, (_, errors) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, errors

    lines = [line for output, _ in outputs for line in output.splitlines()]
    failed = [line for line in lines if line.startswith("failed ")]
    saved = dict(line.split(" ", 2)[1:] for line in lines if line.startswith("saved "))
    assert failed == [], f"{len(failed)} of {2 * SAVES} saves failed, first: {failed[0]}"
    assert len(saved) == 2 * SAVES
    with sqlite3.connect(db) as connection:
        stored = dict(connection.execute("SELECT commitment_id, measures_taken FROM answer"))
    connection.close()
    assert {cid: stored.get(cid) for cid in saved} == saved
