"""The heavy libraries stay off start-up: they load when an export, import or upgrade needs them.

docs/architecture.md names the three deferred boundaries; these tests keep them, in fresh
processes, since one test process has long since imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = ("openpyxl", "reportlab", "alembic")
PROBE = """
import json, sys
{imports}
print(json.dumps(sorted({{m.split(".")[0] for m in sys.modules}})))
"""


def _loaded(*modules: str) -> set[str]:
    code = PROBE.format(imports="\n".join(f"import {m}" for m in modules))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return set(json.loads(done.stdout))


def test_the_command_line_loads_neither_qt_nor_the_file_libraries() -> None:
    loaded = _loaded("poa_desktop.cli", "poa_desktop.cli.parser")
    assert not loaded & {*HEAVY, "PySide6"}


@pytest.mark.parametrize(
    "module",
    [
        "poa_desktop.ui.app",
        "poa_desktop.ui.window.main_window",
        "poa_desktop.ui.dialogs.export_dialog",
        "poa_desktop.ui.dialogs.import_dialog",
        "poa_desktop.ui.dialogs.agency_return_dialog",
    ],
)
def test_the_window_and_its_dialogs_load_the_file_libraries_only_when_used(module: str) -> None:
    assert not _loaded(module) & set(HEAVY)
