"""Status cells in English, French, Spanish, Arabic, Chinese and Russian, and the user's own
mappings."""

from __future__ import annotations

import unicodedata
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from poa_desktop.domain.status import STATUSES, Status
from poa_desktop.domain.text import fold
from poa_desktop.exchange.reading.statuses import (
    _FORMS,
    BUILT_IN,
    StatusMatch,
    StatusProblem,
    parse_status,
)

LISTED: dict[str | None, list[str]] = {
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


def matched(status: str | None) -> StatusMatch:
    return StatusMatch(None if status is None else Status(status))


@pytest.mark.parametrize(("text", "status"), CASES)
def test_every_listed_form(text: str, status: str | None) -> None:
    assert parse_status(text) == matched(status)


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
def test_case_accents_spaces_and_punctuation_are_folded(text: str, status: str) -> None:
    assert parse_status(text) == matched(status)


def test_no_means_not_implemented_in_english_and_spanish() -> None:
    assert parse_status("No") == parse_status("no") == matched("not_implemented")
    assert parse_status("No aplica") == matched("not_applicable")


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
    assert parse_status("X", extra) == matched("implemented")
    assert parse_status("peut etre", extra) == matched("developing")
    assert parse_status("no", extra) == matched("not_applicable")
    assert parse_status("Oui*", extra) == matched("implemented")
    assert parse_status("Oui", extra) == matched("implemented")
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
    status: tuple[str, str | None], left: str, right: str
) -> None:
    text, expected = status
    for variant in (text.upper(), text.lower(), text.title()):
        assert parse_status(left + variant + right) == matched(expected)


# --- Arabic, Chinese and Russian ---------------------------------------------------------------

OTHER_SCRIPTS: dict[str | None, list[str]] = {
    "implemented": ["نعم", "منفذ", "منفذة", "تم التنفيذ", "是", "已执行", "已執行", "已实施",
                    "已落实", "да", "Да", "ДА", "выполнено", "Выполнено", "осуществлено",
                    "реализовано", "полностью выполнено"],
    "developing": ["جزئيا", "جزئياً", "منفذ جزئيا", "منفذ جزئياً", "قيد التنفيذ", "部分执行",
                   "部分實施", "进行中", "進行中", "正在实施", "частично", "Частично выполнено",
                   "частично осуществлено", "в процессе", "В процессе", "выполняется"],
    "not_implemented": ["لا", "غير منفذ", "لم ينفذ", "否", "未执行", "未實施", "нет", "Нет",
                        "не выполнено", "Не выполнено", "не осуществлено"],
    "not_applicable": ["لا ينطبق", "غير قابل للتطبيق", "不适用", "不適用", "не применимо",
                       "Не применимо", "неприменимо"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "status"),
    [(text, status) for status, texts in OTHER_SCRIPTS.items() for text in texts],
)
def test_arabic_chinese_and_russian(text: str, status: str) -> None:
    assert parse_status(text) == matched(status)
    assert parse_status(f"  {text}. ") == matched(status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("مُنَفَّذٌ", "implemented"),  # with its vowel marks
        ("نَعَم", "implemented"),
        ("مُنَفَّذ جُزْئِيًّا", "developing"),
        ("منـــفذ", "implemented"),  # stretched with tatweel
        ("لَا يَنْطَبِقُ", "not_applicable"),
        ("ﻻ", "not_implemented"),  # the lam-alef ligature
        ("ВЫПОЛНЕНО", "implemented"),
        ("НЕ ПРИМЕНИМО", "not_applicable"),
        ("в процессе…", "developing"),
        ("是。", "implemented"),  # full-width punctuation
        ("（不适用）", "not_applicable"),
    ],
)
def test_marks_ligatures_and_punctuation_in_other_scripts(text: str, status: str) -> None:
    assert parse_status(text) == matched(status)


def test_mixed_or_unknown_words_in_other_scripts_are_problems() -> None:
    for text in ("ربما", "也许", "может быть", "да, частично", "是/否"):
        assert isinstance(parse_status(text), StatusProblem), text


def test_fold_cyrillic_short_i_and_yo() -> None:
    """й is a letter of its own (NFKD splits it into и + breve: folding keeps it whole, typed
    either way); ё reads as е, as Russian is usually typed."""
    assert fold("й") == fold("Й") == fold("и\u0306") == "й"
    assert fold("й") != fold("и")
    assert fold("ў") == fold("у\u0306") == "ў"
    assert fold("ё") == fold("Ё") == fold("е\u0308") == "е"
    assert fold("Мой") == "мой" != fold("мои")


def test_fold_arabic_marks() -> None:
    assert fold("مُنَفَّذٌ") == fold("منفذ")
    assert fold("منـفذ") == fold("منفذ")  # tatweel
    assert fold("أ") == fold("إ") == fold("آ") == fold("ا")
    assert fold("ﻻ") == fold("لا")


Normalisation = Literal["NFC", "NFD", "NFKC", "NFKD"]


@pytest.mark.parametrize("form", ["NFC", "NFD", "NFKC", "NFKD"])
def test_every_form_matches_however_it_is_normalised(form: Normalisation) -> None:
    """A cell and the table entry fold to the same key, precomposed or decomposed."""
    for status, forms in _FORMS.items():
        for text in forms:
            written = unicodedata.normalize(form, text)
            assert parse_status(written) == matched(status), (form, text)


@settings(max_examples=300)
@given(st.text(max_size=60))
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
