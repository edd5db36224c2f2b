from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from poa_desktop.services.assessments.assessments import AssessmentInfo, create_assessment
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.store import Agency, StateProfile


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(db_path)
    yield workspace
    workspace.close()


@pytest.fixture
def assessment(ws: Workspace) -> AssessmentInfo:
    info = create_assessment(ws, state="Kenya", cycle="BMS8 2022", author="Amina")
    with ws.db.session() as session, session.begin():
        profile = session.query(StateProfile).one()
        profile.agencies.append(Agency(name="National Police Service"))
        profile.agencies.append(Agency(name="Kenya Revenue Authority, Customs"))
    return info
