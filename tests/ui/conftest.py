"""UI test fixtures: a workspace on a fresh copy of a demo database, built once per session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from poa_desktop.services.assessments import AssessmentInfo, find_assessment
from poa_desktop.services.demo import build_demo
from poa_desktop.services.workspace import Workspace, open_workspace


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    with open_workspace(path) as ws:
        build_demo(ws)
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database for one test."""
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    return target


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
