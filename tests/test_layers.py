"""The layers of docs/architecture.md hold: imports point down, the core never imports Qt.

The contracts live in pyproject.toml (``[tool.importlinter]``); ``lint-imports`` reads every
import, deferred and ``TYPE_CHECKING`` ones included, and names the importing module and line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(root: Path, config: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root), "COLUMNS": "200"}
    return subprocess.run(
        [str(LINT), "--config", str(config), "--no-cache"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_every_layer_contract_is_kept() -> None:
    result = _lint(REPO, REPO / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_an_upward_import_is_caught_with_its_module_and_line(tmp_path: Path) -> None:
    """The contracts really bite: a copy of the package with one import against the layers."""
    shutil.copytree(
        REPO / "poa_desktop",
        tmp_path / "poa_desktop",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    probe = tmp_path / "poa_desktop" / "domain" / "probe.py"
    probe.write_text(
        '"""A domain module that reaches up."""\n\n'
        "from poa_desktop.services.workspace import Workspace\n\n"
        "PROBE = Workspace\n"
    )
    qt_probe = tmp_path / "poa_desktop" / "services" / "qt_probe.py"
    qt_probe.write_text('"""A service that imports Qt."""\n\nfrom PySide6 import QtCore\n')
    result = _lint(tmp_path, tmp_path / "pyproject.toml")
    report = result.stdout
    assert result.returncode != 0, report
    assert "poa_desktop.domain.probe -> poa_desktop.services.workspace (l.3)" in report
    assert "poa_desktop.services.qt_probe -> PySide6 (l.3)" in report
    assert "The core never imports Qt BROKEN" in report
