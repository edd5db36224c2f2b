"""First-run set-up: the State profile with its agencies, and starting an assessment.

The welcome dialog and the profile editor hand plain values here; every rule about what a valid
profile is, and how agencies already linked to answers are kept, lives in this module (no Qt).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from poa_desktop.services.assessments.assessments import (
    AssessmentInfo,
    create_assessment,
    list_assessments,
)
from poa_desktop.services.assessments.profiles import (
    find_state,
    load_profile,
    search_states,
)
from poa_desktop.services.assessments.states import un_states
from poa_desktop.services.errors import InvalidInputError, NotFoundError, Problem
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Agency, StateProfile, answer_agency

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_ISO = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class AgencyInput:
    """One row of the agency table as the user typed it.

    ``previous_name`` is the name the row had when it was read back from the database (empty for
    a new row), so that renaming an agency keeps its links to answers instead of replacing it.
    """

    name: str
    short_name: str = ""
    contact_person: str = ""
    email: str = ""
    phone: str = ""
    previous_name: str = ""


@dataclass(frozen=True)
class ProfileInput:
    """The State profile as a form holds it: plain strings, empty when not given."""

    state: str
    iso_code: str
    focal_point_name: str
    focal_point_title: str = ""
    focal_point_email: str = ""
    focal_point_phone: str = ""
    agencies: tuple[AgencyInput, ...] = ()


def agency_field(index: int, name: str) -> str:
    """The :class:`Problem` field id of one agency row's value, e.g. ``agencies.2.email``."""
    return f"agencies.{index}.{name}"


def _state_problems(state: str, iso: str) -> list[Problem]:
    """A name and code that do not go together, or a name cut short ("ivo" with CIV): what goes
    on the report's cover must be the State's whole name."""
    entry = find_state(state)
    if entry is not None:
        if entry.name.casefold() == state.casefold() and entry.iso3 != iso:
            return [Problem("iso_code", f"ISO code: the code of {entry.name} is {entry.iso3}")]
        return []
    coded = next((e for e in un_states() if e.iso3 == iso), None)
    if coded is not None:
        return [
            Problem(
                "state",
                f"State: {iso} is the code of {coded.name}; choose {coded.name} from the list, "
                "or correct the code",
            )
        ]
    partial = search_states(state)
    if partial:
        names = ", ".join(e.name for e in partial[:3]) + (", …" if len(partial) > 3 else "")
        return [
            Problem(
                "state",
                f"State: {state!r} is part of a State's name ({names}); choose the State from "
                "the list, or type the whole name of a State not on it",
            )
        ]
    return []


def validate_profile(data: ProfileInput) -> list[Problem]:
    """Every problem with ``data``, each naming the field; empty when it can be saved."""
    problems: list[Problem] = []
    state = data.state.strip()
    iso = data.iso_code.strip().upper()
    if not state:
        problems.append(Problem("state", "State: choose or type the name of the State"))
    if not _ISO.match(iso):
        problems.append(
            Problem("iso_code", "ISO code: give the three-letter ISO 3166-1 alpha-3 code")
        )
    elif state:
        problems += _state_problems(state, iso)
    if not data.focal_point_name.strip():
        problems.append(
            Problem("focal_point_name", "Focal point name: give the name of the focal point")
        )
    if not _looks_like_email(data.focal_point_email):
        problems.append(
            Problem(
                "focal_point_email",
                f"Focal point email: {data.focal_point_email.strip()!r} is not an email address",
            )
        )
    seen: dict[str, int] = {}
    for index, agency in enumerate(data.agencies):
        name = agency.name.strip()
        label = f"Agency {index + 1}"
        if not name:
            problems.append(Problem(agency_field(index, "name"), f"{label}: give its name"))
        elif name.casefold() in seen:
            first = seen[name.casefold()] + 1
            problems.append(
                Problem(
                    agency_field(index, "name"),
                    f"{label}: {name!r} is already listed as agency {first}",
                )
            )
        else:
            seen[name.casefold()] = index
        if not _looks_like_email(agency.email):
            problems.append(
                Problem(
                    agency_field(index, "email"),
                    f"{label} email: {agency.email.strip()!r} is not an email address",
                )
            )
    return problems


def _looks_like_email(value: str) -> bool:
    """Empty (not given) or shaped like ``name@domain.tld``; the address itself is not checked."""
    value = value.strip()
    return not value or bool(_EMAIL.match(value))


def _optional(value: str) -> str | None:
    return value.strip() or None


def profile_input(ws: Workspace) -> ProfileInput | None:
    """The current profile as a form would show it, or None when there is none yet."""
    with ws.db.session() as session:
        profile = load_profile(session)
        if profile is None:
            return None
        return ProfileInput(
            state=profile.name,
            iso_code=profile.iso_code,
            focal_point_name=profile.focal_point_name or "",
            focal_point_title=profile.focal_point_title or "",
            focal_point_email=profile.focal_point_email or "",
            focal_point_phone=profile.focal_point_phone or "",
            agencies=tuple(
                AgencyInput(
                    name=a.name,
                    short_name=a.short_name or "",
                    contact_person=a.contact_person or "",
                    email=a.email or "",
                    phone=a.phone or "",
                    previous_name=a.name,
                )
                for a in profile.agencies
            ),
        )


