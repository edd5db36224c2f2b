"""Turn an outline (data), an outcome text and curated metadata into a catalog document file.

One function builds any document (``build_document``); nothing here knows a document by name.
The bundled catalog is every outline in ``outlines/`` with the curated metadata in ``curation/``
(``build_all``); a new document carries its metadata in its own outline (``build_new``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.catalog_build.errors import BuildError, shown
from tools.catalog_build.extract import Files, Unit, clean, find_line, walk
from tools.catalog_build.structure import (
    Heading,
    Outline,
    Paragraphs,
    Text,
    bundled_outlines,
    load_outline,
    read_json,
    schema_problems,
)

REPO = Path(__file__).resolve().parents[2]
CATALOG = REPO / "resources" / "catalog"
CURATION = Path(__file__).parent / "curation"
# A paragraph's tags and the vocabulary list each is drawn from.
TAGS = {"level": "levels", "addressees": "addressees", "themes": "themes"}
LINKS = ("related", "supersedes")


@dataclass(frozen=True)
class Context:
    """What every document is built against: the catalog's version, vocabulary and schema."""

    folder: Path
    version: str
    vocabulary: dict[str, frozenset[str]]
    vocabulary_file: Path
    schema: dict[str, Any]


def load_context(folder: Path = CATALOG) -> Context:
    """The catalog in ``folder``: ``catalog.json``, its vocabulary and ``catalog.schema.json``."""
    manifest = read_json(folder / "catalog.json")
    vocabulary_file = folder / manifest["vocabulary"]
    vocabulary = read_json(vocabulary_file)
    return Context(
        folder=folder,
        version=manifest["catalog_version"],
        vocabulary={tag: frozenset(t["id"] for t in vocabulary[key]) for tag, key in TAGS.items()},
        vocabulary_file=vocabulary_file,
        schema=read_json(folder / "catalog.schema.json"),
    )


@dataclass
class Curation:
    """Metadata kept beside the outlines rather than in them (``curation/``, for the bundled
    documents), with the file each entry came from so that a message can point at it."""

    paragraphs: dict[str, dict[str, Any]] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)  # paragraph id -> file of its entry
    kind_origin: dict[str, str] = field(default_factory=dict)  # id -> file correcting its kind
    related: dict[str, list[str]] = field(default_factory=dict)
    concepts: dict[str, dict[str, str]] = field(default_factory=dict)  # document id -> section


def load_curation(folder: Path = CURATION) -> Curation:
    """Per-paragraph metadata with any kind correction and expiry merged in, and the links."""

    def read(name: str) -> Any:
        return read_json(folder / name)

    curation = Curation(paragraphs=read("paragraphs.json"), concepts=read("section_concepts.json"))
    curation.origin = dict.fromkeys(curation.paragraphs, "curation/paragraphs.json")
    for name, key in (("kinds.json", "kind"), ("expired.json", "expired")):
        for pid, entry in read(name).items():
            if pid not in curation.paragraphs:
                raise BuildError(f"curation/{name}: {pid} is not a paragraph")
            curation.paragraphs[pid][key] = entry["kind"] if key == "kind" else entry
            if key == "kind":
                curation.kind_origin[pid] = f"curation/{name}"
    # Each link is stored once, under one key per document ("why" says why); both ends get it.
    for link in read("links.json"):
        ends = [value for key, value in link.items() if key != "why"]
        if len(ends) != 2:
            raise BuildError(f"curation/links.json: a link joins two ids, not {ends}")
        first, second = ends
        curation.related.setdefault(first, []).append(second)
        curation.related.setdefault(second, []).append(first)
    return curation


@dataclass
class Built:
    """A built document: its catalog file name, the outline it came from, its content."""

    name: str
    outline: str
    content: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.content["document"]["id"])

    @property
    def order(self) -> int:
        return int(self.content["document"]["order"])


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _metadata(outline: Outline, curation: Curation, pid: str) -> tuple[dict[str, Any], str]:
    """A paragraph's metadata and the file it is written in (the outline or ``curation/``)."""
    if pid in outline.metadata:
        if pid in curation.paragraphs:
            raise BuildError(
                f'{outline.name}: "metadata" tags {pid}, which '
                f"{curation.origin[pid]} tags already; keep one"
            )
        return outline.metadata[pid], outline.name
    return curation.paragraphs.get(pid, {}), curation.origin.get(pid, outline.name)


