"""Status cells in English, French and Spanish, and the user's own mappings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from poa_desktop.exchange.reading.statuses import (
    _FORMS,
    BUILT_IN,
    STATUSES,
    Status,
    StatusMatch,
    StatusProblem,
    fold,
    parse_status,
)

LISTED: dict[Status | None, list[str]] = {
    "implemented": ["Implemented", "Yes", "Y", "Done", "Fully implemented", "Oui",
                    "Mis en œuvre", "Mis en oeuvre", "Sí", "Si", "Implementado"],
    "developing": ["Developing", "Partially", "Partial", "In progress", "Ongoing", "D",
                   "Partiellement", "En cours", "Parcialmente", "En curso", "En desarrollo",
                   "En proceso"],
    "not_implemented": ["Not implemented", "No", "N", "Non", "Pas mis en œuvre",
                        "No implementado"],
    "not_applicable": ["Not applicable", "N/A", "NA", "n.a.", "Sans objet", "Non applicable",
                       "No aplica", "No aplicable"],
    None: ["", "   ", "-", "Not yet assessed", "—"],
}  # fmt: skip
CASES = [(text, status) for status, texts in LISTED.items() for text in texts]


@pytest.mark.parametrize(("text", "status"), CASES)
def test_every_listed_form(text: str, status: Status | None) -> None:
    assert parse_status(text) == StatusMatch(status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("  OUI ", "implemented"),
        ("Sí", "implemented"),
        ("si", "implemented"),
        ("SI", "implemented"),
        ("mis en OEUVRE", "implemented"),
        ("MIS EN ŒUVRE", "implemented"),
        ("Mis  en\u00a0œuvre", "implemented"),
        ("n/a", "not_applicable"),
        ("N.A", "not_applicable"),
        ("No Aplica.", "not_applicable"),
        ("in-progress", "developing"),
        ("En Desarrollo ", "developing"),
        ("not_implemented", "not_implemented"),  # the app's own ids read back too
        ("not applicable", "not_applicable"),
    ],
)
def test_case_accents_spaces_and_punctuation_are_folded(text: str, status: Status) -> None:
    assert parse_status(text) == StatusMatch(status)


def test_no_means_not_implemented_in_english_and_spanish() -> None:
    assert parse_status("No") == parse_status("no") == StatusMatch("not_implemented")
    assert parse_status("No aplica") == StatusMatch("not_applicable")


def test_unknown_value_asks_for_a_mapping() -> None:
    result = parse_status("Peut-être")
    assert result == StatusProblem(
        "Peut-être", "unknown status 'Peut-être': map it in the import settings"
    )
    assert not result.ok
    assert isinstance(parse_status("x"), StatusProblem)
    assert isinstance(parse_status("Yes, partially"), StatusProblem)  # mixed: never a guess


def test_extra_mappings_win_and_are_folded() -> None:
    extra: dict[str, str | None] = {
        "x": "implemented",
        "  PEUT-ÊTRE ": "developing",
        "No": "not_applicable",  # a ministry whose "No" meant "does not apply"
        "?": None,
        "Oui*": "Oui",  # a built-in form as the target works too
    }
    assert parse_status("X", extra) == StatusMatch("implemented")
    assert parse_status("peut etre", extra) == StatusMatch("developing")
    assert parse_status("no", extra) == StatusMatch("not_applicable")
    assert parse_status("Oui*", extra) == StatusMatch("implemented")
    assert parse_status("Oui", extra) == StatusMatch("implemented")
    assert parse_status("?", extra) == StatusMatch(None)


def test_an_extra_mapping_to_no_status_is_reported() -> None:
    result = parse_status("x", {"x": "maybe"})
    assert isinstance(result, StatusProblem)
    assert "not a status" in result.reason


def test_built_in_forms_never_disagree() -> None:
    seen: dict[str, Status | None] = {}
    for status, forms in _FORMS.items():
        for form in forms:
            key = fold(form)
            assert seen.setdefault(key, status) == status, form
    assert set(BUILT_IN.values()) == {*STATUSES, None}


@given(text=st.text(), extra=st.none() | st.dictionaries(st.text(), st.none() | st.text()))
def test_never_raises(text: str, extra: dict[str, str | None] | None) -> None:
    result = parse_status(text, extra)
    assert isinstance(result, StatusMatch | StatusProblem)
    if isinstance(result, StatusMatch):
        assert result.status in (*STATUSES, None)
    else:
        assert result.reason


@given(status=st.sampled_from(CASES), left=st.text(" \t"), right=st.text(" \t"))
def test_surrounding_space_and_case_never_matter(
    status: tuple[str, Status | None], left: str, right: str
) -> None:
    text, expected = status
    for variant in (text.upper(), text.lower(), text.title()):
        assert parse_status(left + variant + right) == StatusMatch(expected)
