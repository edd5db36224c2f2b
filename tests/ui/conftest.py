"""UI test fixtures: a workspace on a fresh copy of a demo database, built once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from poa_desktop.services.assessments.assessments import AssessmentInfo, find_assessment
from poa_desktop.services.workspace import Workspace, open_workspace


@pytest.fixture
def demo_ws(demo_db: Path) -> Iterator[Workspace]:
    ws = open_workspace(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def demo_assessment(demo_ws: Workspace) -> AssessmentInfo:
    return find_assessment(demo_ws)


@pytest.fixture
def empty_ws(db_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(db_path)
    yield ws
    ws.close()
