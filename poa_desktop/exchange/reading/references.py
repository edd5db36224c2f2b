"""Paragraph references as people write them ("BMS8 §77", "Revcon 3 - ITI plan para 12") -> ids.

Hand-kept trackers cite paragraphs in many ways and in English, French or Spanish ("RevCon3
II.21", "3e Conférence d'examen, section II, par. 21", "Octava Reunión Bienal, párr. 29"), often
with the document in another column. An import must never attach an answer to the wrong
commitment, so anything unknown or ambiguous comes back as a :class:`ReferenceProblem` whose
reason the user can act on; there is no "best guess".

How it reads: the text is folded (case, accents, punctuation) into word and number tokens; known
phrases (document names, section names, "para"-like words) become markers; what is left must be
at most a section number and exactly one paragraph number. A hint (the document column) is read
with the same vocabulary, but only its documents and sections count.

The vocabulary follows how the documents name themselves and their parts in the three languages
(the UN's own titles: "Tercera Conferencia de las Naciones Unidas para Examinar los Progresos
Alcanzados en la Ejecución del Programa de Acción", "huitième Réunion biennale des États") and
how ministries shorten them ("RevCon3", "RC3", "BMS 8", "3ª Conferencia de Examen"). Acronyms
nobody was seen to use ("CE3", "RBE8") are left out on purpose: an unknown word is an error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from poa_desktop.catalog import Catalog, Document, default_catalog
from poa_desktop.exchange.reading.statuses import fold

ProblemKind = Literal["not_a_reference", "unknown", "ambiguous"]


@dataclass(frozen=True, slots=True)
class ReferenceMatch:
    commitment_id: str

    @property
    def ok(self) -> Literal[True]:
        return True


@dataclass(frozen=True, slots=True)
class ReferenceProblem:
    """Why a cell names no single commitment; ``reason`` is shown to the user as is."""

    kind: ProblemKind
    reason: str

    @property
    def ok(self) -> Literal[False]:
        return False


ReferenceResult = ReferenceMatch | ReferenceProblem


def format_label(commitment_id: str, catalog: Catalog | None = None) -> str:
    """The citation label ("RevCon3 II.21"); raises UnknownCommitmentError for unknown ids."""
    return (catalog or default_catalog()).get(commitment_id).label


# --- vocabulary (folded text: lower case, no accents, words separated by one space) ----------


def _any(forms: str | Iterable[str]) -> str:
    """Plain words (a list, or one string of them) as one alternation, longest first, so that
    "seccion" is never read as "sec" followed by more letters."""
    words = forms.split() if isinstance(forms, str) else forms
    return "|".join(sorted(set(words), key=lambda form: (-len(form), form)))


def _numbered(*series: str, start: int = 1) -> dict[str, int]:
    return {word: n for words in series for n, word in enumerate(words.split(), start=start)}


# Ordinals as the documents and ministries write them (masculine and feminine: "capítulo
# segundo", "sección segunda", "premier chapitre", "première partie").
_ORDINALS = _numbered(
    "first second third fourth fifth sixth seventh eighth ninth tenth",
    "premiere deuxieme troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme dixieme",
    "premier seconde",
    "primera segunda tercera cuarta quinta sexta septima octava novena decima",
    "primero segundo tercero cuarto quinto sexto septimo octavo noveno decimo",
    "primer",
) | {"tercer": 3, "setima": 7, "setimo": 7}
# Cardinals, read only right after a section word ("section two", "sección dos").
_CARDINALS = _numbered(
    "one two three four five six seven eight nine ten",
    "un deux trois quatre cinq six sept huit neuf dix",
    "uno dos tres cuatro cinco seis siete ocho nueve diez",
) | {"une": 1, "una": 1}
# "3rd", "3e", "3ème", "1er", "1re", "3ª", "3º", "3ra", "2do", "8va"...; º, ª and ° after a digit
# become _ORDINAL_MARK before folding, so that "párrafo 21º" is not read as sub-paragraph "o".
_ORDINAL_MARK = "ordmk"
_SUFFIX = _any(f"st nd rd th e eme er ere re a o ra era ro da do ta to mo ma va vo {_ORDINAL_MARK}")
_ROMAN_ORD = r"[ivx]{1,4}(?=(?:e|eme|er|ere|re) )"  # French "IIIe", "IIe", "Ire": the roman part
_ORD = (
    rf"(?:(?P<word>{_any(_ORDINALS)})|(?P<digits>\d{{1,2}}) (?:{_SUFFIX})"
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
_DOCUMENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
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
_CONCEPTS: dict[str, tuple[str, str]] = {
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
# What each named section is in the documents that have it (ids in the catalog).
SECTION_CONCEPTS: dict[str, dict[str, str]] = {
    "RC3": {"declaration": "I", "poa": "II", "iti": "III", "ica": "IV", "followup": "V"},
    "BMS8": {"poa": "A", "iti": "B", "ica": "C"},
}
_CONCEPT_RE = re.compile(
    "|".join(rf"\b(?P<{name}>{pattern})\b" for name, (_, pattern) in _CONCEPTS.items())
)
_SECTION = _any(
    "section sect sec part chapter chap partie chapitre titre seccion secc parte capitulo cap"
    " titulo"
)
_SECTION_AFTER = re.compile(
    rf"\b(?:{_SECTION}) (?:(?:n|no|nr|nro|num|numero) )?"
    rf"(?P<name>{_any([*_ORDINALS, *_CARDINALS])}|\d{{1,2}}|[ivx]{{1,6}}|[a-e])\b"
)
_SECTION_BEFORE = re.compile(
    rf"\b(?:(?P<name>{_any(_ORDINALS)}|(?:[1-9]|10) (?:{_SUFFIX}))"
    rf"|(?P<roman>{_ROMAN_ORD})(?:e|eme|er|ere|re)) (?:{_SECTION})\b"
)
_POA_RE = re.compile(rf"\b{_POA}\b")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PARA_WORDS = _words(
    "para paras paragraph paragraphs par pars pp op"
    " paragraphe paragraphes paragr parag"
    " parr parrs parrafo parrafos"
)
# Sub-paragraph words: a reference with one of them is refused (the catalog has whole paragraphs).
_SUB_WORDS = _words(
    "sub subparagraph subparagraphs subpara subparas sous alinea alineas subparrafo subparrafos"
    " inciso incisos literal letra"
)
# Item words: "punto 21" is paragraph 21, "para 21, point (a)" or "point a" a sub-paragraph.
_ITEM_WORDS = _words("item items point points punto puntos numeral numerales apartado apartados")
_FILLER = _words(
    "outcome outcomes document documents doc final of the annex annexe anexo in du de del la le l"
    " d des el los las al au aux en to documento resultado n no nr nro num number numero"
    " commitment engagement compromiso ref reference referencia operative cf " + _ORDINAL_MARK
)
_TOKENS = re.compile(r"[^\W\d_]+|\d+")
_HEAD_END = re.compile(r"\s[-–—]+\s|[–—:;,(\[|\n]")
_NUMERO = re.compile(r"\b[Nn][.\s]?[º°]")  # "Nº", "N.º", "n°": numéro / número
_ORDINAL_SIGN = re.compile(r"(?<=\d)\s?[ºª°]")
_MAX_LENGTH = 300


def _roman(number: int) -> str:
    tens, units = divmod(number, 10)
    return "x" * tens + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[units]


_ROMANS = {_roman(n): n for n in range(1, 40)}


def _number(token: str) -> int:
    if token.isdecimal():
        return int(token) if len(token) <= 9 else 10**9
    return _ROMANS.get(token, 0)


# --- reading: folded text -> documents, sections, numbers -------------------------------------


@dataclass(frozen=True, slots=True)
class _DocName:
    series: str
    number: int | None

    @property
    def title(self) -> str:
        return f"{self.series}{self.number}" if self.number is not None else self.series

    def covers(self, other: _DocName) -> bool:
        return self.series == other.series and self.number in (None, other.number)


@dataclass(frozen=True, slots=True)
class _Reading:
    docs: tuple[_DocName, ...]
    sections: tuple[str, ...]  # "ii", "2", "b", or a concept name prefixed with "@"
    numbers: tuple[str, ...]  # paragraph-like tokens left over, in order ("ii", "21")
    words: tuple[str, ...]  # tokens outside the vocabulary
    subparagraph: str | None  # its letter or number, "?" for a sub-paragraph word alone
    sub_word: bool  # a sub-paragraph word ("subparagraph", "alinéa", "inciso") is written


def _doc_name(series: str, match: re.Match[str]) -> _DocName:
    groups = match.groupdict()
    if groups.get("word"):
        return _DocName(series, _ORDINALS[groups["word"]])
    number = groups.get("digits") or groups.get("roman") or groups.get("num")
    return _DocName(series, _number(number) if number else None)


def _section_name(match: re.Match[str]) -> str:
    """A section as written -> "ii", "2" or "b" ("segunda" and "2 e" are "2", "two" is "2")."""
    groups = match.groupdict()
    name = groups.get("name") or groups.get("roman") or ""
    number = _ORDINALS.get(name) or _CARDINALS.get(name)
    return str(number) if number else name.split()[0]


_Replacer = Callable[[re.Match[str]], str]


def _fold_reference(text: str) -> str:
    text = text.replace("§", " para ").replace("¶", " para ")
    text = _ORDINAL_SIGN.sub(f" {_ORDINAL_MARK} ", _NUMERO.sub(" no ", text))
    return " ".join(_TOKENS.findall(fold(text)))


@lru_cache(maxsize=4096)
def _read(text: str) -> _Reading:
    """Split a reference (or a hint) into what it names; pure, so cached for repeated cells."""
    folded = _fold_reference(text)
    items: list[tuple[int, str, str | _DocName]] = []  # (position, kind, value)

    def claim(kind: str, value: Callable[[re.Match[str]], str | _DocName]) -> _Replacer:
        def replace(match: re.Match[str]) -> str:
            items.append((match.start(), kind, value(match)))
            return "#" * len(match.group(0))  # keeps positions; no later pattern matches "#"

        return replace

    def claim_document(series: str) -> _Replacer:
        def replace(match: re.Match[str]) -> str:
            name = _doc_name(series, match)
            start, end = match.span()
            again = match.group("again") if "again" in match.re.groupindex else None
            if again is not None and _number(again) != name.number:
                end = match.start("again")  # "8th BMS 29": the 29 is the paragraph
            items.append((start, "doc", name))
            return "#" * (end - start) + match.string[end : match.end()]

        return replace

    for series, pattern in _DOCUMENTS:
        folded = pattern.sub(claim_document(series), folded)
    folded = _CONCEPT_RE.sub(claim("sec", lambda m: "@" + (m.lastgroup or "")), folded)
    folded = _SECTION_AFTER.sub(claim("sec", _section_name), folded)
    folded = _SECTION_BEFORE.sub(claim("sec", _section_name), folded)
    folded = _POA_RE.sub(claim("fill", lambda m: ""), folded)
    for match in re.finditer(r"[^\s#]+", folded):
        items.append((match.start(), "token", match.group(0)))
    items.sort(key=lambda item: item[0])
    return _tokens_read(items)


def _tokens_read(items: list[tuple[int, str, str | _DocName]]) -> _Reading:
    docs: list[_DocName] = []
    sections: list[str] = []
    numbers: list[str] = []
    words: list[str] = []
    subparagraph: str | None = None
    sub_word = False
    previous = ""
    pending = ""  # "sub" after a sub-paragraph word, "item" after an item word
    for _, kind, value in items:
        if isinstance(value, _DocName):
            docs.append(value)
        elif kind == "sec":
            sections.append(value)
        elif kind == "fill":
            continue
        elif value in _SUB_WORDS:
            sub_word, subparagraph, pending = True, subparagraph or "?", "sub"
            continue
        elif value in _ITEM_WORDS:
            paragraph = any(n.isdecimal() for n in numbers)
            pending = "sub" if paragraph else "item"
            continue
        elif pending == "sub" and (value.isdecimal() or len(value) == 1 or value in _ROMANS):
            subparagraph, kind = value, "sub"
        elif pending == "item" and len(value) == 1 and not value.isdecimal():
            if value in _ROMANS:  # "punto ii.21": a section, as "apartado II, párrafo 21"
                numbers.append(value)
                kind = "number"
            else:
                subparagraph, kind = value, "sub"
        elif value.isdecimal() and len(value) == 4 and 1990 <= int(value) <= 2039:
            kind = "year"
        elif value.isdecimal():
            numbers.append(value)
            kind = "number"
        elif previous in ("number", "sub") and (len(value) == 1 or value in _ROMANS):
            # "29 (d)", "II.21(b)(i)"; before the filler words, as "d", "l" and "n" are some
            subparagraph, kind = subparagraph if previous == "sub" else value, "sub"
        elif value in _PARA_WORDS or value in _FILLER:
            previous = "token"
            continue  # "sub-paragraph (a)", "alinéa b) du paragraphe 21": still pending
        elif value in _ROMANS:
            numbers.append(value)
            kind = "number"
        else:
            words.append(value)
        previous, pending = kind, ""
    # "Eighth Biennial Meeting (BMS8)" names one document: a series-only name a numbered name of
    # the same series covers is the same document.
    named = list(dict.fromkeys(docs))
    named = [d for d in named if d.number is not None or not any(d.covers(o) for o in named
                                                                  if o != d)]  # fmt: skip
    return _Reading(
        tuple(named), tuple(sections), tuple(numbers), tuple(words), subparagraph, sub_word
    )


def names_document(text: str) -> bool:
    """Whether ``text`` names one outcome document with its number ("BMS8", "RevCon3 - ITI",
    "Tercera Conferencia de Examen", "Réunion biennale 8"), read as a document column is.

    For a sheet title: on a workbook that keeps one sheet per document, bare paragraph numbers
    on a sheet titled "BMS8" belong to BMS8. A title naming no document ("Suivi", "Tracker
    2024", "Sheet1"), a series without its number ("BMS") or two documents ("BMS8 and RevCon3")
    names none. The document need not be in the catalog: "BMS7" names one, and a reference read
    with it as hint then says that BMS7 is not in the catalog rather than guessing.
    """
    if not isinstance(text, str) or not text.strip() or len(text) > _MAX_LENGTH:
        return False
    docs = _read(text).docs
    return len(docs) == 1 and docs[0].number is not None


# --- resolving: what was read -> one catalog id, or why not ------------------------------------


def _shown(text: str) -> str:
    flat = " ".join(text.split())
    return f"'{flat}'" if len(flat) <= 60 else f"'{flat[:59]}…'"


def _heads(text: str) -> list[str]:
    """Prefixes ending at a separator, longest first, whose tail holds no digit.

    "BMS8 para. 29: national coordination" cites paragraph 29; "BMS8 para 29, and 30" does not.
    """
    heads = []
    for match in _HEAD_END.finditer(text):
        if not any(c.isdecimal() for c in text[match.start() :]):
            heads.append(text[: match.start()])
    return heads[::-1]


def _ambiguous(why: str, prefix: str = "ambiguous") -> ReferenceProblem:
    return ReferenceProblem("ambiguous", f"{prefix}: {why}")


def _unknown(what: str, why: str) -> ReferenceProblem:
    return ReferenceProblem("unknown", f"unknown {what}: {why}")


def _not_a_reference(why: str) -> ReferenceProblem:
    return ReferenceProblem("not_a_reference", f"not a paragraph reference: {why}")


def _find_document(name: _DocName, catalog: Catalog, shown: str) -> Document | ReferenceProblem:
    known = f"the catalog has {', '.join(d.short_title for d in catalog.documents)}"
    if name.number is None:
        which = "a Biennial Meeting" if name.series == "BMS" else "a Review Conference"
        return _ambiguous(f"{shown} names {which} but not which one ({known})")
    for document in catalog.documents:
        if fold(document.short_title).replace(" ", "") == fold(name.title):
            return document
    return _unknown("document", f"{name.title} is not in the catalog ({known})")


def _section_id(name: str, document: Document) -> str | None:
    """A section as written ("ii", "2", "b", "@iti") as this document's section id, if any."""
    if name.startswith("@"):
        return SECTION_CONCEPTS.get(document.id, {}).get(name[1:])
    if name.isdecimal():
        name = _roman(int(name)) if 0 < int(name) < 40 else ""
    known = document.parts or tuple(s.id for s in document.sections)
    return name.upper() if name.upper() in known else None


def _names(names: tuple[str, ...]) -> str:
    return " and ".join(
        _CONCEPTS[n[1:]][0] if n.startswith("@") else f"section {n.upper()}" for n in names
    )


def parse_reference(
    text: str, *, document_hint: str | None = None, catalog: Catalog | None = None
) -> ReferenceResult:
    """The commitment a reference cell names, or why it names none; never raises.

    ``document_hint`` is another column's value ("BMS8", "RevCon3 ITI plan"); it fills in the
    document and section the reference leaves out, and a hint that contradicts it is an error.
    """
    catalog = catalog or default_catalog()
    shown = _shown(text)
    if not text.strip() or len(text) > _MAX_LENGTH:
        return _not_a_reference("the cell is empty" if not text.strip() else f"{shown} is too long")
    full = _read(text)
    reading = full
    if reading.words:
        reading = next((r for r in map(_read, _heads(text)) if not r.words), reading)
    if reading.words:
        found = reading.docs or reading.numbers
        return _not_a_reference(shown + (f" (unexpected '{reading.words[0]}')" if found else ""))
    if not reading.numbers or not reading.numbers[-1].isdecimal():
        some = any(n.isdecimal() for n in reading.numbers)
        return _not_a_reference(
            f"{shown} "
            + (
                "does not end with its paragraph number (as in 'RevCon3 II.21')"
                if some
                else "has no paragraph number"
            )
        )
    hint = _read(document_hint) if document_hint and len(document_hint) <= _MAX_LENGTH else None
    column = f"the document column ('{' '.join((document_hint or '').split())[:60]}')"
    result = _resolve(reading, hint, shown, column, catalog)
    if isinstance(result, ReferenceMatch) and (reading.subparagraph or full.sub_word):
        label = catalog.get(result.commitment_id).label
        why = f"{shown} is a sub-paragraph; the catalog has whole paragraphs only ({label})"
        return _unknown("paragraph", why)
    return result


def _resolve(
    reading: _Reading, hint: _Reading | None, shown: str, column: str, catalog: Catalog
) -> ReferenceResult:
    hint_docs = hint.docs if hint else ()
    if len(reading.docs) > 1:
        return _ambiguous(
            f"{shown} names several documents ({', '.join(d.title for d in reading.docs)})"
        )
    if reading.docs:
        name = reading.docs[0]
        if name.number is None and len(hint_docs) == 1 and name.covers(hint_docs[0]):
            name = hint_docs[0]  # "Reunión Bienal, párr. 29" in a BMS8 row: the column says which
        if any(not d.covers(name) for d in hint_docs):
            says = " and ".join(d.title for d in hint_docs)
            return _ambiguous(f"{shown} cites {name.title} but {column} says {says}", "conflicting")
    elif len(hint_docs) != 1:
        why = f"{column} names {'several' if hint_docs else 'none either'}"
        why = "no document column was given" if hint is None else why
        return _ambiguous(f"{shown} names no document and {why}")
    else:
        name = hint_docs[0]
    document = _find_document(name, catalog, shown)
    if isinstance(document, ReferenceProblem):
        return document

    numbers = reading.numbers
    if len(numbers) > 2 or (len(numbers) == 2 and numbers[0].isdecimal() and not document.parts):
        return _ambiguous(f"{shown} has several numbers; cite one paragraph")
    written = reading.sections + numbers[:-1]
    sections = {_section_id(n, document) for n in written}
    low, high = document.number_range()
    parts = ", ".join(document.parts)
    if None in sections:
        has = (
            f"has sections {parts}" if parts else f"numbers its paragraphs {low}-{high} throughout"
        )
        return _unknown("section", f"{shown}: {document.short_title} {has}")
    if len(sections) > 1:
        return _ambiguous(f"{shown} names {_names(written)}")
    paragraph = _number(numbers[-1])
    if not document.parts:
        return _straight_through(document, paragraph, next(iter(sections), None), shown)

    # A hint's sections count, and so does a lone number in a terse one ("RevCon3 II"); in a
    # title ("... Programme of Action (Chair's Draft 2)") a number is no section.
    terse = hint is not None and not hint.words and len(hint.numbers) == 1
    hint_written = (hint.sections + (hint.numbers if terse else ())) if hint else ()
    hint_sections = {_section_id(n, document) for n in hint_written} - {None}
    if sections and hint_sections and not sections <= hint_sections:
        why = f"{shown} cites {_names(written)} but {column} says {_names(hint_written)}"
        return _ambiguous(why, "conflicting")
    chosen = sections or hint_sections
    if len(chosen) != 1:
        why = f"{column} names several" if chosen else f"{document.short_title} numbers paragraphs"
        return _ambiguous(f"{shown} names no section, and {why} within each section ({parts})")
    section = next(iter(chosen))
    commitment_id = f"{document.id}-{section}-{paragraph}"
    if commitment_id not in catalog:
        low, high = document.number_range(section)
        return _unknown(
            "paragraph", f"{document.short_title} {section} has paragraphs {low}-{high}"
        )
    return ReferenceMatch(commitment_id)


def _straight_through(
    document: Document, paragraph: int, section: str | None, shown: str
) -> ReferenceResult:
    """Documents numbered 1..n throughout (BMS8): a section written with it must agree."""
    commitment_id = f"{document.id}-{paragraph}"
    found = next((c for c in document.commitments if c.id == commitment_id), None)
    if found is None:
        low, high = document.number_range()
        return _unknown("paragraph", f"{document.short_title} has paragraphs {low}-{high}")
    if section is not None and section != found.section:
        why = f"{shown} puts {found.label} in section {section}; it is in section {found.section}"
        return _unknown("paragraph", why)
    return ReferenceMatch(commitment_id)
