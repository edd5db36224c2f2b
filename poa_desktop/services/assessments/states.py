"""The UN's States and their names in the six UN languages, without SQLAlchemy.

Read by the State profile (``profiles``: choosing a State) and by the report snapshot, which
prints the State's name in the other languages; the command line's quick export reads it
without loading the database layer (:mod:`poa_desktop.services.reporting.quick_report_data`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from poa_desktop.resources import resource_path


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


STATE_NAME_LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh")


@cache
def state_names(iso2: str) -> dict[str, str]:
    """A State's name in the six UN languages (Unicode CLDR, through Babel), where it has one."""
    from babel import Locale

    names = {}
    for language in STATE_NAME_LANGUAGES:
        name = Locale.parse(language).territories.get(iso2.upper())
        if name:
            names[language] = name
    return names


def names_in_other_languages(iso3: str) -> dict[str, str]:
    """The State with this code in the five UN languages other than English, when it is on the
    UN list; {} otherwise (a State typed in, not chosen).

    Looked up by the code alone: ``profiles.find_state`` would first build its index of every
    State's names in six languages (60 ms and more of an export), to find the same entry.
    """
    code = iso3.upper()
    entry = next((e for e in un_states() if e.iso3 == code), None)
    if entry is None:
        return {}
    return {
        language: name for language, name in state_names(entry.iso2).items() if language != "en"
    }
