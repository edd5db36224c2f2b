"""``python -m bench`` runs and writes its JSON; figures are never checked here (see bench/)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.__main__ import SUITES
from bench.machine import describe, machine_facts
from tests.conftest import REPO

MACHINE_KEYS = {"python", "machine", "system", "cpu", "cores", "ram_gib", "os", "qt", "sqlite"}
RESULT_KEYS = {
    "name",
    "median",
    "p95",
    "target",
    "target_on",
    "unit",
    "runs",
    "floor",
    "floor_name",
    "ratio",
    "ratio_target",
    "ok",
}


def test_the_catalog_suite_prints_and_writes_the_same_json(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    process = subprocess.run(
        [sys.executable, "-m", "bench", "--only", "catalog", "--json", "--json-file", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert process.returncode in (0, 1), process.stderr  # 1: a target missed on a busy machine
    printed = json.loads(process.stdout)
    assert json.loads(out.read_text(encoding="utf-8")) == printed
    assert printed["machine"].keys() >= MACHINE_KEYS
    assert [r["name"] for r in printed["results"]] == [
        "catalog load (in process)",
        "catalog import + load (new process)",
    ]
    for result in printed["results"]:
        assert set(result) == RESULT_KEYS
        assert result["unit"] == "ms" and result["runs"] > 0


def test_memory_is_part_of_the_default_run() -> None:
    assert "memory" in SUITES
    assert list(SUITES)[-1] == "memory"


def test_the_machine_is_described_even_when_facts_are_missing() -> None:
    lines = describe(machine_facts())
    assert lines[0].startswith("Machine: ") and "Python" in lines[1]
    assert describe({})[0] == "Machine: ?, ? cores, ? GiB RAM, ? (?)"
