"""Paragraph references as focal points wrote them in their own trackers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from poa_desktop.catalog import Document, UnknownCommitmentError, default_catalog
from poa_desktop.exchange.reading.references import (
    ReferenceMatch,
    ReferenceProblem,
    format_label,
    names_document,
    parse_reference,
)

CATALOG = default_catalog()
IDS = [c.id for c in CATALOG]

# (reference cell, document column or None, expected id)
FORMS: list[tuple[str, str | None, str]] = [
    ("RevCon3 II.21", None, "RC3-II-21"),
    ("RC3-II-21", None, "RC3-II-21"),
    ("rc3-ii-21", None, "RC3-II-21"),
    ("  RevCon3   ii . 21 ", None, "RC3-II-21"),
    ("RevCon3 outcome, Section II, para 3", None, "RC3-II-3"),
    ("Revcon 3 - ITI plan para 12", None, "RC3-III-12"),
    ("RevCon3 ITI implementation plan, paragraph 12", None, "RC3-III-12"),
    ("RevCon 3, PoA implementation plan, para 40", None, "RC3-II-40"),
    ("RevCon3 International cooperation and assistance para 5", None, "RC3-IV-5"),
    ("RC3 ICA 5", None, "RC3-IV-5"),
    ("RevCon3 2018 Declaration para 7", None, "RC3-I-7"),
    ("RevCon3 Declaration, 7", None, "RC3-I-7"),
    ("RevCon3 Follow-up para 2", None, "RC3-V-2"),
    ("Third Review Conference, section III, para 4", None, "RC3-III-4"),
    ("Third United Nations Review Conference III.4", None, "RC3-III-4"),
    ("3rd RevCon, II.21", None, "RC3-II-21"),
    ("Rev Con III, II.21", None, "RC3-II-21"),
    ("RevCon III - II/21", None, "RC3-II-21"),
    ("RevCon3 section 2 para 21", None, "RC3-II-21"),
    ("RevCon3 2.21", None, "RC3-II-21"),
    ("RevCon3 II, par. 21", None, "RC3-II-21"),
    ("Paragraph 21 of section II of the RevCon3 outcome", None, "RC3-II-21"),
    ("BMS8 para. 29", None, "BMS8-29"),
    ("BMS8 §77", None, "BMS8-77"),
    ("BMS 8, paragraph 29", None, "BMS8-29"),
    ("Eighth Biennial Meeting para 29", None, "BMS8-29"),
    ("Eighth Biennial Meeting of States, para. 29", None, "BMS8-29"),
    ("8th BMS para 29", None, "BMS8-29"),
    ("BMS8-29", None, "BMS8-29"),
    ("bms8-29", None, "BMS8-29"),
    ("BMS VIII ¶ 29", None, "BMS8-29"),
    ("BMS8 annex, para 29", None, "BMS8-29"),
    ("BMS8 op 29", None, "BMS8-29"),
    ("BMS8 para no. 29", None, "BMS8-29"),
    ("BMS8 (2022) para 29", None, "BMS8-29"),
    ("BMS8 section A para 29", None, "BMS8-29"),
    ("BMS8 para. 29: national coordination", None, "BMS8-29"),
    ("RevCon3 II.21 - marking", None, "RC3-II-21"),
    ("§ 24", "BMS8", "BMS8-24"),
    ("§24", "BMS 8", "BMS8-24"),
    ("para 24", "BMS8", "BMS8-24"),
    ("24", "BMS8", "BMS8-24"),
    ("24", "Eighth Biennial Meeting of States", "BMS8-24"),
    ("24", "RevCon3 ITI plan", "RC3-III-24"),
    ("§ 4", "Third Review Conference outcome, Section II", "RC3-II-4"),
    ("II.21", "RevCon3", "RC3-II-21"),
    ("II 21", "RevCon3", "RC3-II-21"),
    ("III/12", "RevCon3", "RC3-III-12"),
    ("24", "RevCon3 II", "RC3-II-24"),
    ("24", "RevCon3 2", "RC3-II-24"),
    ("Declaration para 5", "RevCon3", "RC3-I-5"),
    ("RevCon3 II.21", "RevCon3", "RC3-II-21"),
    ("RevCon3 II.21", "RevCon3 section II", "RC3-II-21"),
    ("BMS8 para 29", "BMS8 section B", "BMS8-29"),  # BMS8 ids need no section: hint's ignored
    ("II.21", "Review Conference 3 (2018)", "RC3-II-21"),
    # French
    ("RevCon3 II, par. 21", None, "RC3-II-21"),
    ("Troisième Conférence d'examen, section III, paragraphe 7", None, "RC3-III-7"),
    ("Huitième Réunion biennale des États, par. 30", None, "BMS8-30"),
    ("paragraphe 30", "Réunion biennale 8", "BMS8-30"),
    ("RevCon3 coopération et assistance internationales, § 3", None, "RC3-IV-3"),
    ("RevCon3 suivi, par. 3", None, "RC3-V-3"),
    ("RevCon3 Déclaration de 2018, paragraphe 2", None, "RC3-I-2"),
    # Spanish
    ("Tercera Conferencia de Examen, sección IV, párrafo 3", None, "RC3-IV-3"),
    ("Octava Reunión Bienal de los Estados, párrafo 30", None, "BMS8-30"),
    ("párrafo 30", "BMS8", "BMS8-30"),
    ("RevCon3, sección 2, párr. 21", None, "RC3-II-21"),
    ("RevCon3 seguimiento, párrafo 1", None, "RC3-V-1"),
]

# (reference cell, document column or None, expected kind, words the reason contains)
PROBLEMS: list[tuple[str, str | None, str, str]] = [
    ("RevCon3 para 21", None, "ambiguous", "names no section"),
    ("24", "RevCon3", "ambiguous", "names no section"),
    ("§ 24", None, "ambiguous", "'§ 24' names no document and no document column was given"),
    ("24", "Stockpiles", "ambiguous", "names none either"),
    ("24", "BMS8 or RevCon3", "ambiguous", "names several"),
    ("BMS8 para 120", None, "unknown", "unknown paragraph: BMS8 has paragraphs 1-97"),
    ("BMS8 para 0", None, "unknown", "BMS8 has paragraphs 1-97"),
    ("II.95", "RevCon3", "unknown", "RevCon3 II has paragraphs 1-94"),
    ("RevCon3 III.29", None, "unknown", "RevCon3 III has paragraphs 1-28"),
    ("RevCon3 VI.1", None, "unknown", "has sections I, II, III, IV, V"),
    ("RevCon3 section B para 1", None, "unknown", "has sections I, II, III, IV, V"),
    ("RevCon 4 para 2", None, "unknown", "RevCon4 is not in the catalog"),
    ("BMS7 para 2", None, "unknown", "BMS7 is not in the catalog"),
    ("BMS para 3", None, "ambiguous", "names a Biennial Meeting but not which"),
    ("Review Conference II.21", None, "unknown", "RevCon2 is not in the catalog"),
    ("BMS8 section B para 29", None, "unknown", "it is in section A"),
    ("BMS8 II.21", None, "unknown", "numbers its paragraphs 1-97 throughout"),
    ("BMS8 2018 Declaration para 3", None, "unknown", "BMS8"),
    ("BMS8 para 29 (a)", None, "unknown", "sub-paragraph"),
    ("RevCon3 II.21(b)", None, "unknown", "sub-paragraph"),
    ("BMS8 paras 29-30", None, "ambiguous", "several numbers"),
    ("RevCon3 II.21.3", None, "ambiguous", "several numbers"),
    ("BMS8 para 29 and 30", None, "not_a_reference", "unexpected 'and'"),
    ("BMS8 para 29, and 30", None, "not_a_reference", "unexpected 'and'"),
    ("BMS8 RevCon3 para 2", None, "ambiguous", "several documents"),
    ("BMS8 para 29", "RevCon3", "ambiguous", "conflicting"),
    ("II.21", "RevCon3 ITI plan", "ambiguous", "conflicting"),
    ("RevCon3 ITI plan, II.21", None, "ambiguous", "names ITI implementation plan and section II"),
    ("II.21", None, "ambiguous", "names no document"),
    ("ITI plan para 12", None, "ambiguous", "names no document"),
    ("RevCon3 II", None, "not_a_reference", "has no paragraph number"),
    ("BMS8", None, "not_a_reference", "has no paragraph number"),
    ("Stockpile management", None, "not_a_reference", "not a paragraph reference"),
    ("", None, "not_a_reference", "empty"),
    ("   ", "BMS8", "not_a_reference", "empty"),
    ("—", None, "not_a_reference", "has no paragraph number"),
    ("x", "BMS8", "not_a_reference", "has no paragraph number"),
    ("BMS8 para 29 " + "x" * 400, None, "not_a_reference", "too long"),
]


@pytest.mark.parametrize(("text", "hint", "expected"), FORMS)
def test_real_world_forms(text: str, hint: str | None, expected: str) -> None:
    assert parse_reference(text, document_hint=hint) == ReferenceMatch(expected)


@pytest.mark.parametrize(("text", "hint", "kind", "words"), PROBLEMS)
def test_unknown_or_ambiguous_is_an_error_never_a_guess(
    text: str, hint: str | None, kind: str, words: str
) -> None:
    result = parse_reference(text, document_hint=hint)
    assert isinstance(result, ReferenceProblem), result
    assert result.kind == kind, result.reason
    assert words in result.reason
    assert not result.ok


def test_table_is_big_enough() -> None:
    assert len(FORMS) + len(PROBLEMS) >= 40


def test_format_label() -> None:
    assert format_label("RC3-II-21") == "RevCon3 II.21"
    assert format_label("bms8-29") == "BMS8 para. 29"
    with pytest.raises(UnknownCommitmentError):
        format_label("BMS8-120")


def test_a_smaller_catalog_knows_less() -> None:
    """Documents are looked up in the catalog given, not a fixed list."""
    only_bms8 = type(CATALOG)(
        version="t",
        released="t",
        documents=(CATALOG.document("BMS8"),),
        themes=(),
        addressees=(),
        levels=(),
        assistance_kinds=(),
        field_groups=(),
    )
    assert parse_reference("BMS8 para 29", catalog=only_bms8) == ReferenceMatch("BMS8-29")
    result = parse_reference("RevCon3 II.21", catalog=only_bms8)
    assert isinstance(result, ReferenceProblem) and result.kind == "unknown"


@pytest.mark.parametrize("commitment_id", IDS)
def test_every_id_and_label_parses_back(commitment_id: str) -> None:
    commitment = CATALOG.get(commitment_id)
    for text in (
        commitment.label,
        commitment.id,
        commitment.label.lower(),
        commitment.label.upper(),
        commitment.id.lower(),
    ):
        assert parse_reference(text) == ReferenceMatch(commitment_id), text
    hint = next(d.short_title for d in CATALOG.documents if d.id == commitment.document_id)
    assert parse_reference(commitment.label, document_hint=hint).ok


HINTS = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.sampled_from(["BMS8", "RevCon3", "RevCon3 ITI plan", "RevCon3 II", "Section 2", ""]),
)
# Text built from the vocabulary reaches far more branches than random characters alone.
PIECES = st.sampled_from(
    [
        "BMS8", "RevCon3", "RC3", "Rev Con", "III", "II", "ii", "v", "x", "21", "2018", "97",
        "§", "para", "section", "ITI plan", "declaration", "-", ".", "/", ",", ":", "(a)", "(",
        "and", "0", "00", "٢١", "Ⅱ", "²", "99999999999999999999", "İ", "ß", "Eighth", "3rd",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(text=st.text(max_size=80), hint=HINTS)
def test_never_raises_on_any_text(text: str, hint: str | None) -> None:
    result = parse_reference(text, document_hint=hint)
    assert isinstance(result, ReferenceMatch | ReferenceProblem)
    if isinstance(result, ReferenceMatch):
        assert result.commitment_id in CATALOG


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(PIECES, max_size=8), separator=st.sampled_from(["", " ", "-"]), hint=HINTS)
def test_never_raises_on_reference_like_text(
    pieces: list[str], separator: str, hint: str | None
) -> None:
    result = parse_reference(separator.join(pieces), document_hint=hint)
    if isinstance(result, ReferenceMatch):
        assert result.commitment_id in CATALOG
    else:
        assert result.reason


@settings(max_examples=200, deadline=None)
@given(
    commitment_id=st.sampled_from(IDS),
    case=st.sampled_from([str.lower, str.upper, str.title, str.swapcase]),
    padding=st.sampled_from(["", " ", "  ", "\t", "\u00a0"]),
)
def test_case_and_whitespace_do_not_matter(
    commitment_id: str, case: Callable[[str], str], padding: str
) -> None:
    label = CATALOG.get(commitment_id).label
    for text in (label, commitment_id):
        written = padding + case(text).replace(" ", padding + " ") + padding
        assert parse_reference(written) == ReferenceMatch(commitment_id), written


@pytest.mark.parametrize("document", CATALOG.documents, ids=lambda d: d.id)
def test_document_titles_as_hints(document: Document) -> None:
    """A document column holding the catalog's own titles helps and never contradicts."""
    for commitment in document.commitments[::7]:
        for hint in (document.title, document.short_title, document.meeting, document.id):
            assert parse_reference(commitment.id, document_hint=hint).ok, hint
        section = next(s for s in document.sections if s.id == commitment.section)
        hint = f"{document.short_title} {section.label} {section.title}"
        bare = str(commitment.number)
        assert parse_reference(bare, document_hint=hint) == ReferenceMatch(commitment.id), hint


