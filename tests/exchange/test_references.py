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
