"""Paragraph references as people write them ("BMS8 §77", "Revcon 3 - ITI plan para 12") -> ids.

Hand-kept trackers cite paragraphs in many ways and in English, French or Spanish ("RevCon3
II.21", "3e Conférence d'examen, section II, par. 21", "Octava Reunión Bienal, párr. 29"), often
with the document in another column. An import must never attach an answer to the wrong
commitment, so anything unknown or ambiguous comes back as a :class:`ReferenceProblem` whose
reason the user can act on; there is no "best guess".

How it reads: the text is folded (case, accents, punctuation) into word and number tokens; known
phrases (document names, section names, "para"-like words) become markers; what is left must be
at most a section number and exactly one paragraph number. A hint (the document column) is read
with the same vocabulary, but only its documents and sections count. The vocabulary, how the
documents and ministries write references in the three languages, is in
:mod:`poa_desktop.exchange.reading.reference_words`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Literal

from poa_desktop.catalog import Catalog, Document, default_catalog
from poa_desktop.domain.text import fold
from poa_desktop.exchange.reading.reference_words import (
    CARDINALS,
    CONCEPT_RE,
    CONCEPTS,
    DOCUMENTS,
    FILLER,
    ITEM_WORDS,
    NUMERO,
    ORDINAL_MARK,
    ORDINAL_SIGN,
    ORDINALS,
    PARA_WORDS,
    POA_RE,
    ROMANS,
    SECTION_AFTER,
    SECTION_BEFORE,
    SUB_WORDS,
    number_value,
    roman_numeral,
)

__all__ = [
    "ProblemKind",
    "ReferenceMatch",
    "ReferenceProblem",
    "ReferenceResult",
    "format_label",
    "names_document",
    "parse_reference",
]

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


_TOKENS = re.compile(r"[^\W\d_]+|\d+")
_HEAD_END = re.compile(r"\s[-–—]+\s|[–—:;,(\[|\n]")
_MAX_LENGTH = 300


# --- reading: folded text -> documents, sections, numbers -------------------------------------


@dataclass(frozen=True, slots=True)
class _DocName:
    series: str
    number: int | None
    exact: bool = False
    """Named by its catalog title (a document outside the BMS and RevCon series: "ECOWAS")."""

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
        return _DocName(series, ORDINALS[groups["word"]])
    number = groups.get("digits") or groups.get("roman") or groups.get("num")
    return _DocName(series, number_value(number) if number else None)


def _section_name(match: re.Match[str]) -> str:
    """A section as written -> "ii", "2" or "b" ("segunda" and "2 e" are "2", "two" is "2")."""
    groups = match.groupdict()
    name = groups.get("name") or groups.get("roman") or ""
    number = ORDINALS.get(name) or CARDINALS.get(name)
    return str(number) if number else name.split()[0]


_Replacer = Callable[[re.Match[str]], str]


def _fold_reference(text: str) -> str:
    text = text.replace("§", " para ").replace("¶", " para ")
    text = ORDINAL_SIGN.sub(f" {ORDINAL_MARK} ", NUMERO.sub(" no ", text))
    return " ".join(_TOKENS.findall(fold(text)))


def _exact_name(name: str, _match: re.Match[str]) -> _DocName:
    return _DocName(name, None, exact=True)


def _folded_names(document: Document) -> list[str]:
    """A document's short title and aliases, folded ("ecowas", "cedeao")."""
    names = (document.short_title, *document.aliases)
    return [folded for n in names if (folded := " ".join(_TOKENS.findall(fold(n))))]


