"""The heavy libraries stay off start-up: they load when an export, import or upgrade needs them.

docs/architecture.md names the deferred boundaries; these tests keep them, in fresh processes,
since one test process has long since imported everything. The window's start-up also imports
the Qt-free stack before Qt, and leaves the dialogs until they open (poa_desktop/ui/app.py); the
command line's own checks are in tests/cli/test_lazy_imports.py.
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
    assert not loaded & {*HEAVY, "PySide6", "sqlalchemy"}


ORDER = """
import importlib.abc, json, sys
order = []


class Record(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        order.append(name)


sys.meta_path.insert(0, Record())
import poa_desktop.ui.app
print(json.dumps({"order": order, "loaded": sorted(sys.modules)}))
"""


def _window_start() -> tuple[list[str], set[str]]:
    """What importing the window's start-up imports: in which order, and all of it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", ORDER], capture_output=True, text=True, env=env, check=True
    )
    result = json.loads(done.stdout)
    return result["order"], set(result["loaded"])


def test_the_window_start_up_imports_no_sqlalchemy_and_its_qt_free_part_first() -> None:
    """The window paints from a plain-sqlite3 read and loads SQLAlchemy after (see
    poa_desktop.ui.app); what of the Qt-free stack it imports comes before Qt, whose import
    hook reads the source of every module imported after it."""
    order, loaded = _window_start()
    assert not {m.split(".")[0] for m in loaded} & {"sqlalchemy", "alembic"}
    qt = order.index("shiboken6")
    for module in (
        "poa_desktop.store.quick_screen",
        "poa_desktop.catalog",
        "poa_desktop.services.workspace",
        "poa_desktop.services.first_screen",
    ):
        assert order.index(module) < qt, module


def test_the_dialogs_load_when_they_open() -> None:
    _, loaded = _window_start()
    assert "poa_desktop.ui.window.main_window" in loaded
    deferred = {
        "poa_desktop.ui.window.assessment_actions",
        "poa_desktop.ui.dialogs.about_dialog",
        "poa_desktop.ui.dialogs.backups_dialog",
        "poa_desktop.ui.dialogs.export_dialog",
        "poa_desktop.ui.dialogs.import_dialog",
        "poa_desktop.ui.dialogs.recovery_dialog",
        "poa_desktop.ui.dialogs.source_viewer",
        "poa_desktop.ui.dialogs.welcome",
    }
    assert not loaded & deferred


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