def test_number_must_come_last() -> None:
    result = parse_reference("para 21 (RevCon3 II)")
    assert isinstance(result, ReferenceProblem) and "does not end with" in result.reason


# --- English, French and Spanish as people write them -----------------------------------------

RC3_TITLE_ES = (
    "Tercera Conferencia de las Naciones Unidas para Examinar los Progresos Alcanzados en la "
    "Ejecución del Programa de Acción"
)
RC3_TITLE_FR = (
    "troisième Conférence des Nations Unies chargée d'examiner les progrès accomplis dans "
    "l'exécution du Programme d'action"
)
POA_FULL = {
    "en": "Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms "
    "and Light Weapons in All Its Aspects",
    "fr": "Programme d'action en vue de prévenir, combattre et éliminer le commerce illicite des "
    "armes légères sous tous ses aspects",
    "es": "Programa de Acción para Prevenir, Combatir y Eliminar el Tráfico Ilícito de Armas "
    "Pequeñas y Ligeras en Todos sus Aspectos",
}

# (reference cell, document column or None, expected id), by language.
ENGLISH: list[tuple[str, str | None, str]] = [
    ("RevCon 3 para 21, section II", None, "RC3-II-21"),
    ("RevCon-3 II-21", None, "RC3-II-21"),
    ("RevCon3 II,21", None, "RC3-II-21"),
    ("RevCon3 section two, paragraph 21", None, "RC3-II-21"),
    ("RevCon3 second section, para. 21", None, "RC3-II-21"),
    ("RevCon3 2nd section para 21", None, "RC3-II-21"),
    ("RevCon3 Section II. para 21", None, "RC3-II-21"),
    ("RevCon3 Part II, paras 21", None, "RC3-II-21"),
    ("RevCon3 Part two, par 21", None, "RC3-II-21"),
    ("RevCon3 chapter 2 pp 21", None, "RC3-II-21"),
    ("RevCon3 II ¶21", None, "RC3-II-21"),
    ("RevCon3 II item 21", None, "RC3-II-21"),
    ("RevCon3 II point 21", None, "RC3-II-21"),
    ("RevCon3 PoA II.21", None, "RC3-II-21"),
    ("RevCon3 International Tracing Instrument para 12", None, "RC3-III-12"),
    ("RevCon3 implementation plan for the International Instrument, para 12", None, "RC3-III-12"),
    ("RevCon3 international cooperation, para 3", None, "RC3-IV-3"),
    ("RevCon3 Follow-up to the Third Review Conference, para 2", None, "RC3-V-2"),
    (
        "Third United Nations Conference to Review Progress Made in the Implementation of the "
        f"{POA_FULL['en']}, II.21",
        None,
        "RC3-II-21",
    ),
    ("BMS-8 para 29", None, "BMS8-29"),
    ("BMS 8 paragraph 29", None, "BMS8-29"),
    ("8th Biennial Meeting of States, para 29", None, "BMS8-29"),
    ("Eighth Biennial Meeting (BMS8), para 29", None, "BMS8-29"),
    (
        "Eighth Biennial Meeting of States to Consider the Implementation of the "
        f"{POA_FULL['en']}, para 29",
        None,
        "BMS8-29",
    ),
    ("BMS8 operative paragraph 29", None, "BMS8-29"),
    ("8th BMS8 para 29", None, "BMS8-29"),  # the number again is the name, not a paragraph
    ("3rd RevCon3 II.21", None, "RC3-II-21"),
    ("8th BMS 29", None, "BMS8-29"),
    ("Biennial Meeting para 29", "BMS8", "BMS8-29"),
    ("BMS8 item 29", None, "BMS8-29"),
    ("cf. BMS8 para 29", None, "BMS8-29"),
    ("Section II, para 21", "RevCon3", "RC3-II-21"),
    ("II/21", "RevCon 3", "RC3-II-21"),
    ("2.21", "RevCon3", "RC3-II-21"),
    ("Part II, 21", "RevCon3", "RC3-II-21"),
    ("21", "RevCon3 International Tracing Instrument", "RC3-III-21"),
]
FRENCH: list[tuple[str, str | None, str]] = [
    (f"{RC3_TITLE_FR}, section II, paragraphe 21", None, "RC3-II-21"),
    (f"{RC3_TITLE_FR} {POA_FULL['fr']}, section II, paragraphe 21", None, "RC3-II-21"),
    ("3e Conférence d'examen, II-21", None, "RC3-II-21"),
    ("3ème Conférence d'examen II.21", None, "RC3-II-21"),
    ("Troisième conférence d'examen, deuxième section, par. 21", None, "RC3-II-21"),
    ("RevCon3 section deux, paragraphe 21", None, "RC3-II-21"),
    ("RevCon3 2e partie, paragr. 21", None, "RC3-II-21"),
    ("RevCon3 partie II, § 21", None, "RC3-II-21"),
    ("RevCon3 chapitre premier, par. 3", None, "RC3-I-3"),
    ("RevCon3 IIe partie, par. 21", None, "RC3-II-21"),
    ("IIIe Conférence d'examen, section II, par. 21", None, "RC3-II-21"),
    ("VIIIe Réunion biennale des États, par. 29", None, "BMS8-29"),
    ("RevCon3 titre II, point 21", None, "RC3-II-21"),
    ("RevCon3 plan de mise en œuvre du Programme d'action, § 21", None, "RC3-II-21"),
    ("RevCon3 Instrument international de traçage, par. 12", None, "RC3-III-12"),
    (
        "RevCon3 plan de mise en œuvre de l'Instrument international de traçage, par. 12",
        None,
        "RC3-III-12",
    ),
    ("RevCon3 coopération et assistance internationales, paragraphe 3", None, "RC3-IV-3"),
    ("RevCon3 coopération internationale et assistance, paragraphe 3", None, "RC3-IV-3"),
    ("RevCon3 Déclaration, par. 3", None, "RC3-I-3"),
    ("RevCon3 suivi, paragraphe 2", None, "RC3-V-2"),
    ("huitième Réunion biennale des États, paragraphe 29", None, "BMS8-29"),
    ("8e Réunion biennale des États, par. 29", None, "BMS8-29"),
    (
        "Huitième Réunion biennale des États consacrée à l'examen de la mise en œuvre du "
        f"{POA_FULL['fr']}, paragraphe 29",
        None,
        "BMS8-29",
    ),
    ("Réunion biennale 8, § 29", None, "BMS8-29"),
    ("BMS8, paragraphe n° 29", None, "BMS8-29"),
    ("section II, paragraphe 21", "Troisième Conférence d'examen", "RC3-II-21"),
    ("paragraphe 21", "RevCon3 plan de mise en œuvre du Programme d'action", "RC3-II-21"),
    ("point 29", "Réunion biennale 8", "BMS8-29"),
    ("Réunion biennale, par. 29", "BMS8", "BMS8-29"),  # the column says which meeting
    ("Conférence d'examen, section II, par. 21", "RevCon3", "RC3-II-21"),
]
SPANISH: list[tuple[str, str | None, str]] = [
    (f"{RC3_TITLE_ES}, sección II, párrafo 21", None, "RC3-II-21"),
    (f"{RC3_TITLE_ES} {POA_FULL['es']}, sección II, párrafo 21", None, "RC3-II-21"),
    ("3ª Conferencia de Examen, II.21", None, "RC3-II-21"),
    ("3° Conferencia de Examen II.21", None, "RC3-II-21"),
    ("3ra Conferencia de Examen, sección 2, párr. 21", None, "RC3-II-21"),
    ("Tercera Conferencia de Examen, sección segunda, párrafo 21", None, "RC3-II-21"),
    ("RevCon3 segunda sección, párrafo 21", None, "RC3-II-21"),
    ("RevCon3 2ª sección, párrafo 21", None, "RC3-II-21"),
    ("RevCon3 sección 2ª, párrafo 21", None, "RC3-II-21"),
    ("BMS8 párr. 29: coordinación nacional", None, "BMS8-29"),
    ("RevCon3 sección dos, parr. 21", None, "RC3-II-21"),
    ("RevCon3 Secc. II, párr. 21", None, "RC3-II-21"),
    ("RevCon3 capítulo primero, párrafo 3", None, "RC3-I-3"),
    ("RevCon3 Título II, numeral 21", None, "RC3-II-21"),
    ("RevCon3 parte II, punto 21", None, "RC3-II-21"),
    ("RevCon3 apartado II, párrafo 21", None, "RC3-II-21"),
    ("RevCon3 Plan de aplicación del Programa de Acción, párr. 21", None, "RC3-II-21"),
    ("RevCon3 Plan de ejecución del PdA, párr. 21", None, "RC3-II-21"),
    ("RevCon3 Instrumento Internacional de Localización, párrafo 12", None, "RC3-III-12"),
    ("RevCon3 Plan de aplicación del Instrumento Internacional de Localización, párr. 12",
     None, "RC3-III-12"),
    ("RevCon3 cooperación y asistencia internacionales, párrafo 3", None, "RC3-IV-3"),
    ("RevCon3 Declaración, párrafo 3", None, "RC3-I-3"),
    ("RevCon3 Declaración de 2018, párrafo 3", None, "RC3-I-3"),
    ("8ª Reunión Bienal de los Estados, párr. 29", None, "BMS8-29"),
    ("8va Reunión Bienal de Estados, párrafo 29", None, "BMS8-29"),
    ("Octava Reunión Bienal de los Estados para Examinar la Ejecución del "
     f"{POA_FULL['es']}, párrafo 29", None, "BMS8-29"),
    ("BMS8 Nº 29", None, "BMS8-29"),
    ("BMS8 N.º 29", None, "BMS8-29"),
    ("BMS8 párrafo 29º", None, "BMS8-29"),
    ("BMS8 numeral 29", None, "BMS8-29"),
    ("Sección II, párrafo 21", "RevCon3", "RC3-II-21"),
    ("Capítulo II, numeral 21", "Tercera Conferencia de Examen", "RC3-II-21"),
    ("21", "RevCon3 Plan de aplicación del Programa de Acción", "RC3-II-21"),
    ("párrafo 29", "8ª Reunión Bienal", "BMS8-29"),
]  # fmt: skip
LANGUAGES = {"en": ENGLISH, "fr": FRENCH, "es": SPANISH}


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [case for cases in LANGUAGES.values() for case in cases],
)
def test_forms_in_three_languages(text: str, hint: str | None, expected: str) -> None:
    assert parse_reference(text, document_hint=hint) == ReferenceMatch(expected)


