"""The changes dialog lists what changed since the earlier cycle chosen in its combo."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from poa_desktop.services.assessments.assessments import create_assessment
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Agency, StateProfile
from poa_desktop.ui.dialogs.changes_dialog import ChangesDialog
from tests.services.test_changes import EARLIER, LATER, STATUS_CHANGED, TEXT_CHANGED, build_scenario


def _scenario(ws: Workspace) -> None:
    earlier = create_assessment(ws, state="Kenya", cycle=EARLIER, author="Amina")
    with ws.db.session() as session, session.begin():
        profile = session.query(StateProfile).one()
        profile.agencies.append(Agency(name="National Police Service"))
    build_scenario(ws, earlier)


def test_lists_the_two_changes(qtbot: QtBot, empty_ws: Workspace) -> None:
    _scenario(empty_ws)
    dialog = ChangesDialog(empty_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.earlier_cycle() == EARLIER  # the cycle RevCon4 2024 was carried from
    assert LATER in dialog.windowTitle()
    assert [c.commitment_id for c in dialog.entries()] == [STATUS_CHANGED, TEXT_CHANGED]
    assert dialog.row_texts() == [
        ("BMS8 para. 29", "Developing → Implemented", "Status"),
        ("RevCon3 II.21", "Implemented → Implemented", "Measures taken"),
    ]
    assert dialog.count_text() == f"2 answers changed from {EARLIER} to {LATER}."


def test_choosing_another_earlier_cycle(qtbot: QtBot, empty_ws: Workspace) -> None:
    _scenario(empty_ws)
    create_assessment(empty_ws, state="Kenya", cycle="BMS9 2026", from_cycle=LATER)
    dialog = ChangesDialog(empty_ws)
    qtbot.addWidget(dialog)
    assert dialog.earlier_cycle() == LATER
    assert dialog.entries() == []
    assert dialog.count_text() == f"No answer changed from {LATER} to BMS9 2026."
    dialog.set_earlier_cycle(EARLIER)
    assert [c.commitment_id for c in dialog.entries()] == [STATUS_CHANGED, TEXT_CHANGED]
    assert len(dialog.row_texts()) == 2


def test_no_earlier_cycle(qtbot: QtBot, empty_ws: Workspace) -> None:
    create_assessment(empty_ws, state="Kenya", cycle=EARLIER)
    dialog = ChangesDialog(empty_ws)
    qtbot.addWidget(dialog)
    assert not dialog.ui.cycleCombo.isEnabled()
    assert dialog.entries() == []
    assert dialog.count_text() == "There is no earlier cycle to compare with."
