"""Paragraph references as people write them ("BMS8 §77", "Revcon 3 - ITI plan para 12") -> ids.

Hand-kept trackers cite paragraphs in many ways, often with the document in another column. An
import must never attach an answer to the wrong commitment, so anything unknown or ambiguous comes
back as a :class:`ReferenceProblem` whose reason the user can act on; there is no "best guess".

How it reads: the text is folded (case, accents, punctuation) into word and number tokens; known
phrases (document names, section names, "para"-like words) become markers; what is left must be
at most a section number and exactly one paragraph number. A hint (the document column) is read
with the same vocabulary, but only its documents and sections count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
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

_ORDINALS = {
    word: number
    for words in (
        "first second third fourth fifth sixth seventh eighth ninth tenth",
        "premiere deuxieme troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme"
        " dixieme",
        "primera segunda tercera cuarta quinta sexta septima octava novena decima",
    )
    for number, word in enumerate(words.split(), start=1)
}
_ORD = (
    r"(?:(?P<word>" + "|".join(_ORDINALS) + r")"
    r"|(?P<digits>\d+) (?:st|nd|rd|th|e|eme|er|re|a|o|ra|era|va))"
)
_NUM = r"(?P<num>\d+|[ivx]+)"
_MEETING = (
    r"(?:biennial meeting|reunion biennale|reunion bienal)"
    r"(?: (?:of|des|de) (?:the |los )?(?:states|etats|estados))?"
)
_REVIEW = (
    r"(?:review conference|conference (?:d )?examen|conferencia de examen"
    r"|conference to review(?: progress)?|revcon|rev con|rev conf|revconf|review conf)"
)
# (series, pattern): a pattern without a number group names a series but not which meeting.
_DOCUMENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (series, re.compile(rf"\b{pattern}\b"))
    for series, pattern in (
        ("BMS", rf"{_ORD} (?:{_MEETING}|bms)"),
        ("BMS", rf"(?:bms|{_MEETING}) {_NUM}"),
        ("BMS", rf"(?:bms|{_MEETING})"),
        ("RevCon", rf"{_ORD} (?:united nations |un )?{_REVIEW}"),
        ("RevCon", rf"(?:revcon|rev con|rev conf|revconf|rc|review conference) {_NUM}"),
        ("RevCon", rf"(?:{_REVIEW}|rc)"),
    )
)
# Named sections: (how a message names them, how people write them).
_CONCEPTS: dict[str, tuple[str, str]] = {
    "iti": ("ITI implementation plan", r"iti (?:implementation )?plan|implementation plan for "
            r"the (?:iti|international instrument)|plan de mise en oeuvre de l (?:iti|iit)"
            r"|plan de aplicacion del iil|iti|iit|iil"),
    "poa": ("PoA implementation plan", r"poa (?:implementation )?plan|implementation plan for "
            r"the (?:poa|programme of action)|programme of action implementation plan"
            r"|plan de mise en oeuvre du programme d action"
            r"|plan de aplicacion del programa de accion"),
    "ica": ("international cooperation and assistance", r"(?:international )?cooperation and "
            r"assistance|cooperation internationale et assistance|cooperation et assistance "
            r"internationales|cooperacion y asistencia internacionales|cooperacion internacional"
            r" y asistencia|international cooperation|ica"),
    "declaration": ("2018 Declaration", r"2018 declaration|declaration de 2018"
                    r"|declaracion de 2018|declaration|declaracion"),
    "followup": ("follow-up", r"follow ?up|suivi|seguimiento"),
}  # fmt: skip
# What each named section is in the documents that have it (ids in the catalog).
SECTION_CONCEPTS: dict[str, dict[str, str]] = {
    "RC3": {"declaration": "I", "poa": "II", "iti": "III", "ica": "IV", "followup": "V"},
    "BMS8": {"poa": "A", "iti": "B", "ica": "C"},
}
_CONCEPT_RE = re.compile(
    "|".join(rf"\b(?P<{name}>{pattern})\b" for name, (_, pattern) in _CONCEPTS.items())
)
_SECTION_WORD = re.compile(
    r"\b(?:section|sect|sec|seccion|part|partie|parte|chapter|chapitre|capitulo) "
    r"(?P<name>\d+|[ivx]+|[a-e])\b"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PARA_WORDS = _words(
    "para paras paragraph paragraphs paragraphe paragraphes par parr parrafo parrafos op pp"
)
_FILLER = _words(
    "outcome outcomes document documents doc final of the annex annexe anexo in du de del la le l"
    " d des el los documento resultado n no nr nro num number numero commitment engagement"
    " compromiso ref reference referencia"
)
_TOKENS = re.compile(r"[^\W\d_]+|\d+")
_HEAD_END = re.compile(r"\s[-–—]+\s|[–—:;,(\[|\n]")
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
    subparagraph: str | None


def _doc_name(series: str, match: re.Match[str]) -> _DocName:
    groups = match.groupdict()
    if groups.get("word"):
        return _DocName(series, _ORDINALS[groups["word"]])
    number = groups.get("digits") or groups.get("num")
    return _DocName(series, _number(number) if number else None)


_Replacer = Callable[[re.Match[str]], str]


@lru_cache(maxsize=4096)
def _read(text: str) -> _Reading:
    """Split a reference (or a hint) into what it names; pure, so cached for repeated cells."""
    spaced = text.replace("§", " para ").replace("¶", " para ")
    folded = " ".join(_TOKENS.findall(fold(spaced)))
    items: list[tuple[int, str, str | _DocName]] = []  # (position, kind, value)

    def claim(kind: str, value: Callable[[re.Match[str]], str | _DocName]) -> _Replacer:
        def replace(match: re.Match[str]) -> str:
            items.append((match.start(), kind, value(match)))
            return "#" * len(match.group(0))  # keeps positions; no later pattern matches "#"

        return replace

    for series, pattern in _DOCUMENTS:
        folded = pattern.sub(claim("doc", partial(_doc_name, series)), folded)
    folded = _CONCEPT_RE.sub(claim("sec", lambda m: "@" + (m.lastgroup or "")), folded)
    folded = _SECTION_WORD.sub(claim("sec", lambda m: m.group("name")), folded)
    for match in re.finditer(r"[^\s#]+", folded):
        items.append((match.start(), "token", match.group(0)))
    items.sort(key=lambda item: item[0])

    docs: list[_DocName] = []
    sections: list[str] = []
    numbers: list[str] = []
    words: list[str] = []
    subparagraph: str | None = None
    previous = ""
    for _, kind, value in items:
        if isinstance(value, _DocName):
            docs.append(value)
        elif kind == "sec":
            sections.append(value)
        elif value.isdecimal() and len(value) == 4 and 1990 <= int(value) <= 2039:
            kind = "year"
        elif value.isdecimal():
            numbers.append(value)
            kind = "number"
        elif previous == "number" and (len(value) == 1 or value in _ROMANS):
            subparagraph = value
        elif value in _ROMANS:
            numbers.append(value)
            kind = "number"
        elif value not in _PARA_WORDS and value not in _FILLER:
            words.append(value)
        previous = kind
    return _Reading(
        tuple(dict.fromkeys(docs)), tuple(sections), tuple(numbers), tuple(words), subparagraph
    )


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
    reading = _read(text)
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
    if isinstance(result, ReferenceMatch) and reading.subparagraph:
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
