"""The commitment catalog as immutable data: documents, their paragraphs, vocabularies, fields.

Pure data with lookups: nothing here touches the database or Qt, so every layer can share one
loaded catalog.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

Kind = Literal["measure", "declaration", "procedural"]
FieldValue = int | bool | str | None
"""A report field's value: numbers, yes/no, text (dates and emails are text)."""


class UnknownCommitmentError(LookupError):
    """An id that names no paragraph; the message says what the document does have."""


@dataclass(frozen=True, slots=True)
class Term:
    """One entry of a controlled vocabulary (theme, addressee, level, assistance kind...)."""

    id: str
    label: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading of an outcome document, as printed: its level, its label ("A."), its title."""

    level: int
    label: str
    title: str

    @property
    def display(self) -> str:
        """The heading as printed: "A. General", or the bare title when unnumbered."""
        return f"{self.label} {self.title}" if self.label else self.title


@dataclass(frozen=True, slots=True)
class Section:
    """A top-level division used for progress: RevCon3 parts I-V, BMS8 annex parts A-D."""

    document_id: str
    id: str
    label: str
    title: str
    concept: str = ""
    """What the section is ("poa", "iti", "ica", "declaration", "followup"), when references
    may name it that way ("ITI plan, para 5")."""

    @property
    def key(self) -> str:
        return f"{self.document_id}:{self.id}"


@dataclass(frozen=True, slots=True)
class TranslatedText:
    """A paragraph in another UN language, as the official version of the document has it."""

    text: str
    lead_in: str | None = None
    source: str = ""
    """Where the translation comes from (the document symbol of the official version)."""


@dataclass(frozen=True, slots=True)
class Expiry:
    """Why a paragraph no longer applies as written: its date has passed, or a later text
    replaced it. The paragraph stays in the catalog, and a measure stays assessable."""

    note: str
    since: str = ""
    """When it stopped applying: a year, year-month or date as the catalog gives it."""


@dataclass(frozen=True, slots=True)
class Commitment:
    """One numbered paragraph of an outcome document, text verbatim.

    ``text`` is the English original; ``translations`` may hold the official versions in the
    other UN languages (fr, es, ar, ru, zh), added as data when they are available.
    """

    id: str
    document_id: str
    number: int
    label: str
    kind: Kind
    section: str
    headings: tuple[Heading, ...]
    lead_in: str | None
    text: str
    level: tuple[str, ...]
    addressees: tuple[str, ...]
    themes: tuple[str, ...]
    related: tuple[str, ...]
    translations: Mapping[str, TranslatedText] = field(default_factory=dict)
    expired: Expiry | None = None
    """Set when the paragraph's deadline has passed or it was superseded (with a note why)."""
    supersedes: tuple[str, ...] = ()
    """Paragraphs of other documents this one replaces: a new cycle offers the answer to one
    of them as the starting point of this one, marked so."""

    def text_in(self, language: str) -> TranslatedText | None:
        """The official text in ``language``, or None when the catalog has only English."""
        return None if language == "en" else self.translations.get(language)

    @property
    def assessed(self) -> bool:
        """Only measures are assessed; declarations and procedural paragraphs are shown only."""
        return self.kind == "measure"

    @property
    def section_key(self) -> str:
        return f"{self.document_id}:{self.section}"

    @property
    def first_sentence(self) -> str:
        """Up to the first full stop followed by a space (for short listings)."""
        end = self.text.find(". ")
        return self.text if end < 0 else self.text[: end + 1]


@dataclass(frozen=True, slots=True)
class Source:
    """The official text a document was taken from: file, symbol, date, description, SHA-256."""

    file: str
    symbol: str | None
    date: str
    description: str
    sha256: str


@dataclass(frozen=True, slots=True)
class OutlineItem:
    """Document order: a heading, an unnumbered passage, or a paragraph (by id)."""

    type: Literal["heading", "text", "paragraph"]
    heading: Heading | None = None
    text: str | None = None
    lead_in: bool = False
    paragraph_id: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One outcome document: its sections, its outline in document order, its paragraphs."""

    id: str
    short_title: str
    title: str
    meeting: str
    order: int
    source: Source
    sections: tuple[Section, ...]
    outline: tuple[OutlineItem, ...]
    commitments: tuple[Commitment, ...]
    parts: tuple[str, ...] = ()
    version: str = ""
    """The version of the document's file (its ``catalog_version``)."""
    aliases: tuple[str, ...] = ()
    """Other names references use for it ("CEDEAO" for ECOWAS); the short title is one too."""
    installed_file: str = ""
    """Where a document the user added lives (its file in the documents folder); "" for a
    document bundled with the app."""

    @property
    def bundled(self) -> bool:
        return not self.installed_file

    def number_range(self, part: str | None = None) -> tuple[int, int]:
        numbers = [c.number for c in self.commitments if part is None or c.section == part]
        return (min(numbers), max(numbers))


