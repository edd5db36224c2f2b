"""Header rows of hand-kept trackers, and the column mapping proposed from them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from poa_desktop.domain.text import fold
from poa_desktop.exchange.reading.headers import (
    FIELDS,
    HEADER_FORMS,
    find_header_row,
    match_header,
    propose_mapping,
)

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
    assert propose_mapping([None, 12, date(2024, 1, 1), "", "Initials of the desk officer x"]) == {}
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


# --- English, French and Spanish headers as ministries write them ------------------------------

# (header cell, the field it names), by field; each language's common variants.
WRITTEN: list[tuple[str, str]] = [
    # reference
    ("Paragraph no.", "reference"), ("Para ref", "reference"), ("Operative paragraph", "reference"),
    ("Numéro de paragraphe", "reference"), ("N° de paragraphe", "reference"),
    ("Référence du paragraphe", "reference"), ("Número de párrafo", "reference"),
    ("Nº de párrafo", "reference"), ("Numeral", "reference"), ("Párr.", "reference"),
    # document, section
    ("Source document", "document"), ("Document de référence", "document"),
    ("Documento de referencia", "document"), ("Capítulo", "section"), ("Partie", "section"),
    # status
    ("Status of implementation", "status"), ("Level of implementation", "status"),
    ("Niveau de mise en œuvre", "status"), ("État d'avancement", "status"),
    ("Estado de ejecución", "status"), ("Estado de avance", "status"),
    ("Grado de cumplimiento", "status"), ("Nivel de implementación", "status"),
    # measures taken
    ("Actions", "measures_taken"), ("Actions taken", "measures_taken"),
    ("Measures", "measures_taken"), ("Progress", "measures_taken"),
    ("Progress made", "measures_taken"), ("Comments", "measures_taken"),
    ("Remarks", "measures_taken"), ("Observations", "measures_taken"),
    ("Steps taken", "measures_taken"), ("Mesures prises", "measures_taken"),
    ("Mesures adoptées", "measures_taken"), ("Actions menées", "measures_taken"),
    ("Actions entreprises", "measures_taken"), ("Progrès réalisés", "measures_taken"),
    ("Remarques", "measures_taken"), ("Acciones realizadas", "measures_taken"),
    ("Acciones emprendidas", "measures_taken"), ("Medidas adoptadas", "measures_taken"),
    ("Medidas adoptadas por el Estado", "measures_taken"),
    ("Descripción de las acciones", "measures_taken"), ("Avances", "measures_taken"),
    ("Logros", "measures_taken"), ("Acciones del Estado", "measures_taken"),
    ("Mesures prises par l'État", "measures_taken"), ("Measures taken by the State",
                                                      "measures_taken"),
    # laws
    ("Legal basis", "laws"), ("Relevant legislation", "laws"), ("Base juridique", "laws"),
    ("Textes législatifs", "laws"), ("Marco legal", "laws"), ("Base legal", "laws"),
    ("Fundamento jurídico", "laws"),
    # agencies
    ("Responsible institution", "agencies"), ("Lead agency", "agencies"),
    ("Focal point institution", "agencies"), ("Responsible", "agencies"),
    ("Institution chef de file", "agencies"), ("Institution responsable", "agencies"),
    ("Entité responsable", "agencies"), ("Responsable", "agencies"),
    ("Institución líder", "agencies"), ("Entidad responsable", "agencies"),
    ("Organismo responsable", "agencies"),
    # challenges
    ("Challenges", "challenges"), ("Difficulties", "challenges"), ("Constraints", "challenges"),
    ("Difficultés rencontrées", "challenges"), ("Contraintes", "challenges"),
    ("Dificultades encontradas", "challenges"), ("Obstáculos", "challenges"),
    # assistance
    ("Assistance needs", "assistance_needed"), ("Support needed", "assistance_needed"),
    ("Besoins en assistance", "assistance_needed"), ("Assistance demandée", "assistance_needed"),
    ("Asistencia necesaria", "assistance_needed"), ("Asistencia solicitada", "assistance_needed"),
    ("Type of assistance needed", "assistance_kinds"), ("Types d'assistance", "assistance_kinds"),
    ("Tipos de asistencia", "assistance_kinds"),
    ("Details of assistance", "assistance_description"),
    ("Détails de l'assistance", "assistance_description"),
    ("Detalle de la asistencia", "assistance_description"),
    ("Assistance available", "assistance_offered"), ("Assistance fournie", "assistance_offered"),
    ("Asistencia brindada", "assistance_offered"),
    # target and date
    ("Next steps", "national_target"), ("Planned actions", "national_target"),
    ("Prochaines étapes", "national_target"), ("Actions prévues", "national_target"),
    ("Próximos pasos", "national_target"), ("Acciones previstas", "national_target"),
    ("Deadline", "target_date"), ("Timeline", "target_date"), ("Time frame", "target_date"),
    ("Target date", "target_date"), ("Due date", "target_date"), ("Échéance", "target_date"),
    ("Date butoir", "target_date"), ("Date limite", "target_date"), ("Délai", "target_date"),
    ("Plazo", "target_date"), ("Fecha límite", "target_date"), ("Fecha meta", "target_date"),
    ("Cronograma", "target_date"),
]  # fmt: skip


@pytest.mark.parametrize(("header", "field"), WRITTEN)
def test_headers_in_three_languages(header: str, field: str) -> None:
    assert match_header(header)[0].field == field
    assert propose_mapping([header]) == {field: 0}


# Numbering, footnote marks and bracketed notes do not hide what a header says.
DECORATED: list[tuple[str, str]] = [
    ("3. Estado de implementación", "status"),
    ("3) Estado", "status"),
    ("(3) Estado", "status"),
    ("3 - Plazo", "target_date"),
    ("2.1 - Actions taken", "measures_taken"),
    ("1.2. Mesures prises", "measures_taken"),
    ("a) Párrafo", "reference"),
    ("(b) Status", "status"),
    ("IV. Observaciones", "measures_taken"),
    ("Status (Implemented / Partially / Not)", "status"),
    ("Status (Implemented / Partially implemented / Not implemented / Not applicable)", "status"),
    ("Estado (Sí / No / Parcial)", "status"),
    ("Actions taken (describe)", "measures_taken"),
    ("Assistance (needed)", "assistance_needed"),
    ("Status¹", "status"),
    ("Plazo*", "target_date"),
]


@pytest.mark.parametrize(("header", "field"), DECORATED)
def test_numbered_and_annotated_headers(header: str, field: str) -> None:
    best = match_header(header)[0]
    assert (best.field, best.exact) == (field, True)


def test_a_longer_form_wins_over_a_shorter_one() -> None:
    assert propose_mapping(["Actions prévues", "Actions"]) == {
        "national_target": 0,
        "measures_taken": 1,
    }
    assert propose_mapping(["Estado de avance", "Avances"]) == {"status": 0, "measures_taken": 1}
    assert propose_mapping(["Fecha meta", "Meta"]) == {"target_date": 0, "national_target": 1}
    # A word that means something else inside a longer header does not name its field there.
    assert propose_mapping(["Asistencia para la marcación"]) == {}
    assert propose_mapping(["Acciones del Estado"]) == {"measures_taken": 0}
    # Among partial matches, the first words say what the column holds.
    assert propose_mapping(["Comments by agency"]) == {"measures_taken": 0}


SPANISH_OF_THE_ISSUE: list[list[object]] = [
    ["Ministerio de Relaciones Exteriores y Culto"],
    ["Seguimiento del Programa de Acción — RevCon3 y BMS8"],
    [],
    ["1. Documento", "2. Párrafo", "3. Estado de implementación",
     "4. Acciones realizadas", "5. Institución líder", "6. Plazo", "7. Observaciones"],
    ["BMS8", "29", "Implementado", "Comisión nacional", "Cancillería", "2025", ""],
]  # fmt: skip
FRENCH_NUMBERED: list[list[object]] = [
    ["Suivi du PoA"],
    ["N°", "Paragraphe", "Statut (oui / non / partiel)", "Actions menées",
     "Institution chef de file", "Date butoir", "Défis"],
    ["1", "BMS8 § 29", "Oui", "Commission nationale créée", "MAE", "2025", ""],
]  # fmt: skip


def test_spanish_tracker_of_the_issue() -> None:
    index = find_header_row(SPANISH_OF_THE_ISSUE)
    assert index == 3
    assert propose_mapping(SPANISH_OF_THE_ISSUE[index]) == {
        "document": 0,
        "reference": 1,
        "status": 2,
        "measures_taken": 3,
        "agencies": 4,
        "target_date": 5,
    }


def test_french_tracker_with_a_number_column() -> None:
    index = find_header_row(FRENCH_NUMBERED)
    assert index == 1
    assert propose_mapping(FRENCH_NUMBERED[index]) == {
        "reference": 1,
        "status": 2,
        "measures_taken": 3,
        "agencies": 4,
        "target_date": 5,
        "challenges": 6,
    }


@pytest.mark.parametrize(
    "row",
    [
        ["BMS8 para 29", "Implemented", "Done"],
        ["BMS8 para 29", "Implemented", "Comments"],
        ["1. BMS8 para 29", "Implementado", "Avances"],
        ["29", "Mis en œuvre", "Actions"],
        ["RevCon3 II.21", "Partially", "Progress"],
    ],
)
def test_data_rows_are_not_headers(row: list[object]) -> None:
    """Digits make a cell data; a numbered header's own number ("1. Párrafo") does not."""
    assert find_header_row([row]) is None


def test_numbered_headers_are_found() -> None:
    assert find_header_row([["1. Paragraph", "2. Status"]]) == 0
    assert find_header_row([["Paragraph", "Implemented"]]) == 0
    assert find_header_row([["title 2024"], ["1) Párrafo", "2) Estado"], ["BMS8 29", "Sí"]]) == 1


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.integers(min_value=0, max_value=16383))
def test_match_header_never_raises(value: str, column: int) -> None:
    for match in match_header(value, column):
        assert match.field in FIELDS and match.column == column


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.lists(
            st.none()
            | st.text(max_size=400)
            | st.sampled_from([f for _, f in WRITTEN] + [h for h, _ in DECORATED + WRITTEN]),
            max_size=12,
        ),
        max_size=12,
    )
)
def test_find_header_row_never_raises(rows: list[list[object]]) -> None:
    index = find_header_row(rows)
    assert index is None or 0 <= index < len(rows)
