"""How many revisions a person's work leaves in the history: per typed sentence, per hour.

Drives the real autosave service (:class:`~poa_desktop.services.answering.autosave.
AutosaveSession`) on a copy of the demo with a simulated clock, so an hour of work runs in
seconds: a focal point reads a measure (60 s), types two 85-character sentences at three
characters a second with a 20-second pause between them (one visit in four also has a pause of
90 s), and moves on. Autosave saves as the window's timers do while typing goes on: at least
every 0.9 s, and when typing stops.

"before" is what version 1 wrote: one revision for every save that changed the answer (the
count of such saves); "after" is what the history now holds (one per editing session).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from unittest import mock

from sqlalchemy import func, select

from bench.measure import Result
from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.status import Status
from poa_desktop.services.answering import answers
from poa_desktop.services.answering.answers import get_answer
from poa_desktop.services.answering.autosave import AutosaveSession
from poa_desktop.services.assessments.assessments import find_assessment
from poa_desktop.services.demo.build import build_demo
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.store import Revision

SENTENCE = (
    "The national commission met four times and adopted a marking standard for all new arms."
)[:85]
CHARS_PER_SECOND = 3.0
DEADLINE_S = 0.9  # the window's autosave deadline while typing goes on
READING_S = 60.0
BETWEEN_SENTENCES_S = 20.0
LONG_PAUSE_S = 90.0


class Clock:
    """Simulated UTC time, read by the service through ``answers.utcnow``."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 2, 8, 0, tzinfo=datetime.now().astimezone().tzinfo)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@contextmanager
def _demo_copy() -> Iterator[Workspace]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        with open_workspace(path) as ws:
            build_demo(ws)
        copy = Path(folder) / "work.sqlite"
        shutil.copyfile(path, copy)
        with open_workspace(copy) as ws:
            yield ws


def _type_sentence(session: AutosaveSession, clock: Clock, before: str) -> int:
    """Type one sentence after ``before``; returns the saves that changed the answer."""
    changed = 0
    typed = 0
    per_save = max(1, round(DEADLINE_S * CHARS_PER_SECOND))
    while typed < len(SENTENCE):
        step = min(per_save, len(SENTENCE) - typed)
        typed += step
        clock.advance(step / CHARS_PER_SECOND)
        text = (before + " " + SENTENCE[:typed]).strip()
        result = session.save(AnswerContent(Status.DEVELOPING, text), {})
        changed += len(result.saved)
    return changed


def _revisions(ws: Workspace) -> int:
    with ws.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Revision)) or 0)


def simulate(minutes: float = 60.0) -> tuple[int, int, int, int]:
    """(sentences, saves that changed the answer, revisions added, visits) in ``minutes``."""
    clock = Clock()
    with _demo_copy() as ws, mock.patch.object(answers, "utcnow", clock):
        info = find_assessment(ws)
        start = _revisions(ws)
        measures = [c.id for c in ws.catalog.measures]
        end = clock.now + timedelta(minutes=minutes)
        sentences = changed = visits = 0
        while clock.now < end:
            commitment_id = measures[visits % len(measures)]
            visits += 1
            clock.advance(READING_S)
            record = get_answer(ws, info.id, commitment_id)
            session = AutosaveSession(ws, author="Amina Diallo")
            session.track(info.id, commitment_id, record.version)
            text = record.content.measures_taken
            for number in range(2):
                if number:
                    pause = LONG_PAUSE_S if visits % 4 == 0 else BETWEEN_SENTENCES_S
                    clock.advance(pause)
                changed += _type_sentence(session, clock, text)
                text = (text + " " + SENTENCE).strip()
                sentences += 1
        return sentences, changed, _revisions(ws) - start, visits


def revisions() -> list[Result]:
    sentences, before, after, visits = simulate()
    per_sentence_before, per_sentence_after = before / sentences, after / sentences
    return [
        Result("Revisions per typed sentence, before", per_sentence_before,
               per_sentence_before, None, sentences, unit="revisions"),
        Result("Revisions per typed sentence, now", per_sentence_after, per_sentence_after,
               2.0, sentences, unit="revisions"),
        Result("Revisions per hour of typing, before", float(before), float(before), None,
               visits, unit="revisions"),
        Result("Revisions per hour of typing, now", float(after), float(after), None,
               visits, unit="revisions"),
    ]  # fmt: skip
