"""What the window reads to open and to show a paragraph: from the quick read of its first
screen once (:mod:`poa_desktop.services.first_screen`), then through the services.

A window painted from the quick read has a workspace whose database opens after the paint; its
first paragraph, its assessment and who is working come from that read, so that nothing here
loads SQLAlchemy before the first paint. Every later read goes through the services, which open
the database if the paint has not yet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from poa_desktop.catalog import Catalog, Commitment
from poa_desktop.domain.errors import AppError
from poa_desktop.services.answering.paragraph import ParagraphRead
from poa_desktop.services.answering.walk import step
from poa_desktop.services.assessments.info import AssessmentInfo
from poa_desktop.services.errors import FROZEN_STATUSES
from poa_desktop.services.first_screen import FirstScreen
from poa_desktop.services.identity import focal_point_or_login, named, person
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.python_import import python_import
from poa_desktop.ui.common.settings import AppSettings
from poa_desktop.ui.window.who_and_frozen import FrozenStep


def start_commitment(settings: AppSettings, path: Path, catalog: Catalog) -> str:
    """The paragraph a window opens on: the last one shown on this database, else the first
    measure."""
    last = settings.last_commitment(path)
    if last and last in catalog:
        return last
    return step(catalog, None, +1) or next(iter(catalog)).id


class Opening(NamedTuple):
    """What a window starts from: the assessment, every answer's status, the agencies, and
    the step that froze the assessment (None: a draft, or not recorded)."""

    assessment: AssessmentInfo
    statuses: dict[str, str]
    agencies: list[str]
    frozen_by: FrozenStep | None


class ScreenReads:
    """The window's reads, the quick read of its first screen first."""

    def __init__(self, ws: Workspace, first: FirstScreen | None) -> None:
        self._ws = ws
        self._first = first
        self._read_quickly = first is not None
        self._focal_point = first.focal_point if first is not None else None

    def opening(self, assessment: AssessmentInfo | None) -> Opening:
        """The assessment (``assessment``, else the most recent), its statuses, the agencies."""
        first = self._first
        if first is not None:
            return Opening(first.assessment, first.statuses, list(first.agencies), first.frozen_by)
        from poa_desktop.services.answering.progress import statuses
        from poa_desktop.services.assessments.assessments import find_assessment
        from poa_desktop.services.assessments.profiles import get_profile

        chosen = assessment or find_assessment(self._ws)
        agencies = [a.name for a in get_profile(self._ws).agencies]
        frozen = self.frozen_by(chosen)
        return Opening(chosen, statuses(self._ws, chosen.id), agencies, frozen)

    def frozen_by(self, assessment: AssessmentInfo) -> FrozenStep | None:
        """The step that froze ``assessment`` (``frozen_by``); None for a draft, unread."""
        if assessment.status not in FROZEN_STATUSES:
            return None
        from poa_desktop.services.assessments.clearance import frozen_by

        return frozen_by(self._ws, assessment.id)

    def paragraph(self, assessment_id: int, commitment: Commitment) -> ParagraphRead:
        """What showing ``commitment`` needs: from the first screen's read if it is that
        paragraph's and the database has not opened yet (once), else read now."""
        first, self._first = self._first, None
        if first is not None and first.commitment_id == commitment.id and not self._ws.is_open:
            return first.paragraph
        from poa_desktop.services.answering.paragraph_read import read_paragraph

        return read_paragraph(self._ws, assessment_id, commitment)

    def open_database(self, failed: Callable[[Exception], object]) -> None:
        """Open the database now (SQLAlchemy with it); ``failed`` gets the error if it does not.

        Called once the window has painted, before anything the person does (their keys and
        clicks queue behind). The quick read found the file current and intact a moment ago;
        should it not open now (changed meanwhile by another program), the window says why and
        the app closes it: nothing can have been typed yet.
        """
        with python_import():  # the store and the services never import Qt
            import poa_desktop.services.answering.paragraph_read  # noqa: F401  (its store too)
        try:
            _ = self._ws.db
        except (AppError, OSError) as error:
            failed(error)

    def person(self) -> str:
        """Who changes are recorded as (``person``), before the database has opened too."""
        if self._read_quickly and not self._ws.is_open:
            return named(self._ws) or focal_point_or_login(self._focal_point)
        return person(self._ws)
