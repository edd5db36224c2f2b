"""Property: an import with anything unreadable writes nothing unless told to skip it.

Random small trackers (references, statuses, agencies, dates and free text drawn from what
ministries type, good and bad) are previewed and applied without ``skip_unreadable``. When the
preview lists any problem, applying raises and the database is exactly as before: the same
answers, revisions and agencies. When it lists none, applying writes what the preview showed.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from poa_desktop.services.answering.answers import all_answers
from poa_desktop.services.assessments.assessments import find_assessment
from poa_desktop.services.assessments.profiles import get_profile
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.reporting.imports import apply_import, preview_import
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.store import Revision
from tests.exchange.trackers import uruguay_assessment
from tests.exchange.workbooks import write_table

REFERENCES = ["BMS8 para 29", "RevCon3 II-21", "§ 24", "párr. 77", "BMS8 §999", "II.4", None]
STATUSES = ["Oui", "Parcialmente", "Peut-être", "N/A", "", None, "да", "已执行"]
AGENCIES = [
    "MFA",
    "Police",
    "ComNat-ALPC",
    "Gendarmerie; MRE",
    "ministerio de relaciones exteriores",
]
DATES = ["June 2025", "31/12/2025", "03/04/2025", "2026", "someday", None]
TEXTS = ["Loi adoptée.", "", None, "x" * 30]
ROW = st.tuples(
    st.sampled_from(["BMS8", "RevCon3", None]),
    st.sampled_from(REFERENCES),
    st.sampled_from(STATUSES),
    st.sampled_from(TEXTS),
    st.sampled_from([*AGENCIES, None]),
    st.sampled_from(DATES),
)
HEADER = ["Documento", "Párrafo", "Estado", "Acciones realizadas", "Lead agency", "Deadline"]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("never") / "template.sqlite"
    with open_workspace(path) as ws:
        uruguay_assessment(ws)
    return path


def _state(ws: Workspace) -> tuple[object, ...]:
    info = find_assessment(ws)
    with ws.db.session() as session:
        revisions = session.query(Revision).count()
    answers = {k: v.content for k, v in all_answers(ws, info.id).items()}
    return answers, revisions, tuple(a.name for a in get_profile(ws).agencies)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    rows=st.lists(ROW, min_size=1, max_size=4),
    add=st.booleans(),
    policy=st.sampled_from(["fill-empty", "replace", "keep"]),
)
def test_nothing_is_written_while_something_cannot_be_read(
    template: Path, rows: list[tuple[object, ...]], add: bool, policy: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "db.sqlite"
        shutil.copyfile(template, db)
        tracker = write_table(Path(folder) / "t.xlsx", {"Sheet": [HEADER, *map(list, rows)]})
        with open_workspace(db) as ws:
            before = _state(ws)
            try:
                preview = preview_import(ws, tracker, add_agencies=add, policy=policy)  # type: ignore[arg-type]
            except ServiceError:
                assert _state(ws) == before
                return
            if preview.problems:
                with pytest.raises(ServiceError, match="nothing was imported"):
                    apply_import(ws, preview)
                assert _state(ws) == before
            else:
                result = apply_import(ws, preview)
                answers, _, agencies = _state(ws)
                assert isinstance(answers, dict)
                for change in preview.changes:
                    if change.action in ("new", "update"):
                        assert answers[change.commitment_id] == change.new
                assert result.agencies_added == tuple(a.name for a in preview.new_agencies if add)
                assert set(result.agencies_added) <= set(agencies)
