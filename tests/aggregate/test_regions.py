"""The UN regional groups file: every Member State in one group, each group of its size."""

from __future__ import annotations

import json
from collections import Counter

from poa_desktop.domain.aggregate import NO_GROUP
from poa_desktop.exchange.aggregate.regions import GROUP_NAMES, regional_groups
from poa_desktop.resources import resource_path


def _members() -> set[str]:
    path = resource_path("states", "un_states.json")
    return {e["iso3"] for e in json.loads(path.read_text(encoding="utf-8")) if e["member"]}


def test_every_member_state_has_exactly_one_group() -> None:
    groups = regional_groups()
    members = _members()
    assert len(members) == 193
    missing = sorted(members - set(groups.states))
    assert not missing, f"no group for {missing}"
    placed = {iso for iso, group in groups.states.items() if group is not None}
    assert placed - members == {"PSE"}  # the State of Palestine, an observer State
    assert all(groups.states[iso] in groups.order for iso in members)


def test_group_sizes() -> None:
    groups = regional_groups()
    members = _members()
    sizes = Counter(groups.states[iso] for iso in members)
    assert sizes == {
        "african": 54,
        "asia_pacific": 54,
        "eastern_european": 23,
        "grulac": 33,
        "weog": 29,
    }
    data = json.loads(resource_path("states", "un_regional_groups.json").read_text("utf-8"))
    assert {g["id"]: g["members"] for g in data["groups"]} == sizes


def test_special_cases() -> None:
    groups = regional_groups()
    assert groups.group_of("TUR") == "weog"
    assert groups.group_of("USA") == "weog"
    assert groups.group_of("KIR") == "asia_pacific"
    assert groups.group_of("ISR") == "weog"
    assert groups.group_of("PSE") == "asia_pacific"
    assert groups.states["VAT"] is None and groups.group_of("VAT") == NO_GROUP
    assert groups.group_of("XEX") == NO_GROUP  # the demo's Exampleland
    data = json.loads(resource_path("states", "un_regional_groups.json").read_text("utf-8"))
    assert set(data["special_cases"]) == {"TUR", "USA", "KIR", "ISR", "PSE", "VAT"}


def test_names_printed_are_the_files() -> None:
    groups = regional_groups()
    assert {g: GROUP_NAMES[g] for g in groups.order} == dict(groups.names)
