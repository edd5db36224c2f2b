"""How the outcome documents and ministries write paragraph references, in English, French, Spanish.

The reading in :mod:`references` is only as good as this vocabulary, and the vocabulary changes
for reasons of its own: a tracker turns up a new way of writing "Biennial Meeting", a ministry
shortens a title differently. So it is kept apart, in one place, as data.

It follows how the documents name themselves and their parts in the three languages (the UN's
own titles: "Tercera Conferencia de las Naciones Unidas para Examinar los Progresos Alcanzados en
la Ejecución del Programa de Acción", "huitième Réunion biennale des États") and how ministries
shorten them ("RevCon3", "RC3", "BMS 8", "3ª Conferencia de Examen"). Acronyms nobody was seen to
use ("CE3", "RBE8") are left out on purpose: an unknown word is an error.

Except for the two signs matched before folding (marked below), everything here matches folded
text: lower case, no accents, words separated by one space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _any(forms: str | Iterable[str]) -> str:
    """Plain words (a list, or one string of them) as one alternation, longest first, so that
    "seccion" is never read as "sec" followed by more letters."""
    words = forms.split() if isinstance(forms, str) else forms
    return "|".join(sorted(set(words), key=lambda form: (-len(form), form)))


def _numbered(*series: str, start: int = 1) -> dict[str, int]:
    return {word: n for words in series for n, word in enumerate(words.split(), start=start)}


# Ordinals as the documents and ministries write them (masculine and feminine: "capítulo
# segundo", "sección segunda", "premier chapitre", "première partie").
ORDINALS = _numbered(
    "first second third fourth fifth sixth seventh eighth ninth tenth",
    "premiere deuxieme troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme dixieme",
    "premier seconde",
    "primera segunda tercera cuarta quinta sexta septima octava novena decima",
    "primero segundo tercero cuarto quinto sexto septimo octavo noveno decimo",
    "primer",
) | {"tercer": 3, "setima": 7, "setimo": 7}
# Cardinals, read only right after a section word ("section two", "sección dos").
CARDINALS = _numbered(
    "one two three four five six seven eight nine ten",
    "un deux trois quatre cinq six sept huit neuf dix",
    "uno dos tres cuatro cinco seis siete ocho nueve diez",
) | {"une": 1, "una": 1}
# "3rd", "3e", "3ème", "1er", "1re", "3ª", "3º", "3ra", "2do", "8va"...; º, ª and ° after a digit
# become ORDINAL_MARK before folding, so that "párrafo 21º" is not read as sub-paragraph "o".
ORDINAL_MARK = "ordmk"
_SUFFIX = _any(f"st nd rd th e eme er ere re a o ra era ro da do ta to mo ma va vo {ORDINAL_MARK}")
_ROMAN_ORD = r"[ivx]{1,4}(?=(?:e|eme|er|ere|re) )"  # French "IIIe", "IIe", "Ire": the roman part
_ORD = (
    rf"(?:(?P<word>{_any(ORDINALS)})|(?P<digits>\d{{1,2}}) (?:{_SUFFIX})"
    rf"|(?P<roman>{_ROMAN_ORD})(?:e|eme|er|ere|re))"
)
_NUM = r"(?P<num>\d{1,2}|[ivx]{1,6})"  # a meeting's number; "BMS 2022" is a year, not a number
_WORDS = r"(?:[^\W\d_]+ )"  # one word of a long title (never a number, never a claimed "#")

# The Programme of Action, short or with its full title in each language; it names no section.
_POA_NAME = "programme of action|program of action|programme d action|programa de accion|poa|pda"
_POA_TAIL = rf"(?:to|en vue de|pour|para|visant a) {_WORDS}{{1,20}}?(?:aspects|aspectos)"
_POA = rf"(?:{_POA_NAME})(?: {_POA_TAIL})?"
# The International Tracing Instrument, short or with its full title. Alternations of patterns
# are written in order, longer phrases first: the first alternative that fits is taken.
_ITI = "|".join(
    [
        "international tracing instrument",
        rf"international instrument(?: to enable states {_WORDS}{{1,16}}?weapons)?",
        "tracing instrument",
        "instrument international de tracage",
        rf"instrument international(?: visant a permettre aux etats {_WORDS}{{1,20}}?illicites)?",
        "instrumento internacional de (?:localizacion|rastreo|marcaje y (?:rastreo|trazado))",
        rf"instrumento internacional(?: para permitir a los estados {_WORDS}{{1,20}}?ilicitas)?",
        "iti|iit|iil",
    ]
)
_ITI_LONG = (
    "international tracing instrument|international instrument"
    "|instrument international(?: de tracage)?"
    "|instrumento internacional(?: de (?:localizacion|rastreo))?"
)
_REVIEW_NUMBERED = (
    "revcon|rev con|rev conf|revconf|review conference|review conf"
    "|conference d examen|conferencia de examen|conferencia de revision"
)
_REVIEW = "|".join(
    [
        "(?:united nations |un )?conference to review(?: the)?(?: progress(?: made)?"
        "(?: in (?:the )?implementation of)?)?",
        "conference(?: des nations unies)? (?:d examen|chargee d examiner|pour examiner)"
        "(?: (?:les|des) progres(?: accomplis| realises)?"
        "(?: dans (?:l execution|la mise en oeuvre|l application))?)?",
        "conferencia(?: de las naciones unidas)? (?:de examen|de revision|para examinar)"
        "(?: los progresos(?: alcanzados| realizados)?"
        "(?: en la (?:ejecucion|aplicacion|implementacion))?)?",
        "(?:united nations |un )?review conference",
        _REVIEW_NUMBERED,
    ]
)
_MEETING = (
    r"(?:biennial meeting|reunion biennale|reunion bienal)"
    r"(?: (?:of|des|de) (?:the |los |las )?(?:states|etats|estados))?"
    r"(?: (?:to consider|consacree a l examen de|chargee d examiner|pour examiner|sur"
    r"|para examinar|sobre) (?:the |la |l )?"
    r"(?:implementation|mise en oeuvre|application|execution|ejecucion|aplicacion|implementacion)"
    r"(?: (?:of|de|du|del))?)?"
)
# The same number again after an ordinal name ("3rd RevCon3", "8th BMS8"): part of the name.
_AGAIN = r"(?: (?P<again>\d{1,2}))?"
# (series, pattern): a pattern without a number group names a series but not which meeting.
DOCUMENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (series, re.compile(rf"\b(?:{pattern})\b"))
    for series, pattern in (
        ("BMS", rf"{_ORD} (?:{_MEETING}|bms){_AGAIN}"),
        ("BMS", rf"(?:bms|{_MEETING}) {_NUM}"),
        ("BMS", rf"bms|{_MEETING}"),
        ("RevCon", rf"{_ORD} (?:{_REVIEW}){_AGAIN}"),
        ("RevCon", rf"(?:{_REVIEW_NUMBERED}|rc) {_NUM}"),
        ("RevCon", rf"{_REVIEW}|rc"),
    )
)
# Section IV's title ends on the Tracing Instrument, which would otherwise read as section III.
_ICA_TITLE_TAIL = (
    rf" {_WORDS}{{0,8}}?(?:for|pour|para|aux fins de|en vue de|a fin de) {_WORDS}{{0,18}}?"
    rf"(?:{_ITI_LONG})"
)
_ICA = "|".join(
    [
        "(?:international )?cooperation and assistance",
        "international assistance and cooperation",
        "international cooperation",
        "cooperation (?:internationale )?et (?:l |une |de l )?assistance(?: internationales)?",
        "assistance et (?:la )?cooperation internationales",
        "cooperation internationale",
        "cooperacion (?:internacional )?y (?:la )?asistencia(?: internacionales)?",
        "asistencia y (?:la )?cooperacion internacionales",
        "cooperacion internacional",
    ]
)
# Named sections: (how a message names them, how people write them).
CONCEPTS: dict[str, tuple[str, str]] = {
    "iti": ("ITI implementation plan", "|".join([
        "(?:iti|iit|iil) (?:implementation )?plan",
        rf"implementation plan (?:for|of|on) (?:the )?(?:{_ITI})",
        rf"(?:{_ITI}) implementation plan",
        rf"plan de (?:mise en oeuvre|application|execution) de l (?:{_ITI})",
        rf"plan de (?:aplicacion|ejecucion|implementacion) del (?:{_ITI})",
        _ITI,
    ])),
    "poa": ("PoA implementation plan", "|".join([
        "(?:poa|pda) (?:implementation )?plan",
        rf"implementation plan (?:for|of|on) (?:the )?(?:{_POA})",
        rf"(?:{_POA_NAME}) implementation plan",
        rf"plan de (?:mise en oeuvre|application|execution) du (?:{_POA})",
        rf"plan de (?:aplicacion|ejecucion|implementacion) del (?:{_POA})",
    ])),
    "ica": ("international cooperation and assistance",
            rf"(?:(?:promoting|promouvoir|promocion de|promover) {_WORDS}{{0,4}}?)?"
            rf"(?:{_ICA})(?:{_ICA_TITLE_TAIL})?|ica"),
    "declaration": ("2018 Declaration",
                    "2018 declaration|declaration (?:of |de )?2018|declaracion de 2018"
                    "|declaration|declaracion"),
    "followup": ("follow-up", "follow ?up|suivi|seguimiento"),
}  # fmt: skip
# What each named section is comes from the catalog (a section's ``concept``), not from here.
CONCEPT_RE = re.compile(
    "|".join(rf"\b(?P<{name}>{pattern})\b" for name, (_, pattern) in CONCEPTS.items())
)
_SECTION = _any(
    "section sect sec part chapter chap partie chapitre titre seccion secc parte capitulo cap"
    " titulo"
)
SECTION_AFTER = re.compile(
    rf"\b(?:{_SECTION}) (?:(?:n|no|nr|nro|num|numero) )?"
    rf"(?P<name>{_any([*ORDINALS, *CARDINALS])}|\d{{1,2}}|[ivx]{{1,6}}|[a-e])\b"
)
SECTION_BEFORE = re.compile(
    rf"\b(?:(?P<name>{_any(ORDINALS)}|(?:[1-9]|10) (?:{_SUFFIX}))"
    rf"|(?P<roman>{_ROMAN_ORD})(?:e|eme|er|ere|re)) (?:{_SECTION})\b"
)
POA_RE = re.compile(rf"\b{_POA}\b")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PARA_WORDS = _words(
    "para paras paragraph paragraphs par pars pp op"
    " paragraphe paragraphes paragr parag"
    " parr parrs parrafo parrafos"
)
# Sub-paragraph words: a reference with one of them is refused (the catalog has whole paragraphs).
SUB_WORDS = _words(
    "sub subparagraph subparagraphs subpara subparas sous alinea alineas subparrafo subparrafos"
    " inciso incisos literal letra"
)
# Item words: "punto 21" is paragraph 21, "para 21, point (a)" or "point a" a sub-paragraph.
ITEM_WORDS = _words("item items point points punto puntos numeral numerales apartado apartados")
FILLER = _words(
    "outcome outcomes document documents doc final of the annex annexe anexo in du de del la le l"
    " d des el los las al au aux en to documento resultado n no nr nro num number numero"
    " commitment engagement compromiso ref reference referencia operative cf " + ORDINAL_MARK
)
# Signs matched on the text as written, before folding drops them.
NUMERO = re.compile(r"\b[Nn][.\s]?[º°]")  # "Nº", "N.º", "n°": numéro / número
ORDINAL_SIGN = re.compile(r"(?<=\d)\s?[ºª°]")


# Numbers as written: decimal "21", or roman "ii" (read up to "xxxix").
def roman_numeral(number: int) -> str:
    tens, units = divmod(number, 10)
    return "x" * tens + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[units]


ROMANS = {roman_numeral(n): n for n in range(1, 40)}


def number_value(token: str) -> int:
    if token.isdecimal():
        return int(token) if len(token) <= 9 else 10**9
    return ROMANS.get(token, 0)
