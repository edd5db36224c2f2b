"""Shared test set-up: Qt offscreen before any Qt import, a fresh database per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED_SOURCES = REPO.parent / "shared" / "sources"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's own database lives (a real SQLite file, created on first open)."""
    return tmp_path / "poa.sqlite"


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's settings or default database."""
    monkeypatch.setenv("POA_DESKTOP_CONFIG", str(tmp_path / "config"))
    monkeypatch.setenv("POA_DESKTOP_DB", str(tmp_path / "default" / "poa-desktop.sqlite"))
