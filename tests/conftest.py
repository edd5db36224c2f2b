"""Shared test set-up: Qt offscreen before any Qt import, a fresh database per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from poa_desktop.domain.report import ReportData

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED_SOURCES = REPO.parent / "shared" / "sources"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's own database lives (a real SQLite file, created on first open)."""
    return tmp_path / "poa.sqlite"


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads or writes the real user's settings, default database or documents."""
    monkeypatch.setenv("POA_DESKTOP_CONFIG", str(tmp_path / "config"))
    monkeypatch.setenv("POA_DESKTOP_LOGS", str(tmp_path / "logs"))
    monkeypatch.setenv("POA_DESKTOP_DB", str(tmp_path / "default" / "poa-desktop.sqlite"))
    monkeypatch.setenv("POA_DESKTOP_DOCUMENTS", str(tmp_path / "documents"))
    yield
    # A test that added a document leaves it in the shared catalog: the next one starts clean.
    # (A test writing into the folder itself calls reload_default_catalog(), as ``catalog add``
    # does; the app reads the folder when it starts.)
    from poa_desktop.catalog.loader import SKIPPED, default_catalog

    if SKIPPED or (tmp_path / "documents").exists():
        default_catalog.cache_clear()
        SKIPPED.clear()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    from poa_desktop.services.demo.build import build_demo
    from poa_desktop.services.workspace import open_workspace

    with open_workspace(path) as ws:
        build_demo(ws)
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database for one test."""
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture(scope="session")
def demo_report(demo_template: Path) -> ReportData:
    """The demo assessment as one report snapshot (shared, read-only)."""
    from poa_desktop.services.reporting.report_data import build_report_data
    from poa_desktop.services.workspace import open_workspace

    with open_workspace(demo_template) as ws:
        return build_report_data(ws)


@pytest.fixture(autouse=True)
def _closing_never_waits_for_an_answer(request: pytest.FixtureRequest) -> None:
    """A window closed with drafts asks whether to close; a test that does not answer it closes.

    Tests of that question replace ``ask_close`` on the window's ``unsaved`` part themselves.
    """
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from poa_desktop.ui.window.unsaved import UnsavedWork

    monkeypatch = request.getfixturevalue("monkeypatch")
    monkeypatch.setattr(UnsavedWork, "_ask_close", lambda _self, _text: True)
