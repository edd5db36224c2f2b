"""Report fixtures: the demo assessment as ReportData, and a small partly answered one."""

from __future__ import annotations

from pathlib import Path

import pytest

from poa_desktop.domain.report import ReportData
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import open_workspace


@pytest.fixture(scope="session")
def demo_report(demo_template: Path) -> ReportData:
    with open_workspace(demo_template) as ws:
        return build_report_data(ws)
