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