# Still errors, in every language: no document, no section, two documents, sub-paragraphs,
# and acronyms nobody was seen to use ("CE3", "RBE8") are unknown words, never a guess.
PROBLEMS_IN_THREE_LANGUAGES: list[tuple[str, str | None, str, str]] = [
    ("para 21", None, "ambiguous", "names no document"),
    ("paragraphe 21", None, "ambiguous", "names no document"),
    ("párrafo 21", None, "ambiguous", "names no document"),
    ("Sección II, párrafo 21", None, "ambiguous", "names no document"),
    ("21", "Plan de aplicación del Programa de Acción", "ambiguous", "names none either"),
    ("RevCon3 21", None, "ambiguous", "names no section"),
    ("RevCon3 PoA 21", None, "ambiguous", "names no section"),
    ("Tercera Conferencia de Examen, párrafo 21", None, "ambiguous", "names no section"),
    ("troisième Conférence d'examen, paragraphe 21", None, "ambiguous", "names no section"),
    ("BMS8 RevCon3 21", None, "ambiguous", "several documents"),
    ("BMS8/RevCon3 para 2", None, "ambiguous", "several documents"),
    ("Octava Reunión Bienal, Tercera Conferencia de Examen, párrafo 2", None, "ambiguous",
     "several documents"),
    ("RevCon3 ICA/ITI 3", None, "ambiguous", "names international cooperation and assistance"),
    ("RevCon3 sección II, Declaración, párrafo 3", None, "ambiguous", "names section II and"),
    ("BMS8 et RevCon3, par. 2", None, "not_a_reference", "unexpected 'et'"),
    ("Reunión Bienal, párrafo 29", None, "ambiguous", "names a Biennial Meeting but not which"),
    ("Reunión Bienal, párrafo 29", "RevCon3", "ambiguous", "conflicting"),
    ("Reunión Bienal, párrafo 29", "BMS7 or BMS8", "ambiguous", "conflicting"),
    ("Conférence d'examen, par. 21", None, "ambiguous", "names a Review Conference but not"),
    ("BMS 2022 para 29", None, "ambiguous", "names a Biennial Meeting but not which"),
    ("Séptima Reunión Bienal, párrafo 2", None, "unknown", "BMS7 is not in the catalog"),
    ("4e Conférence d'examen, II.2", None, "unknown", "RevCon4 is not in the catalog"),
    ("CE3 II.21", None, "not_a_reference", "unexpected 'ce'"),
    ("3rd RevCon3", "RevCon3 II", "not_a_reference", "has no paragraph number"),
    ("RBE8 par. 29", None, "not_a_reference", "unexpected 'rbe'"),
    ("BMS8 report, para 3", None, "not_a_reference", "unexpected 'report'"),
    ("RevCon3 sección sexta, párrafo 1", None, "unknown", "has sections I, II, III, IV, V"),
    # sub-paragraphs: the catalog has whole paragraphs only
    ("BMS8 para 29, subparagraph (a)", None, "unknown", "sub-paragraph"),
    ("BMS8 para 29, sub-para. b", None, "unknown", "sub-paragraph"),
    ("BMS8 para 29, subparagraph (a) on marking", None, "unknown", "sub-paragraph"),
    ("BMS8 para 29 item 3", None, "unknown", "sub-paragraph"),
    ("BMS8 para 29, point (c)", None, "unknown", "sub-paragraph"),
    ("§ 29 (a)(i)", "BMS8", "unknown", "sub-paragraph"),
    ("BMS8 para 29 (d)", None, "unknown", "sub-paragraph"),  # "d", "l", "n" are also filler
    ("BMS8 para 29 (l)", None, "unknown", "sub-paragraph"),
    ("RevCon3 II.21 (n)", None, "unknown", "sub-paragraph"),
    ("BMS8 alinéa b) du paragraphe 29", None, "unknown", "sub-paragraph"),
    ("BMS8 paragraphe 29, alinéa b", None, "unknown", "sub-paragraph"),
    ("BMS8 point a) du paragraphe 29", None, "unknown", "sub-paragraph"),
    ("BMS8 sous-alinéa c du paragraphe 29", None, "unknown", "sub-paragraph"),
    ("BMS8 párrafo 29, inciso a)", None, "unknown", "sub-paragraph"),
    ("BMS8 apartado a) del párrafo 29", None, "unknown", "sub-paragraph"),
    ("BMS8 párrafo 29, literal b", None, "unknown", "sub-paragraph"),
    ("RevCon3 sección II, párrafo 21, subpárrafo c", None, "unknown", "sub-paragraph"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "hint", "kind", "words"), PROBLEMS_IN_THREE_LANGUAGES)
