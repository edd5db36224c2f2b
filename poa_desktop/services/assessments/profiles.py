"""The State profile: which State this database reports for, its focal point and agencies."""

from __future__ import annotations

from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from poa_desktop.domain.text import fold
from poa_desktop.services.assessments.states import StateEntry, state_names, un_states
from poa_desktop.services.errors import NotFoundError, ServiceError
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Agency, StateProfile


def state_name(iso3: str, language: str, default: str = "") -> str:
    """The State's name in ``language`` (en fr es ar ru zh); ``default`` when CLDR has none."""
    entry = find_state(iso3)
    if entry is None:
        return default or iso3
    if language == "en":
        return entry.name  # the UN's own English name ("Bolivia (Plurinational State of)")
    return state_names(entry.iso2).get(language) or entry.name


@cache
def _search_keys() -> tuple[tuple[StateEntry, tuple[str, ...]], ...]:
    return tuple(
        (
            entry,
            tuple(dict.fromkeys(fold(n) for n in (entry.name, *state_names(entry.iso2).values()))),
        )
        for entry in un_states()
    )


def find_state(name_or_code: str) -> StateEntry | None:
    """The State named in any of the six UN languages (any case or accents) or with that code.

    "Allemagne", "alemania", "Германия", "cote d'ivoire" and "DEU" all find their State; a text
    of the form "Allemagne — Germany" (the State list's completion) is read by either part.
    """
    wanted = name_or_code.strip()
    if not wanted:
        return None
    folded = fold(wanted)
    for entry, keys in _search_keys():
        if folded in keys or folded in (entry.iso3.casefold(), entry.iso2.casefold()):
            return entry
    if " — " in wanted:
        for part in wanted.split(" — "):
            found = find_state(part)
            if found is not None:
                return found
    return None


def search_states(text: str) -> list[StateEntry]:
    """States whose name in any of the six languages contains ``text`` (any case or accents)."""
    folded = fold(text)
    if not folded:
        return list(un_states())
    return [
        entry
        for entry, keys in _search_keys()
        if any(folded in key for key in keys) or folded in (entry.iso3.casefold(),)
    ]


def state_choice(entry: StateEntry, language: str) -> str:
    """How the State list offers a State to a person reading ``language``: "Allemagne — Germany"
    (their name first, then the UN's, which the profile keeps), or the UN name alone."""
    local = state_names(entry.iso2).get(language, "") if language != "en" else ""
    return f"{local} — {entry.name}" if local and fold(local) != fold(entry.name) else entry.name


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
