"""What changed between two reporting cycles: the answers whose status or content differ.

A new cycle usually starts from the previous one (answers carried forward); the focal point and
the report's readers want to see what moved since then. No Qt here: the dialog, the command line
and the Excel export all read a :class:`ChangeList`.
"""

from __future__ import annotations

from poa_desktop.domain.changes import ChangeList, compare_answers
from poa_desktop.services.answering.answers import all_answers
from poa_desktop.services.assessments.assessments import find_assessment
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.workspace import Workspace


def changes_between(
    ws: Workspace, earlier_cycle: str, later_cycle: str | None = None
) -> ChangeList:
    """Every measure whose answer differs between the two cycles' assessments.

    ``later_cycle`` defaults to the most recent assessment. A measure answered in only one of
    the two counts as changed (its filled fields against a blank answer); a saved answer that is
    blank reads as not answered.
    """
    earlier = find_assessment(ws, earlier_cycle)
    later = find_assessment(ws, later_cycle)
    if earlier.id == later.id:
        raise ServiceError(
            f"{earlier.cycle} is the cycle being compared: choose an earlier cycle to compare "
            "it with"
        )
    before = all_answers(ws, earlier.id)
    after = all_answers(ws, later.id)
    return compare_answers(ws.catalog.measures, earlier.cycle, later.cycle, before, after)