def test_three_languages_unknown_or_ambiguous_is_an_error(
    text: str, hint: str | None, kind: str, words: str
) -> None:
    result = parse_reference(text, document_hint=hint)
    assert isinstance(result, ReferenceProblem), result
    assert result.kind == kind, result.reason
    assert words in result.reason


SECTION_WORDS = {
    "en": ["Section {s}", "section {n}", "Part {s}", "{o} section"],
    "fr": ["section {s}", "partie {s}", "chapitre {s}", "{o} section"],
    "es": ["sección {s}", "parte {s}", "capítulo {s}", "sección {o}", "{o} sección"],
}
ORDINAL_WORDS = {
    "en": ["first", "second", "third", "fourth", "fifth"],
    "fr": ["première", "deuxième", "troisième", "quatrième", "cinquième"],
    "es": ["primera", "segunda", "tercera", "cuarta", "quinta"],
}
DOCUMENT_NAMES = {
    "RC3": {
        "en": ["RevCon3", "RC3", "Third Review Conference", "3rd RevCon"],
        "fr": ["troisième Conférence d'examen", "3e Conférence d'examen", RC3_TITLE_FR],
        "es": ["Tercera Conferencia de Examen", "3ª Conferencia de Examen", RC3_TITLE_ES],
    },
    "BMS8": {
        "en": ["BMS8", "BMS 8", "BMS-8", "BMS VIII", "Eighth Biennial Meeting of States"],
        "fr": ["huitième Réunion biennale des États", "8e Réunion biennale", "Réunion biennale 8"],
        "es": ["Octava Reunión Bienal de los Estados", "8ª Reunión Bienal", "BMS 8"],
    },
}
PARAGRAPH_WORDS = {
    "en": ["para {p}", "paragraph {p}", "§ {p}", "para. {p}", "op {p}"],
    "fr": ["paragraphe {p}", "par. {p}", "paragr. {p}", "§{p}", "point {p}"],
    "es": ["párrafo {p}", "párr. {p}", "parr. {p}", "numeral {p}", "punto {p}", "apartado {p}"],
}
RC3_COMMITMENTS = [c for c in CATALOG if c.document_id == "RC3"]
BMS8_COMMITMENTS = [c for c in CATALOG if c.document_id == "BMS8"]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_rc3_paragraph_in_each_language(language: str) -> None:
    """Each way of naming the document, the section and the paragraph, combined."""
    for i, commitment in enumerate(RC3_COMMITMENTS):
        number = ["I", "II", "III", "IV", "V"].index(commitment.section) + 1
        section = SECTION_WORDS[language][i % len(SECTION_WORDS[language])].format(
            s=commitment.section, n=number, o=ORDINAL_WORDS[language][number - 1]
        )
        names = DOCUMENT_NAMES["RC3"][language]
        paragraph = PARAGRAPH_WORDS[language][i % len(PARAGRAPH_WORDS[language])]
        text = f"{names[i % len(names)]}, {section}, {paragraph.format(p=commitment.number)}"
        assert parse_reference(text) == ReferenceMatch(commitment.id), text
        for separator in (" ", "-", ".", ",", "/"):
            bare = f"{commitment.section}{separator}{commitment.number}"
            assert parse_reference(bare, document_hint=names[0]) == ReferenceMatch(commitment.id)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_bms8_paragraph_in_each_language(language: str) -> None:
    for i, commitment in enumerate(BMS8_COMMITMENTS):
        names = DOCUMENT_NAMES["BMS8"][language]
        paragraph = PARAGRAPH_WORDS[language][i % len(PARAGRAPH_WORDS[language])]
        text = f"{names[i % len(names)]}, {paragraph.format(p=commitment.number)}"
        assert parse_reference(text) == ReferenceMatch(commitment.id), text
        bare = paragraph.format(p=commitment.number)
        assert parse_reference(bare, document_hint=names[i % len(names)]).ok, bare