def save_profile(ws: Workspace, data: ProfileInput) -> None:
    """Create or update the database's one State profile and its agencies, in one transaction.

    Agencies are matched by name (or ``previous_name``, for a rename), so existing rows and the
    answers linked to them survive; unlisted agencies are removed unless answers name them.
    Raises :class:`InvalidInputError` and writes nothing when anything is wrong.
    """
    problems = validate_profile(data)
    if problems:
        raise InvalidInputError(problems)
    state = data.state.strip()
    entry = find_state(state)
    if entry is not None and entry.name.casefold() == state.casefold():
        state = entry.name
    iso = data.iso_code.strip().upper()
    with ws.db.writing() as session:
        profile = load_profile(session)
        if profile is None:
            profile = StateProfile(name=state, iso_code=iso)
            session.add(profile)
        elif profile.iso_code != iso and profile.assessments:
            raise InvalidInputError(
                [
                    Problem(
                        "state",
                        f"State: this database reports for {profile.name} ({profile.iso_code}) "
                        "and has assessments; use another database for another State",
                    )
                ]
            )
        profile.name = state
        profile.iso_code = iso
        profile.focal_point_name = data.focal_point_name.strip()
        profile.focal_point_title = _optional(data.focal_point_title)
        profile.focal_point_email = _optional(data.focal_point_email)
        profile.focal_point_phone = _optional(data.focal_point_phone)
        _replace_agencies(session, profile, data.agencies)


def _replace_agencies(session: Session, profile: StateProfile, rows: Sequence[AgencyInput]) -> None:
    """Make ``profile.agencies`` what ``rows`` lists, in that order, keeping matched rows."""
    existing = {a.name.casefold(): a for a in profile.agencies}
    # Renamed rows claim their old agency first, then the others match by name.
    matched: list[Agency | None] = [
        existing.pop(row.previous_name.strip().casefold(), None) if row.previous_name else None
        for row in rows
    ]
    for index, row in enumerate(rows):
        if matched[index] is None:
            matched[index] = existing.pop(row.name.strip().casefold(), None)
    kept = [
        (agency or Agency(name=row.name.strip()), row)
        for agency, row in zip(matched, rows, strict=True)
    ]
    removed = list(existing.values())
    _refuse_removing_linked(session, removed)
    for agency in removed:
        profile.agencies.remove(agency)  # delete-orphan: deleted at the next flush
    # Deletes and temporary names first, so a rename may take a removed or swapped name without
    # tripping the unique (profile, name) constraint halfway through the flush.
    renamed = [a for a, row in kept if a.id is not None and a.name != row.name.strip()]
    for agency in renamed:
        agency.name = f"(renaming agency {agency.id})"
    session.flush()
    for agency, row in kept:
        agency.name = row.name.strip()
        agency.short_name = _optional(row.short_name)
        agency.contact_person = _optional(row.contact_person)
        agency.email = _optional(row.email)
        agency.phone = _optional(row.phone)
    profile.agencies = [agency for agency, _ in kept]
    profile.agencies.reorder()  # type: ignore[attr-defined]  # OrderingList
    session.flush()


def _refuse_removing_linked(session: Session, removed: Sequence[Agency]) -> None:
    """Removing an agency would silently unlink it from answers: name those still linked."""
    if not removed:
        return
    by_id = {a.id: a for a in removed}
    counts = session.execute(
        select(answer_agency.c.agency_id, func.count())
        .where(answer_agency.c.agency_id.in_(by_id))
        .group_by(answer_agency.c.agency_id)
    ).all()
    problems = [
        Problem(
            "agencies",
            f"Agency {by_id[agency_id].name!r} is responsible for {count} "
            f"answer{'s' if count != 1 else ''}: remove it from "
            f"{'those answers' if count != 1 else 'that answer'} before removing it here",
        )
        for agency_id, count in counts
    ]
    if problems:
        raise InvalidInputError(problems)


def first_run_needed(ws: Workspace) -> bool:
    """True until the database has a State profile and at least one assessment."""
    with ws.db.session() as session:
        profile = load_profile(session)
        return profile is None or not profile.assessments


def validate_cycle(ws: Workspace, cycle: str, from_cycle: str | None = None) -> list[Problem]:
    """Problems with a new cycle's name (field ``cycle``) and its source (``from_cycle``)."""
    name = cycle.strip()
    known = {a.cycle.casefold(): a.cycle for a in list_assessments(ws)}
    problems: list[Problem] = []
    if not name:
        problems.append(Problem("cycle", "Reporting cycle: give it a name, e.g. 'BMS10 2028'"))
    elif name.casefold() in known:
        problems.append(
            Problem(
                "cycle",
                f"Reporting cycle: there is already an assessment for {known[name.casefold()]}",
            )
        )
    if from_cycle is not None and from_cycle.strip().casefold() not in known:
        problems.append(
            Problem("from_cycle", f"Carry forward: there is no assessment for {from_cycle!r}")
        )
    return problems


def start_assessment(
    ws: Workspace,
    cycle: str,
    from_cycle: str | None,
    documents: Sequence[str] | None = None,
) -> AssessmentInfo:
    """A new assessment for the profile's State: blank, or carried forward from ``from_cycle``,
    covering ``documents`` (every installed one when None)."""
    problems = validate_cycle(ws, cycle, from_cycle)
    if problems:
        raise InvalidInputError(problems)
    with ws.db.session() as session:
        profile = load_profile(session)
        if profile is None:
            raise NotFoundError("set up the State profile before starting an assessment")
        state, iso = profile.name, profile.iso_code
    return create_assessment(
        ws, state=state, iso_code=iso, cycle=cycle, from_cycle=from_cycle, documents=documents
    )