def _tags(
    outline: Outline, context: Context, meta: dict[str, Any], origin: str, pid: str
) -> dict[str, list[str]]:
    """Level, addressees and themes: the paragraph's own or the outline's defaults, each a
    non-empty list of vocabulary ids (the app requires at least one of each)."""
    tags: dict[str, list[str]] = {}
    for tag in TAGS:
        if tag in meta:
            values, where = meta[tag], origin
        elif tag in outline.defaults:
            values, where = outline.defaults[tag], f'{outline.name} "defaults"'
        else:
            raise BuildError(
                f'{outline.name}: {pid} has no {tag}: tag it in "metadata" or give "defaults"'
            )
        unknown = [value for value in values if value not in context.vocabulary[tag]]
        if unknown:
            raise BuildError(
                f"{where}: {pid}: unknown {tag} {', '.join(unknown)} (not in "
                f"{shown(context.vocabulary_file)})"
            )
        tags[tag] = list(values)
    return tags


def _section_of(outline: Outline, path: list[dict[str, Any]], pid: str) -> str:
    for heading in path:
        if heading["level"] == outline.section_level:
            return str(heading["label"]).rstrip(".")
    if outline.leading_section is None:
        raise BuildError(
            f"{outline.name}: {pid} is under no heading of level {outline.section_level}: "
            'add a "leading" section to "sections" for the paragraphs above the first one'
        )
    return outline.leading_section.id