@pytest.mark.parametrize(
    "hint",
    [
        "Plan de mise en œuvre du Programme d'action", "Plan de aplicación del Programa de Acción",
        "Implementation plan for the Programme of Action", "Section II", "Sección 2",
        "deuxième section", "Part two",
    ],
)  # fmt: skip
def test_section_hints_in_three_languages(hint: str) -> None:
    assert parse_reference("21", document_hint=f"RevCon3 {hint}") == ReferenceMatch("RC3-II-21")
    assert parse_reference("RevCon3 para 21", document_hint=hint) == ReferenceMatch("RC3-II-21")


# RevCon3's section titles as the French and Spanish versions print them, used as the section
# column: each names its own section, including IV, whose title ends on the Tracing Instrument.
UN_SECTION_TITLES: list[tuple[str, str]] = [
    ("I", "Déclaration de 2018"),
    ("I", "Declaración de 2018"),
    ("II", "Plan de mise en œuvre du Programme d'action en vue de prévenir, combattre et éliminer "
     "le commerce illicite des armes légères sous tous ses aspects (2018-2024)"),
    ("II", "Plan de Aplicación del Programa de Acción para Prevenir, Combatir y Eliminar el "
     "Tráfico Ilícito de Armas Pequeñas y Ligeras en Todos sus Aspectos, 2018-2024"),
    ("III", "Plan de mise en œuvre de l'Instrument international visant à permettre aux États "
     "de procéder à l'identification et au traçage rapides et fiables des armes légères et de "
     "petit calibre illicites (2018-2024)"),
    ("III", "Plan de Aplicación del Instrumento Internacional para Permitir a los Estados "
     "Identificar y Localizar, de Forma Oportuna y Fidedigna, las Armas Pequeñas y Armas "
     "Ligeras Ilícitas, 2018-2024"),
    ("IV", "Promouvoir une coopération et une assistance internationales adéquates, efficaces "
     "et durables aux fins de la mise en œuvre intégrale et effective du Programme d'action et "
     "de l'Instrument international de traçage"),
    ("IV", "Promoción de una cooperación y asistencia internacionales adecuadas, eficaces y "
     "sostenibles para la aplicación plena y efectiva del Programa de Acción y el Instrumento "
     "Internacional de Localización"),
    ("V", "Suivi de la troisième Conférence d'examen"),
    ("V", "Seguimiento de la Tercera Conferencia de Examen"),
]  # fmt: skip


