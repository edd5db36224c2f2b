"""The window painted from the quick read of its first screen (issue 18: start-up).

:func:`poa_desktop.ui.app.open_quickly` builds the window from a plain-``sqlite3`` read and lets
its workspace open the database once it has painted. What it shows must be what the window
built the full way shows; what is typed meanwhile must be saved; a database that no longer opens
by then must be reported, not crash or lose anything. ``tests/ui/test_first_paint_modules.py``
checks, in a fresh process, that SQLAlchemy is indeed not loaded when the window first paints.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from poa_desktop.services.answering.answers import get_answer
from poa_desktop.services.answering.drafts import Draft, keep_draft
from poa_desktop.services.assessments.assessments import find_assessment
from poa_desktop.services.assessments.clearance import clear, submit
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.store.errors import NotADatabaseError
from poa_desktop.ui import app
from poa_desktop.ui.window.main_window import MainWindow


def _quick(qtbot: QtBot, path: Path) -> tuple[Workspace, MainWindow]:
    opened = app.open_quickly(path)
    assert opened is not None, "the quick read declined"
    ws, window = opened
    qtbot.addWidget(window)
    return ws, window


def _seen(window: MainWindow) -> dict[str, object]:
    """What a person sees of the window, part by part."""
    ui = window.ui
    return {
        "title": window.windowTitle(),
        "progress": window.progress_label.text(),
        "working as": window.working_as_label.text(),
        "on screen": window.current_id,
        "answer": window.answer_form.content(),
        "fields": window.answer_form.field_inputs(),
        "saved": ui.saveIndicator.text(),
        "history": ui.historyButton.isEnabled(),
        "evidence": window.evidence.ui.evidenceList.topLevelItemCount(),
        "statuses": dict(window._statuses),
        "assessment": window.assessment,
    }


def test_it_shows_what_the_full_window_shows(qtbot: QtBot, demo_db: Path, tmp_path: Path) -> None:
    full_db = tmp_path / "full.sqlite"
    shutil.copyfile(demo_db, full_db)
    ws, window = _quick(qtbot, demo_db)
    assert not ws.is_open  # built from the quick read alone
    with open_workspace(full_db) as full_ws:
        full = MainWindow(full_ws)
        qtbot.addWidget(full)
        full.go_to(window.current_id or "")
        expected = _seen(full)
    expected["title"] = window.windowTitle()  # same State and cycle; checked below
    assert _seen(window) == expected
    assert window.assessment.state in window.windowTitle()
    window.show()
    qtbot.waitUntil(lambda: ws.is_open, timeout=10_000)  # once it has painted


def test_a_cleared_assessment_shows_who_cleared_it_read_only(
    qtbot: QtBot, demo_db: Path, tmp_path: Path
) -> None:
    with open_workspace(demo_db) as ws:
        info = find_assessment(ws)
        submit(ws, info.id, "Amina")
        clear(ws, info.id, "The Minister", accept_open_items=True)
    full_db = tmp_path / "full.sqlite"
    shutil.copyfile(demo_db, full_db)
    ws, window = _quick(qtbot, demo_db)
    assert not ws.is_open
    with open_workspace(full_db) as full_ws:
        full = MainWindow(full_ws)
        qtbot.addWidget(full)
        full.go_to(window.current_id or "")
        expected = (_seen(full), full._frozen_notice)
    assert (_seen(window), window._frozen_notice) == expected
    assert "The Minister" in window._frozen_notice
    assert window.answer_form.ui.measuresTakenEdit.isReadOnly()


def test_what_is_typed_before_the_database_opens_is_saved(qtbot: QtBot, demo_db: Path) -> None:
    ws, window = _quick(qtbot, demo_db)
    commitment_id = window.current_id
    assert commitment_id and not ws.is_open
    window.answer_form.ui.measuresTakenEdit.setPlainText("Typed at once.")
    assert window.autosave.flush()  # the save opens the database if the paint has not yet
    assert ws.is_open
    with open_workspace(demo_db) as other:
        saved = get_answer(other, find_assessment(other).id, commitment_id)
    assert saved.content.measures_taken == "Typed at once."
    window.close()


def test_a_draft_on_screen_takes_the_full_way(qtbot: QtBot, demo_db: Path) -> None:
    ws, window = _quick(qtbot, demo_db)
    commitment_id = window.current_id or ""
    window.close()
    ws.close()
    with open_workspace(demo_db) as other:
        draft = Draft(commitment_id, get_answer(other, 1, commitment_id).content)
        keep_draft(other, find_assessment(other).id, draft)
    assert app.open_quickly(demo_db) is None


def test_a_database_that_no_longer_opens_is_reported(
    qtbot: QtBot, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    ended: list[int] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QApplication, "exit", lambda code=0: ended.append(code))
    ws, window = _quick(qtbot, demo_db)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{demo_db}{suffix}").unlink(missing_ok=True)
    demo_db.write_bytes(b"not a database, written by another program" * 100)
    with qtbot.waitSignal(window.database_failed, timeout=10_000) as failed:
        window.show()
    assert isinstance(failed.args[0], NotADatabaseError)
    assert ended == [1] and told and str(demo_db) in told[0]
    assert not window.isVisible() and not ws.is_open


PYTHON_IMPORT_CHILD = """
import builtins
from poa_desktop.ui.common.python_import import PYTHON_IMPORT, python_import  # before Qt

import PySide6.QtWidgets  # installs its import hook

hooked = builtins.__import__
assert PYTHON_IMPORT is not None and hooked is not PYTHON_IMPORT, (PYTHON_IMPORT, hooked)
with python_import():
    assert builtins.__import__ is PYTHON_IMPORT
    import poa_desktop.store.public
assert builtins.__import__ is hooked
print("ok")
"""


def test_the_store_loads_with_pythons_own_import_and_pysides_hook_comes_back() -> None:
    """The Qt-free stack imported after the first paint bypasses PySide6's import hook (which
    reads every module's source); the hook is in place again afterwards."""
    done = subprocess.run(
        [sys.executable, "-c", PYTHON_IMPORT_CHILD], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
