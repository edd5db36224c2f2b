"""Header rows of hand-kept trackers, and the column mapping proposed from them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from poa_desktop.exchange.reading.headers import (
    FIELDS,
    HEADER_FORMS,
    find_header_row,
    match_header,
    propose_mapping,
)
from poa_desktop.exchange.reading.statuses import fold

APP_HEADER = [
    "Commitment ID", "Document", "Citation", "Section", "Commitment text", "Status",
    "Measures taken", "Laws and regulations", "Responsible agencies", "Challenges",
    "Assistance needed", "Assistance kinds", "Assistance description", "Assistance offered",
    "National target", "Target date", "Last changed", "Source",
]  # fmt: skip

ENGLISH: list[list[object]] = [
    ["Ministry of Foreign Affairs — PoA tracker 2024", None, None, None, None, None],
    [None, None, None, None, None, None],
    ["Prepared by the national focal point; last updated 3 May 2024", "", "", "", "", ""],
    ["Outcome document", "Para", "Implementation status", "Narrative", "Lead agency", "Deadline"],
    ["BMS8", "§ 29", "Yes", "National commission set up in 2019", "MFA", date(2025, 1, 1)],
    ["RevCon3 ITI plan", "12", "Partially", "Marking at import: draft decree", "Customs", None],
]
FRENCH: list[list[object]] = [
    ["Ministère des Affaires étrangères", None, None, None, None, None, None],
    ["Suivi du Programme d'action — 2024", None, None, None, None, None, None],
    [None, None, None, None, None, None, None],
    ["Document final", "Paragraphe", "État de mise en œuvre", "Mesures prises",
     "Agences responsables", "Difficultés", "Besoins d'assistance"],
    ["BMS8", "29", "Oui", "Commission nationale créée", "MAE", "", "Non"],
]  # fmt: skip
SPANISH: list[list[object]] = [
    ["Ministerio de Relaciones Exteriores — Seguimiento del PoA 2024"],
    [],
    ["Documento", "Sección", "Párrafo", "Estado de implementación", "Medidas adoptadas",
     "Institución responsable", "Desafíos", "Necesidades de asistencia", "Fecha límite",
     "Legislación"],
    ["RevCon3", "II", "21", "En curso", "Proyecto de ley", "Policía", "", "", "2025", ""],
]  # fmt: skip


def test_app_header_maps_every_field() -> None:
    mapping = propose_mapping(APP_HEADER)
    assert set(mapping) == set(FIELDS)
    assert {field: APP_HEADER[column] for field, column in mapping.items()} == {
        "reference": "Commitment ID",
        "document": "Document",
        "section": "Section",
        "status": "Status",
        "measures_taken": "Measures taken",
        "laws": "Laws and regulations",
        "agencies": "Responsible agencies",
        "challenges": "Challenges",
        "assistance_needed": "Assistance needed",
        "assistance_kinds": "Assistance kinds",
        "assistance_description": "Assistance description",
        "assistance_offered": "Assistance offered",
        "national_target": "National target",
        "target_date": "Target date",
    }


def test_app_header_is_found_below_a_title() -> None:
    rows = [["poa-desktop export"], [], APP_HEADER, ["BMS8-29", "BMS8"]]
    assert find_header_row(rows) == 2


def test_english_tracker() -> None:
    index = find_header_row(ENGLISH)
    assert index == 3
    assert propose_mapping(ENGLISH[index]) == {
        "document": 0,
        "reference": 1,
        "status": 2,
        "measures_taken": 3,
        "agencies": 4,
        "target_date": 5,
    }


def test_french_tracker() -> None:
    index = find_header_row(FRENCH)
    assert index == 3
    assert propose_mapping(FRENCH[index]) == {
        "document": 0,
        "reference": 1,
        "status": 2,
        "measures_taken": 3,
        "agencies": 4,
        "challenges": 5,
        "assistance_needed": 6,
    }


def test_spanish_tracker() -> None:
    index = find_header_row(SPANISH)
    assert index == 2
    assert propose_mapping(SPANISH[index]) == {
        "document": 0,
        "section": 1,
        "reference": 2,
        "status": 3,
        "measures_taken": 4,
        "agencies": 5,
        "challenges": 6,
        "assistance_needed": 7,
        "target_date": 8,
        "laws": 9,
    }


@pytest.mark.parametrize(("field", "forms"), list(HEADER_FORMS.items()))
def test_every_form_names_its_field(field: str, forms: tuple[str, ...]) -> None:
    for form in forms:
        for written in (form, form.upper(), f"  {form.lower()}: ", form + " *"):
            assert propose_mapping([written]) == {field: 0}, written


def test_no_form_is_claimed_by_two_fields() -> None:
    owner: dict[str, str] = {}
    for field, forms in HEADER_FORMS.items():
        for form in forms:
            assert owner.setdefault(fold(form), field) == field, form


def test_exact_beats_contains_and_columns_are_used_once() -> None:
    assert propose_mapping(["Target date", "Target"]) == {"target_date": 0, "national_target": 1}
    assert propose_mapping(["Target", "Target date"]) == {"national_target": 0, "target_date": 1}
    # "Status of legislation" is no better than a partial match: the exact "Status" wins it.
    assert propose_mapping(["Status of legislation", "Status"]) == {"laws": 0, "status": 1}
    # Two headers for one field: the more telling one (earlier in the list) gets it.
    assert propose_mapping(["Commitment", "Paragraph"]) == {"reference": 1}
    assert propose_mapping(["Comments", "Measures taken"]) == {"measures_taken": 1}


def test_citation_is_the_fallback_reference() -> None:
    assert propose_mapping(["Citation", "Status"]) == {"reference": 0, "status": 1}
    assert propose_mapping(["Citation", "Commitment ID"]) == {"reference": 1}


def test_partial_headers() -> None:
    mapping = propose_mapping(["Para. ref.", "Status (Yes/No/Partial)", "Comments by agency"])
    assert mapping == {"reference": 0, "status": 1, "measures_taken": 2}


def test_unknown_and_non_text_headers_are_left_out() -> None:
    assert propose_mapping([None, 12, date(2024, 1, 1), "", "Remarks by the desk officer x"]) == {}
    assert match_header("This column lists the commitments of the outcome documents") == []


def test_no_header_row() -> None:
    assert find_header_row([]) is None
    assert find_header_row([["PoA tracker"], [None, None], ["Status"]]) is None
    # Data without a header row: cells with digits do not make a header.
    assert find_header_row([["BMS8 para 29", "Implemented", "Done"]]) is None
    # Mostly numbers: not a header even if two cells match.
    assert find_header_row([["Status", "Para", 1, 2, 3, 4]]) is None


def test_header_beyond_max_scan_is_not_found() -> None:
    rows: list[list[object]] = [["title"], [], [], [], [], ["Paragraph", "Status"]]
    assert find_header_row(rows, max_scan=5) is None
    assert find_header_row(rows, max_scan=6) == 5


@given(
    st.lists(
        st.lists(st.none() | st.text(max_size=30) | st.integers() | st.sampled_from(APP_HEADER)),
        max_size=8,
    )
)
def test_never_raises_and_mapping_is_one_to_one(rows: list[list[object]]) -> None:
    index = find_header_row(rows)
    assert index is None or 0 <= index < len(rows)
    for row in rows:
        mapping = propose_mapping(row)
        assert len(set(mapping.values())) == len(mapping)
        assert set(mapping) <= set(FIELDS)
        assert all(0 <= c < len(row) for c in mapping.values())