@pytest.mark.parametrize(("section", "title"), UN_SECTION_TITLES)
def test_un_section_titles_as_hints(section: str, title: str) -> None:
    expected = ReferenceMatch(f"RC3-{section}-3")
    assert parse_reference("3", document_hint=f"RevCon3 {title}") == expected
    assert parse_reference("RevCon3 para 3", document_hint=title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "BMS8", "BMS 8", "bms-8", "BMS VIII", "RevCon3", "RevCon3 - ITI", "RC3", "RevCon 3 II",
        "Tercera Conferencia de Examen", "3ª Conferencia de Examen", "Réunion biennale 8",
        "huitième Réunion biennale des États", "Octava Reunión Bienal", "3e Conférence d'examen",
        "Eighth Biennial Meeting (BMS8)", "Copy of BMS8 (old)", "BMS7", RC3_TITLE_ES,
    ],
)  # fmt: skip
def test_titles_that_name_a_document(title: str) -> None:
    assert names_document(title)


@pytest.mark.parametrize(
    "title",
    [
        "Suivi", "Seguimiento", "Follow-up", "Tracker 2024", "Sheet1", "Hoja1", "Feuil1", "BMS",
        "RevCon", "Biennial meeting", "BMS 2022", "BMS8 and RevCon3", "BMS8, RevCon3", "ITI",
        "PoA 2024", "Section 2", "Part 1", "Plan 2", "Declaration", "", "   ", "CE3", "RBE8",
        "x" * 400,
    ],
)  # fmt: skip
def test_titles_that_name_no_document(title: str) -> None:
    assert not names_document(title)


