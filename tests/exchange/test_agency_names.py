"""Agency names as trackers write them, matched to the State profile's agencies."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from poa_desktop.exchange.reading.agency_names import AgencyMatcher, distinct, initials

PROFILE = (
    ("Ministry of Foreign Affairs", None),
    ("Ministère des affaires étrangères", None),
    ("Ministerio de Relaciones Exteriores", "MRE"),
    ("Commission nationale de lutte contre la prolifération des ALPC", "ComNat-ALPC"),
    ("Policía Nacional", None),
    ("National Police", None),
)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
        ("ministry of foreign affairs", "Ministry of Foreign Affairs"),
        ("  Ministry of  Foreign Affairs ", "Ministry of Foreign Affairs"),
        ("MFA", "Ministry of Foreign Affairs"),
        ("M.F.A.", "Ministry of Foreign Affairs"),
        ("Ministère des Affaires Étrangères", "Ministère des affaires étrangères"),
        ("ministere des affaires etrangeres", "Ministère des affaires étrangères"),
        ("MAE", "Ministère des affaires étrangères"),
        ("MRE", "Ministerio de Relaciones Exteriores"),
        ("mre", "Ministerio de Relaciones Exteriores"),
        ("ComNat-ALPC", "Commission nationale de lutte contre la prolifération des ALPC"),
        ("ComNat ALPC", "Commission nationale de lutte contre la prolifération des ALPC"),
        ("comnatalpc", "Commission nationale de lutte contre la prolifération des ALPC"),
        ("Policia Nacional", "Policía Nacional"),
        ("POLICÍA NACIONAL", "Policía Nacional"),
        ("Policía Nacional (PN)", "Policía Nacional"),
        ("Relaciones Exteriores (MRE)", "Ministerio de Relaciones Exteriores"),
        ("national police", "National Police"),
    ],
)
def test_a_written_name_finds_its_agency(written: str, name: str) -> None:
    match = AgencyMatcher(PROFILE).match(written)
    assert match.name == name and not match.ambiguous


@pytest.mark.parametrize("written", ["Police", "Gendarmerie nationale", "Customs", "NP2", ""])
def test_a_name_matching_no_agency_is_not_guessed(written: str) -> None:
    match = AgencyMatcher(PROFILE).match(written)
    assert match.name is None and match.candidates == ()


def test_initials_shared_by_two_agencies_match_neither() -> None:
    matcher = AgencyMatcher([("National Police", None), ("Nuclear Programme", None)])
    match = matcher.match("NP")
    assert match.name is None and match.ambiguous
    assert match.candidates == ("National Police", "Nuclear Programme")


def test_a_full_name_beats_another_agency_s_initials() -> None:
    matcher = AgencyMatcher([("Customs", "DGA"), ("Dirección General de Aduanas", None)])
    assert matcher.match("DGA").name == "Customs"  # a short name is given, initials are guessed


def test_initials_skip_the_small_words_of_each_language() -> None:
    assert initials("Ministry of Foreign Affairs") == "mfa"
    assert initials("Ministère des affaires étrangères") == "mae"
    assert initials("Ministerio de Relaciones Exteriores") == "mre"
    assert initials("Police") == ""  # one word: its initial would match anything starting so


def test_distinct_keeps_the_first_spelling() -> None:
    assert distinct(["Gendarmerie", "gendarmerie", "GENDARMERIE ", "Douanes"]) == (
        "Gendarmerie",
        "Douanes",
    )


@given(st.text(max_size=200))
def test_matching_never_raises(text: str) -> None:
    match = AgencyMatcher(PROFILE).match(text)
    assert match.name is None or match.name in {name for name, _ in PROFILE}