def catalog_names(catalog: Catalog) -> tuple[str, ...]:
    """The catalog's documents that the BMS and RevCon words do not name, by their short title
    or an alias the catalog gives, folded ("ecowas", "cedeao"): a document added as data is
    referred to by its own names (issue 17). Longest first, so "nairobi protocol" wins over a
    shorter name inside it."""
    names = {
        name
        for document in catalog.documents
        for name in _folded_names(document)
        if not any(p.fullmatch(name) for _, p in DOCUMENTS)
    }
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=4096)
def _read(text: str, names: tuple[str, ...] = ()) -> _Reading:
    """Split a reference (or a hint) into what it names; pure, so cached for repeated cells.
    ``names`` are further documents' names (:func:`catalog_names`)."""
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
            if again is not None and number_value(again) != name.number:
                end = match.start("again")  # "8th BMS 29": the 29 is the paragraph
            items.append((start, "doc", name))
            return "#" * (end - start) + match.string[end : match.end()]

        return replace

    for series, pattern in DOCUMENTS:
        folded = pattern.sub(claim_document(series), folded)
    for name in names:
        exact = re.compile(rf"\b{re.escape(name)}\b")
        folded = exact.sub(claim("doc", partial(_exact_name, name)), folded)
    folded = CONCEPT_RE.sub(claim("sec", lambda m: "@" + (m.lastgroup or "")), folded)
    folded = SECTION_AFTER.sub(claim("sec", _section_name), folded)
    folded = SECTION_BEFORE.sub(claim("sec", _section_name), folded)
    folded = POA_RE.sub(claim("fill", lambda m: ""), folded)
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
        elif value in SUB_WORDS:
            sub_word, subparagraph, pending = True, subparagraph or "?", "sub"
            continue
        elif value in ITEM_WORDS:
            paragraph = any(n.isdecimal() for n in numbers)
            pending = "sub" if paragraph else "item"
            continue
        elif pending == "sub" and (value.isdecimal() or len(value) == 1 or value in ROMANS):
            subparagraph, kind = value, "sub"
        elif pending == "item" and len(value) == 1 and not value.isdecimal():
            if value in ROMANS:  # "punto ii.21": a section, as "apartado II, párrafo 21"
                numbers.append(value)
                kind = "number"
            else:
                subparagraph, kind = value, "sub"
        elif value.isdecimal() and len(value) == 4 and 1990 <= int(value) <= 2039:
            kind = "year"
        elif value.isdecimal():
            numbers.append(value)
            kind = "number"
        elif previous in ("number", "sub") and (len(value) == 1 or value in ROMANS):
            # "29 (d)", "II.21(b)(i)"; before the filler words, as "d", "l" and "n" are some
            subparagraph, kind = subparagraph if previous == "sub" else value, "sub"
        elif value in PARA_WORDS or value in FILLER:
            previous = "token"
            continue  # "sub-paragraph (a)", "alinéa b) du paragraphe 21": still pending
        elif value in ROMANS:
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
    if name.exact:
        for document in catalog.documents:
            if name.series in _folded_names(document):
                return document
    if name.number is None:
        which = "a Biennial Meeting" if name.series == "BMS" else "a Review Conference"
        return _ambiguous(f"{shown} names {which} but not which one ({known})")
    for document in catalog.documents:
        if fold(document.short_title).replace(" ", "") == fold(name.title):
            return document
    return _unknown("document", f"{name.title} is not in the catalog ({known})")


def _section_id(name: str, document: Document) -> str | None:
    """A section as written ("ii", "2", "b", "@iti") as this document's section id, if any."""
    if name.startswith("@"):  # a concept ("@iti"): the section the catalog says it is
        return next((s.id for s in document.sections if s.concept == name[1:]), None)
    if name.isdecimal():
        name = roman_numeral(int(name)) if 0 < int(name) < 40 else ""
    known = document.parts or tuple(s.id for s in document.sections)
    return name.upper() if name.upper() in known else None


def _names(names: tuple[str, ...]) -> str:
    return " and ".join(
        CONCEPTS[n[1:]][0] if n.startswith("@") else f"section {n.upper()}" for n in names
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
    names = catalog_names(catalog)
    full = _read(text, names)
    reading = full
    if reading.words:
        heads = (_read(head, names) for head in _heads(text))
        reading = next((r for r in heads if not r.words), reading)
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
    hint = (
        _read(document_hint, names) if document_hint and len(document_hint) <= _MAX_LENGTH else None
    )
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
    paragraph = number_value(numbers[-1])
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