def _structure(
    outline: Outline, units: list[Unit], curation: Curation, context: Context
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Walk units keeping the heading path and the lead-ins in force for each paragraph."""
    # walk() found every outline unit in order, so the units line up with the parts' items.
    parts = [
        part.name
        for part in outline.parts
        for item in part.items
        for _ in range(item.last - item.first + 1 if isinstance(item, Paragraphs) else 1)
    ]
    items: list[dict[str, Any]] = []
    paragraphs: list[dict[str, Any]] = []
    path: list[dict[str, Any]] = []
    lead_ins: list[tuple[int, str]] = []
    current: object = object()
    for unit, part in zip(units, parts, strict=True):
        if part != current:  # a part inherits no heading or lead-in from the one before
            path, lead_ins, current = [], [], part
        item = unit.item
        if isinstance(item, Heading):
            path = [h for h in path if h["level"] < item.level]
            lead_ins = [(depth, text) for depth, text in lead_ins if depth < item.level]
            heading = {"level": item.level, "label": item.label, "title": item.title}
            path.append(heading)
            items.append({"type": "heading", **heading})
        elif isinstance(item, Text):
            items.append({"type": "text", "text": unit.text, "lead_in": item.lead_in})
            if item.lead_in:
                lead_ins.append((len(path), unit.text))
        else:
            assert unit.number is not None
            pid = outline.paragraph_id(part, unit.number)
            meta, origin = _metadata(outline, curation, pid)
            kind = outline.kind_of(part, unit.number)
            if meta.get("kind") == kind:
                where = curation.kind_origin.get(pid, origin)
                raise BuildError(f'{where}: {pid} is a {kind} already by its place ("kinds")')
            related = [*curation.related.get(pid, []), *meta.get("related", [])]
            supersedes = list(meta.get("supersedes", []))
            paragraphs.append(
                {
                    "id": pid,
                    "number": unit.number,
                    "label": outline.paragraph_label(part, unit.number),
                    "kind": meta.get("kind", kind),
                    "section": _section_of(outline, path, pid),
                    "headings": [dict(h) for h in path],
                    "lead_in": "\n".join(text for _, text in lead_ins) or None,
                    "text": unit.text,
                    **_tags(outline, context, meta, origin, pid),
                    "related": list(dict.fromkeys(related)),  # ordered in _order_links
                    **({"supersedes": list(dict.fromkeys(supersedes))} if supersedes else {}),
                    **({"expired": meta["expired"]} if "expired" in meta else {}),
                }
            )
            items.append({"type": "paragraph", "id": pid})
    return items, paragraphs


def _sections(outline: Outline, items: list[dict[str, Any]], title: str) -> list[dict[str, Any]]:
    """The headings of the sections' level, after the leading section if there is one."""
    sections = []
    if outline.leading_section is not None:
        leading = outline.leading_section
        sections.append({"id": leading.id, "label": leading.label, "title": leading.title or title})
    for h in items:
        if h["type"] == "heading" and h["level"] == outline.section_level:
            if not h["label"].rstrip("."):
                raise BuildError(
                    f"{outline.name}: the section heading {h['title']!r} has no label to be "
                    f'its id: choose another "sections" level'
                )
            sections.append(
                {"id": h["label"].rstrip("."), "label": h["label"], "title": h["title"]}
            )
    ids = [s["id"] for s in sections]
    if len(set(ids)) != len(ids):
        raise BuildError(f"{outline.name}: two sections have the same id: {ids}")
    return sections


def _add_concepts(
    sections: list[dict[str, Any]], named: dict[str, str], origin: str, document: str
) -> None:
    """What each section is ("the ITI plan"): references such as "RevCon3, ITI plan, para 5"
    are read by it, so the reading code names no document (issue 17)."""
    named = dict(named)
    for section in sections:
        if section["id"] in named:
            section["concept"] = named.pop(section["id"])
    if named:
        raise BuildError(f"{origin}: {document} has no section {', '.join(sorted(named))}")


def build_document(
    outline_path: Path, sources: Path, curation: Curation, context: Context
) -> Built:
    """Any document from its outline and its text: ``sources`` is the text file itself, or
    the folder that holds the file the outline's ``source`` names."""
    outline = load_outline(outline_path)
    text_path = sources / outline.source.file if sources.is_dir() else sources
    try:
        raw = text_path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else str(error)
        raise BuildError(f"{shown(text_path)}: cannot read the text: {reason}") from error
    files = Files(outline.name, shown(text_path))
    start = find_line(raw, outline.start)
    if start is None:
        raise BuildError(
            f'{files.source}: no line reads {outline.start!r} ("start" in {files.outline})'
        )
    end = None if outline.end is None else find_line(raw, outline.end, start + 1)
    if outline.end is not None and end is None:
        raise BuildError(
            f'{files.source}: no line after the start reads {outline.end!r} ("end" in '
            f"{files.outline})"
        )
    cleaned = clean(raw, start, end)
    units = walk(outline.items, cleaned, outline.hyphens, files)
    items, paragraphs = _structure(outline, units, curation, context)
    unknown = sorted(set(outline.metadata) - {p["id"] for p in paragraphs})
    if unknown:
        raise BuildError(
            f'{outline.name}: "metadata" names {", ".join(unknown)}, not a paragraph of '
            f"{outline.id} (its ids read {outline.id_pattern!r})"
        )
    headings = [item for item in items if item["type"] == "heading"]
    if outline.title is None and not headings:
        raise BuildError(f'{outline.name}: the title is "from the first heading" but there is none')
    title = outline.title or headings[0]["title"]
    sections = _sections(outline, items, headings[0]["title"] if headings else title)
    if outline.id in curation.concepts:
        concepts = curation.concepts[outline.id]
        _add_concepts(sections, concepts, "curation/section_concepts.json", outline.id)
    _add_concepts(sections, outline.concepts, outline.name, outline.id)
    source = outline.source
    content = {
        "catalog_version": context.version,
        "document": {
            "id": outline.id,
            "short_title": outline.short_title,
            **({"aliases": list(outline.aliases)} if outline.aliases else {}),
            "title": title,
            "meeting": outline.meeting,
            "order": outline.order,
            "source": {
                "file": source.file,
                "symbol": source.symbol,
                "date": source.date,
                "description": source.description,
                "sha256": _sha256(text_path),
            },
            "removed": dict(sorted(cleaned.removed.items())),
        },
        "sections": sections,
        "outline": items,
        "paragraphs": paragraphs,
    }
    return Built(outline_path.name, outline.name, content)


def _check_apart(built: list[Built], others: list[Built]) -> None:
    """Document ids, orders and paragraph ids are each the catalog's only one."""
    seen_ids: dict[str, str] = {}
    seen_orders: dict[int, str] = {}
    seen_paragraphs: dict[str, str] = {}
    for document in [*others, *built]:
        where = f"{document.id} ({document.name})"
        if document.id in seen_ids:
            raise BuildError(
                f"{document.outline}: document id {document.id} is taken by {seen_ids[document.id]}"
            )
        if document.order in seen_orders:
            raise BuildError(
                f"{document.outline}: order {document.order} is taken by "
                f"{seen_orders[document.order]}: give the document the next free number"
            )
        seen_ids[document.id] = seen_orders[document.order] = where
        for paragraph in document.content["paragraphs"]:
            if paragraph["id"] in seen_paragraphs:
                raise BuildError(
                    f"{document.outline}: paragraph id {paragraph['id']} is also in "
                    f"{seen_paragraphs[paragraph['id']]}"
                )
            seen_paragraphs[paragraph["id"]] = where


def _order_links(built: list[Built], others: list[Built]) -> None:
    """Check every ``related`` and ``supersedes`` id names a paragraph of another document,
    and list them in catalog order: by document order, then by place in that document."""
    position: dict[str, tuple[int, int]] = {}
    document_of: dict[str, str] = {}
    for document in [*others, *built]:
        for index, paragraph in enumerate(document.content["paragraphs"]):
            position[paragraph["id"]] = (document.order, index)
            document_of[paragraph["id"]] = document.id
    for document in built:
        for paragraph in document.content["paragraphs"]:
            pid = paragraph["id"]
            for key in LINKS:
                for other in paragraph.get(key, []):
                    if other not in position:
                        raise BuildError(
                            f"{document.outline}: {pid}: {key} id {other} is not a paragraph "
                            "of the catalog"
                        )
                    if document_of[other] == document.id:
                        raise BuildError(
                            f"{document.outline}: {pid}: {key} id {other} is in the same "
                            f"document; {key} ids name paragraphs of other documents"
                        )
                if key in paragraph:
                    paragraph[key] = sorted(paragraph[key], key=position.__getitem__)


def _validate(built: list[Built], context: Context, names: dict[str, str]) -> None:
    """Each file against ``catalog.schema.json`` ``$defs/document``, as the app's tests do."""
    schema = {"$ref": "#/$defs/document", "$defs": context.schema["$defs"]}
    problems = [
        problem
        for document in built
        for problem in schema_problems(document.content, schema, names[document.name])
    ]
    if problems:
        raise BuildError(*problems)


def build_all(sources: Path, catalog: Path = CATALOG) -> dict[str, Any]:
    """Every bundled catalog file name mapped to its content: each outline in ``outlines/``
    with the curated metadata in ``curation/``, checked as one catalog."""
    context = load_context(catalog)
    curation = load_curation()
    built = [build_document(path, sources, curation, context) for path in bundled_outlines()]
    _check_apart(built, [])
    paragraph_ids = {p["id"] for document in built for p in document.content["paragraphs"]}
    for name, ids in (
        ("paragraphs.json", set(curation.paragraphs)),
        ("links.json", set(curation.related)),
    ):
        if ids - paragraph_ids:
            raise BuildError(
                f"curation/{name}: {', '.join(sorted(ids - paragraph_ids))} is not a paragraph "
                "of any outline"
            )
    unbuilt = set(curation.concepts) - {document.id for document in built}
    if unbuilt:
        raise BuildError(
            f"curation/section_concepts.json: no document {', '.join(sorted(unbuilt))}"
        )
    _order_links(built, [])
    _validate(built, context, {b.name: f"{b.name} (from {b.outline})" for b in built})
    return {document.name: document.content for document in built}


def _catalog_documents(context: Context, leave_out: str) -> list[Built]:
    """The documents already in the catalog, but for one of id ``leave_out`` (being rebuilt)."""
    manifest = read_json(context.folder / "catalog.json")
    documents = []
    for name in manifest["documents"]:
        path = context.folder / name
        content = read_json(path)
        if content["document"]["id"] != leave_out:
            documents.append(Built(name, shown(path), content))
    return documents


def build_new(outline_path: Path, source: Path, out: Path, catalog: Path = CATALOG) -> Any:
    """One document with its metadata in its outline, checked against the catalog in
    ``catalog`` (vocabulary, ids and orders not taken, links to its paragraphs, schema)."""
    context = load_context(catalog)
    built = build_document(outline_path, source, Curation(), context)
    others = _catalog_documents(context, built.id)
    _check_apart([built], others)
    _order_links([built], others)
    _validate([built], context, {built.name: shown(out)})
    return built.content


def render(content: Any) -> str:
    """The exact bytes written to disk, so the rebuild test can compare text with text."""
    return json.dumps(content, ensure_ascii=False, indent=1) + "\n"
