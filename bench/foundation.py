"""Catalog load and answer save: the figures the foundation issue sets targets for.

The answer save is measured against its floor (issue 18): the same rows written bare with the
sqlite3 module on a file in the same folder, with the same pragmas, turn and turn about with the
app's saves, so that both see the same disk and the same load. Then saves, reads, moves and
exports on ten cycles are compared with one (:func:`bench.history.cycles`).
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.history import cycles
from bench.measure import Result, percentile, timed
from poa_desktop.catalog import load_catalog
from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.status import Status
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.assessments.assessments import create_assessment
from poa_desktop.services.identity import computer_login
from poa_desktop.services.workspace import open_workspace
from poa_desktop.store import utcnow
from poa_desktop.store.engine import BUSY_TIMEOUT_MS

CATALOG_LOAD_TARGET_MS = 50.0
ANSWER_SAVE_P95_TARGET_MS = 5.0
ANSWER_SAVE_FLOOR_RATIO = 2.0
"""The save's p95 at most twice the raw floor's (issue 18)."""
SAVES = 500

COLD_LOAD = (
    "import time; t = time.perf_counter(); "
    "from poa_desktop.catalog import load_catalog; load_catalog(); "
    "print((time.perf_counter() - t) * 1000)"
)


def catalog_load() -> list[Result]:
    warm = timed("catalog load (in process)", lambda _: load_catalog(), 30, CATALOG_LOAD_TARGET_MS)
    cold = [
        float(
            subprocess.run(
                [sys.executable, "-c", COLD_LOAD], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(7)
    ]
    cold_result = Result(
        "catalog import + load (new process)",
        statistics.median(cold),
        percentile(cold, 0.95),
        None,
        len(cold),
    )
    return [warm, cold_result]


def answer_save() -> list[Result]:
    """The app's save against the raw SQLite floor, then the same on ten cycles against one."""
    return _save_against_floor() + cycles()


_UPSERT = (
    "INSERT INTO answer (assessment_id, commitment_id, status, measures_taken, challenges, "
    "assistance_description, assistance_offered, national_target, assistance_needed, "
    "assistance_kinds, target_date, provenance, provenance_detail, updated_by, updated_at, "
    "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
    "ON CONFLICT (assessment_id, commitment_id) DO UPDATE SET status = excluded.status, "
    "measures_taken = excluded.measures_taken, challenges = excluded.challenges, "
    "assistance_description = excluded.assistance_description, "
    "assistance_offered = excluded.assistance_offered, "
    "national_target = excluded.national_target, "
    "assistance_needed = excluded.assistance_needed, "
    "assistance_kinds = excluded.assistance_kinds, target_date = excluded.target_date, "
    "provenance = excluded.provenance, provenance_detail = excluded.provenance_detail, "
    "updated_by = excluded.updated_by, updated_at = excluded.updated_at, "
    "version = answer.version + 1 "
    "RETURNING id, version"
)
_INSERT_REVISION = (
    "INSERT INTO revision (answer_id, number, created_at, saved_at, session, author, login, "
    "provenance, provenance_detail, changed_fields, snapshot) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_PRAGMAS = (  # what the app's engine sets on every connection (poa_desktop.store.engine)
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
)
FLOOR_NAME = (
    "sqlite3 module, same folder, same schema, WAL + synchronous=FULL: BEGIN IMMEDIATE, UPSERT "
    "of the answer row + INSERT of its revision (same columns and payload), COMMIT"
)


class _RawSave:
    """The floor: what a save writes, done bare with the sqlite3 module on its own file.

    The file is made by the app (same tables, constraints and indexes), then written without
    SQLAlchemy, reading nothing: no version check, no comparison with what is stored.
    """

    def __init__(self, path: Path) -> None:
        with open_workspace(path) as ws:
            self.assessment_id = create_assessment(ws, state="Norway", cycle="bench").id
        self.db = sqlite3.connect(path, isolation_level=None)
        for pragma in _PRAGMAS:
            self.db.execute(pragma)
        self.login = computer_login()

    def save(self, commitment_id: str, content: AnswerContent) -> None:
        now = utcnow().replace(tzinfo=None).isoformat(sep=" ")
        status = None if content.status is None else str(content.status)
        self.db.execute("BEGIN IMMEDIATE")
        answer_id, version = self.db.execute(
            _UPSERT,
            (
                self.assessment_id, commitment_id, status, content.measures_taken,
                content.challenges, content.assistance_description, content.assistance_offered,
                content.national_target, content.assistance_needed,
                json.dumps(list(content.assistance_kinds)), None, "typed", "", "bench", now,
            ),
        ).fetchone()  # fmt: skip
        self.db.execute(
            _INSERT_REVISION,
            (
                answer_id, version, now, now, None, "bench", self.login, "typed", "",
                json.dumps(["status", "measures_taken"]), json.dumps(content.to_snapshot()),
            ),
        )  # fmt: skip
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()


def _save_against_floor() -> list[Result]:
    """Saves on a real file with WAL and synchronous=FULL, as the app does (fsync included),
    turn and turn about with the raw floor on a file in the same folder."""
    with tempfile.TemporaryDirectory() as folder:
        ws = open_workspace(Path(folder) / "bench.sqlite")
        raw = _RawSave(Path(folder) / "floor.sqlite")
        try:
            info = create_assessment(ws, state="Norway", cycle="bench", author="bench")
            measures = [c.id for c in ws.catalog.measures]
            texts = [
                "Stockpiles audited twice a year. " * 8,
                "Marking of all State-held arms. " * 8,
            ]

            def content(i: int) -> AnswerContent:
                return AnswerContent(
                    status=(Status.IMPLEMENTED, Status.DEVELOPING)[i % 2],
                    measures_taken=texts[i % 2] + str(i),
                )

            def app(i: int) -> None:
                save_answer(ws, info.id, measures[i % len(measures)], content(i), author="bench")

            def floor(i: int) -> None:
                raw.save(measures[i % len(measures)], content(i))

            for i in range(20):  # warm caches and the connection pool
                app(i)
                floor(i)
            app_ms: list[float] = []
            floor_ms: list[float] = []
            for i in range(SAVES):
                first, second = ((app, app_ms), (floor, floor_ms))[:: 1 if i % 2 else -1]
                for action, samples in (first, second):
                    start = time.perf_counter()
                    action(i)
                    samples.append((time.perf_counter() - start) * 1000)
        finally:
            raw.close()
            ws.close()
    floor_p95 = percentile(floor_ms, 0.95)
    return [
        Result(
            "answer save (with revision, fsync)",
            statistics.median(app_ms),
            percentile(app_ms, 0.95),
            ANSWER_SAVE_P95_TARGET_MS,
            len(app_ms),
            floor=floor_p95,
            floor_name=FLOOR_NAME,
            ratio_target=ANSWER_SAVE_FLOOR_RATIO,
        ),
        Result(
            "answer save floor (raw sqlite3)",
            statistics.median(floor_ms),
            floor_p95,
            None,
            len(floor_ms),
        ),
    ]
