"""The State profile: which State this database reports for, its focal point and agencies."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from poa_desktop.resources import resource_path
from poa_desktop.services.errors import NotFoundError, ServiceError
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Agency, StateProfile


@dataclass(frozen=True)
class StateEntry:
    name: str
    iso3: str
    iso2: str
    member: bool


@cache
def un_states() -> tuple[StateEntry, ...]:
    """UN Member and observer States with their ISO 3166 codes (bundled list)."""
    data = json.loads(resource_path("states", "un_states.json").read_text(encoding="utf-8"))
    return tuple(StateEntry(d["name"], d["iso3"], d["iso2"], d["member"]) for d in data)


def find_state(name_or_code: str) -> StateEntry | None:
    """The State named (case-insensitive) or with that alpha-2/alpha-3 code, if any."""
    wanted = name_or_code.strip().casefold()
    for entry in un_states():
        if wanted in (entry.name.casefold(), entry.iso3.casefold(), entry.iso2.casefold()):
            return entry
    return None


def load_profile(session: Session) -> StateProfile | None:
    return session.scalars(
        select(StateProfile).options(selectinload(StateProfile.agencies)).order_by(StateProfile.id)
    ).first()


def get_profile(ws: Workspace) -> StateProfile:
    """The State profile of this database, or NotFoundError telling how to create one."""
    with ws.db.session() as session:
        profile = load_profile(session)
        if profile is None:
            raise NotFoundError(
                "this database has no State profile yet: create an assessment with "
                "'poa-desktop new-assessment --state NAME --cycle NAME' or run 'poa-desktop demo'"
            )
        return profile


def ensure_profile(session: Session, state: str, iso_code: str | None = None) -> StateProfile:
    """The profile for ``state``, created on first use; one database reports for one State."""
    profile = load_profile(session)
    if profile is not None:
        if profile.name.casefold() != state.strip().casefold() and (
            iso_code is None or iso_code.upper() != profile.iso_code
        ):
            raise ServiceError(
                f"this database reports for {profile.name}, not {state}: "
                "use --db to open or create another database"
            )
        return profile
    entry = find_state(state)
    if iso_code is None:
        if entry is None:
            raise ServiceError(
                f"unknown State {state!r}: use the name as the UN lists it (e.g. "
                "'Bolivia (Plurinational State of)') or give its ISO 3166 code with --iso"
            )
        iso_code = entry.iso3
    iso_code = iso_code.strip().upper()
    if len(iso_code) != 3 or not iso_code.isalpha():
        raise ServiceError(f"ISO code {iso_code!r}: give the three-letter ISO 3166-1 code")
    profile = StateProfile(name=entry.name if entry else state.strip(), iso_code=iso_code)
    session.add(profile)
    session.flush()
    return profile


def add_agency(
    session: Session,
    profile: StateProfile,
    name: str,
    *,
    short_name: str | None = None,
    contact_person: str | None = None,
    email: str | None = None,
    phone: str | None = None,
) -> Agency:
    """Append an agency to the profile (names are unique within a profile)."""
    if any(a.name.casefold() == name.strip().casefold() for a in profile.agencies):
        raise ServiceError(f"agency {name!r} is already in the profile")
    agency = Agency(
        name=name.strip(),
        short_name=short_name,
        contact_person=contact_person,
        email=email,
        phone=phone,
        position=len(profile.agencies),
    )
    profile.agencies.append(agency)
    session.flush()
    return agency
