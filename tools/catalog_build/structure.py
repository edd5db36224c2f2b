"""The outline of an outcome document, as data (``outlines/*.json``, shape in
``outline.schema.json``): what the document is, where its outcome starts in the text, how its
paragraphs are numbered, labelled and classed, which headings make its sections, and its
headings, lead-ins and paragraph runs as written in it.

The extractor walks the source text against these items in order. Every heading title here is
checked word for word against the source, and every line of the source region must land in one
of these units, so a typo here or a line the outline forgets stops the build instead of slipping
into the catalog. Nothing about any one document is in the code (issue 17): a new document is
one more outline file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from tools.catalog_build.errors import BuildError, shown

OUTLINES = Path(__file__).parent / "outlines"
OUTLINE_SCHEMA = Path(__file__).parent / "outline.schema.json"
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
FIRST_HEADING = {"from": "first-heading"}


@dataclass(frozen=True)
class Heading:
    """A heading: ``label`` as printed ("II.", "A.", "(a)", "" when unnumbered) and full title."""

    level: int
    label: str
    title: str


@dataclass(frozen=True)
class Text:
    """An unnumbered passage (a chapeau or lead-in); ``starts`` is its first words in the source."""

    starts: str
    lead_in: bool = True


@dataclass(frozen=True)
class Paragraphs:
    """Numbered paragraphs ``first``..``last`` in sequence."""

    first: int
    last: int


Item = Heading | Text | Paragraphs


@dataclass(frozen=True)
class Part:
    """A run of items numbered together; ``name`` fills ``{part}`` (None: no parts)."""

    name: str | None
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Hyphens:
    """Words a line break splits at their own hyphen, as the printed document has them."""

    joined: frozenset[str] = frozenset()
    spaced: frozenset[str] = frozenset()


@dataclass(frozen=True)
class KindRule:
    """A default kind for the paragraphs of ``part`` (any part when None) numbered
    ``first``..``last`` (any number when None)."""

    kind: str
    part: str | None = None
    first: int | None = None
    last: int | None = None

    def covers(self, part: str | None, number: int) -> bool:
        in_part = self.part is None or self.part == part
        in_run = self.first is None or self.last is None or self.first <= number <= self.last
        return in_part and in_run


@dataclass(frozen=True)
class LeadingSection:
    """An extra first section for the paragraphs above the first section heading;
    ``title`` None means the first heading's title."""

    id: str
    label: str
    title: str | None


@dataclass(frozen=True)
class Source:
    """Where the text comes from, as the document file records it."""

    file: str
    symbol: str | None
    date: str
    description: str


@dataclass(frozen=True)
class Outline:
    """One outline file, read and checked: everything the build knows about a document."""

    path: Path
    id: str
    short_title: str
    title: str | None  # None: the title of the first heading
    meeting: str
    order: int
    source: Source
    start: str
    end: str | None
    id_pattern: str
    label_pattern: str
    restarts_per_part: bool
    kinds: tuple[KindRule, ...]
    section_level: int
    leading_section: LeadingSection | None
    parts: tuple[Part, ...]
    hyphens: Hyphens = Hyphens()
    aliases: tuple[str, ...] = ()
    defaults: dict[str, list[str]] = field(default_factory=dict)
    metadata: dict[str, dict[str, Any]] = field(default_factory=dict)
    concepts: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The outline as messages name it."""
        return shown(self.path)

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for part in self.parts for item in part.items)

    def paragraph_id(self, part: str | None, number: int) -> str:
        return _fill(self.id_pattern, part, number)

    def paragraph_label(self, part: str | None, number: int) -> str:
        return _fill(self.label_pattern, part, number)

    def kind_of(self, part: str | None, number: int) -> str:
        """The kind by place: the first rule of ``kinds`` that covers the paragraph."""
        for rule in self.kinds:
            if rule.covers(part, number):
                return rule.kind
        where = f"paragraph {number}" + (f" of part {part}" if part is not None else "")
        raise BuildError(f'{self.name}: no rule in "kinds" covers {where}')


def _fill(pattern: str, part: str | None, number: int) -> str:
    return pattern.replace("{part}", part or "").replace("{number}", str(number))


def _item(data: dict[str, Any]) -> Item:
    """One outline entry as the JSON file writes it."""
    if "heading" in data:
        heading = data["heading"]
        return Heading(int(heading["level"]), str(heading["label"]), str(heading["title"]))
    if "text" in data:
        return Text(str(data["text"]), bool(data.get("lead_in", True)))
    first, last = data["paragraphs"]
    return Paragraphs(int(first), int(last))


def _title(value: str | dict[str, str]) -> str | None:
    return None if value == FIRST_HEADING else str(value)


@cache
def _outline_schema() -> Any:
    return json.loads(OUTLINE_SCHEMA.read_text(encoding="utf-8"))


def read_json(path: Path) -> Any:
    """The file's JSON, or a one-line error naming it (unreadable, or not JSON and where)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise BuildError(f"{shown(path)}: cannot read the file: {reason}") from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise BuildError(
            f"{shown(path)}: not valid JSON: {error.msg} at line {error.lineno} "
            f"column {error.colno}"
        ) from error