def test_a_sheet_title_as_hint() -> None:
    """How the import uses it: bare numbers on a sheet titled after a document belong to it."""
    assert names_document("BMS8") and parse_reference("29", document_hint="BMS8").ok
    assert names_document("BMS7")
    result = parse_reference("29", document_hint="BMS7")
    assert isinstance(result, ReferenceProblem) and "BMS7 is not in the catalog" in result.reason


MULTILINGUAL_PIECES = st.sampled_from(
    [
        "Tercera", "Conferencia de Examen", "troisième", "Conférence d'examen", "Réunion biennale",
        "Reunión Bienal", "huitième", "octava", "8ª", "3e", "3°", "Nº", "N.º", "párr.", "párrafo",
        "paragraphe", "par.", "§", "¶", "sección", "section", "partie", "capítulo", "segunda",
        "deux", "two", "alinéa", "inciso", "punto", "point", "item", "numeral", "apartado",
        "sub", "(a)", "b)", "II", "21", "29", "2018", "PoA", "Programa de Acción", "para", "ITI",
        "Instrumento Internacional de Localización", "coopération et assistance internationales",
        "Declaración", "suivi", "BMS8", "RevCon3", "y", "et", "-", ".", ",", "/", " ",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=400), hint=st.none() | st.text(max_size=400))
def test_never_raises_on_any_long_text(text: str, hint: str | None) -> None:
    result = parse_reference(text, document_hint=hint)
    assert isinstance(result, ReferenceMatch | ReferenceProblem)
    assert isinstance(names_document(text), bool)


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(MULTILINGUAL_PIECES, max_size=12),
    separator=st.sampled_from([" ", "", ", "]),
    hint=st.none() | st.lists(MULTILINGUAL_PIECES, max_size=6).map(" ".join),
)
def test_never_raises_on_multilingual_reference_like_text(
    pieces: list[str], separator: str, hint: str | None
) -> None:
    text = separator.join(pieces)
    result = parse_reference(text, document_hint=hint)
    if isinstance(result, ReferenceMatch):
        assert result.commitment_id in CATALOG
    else:
        assert result.reason
    names_document(text)
