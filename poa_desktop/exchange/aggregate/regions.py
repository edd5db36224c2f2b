"""The UN regional groups, from ``resources/states/un_regional_groups.json``, and their names.

The file is data (which State is in which group, with the special cases written beside); the
names the analysis prints are report texts here, so they are translated with the report's other
words. ``tests/aggregate/test_regions.py`` checks the two agree.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from poa_desktop.domain.aggregate import NO_GROUP
from poa_desktop.exchange.language import report_word, say
from poa_desktop.resources import resource_path

GROUPS_FILE = "un_regional_groups.json"
GROUP_NAMES: dict[str, str] = {
    "african": report_word("African Group"),
    "asia_pacific": report_word("Asia-Pacific Group"),
    "eastern_european": report_word("Eastern European Group"),
    "grulac": report_word("Latin American and Caribbean Group (GRULAC)"),
    "weog": report_word("Western European and others Group (WEOG)"),
    NO_GROUP: report_word("No UN regional group"),
}


@dataclass(frozen=True)
class RegionalGroups:
    """ISO 3166-1 alpha-3 code -> group id (None: in no group), and the groups in order."""

    states: Mapping[str, str | None]
    order: tuple[str, ...]
    names: Mapping[str, str]
    """Group id -> its English name as the file gives it."""

    def group_of(self, iso: str) -> str:
        return self.states.get(iso.strip().upper()) or NO_GROUP


@cache
def regional_groups() -> RegionalGroups:
    """The bundled file, read once per process."""
    path = resource_path("states", GROUPS_FILE)
    data = json.loads(path.read_text(encoding="utf-8"))
    groups = data["groups"]
    return RegionalGroups(
        dict(data["states"]),
        tuple(group["id"] for group in groups),
        {group["id"]: group["name"] for group in groups},
    )


def group_label(group: str) -> str:
    """A group's name in the report's language (an unknown id as it is)."""
    name = GROUP_NAMES.get(group)
    return say(name) if name is not None else group
