"""Which agency answers what: assigning measures to agencies in bulk, and progress per agency.

An assignment is the answer's "responsible agencies": the agencies a focal point asks to
contribute are the ones responsible for the measure, and the report names them. Assigning in bulk
adds agencies to every measure of a theme or a section in one transaction, each answer getting a
revision, so it can be undone like any other change.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from poa_desktop.services.answering.answers import (
    AnswerWrite,
    all_answers,
    blank_record,
    write_answers,
)
from poa_desktop.services.assessments.profiles import get_profile
from poa_desktop.services.errors import NotFoundError, ServiceError
from poa_desktop.services.identity import person
from poa_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class AgencyProgress:
    agency: str
    assigned: int
    answered: int

    @property
    def percent(self) -> float:
        return 100.0 * self.answered / self.assigned if self.assigned else 0.0


def _measures(
    ws: Workspace,
    commitment_ids: Collection[str] = (),
    themes: Collection[str] = (),
    sections: Collection[str] = (),
) -> list[str]:
    """Measures chosen by id, theme (id) or section ("RC3:II", "BMS8:A" or "II", "A")."""
    catalog = ws.catalog
    known_themes = {t.id for t in catalog.themes}
    for theme in themes:
        if theme not in known_themes:
            themes_list = ", ".join(sorted(known_themes))
            raise NotFoundError(f"no theme {theme!r}: themes are {themes_list}")
    chosen = []
    for commitment in catalog.measures:
        if (
            commitment.id in commitment_ids
            or (themes and set(themes) & set(commitment.themes))
            or (sections and (commitment.section_key in sections or commitment.section in sections))
        ):
            chosen.append(commitment.id)
    for commitment_id in commitment_ids:
        if commitment_id not in chosen:
            catalog.get(commitment_id)  # unknown ids raise with the catalog's message
            raise ServiceError(f"{commitment_id} is not a measure: only measures are assigned")
    return chosen


def assign(
    ws: Workspace,
    assessment_id: int,
    agencies: Sequence[str],
    *,
    commitment_ids: Collection[str] = (),
    themes: Collection[str] = (),
    sections: Collection[str] = (),
    unassign: bool = False,
    author: str | None = None,
) -> int:
    """Add (or with ``unassign`` remove) agencies on the chosen measures; returns the count."""
    profile_names = {a.name.casefold(): a.name for a in get_profile(ws).agencies}
    names = []
    for name in agencies:
        found = profile_names.get(name.strip().casefold())
        if found is None:
            raise NotFoundError(f"no agency {name!r} in the State profile: add it there first")
        names.append(found)
    chosen = _measures(ws, commitment_ids, themes, sections)
    if not chosen:
        raise ServiceError("no measure matches: give ids, a theme or a section")
    current = all_answers(ws, assessment_id)
    writes = []
    for commitment_id in chosen:
        record = current.get(commitment_id) or blank_record(commitment_id)
        before = record.content.agencies
        if unassign:
            after = tuple(a for a in before if a not in names)
        else:
            after = before + tuple(n for n in names if n not in before)
        if after != before:
            writes.append(
                AnswerWrite(
                    commitment_id,
                    record.content.with_changes(agencies=after),
                    ("unassigned from " if unassign else "assigned to ") + ", ".join(names),
                    record.version,
                )
            )
    if not writes:
        return 0
    author = person(ws, author)
    with ws.db.writing() as session:
        write_answers(session, ws.catalog, assessment_id, writes, author=author)
    return len(writes)


def agency_progress(ws: Workspace, assessment_id: int) -> list[AgencyProgress]:
    """Per agency of the profile: measures assigned to it, and how many of those have a status."""
    answers = all_answers(ws, assessment_id)
    rows = []
    for agency in get_profile(ws).agencies:
        mine = [r for r in answers.values() if agency.name in r.content.agencies]
        rows.append(
            AgencyProgress(agency.name, len(mine), sum(1 for r in mine if r.content.status))
        )
    return rows
