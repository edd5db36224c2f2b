"""Catalog load and answer save: the figures the foundation issue sets targets for."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench.measure import Result, percentile, timed
from poa_desktop.catalog import load_catalog
from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.status import Status
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.assessments.assessments import create_assessment
from poa_desktop.services.workspace import open_workspace

CATALOG_LOAD_TARGET_MS = 50.0
ANSWER_SAVE_P95_TARGET_MS = 5.0

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
    import statistics

    cold_result = Result(
        "catalog import + load (new process)",
        statistics.median(cold),
        percentile(cold, 0.95),
        None,
        len(cold),
    )
    return [warm, cold_result]


def answer_save() -> list[Result]:
    """Saves on a real file with WAL and synchronous=FULL, as the app does (fsync included)."""
    with tempfile.TemporaryDirectory() as folder:
        ws = open_workspace(Path(folder) / "bench.sqlite")
        try:
            info = create_assessment(ws, state="Norway", cycle="bench", author="bench")
            measures = [c.id for c in ws.catalog.measures]
            texts = [
                "Stockpiles audited twice a year. " * 8,
                "Marking of all State-held arms. " * 8,
            ]

            def save(i: int) -> None:
                content = AnswerContent(
                    status=(Status.IMPLEMENTED, Status.DEVELOPING)[i % 2],
                    measures_taken=texts[i % 2] + str(i),
                )
                save_answer(ws, info.id, measures[i % len(measures)], content, author="bench")

            for i in range(20):  # warm caches and the connection pool
                save(i)
            result = timed(
                "answer save (with revision, fsync)", save, 500, ANSWER_SAVE_P95_TARGET_MS
            )
        finally:
            ws.close()
    return [result]
