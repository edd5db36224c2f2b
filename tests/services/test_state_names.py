"""State names in the six UN languages (Unicode CLDR through Babel), searchable in any of them."""

from __future__ import annotations

import pytest

from poa_desktop.services.assessments.assessments import create_assessment
from poa_desktop.services.assessments.profiles import (
    find_state,
    search_states,
    state_choice,
    state_name,
    state_names,
    un_states,
)
from poa_desktop.services.assessments.states import names_in_other_languages
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import Workspace


@pytest.mark.parametrize(
    ("typed", "iso3"),
    [
        ("Allemagne", "DEU"), ("alemania", "DEU"), ("Германия", "DEU"), ("德国", "DEU"),
        ("ألمانيا", "DEU"), ("GERMANY", "DEU"), ("deu", "DEU"), ("DE", "DEU"),
        ("cote d'ivoire", "CIV"), ("Côte d’Ivoire", "CIV"),
        ("Turquie", "TUR"), ("Allemagne — Germany", "DEU"),
    ],
)  # fmt: skip
def test_a_state_is_found_by_its_name_in_any_un_language(typed: str, iso3: str) -> None:
    found = find_state(typed)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("cote", "Côte d'Ivoire"), ("Turk", "Türkiye"), ("allem", "Germany"), ("марф", None)],
)
def test_searching_part_of_a_name_ignores_case_and_accents(
    typed: str, expected: str | None
) -> None:
    names = [entry.name for entry in search_states(typed)]
    assert (expected in names) if expected else names == []


def test_the_state_list_offers_the_name_in_the_window_s_language_first() -> None:
    germany = find_state("DEU")
    assert germany is not None
    assert state_choice(germany, "fr") == "Allemagne — Germany"
    assert state_choice(germany, "en") == "Germany"
    assert state_name("CIV", "fr") == "Côte d’Ivoire"
    assert state_name("BOL", "en") == "Bolivia (Plurinational State of)"  # the UN's own
    assert state_name("XEX", "fr", "Exampleland") == "Exampleland"


def test_the_report_carries_the_state_s_name_in_each_language(ws: Workspace) -> None:
    info = create_assessment(ws, state="Germany", cycle="BMS9 2026", author="Test")
    data = build_report_data(ws, info)
    assert data.state_in("fr") == "Allemagne" and data.state_in("ru") == "Германия"
    assert data.state_in("en") == "Germany"


def test_the_report_finds_its_state_by_code_as_the_search_does() -> None:
    """The report looks its State up by code alone, without the search's index of every name."""
    for code in [entry.iso3 for entry in un_states()] + ["XEX", "ZZZ"]:
        entry = find_state(code)
        expected = (
            {}
            if entry is None or entry.iso3 != code
            else {k: v for k, v in state_names(entry.iso2).items() if k != "en"}
        )
        assert names_in_other_languages(code) == expected, code