def schema_problems(instance: Any, schema: dict[str, Any], name: str) -> list[str]:
    """Each way ``instance`` breaks ``schema``, one line each, naming the file and the place."""
    from jsonschema import Draft202012Validator  # a development dependency, as is this tool

    problems = []
    for error in sorted(Draft202012Validator(schema).iter_errors(instance), key=str):
        place = "/".join(str(step) for step in error.absolute_path) or "the top level"
        message = error.message if len(error.message) <= 160 else error.message[:157] + "..."
        forms = [s.get("required", [None])[0] for s in error.schema.get("oneOf", [])]
        if error.validator == "oneOf" and forms and None not in forms:
            message = f"needs exactly one of {', '.join(map(repr, forms))}"
        problems.append(f"{name}: {place}: {message}")
    return problems


def _check_numbering(outline: Outline) -> None:
    """Placeholders known, ``{part}`` only with parts, and runs that continue the numbering
    from 1 (per part when it restarts): a run typed [21, 40] then [42, 48] would otherwise
    glue paragraph 41 to paragraph 40 without a word."""
    named = {p.name for p in outline.parts}
    has_parts = None not in named
    for key, pattern in (("id", outline.id_pattern), ("label", outline.label_pattern)):
        unknown = set(PLACEHOLDER.findall(pattern)) - {"number", "part"}
        if unknown:
            raise BuildError(
                f'{outline.name}: "numbering" {key}: unknown placeholder '
                f"{', '.join('{' + u + '}' for u in sorted(unknown))} (use {{number}}, {{part}})"
            )
        if "{part}" in pattern and not has_parts:
            raise BuildError(
                f'{outline.name}: "numbering" {key} uses {{part}} but the outline has no "parts"'
            )
    if outline.restarts_per_part and not (has_parts and "{part}" in outline.id_pattern):
        raise BuildError(
            f'{outline.name}: "restarts_per_part" needs "parts" and {{part}} in the id pattern'
        )
    expected = 1
    for part in outline.parts:
        if outline.restarts_per_part:
            expected = 1
        for item in part.items:
            if not isinstance(item, Paragraphs):
                continue
            if item.first != expected or item.last < item.first:
                where = f" in part {part.name}" if part.name is not None else ""
                raise BuildError(
                    f"{outline.name}: paragraphs [{item.first}, {item.last}]{where}: the "
                    f"numbering goes on from {expected}; a run is [first, last] with no gap"
                )
            expected = item.last + 1
    for part in outline.parts:
        for item in part.items:
            if isinstance(item, Paragraphs):
                for number in range(item.first, item.last + 1):
                    outline.kind_of(part.name, number)


def load_outline(path: Path) -> Outline:
    """Read an outline file, check its shape against ``outline.schema.json`` and its numbering."""
    data = read_json(path)
    problems = schema_problems(data, _outline_schema(), shown(path))
    if problems:
        raise BuildError(*problems)
    document = data["document"]
    source = document["source"]
    numbering = data["numbering"]
    sections = data["sections"]
    leading = sections.get("leading")
    if "parts" in data:
        parts = tuple(
            Part(name, tuple(_item(entry) for entry in entries))
            for name, entries in data["parts"].items()
        )
    else:
        parts = (Part(None, tuple(_item(entry) for entry in data["items"])),)
    hyphens = data.get("hyphens", {})
    outline = Outline(
        path=path,
        id=document["id"],
        short_title=document["short_title"],
        aliases=tuple(document.get("aliases", ())),
        title=_title(document["title"]),
        meeting=document["meeting"],
        order=document["order"],
        source=Source(source["file"], source["symbol"], source["date"], source["description"]),
        start=data["start"],
        end=data.get("end"),
        id_pattern=numbering["id"],
        label_pattern=numbering["label"],
        restarts_per_part=numbering.get("restarts_per_part", False),
        kinds=tuple(
            KindRule(rule["kind"], rule.get("part"), *rule.get("paragraphs", (None, None)))
            for rule in data["kinds"]
        ),
        section_level=sections["level"],
        leading_section=(
            LeadingSection(leading["id"], leading["label"], _title(leading["title"]))
            if leading is not None
            else None
        ),
        parts=parts,
        hyphens=Hyphens(frozenset(hyphens.get("joined", ())), frozenset(hyphens.get("spaced", ()))),
        defaults=data.get("defaults", {}),
        metadata=data.get("metadata", {}),
        concepts=data.get("concepts", {}),
    )
    _check_numbering(outline)
    return outline


def bundled_outlines() -> list[Path]:
    """The outlines of the bundled catalog; each builds the catalog file of the same name."""
    return sorted(OUTLINES.glob("*.json"))