@dataclass(frozen=True, slots=True)
class FieldDefinition:
    """A structured value a report asks for (a count, yes/no, a year, a contact detail)."""

    id: str
    group_id: str
    label: str
    type: Literal["integer", "boolean", "text", "email", "phone", "year"]
    help: str
    unit: str = ""
    min: int | None = None
    max: int | None = None
    max_length: int | None = None


@dataclass(frozen=True, slots=True)
class FieldRule:
    """A rule across fields: ``sum_lte`` (left total <= right total) or ``only_if``."""

    kind: Literal["sum_lte", "only_if"]
    message: str
    left: tuple[str, ...] = ()
    right: tuple[str, ...] = ()
    condition: str = ""
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FieldGroup:
    """Report fields asked together (and the commitments that ask for them), with their rules."""

    id: str
    label: str
    help: str
    commitments: tuple[str, ...]
    fields: tuple[FieldDefinition, ...]
    rules: tuple[FieldRule, ...]


@dataclass(frozen=True)
class Catalog:
    """Everything loaded from ``resources/catalog``, with the lookups the app needs."""

    version: str
    released: str
    documents: tuple[Document, ...]
    themes: tuple[Term, ...]
    addressees: tuple[Term, ...]
    levels: tuple[Term, ...]
    assistance_kinds: tuple[Term, ...]
    field_groups: tuple[FieldGroup, ...]
    _by_id: Mapping[str, Commitment] = field(repr=False, default_factory=dict)
    _fields: Mapping[str, FieldDefinition] = field(repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        by_id = {c.id: c for d in self.documents for c in d.commitments}
        fields = {f.id: f for g in self.field_groups for f in g.fields}
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_fields", fields)

    def __iter__(self) -> Iterator[Commitment]:
        for document in self.documents:
            yield from document.commitments

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, commitment_id: object) -> bool:
        return commitment_id in self._by_id

    @property
    def measures(self) -> tuple[Commitment, ...]:
        return tuple(c for c in self if c.assessed)

    def document(self, document_id: str) -> Document:
        for document in self.documents:
            if document.id == document_id:
                return document
        raise KeyError(document_id)

    def get(self, commitment_id: str) -> Commitment:
        """The paragraph with this id, or an error that says which ids exist."""
        found = self._by_id.get(commitment_id.strip().upper())
        if found is not None:
            return found
        raise UnknownCommitmentError(self._explain_unknown(commitment_id))

    def _explain_unknown(self, commitment_id: str) -> str:
        wanted = commitment_id.strip().upper()
        for document in self.documents:
            prefix = f"{document.id}-"
            if not wanted.startswith(prefix):
                continue
            rest = wanted[len(prefix) :]
            if document.parts:
                part = rest.split("-", 1)[0]
                if part in document.parts:
                    low, high = document.number_range(part)
                    return (
                        f"no commitment {commitment_id}: {document.short_title} {part} has "
                        f"paragraphs {low}-{high}"
                    )
                parts = ", ".join(document.parts)
                return (
                    f"no commitment {commitment_id}: {document.short_title} has sections {parts}"
                    f" (ids look like {document.commitments[0].id})"
                )
            low, high = document.number_range()
            return (
                f"no commitment {commitment_id}: {document.short_title} has paragraphs {low}-{high}"
            )
        examples = " or ".join(d.commitments[-1].id for d in self.documents)
        return f"no commitment {commitment_id}: ids look like {examples}"

    def field(self, field_id: str) -> FieldDefinition:
        return self._fields[field_id]

    @property
    def fields(self) -> Mapping[str, FieldDefinition]:
        return self._fields

    def field_groups_for(self, commitment_id: str) -> tuple[FieldGroup, ...]:
        """The report field groups a commitment asks for (shown under its answer)."""
        return tuple(g for g in self.field_groups if commitment_id in g.commitments)

    def theme(self, theme_id: str) -> Term:
        for term in self.themes:
            if term.id == theme_id:
                return term
        raise KeyError(theme_id)

    def sections(self) -> tuple[Section, ...]:
        return tuple(s for d in self.documents for s in d.sections)

    def covering(self, document_ids: Collection[str]) -> Catalog:
        """This catalog with only the documents an assessment covers (ids it lacks are skipped);
        all of it when none are named (an assessment from before documents were recorded).

        Links to a paragraph outside them are dropped, and so are report field groups' mentions
        of such paragraphs: every lookup stays inside what the assessment answers.
        """
        wanted = set(document_ids)
        if not wanted or wanted >= {d.id for d in self.documents}:
            return self
        documents = tuple(d for d in self.documents if d.id in wanted)
        kept = {c.id for d in documents for c in d.commitments}

        def inside(commitment: Commitment) -> Commitment:
            related = tuple(r for r in commitment.related if r in kept)
            if related == commitment.related:
                return commitment
            return replace(commitment, related=related)

        documents = tuple(
            replace(d, commitments=tuple(inside(c) for c in d.commitments)) for d in documents
        )
        groups = tuple(
            replace(g, commitments=tuple(c for c in g.commitments if c in kept))
            for g in self.field_groups
        )
        return replace(self, documents=documents, field_groups=groups)
