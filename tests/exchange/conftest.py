"""Report fixtures: the demo assessment as ReportData, and a small partly answered one."""

from __future__ import annotations
