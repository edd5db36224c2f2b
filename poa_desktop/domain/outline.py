"""A document's outline as a tree of headings, each knowing its paragraphs and its section.

Pure: the navigation tree is built from it and the section page reads it, so both agree on what
lies under a heading; tests and the command line use it without a screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from poa_desktop.domain.catalog import Catalog, Document, Heading, Section


@dataclass(frozen=True)
class HeadingNode:
    """A document (``heading`` None) or one of its headings, with what lies below it.

    ``key`` names the node across the app: the document id ("BMS8") or the document id and the
    heading's place in the outline ("BMS8/3").
    """

    key: str
    document: Document
    heading: Heading | None
    path: tuple[Heading, ...]
    """The headings above this one, outermost first (empty for a document and its top level)."""
    section: Section | None
    """The section the heading prints (BMS8 "A."), or the one all its paragraphs belong to."""
    items: tuple[HeadingNode | str, ...] = field(default=())
    """Direct children in document order: sub-headings and paragraph ids."""
    paragraphs: tuple[str, ...] = field(default=())
    """Every paragraph below, at any depth, in document order."""
    measures: tuple[str, ...] = field(default=())
    """The assessed paragraphs among ``paragraphs``."""

    @property
    def title(self) -> str:
        """The heading as printed, or the document's short title."""
        return self.heading.display if self.heading else self.document.short_title

    @property
    def subheadings(self) -> tuple[HeadingNode, ...]:
        return tuple(item for item in self.items if isinstance(item, HeadingNode))

    @property
    def code(self) -> str:
        """The short code the progress figures use: "BMS8 A", "RevCon3 II", or "BMS8"."""
        if self.section is None:
            return self.document.short_title
        return section_code(self.document, self.section)

    @property
    def is_section(self) -> bool:
        """True when this heading is the one that prints its section ("A. Consideration…")."""
        return self.heading is not None and _prints(self.heading, self.section)

    def walk(self) -> list[HeadingNode]:
        """This node and every node below it, in document order."""
        found = [self]
        for child in self.subheadings:
            found += child.walk()
        return found


def section_code(document: Document, section: Section) -> str:
    """ "BMS8 A", "RevCon3 II": how progress rows and the status bar name a section."""
    return f"{document.short_title} {section.label.rstrip('.')}".strip()


def _prints(heading: Heading, section: Section | None) -> bool:
    return (
        section is not None
        and heading.label.rstrip(".") == section.label.rstrip(".")
        and " ".join(heading.title.split()) == " ".join(section.title.split())
    )


@dataclass
class _Building:
    key: str
    heading: Heading | None
    path: tuple[Heading, ...]
    level: int
    items: list[_Building | str] = field(default_factory=list)


def _section_for(
    document: Document, heading: Heading | None, paragraphs: list[str]
) -> Section | None:
    if heading is not None:
        for section in document.sections:
            if _prints(heading, section):
                return section
    inside = set(paragraphs)
    below = {c.section for c in document.commitments if c.id in inside}
    if heading is not None and len(below) == 1:
        (only,) = below
        return next((s for s in document.sections if s.id == only), None)
    return None


def _freeze(catalog: Catalog, document: Document, node: _Building) -> HeadingNode:
    items: list[HeadingNode | str] = [
        item if isinstance(item, str) else _freeze(catalog, document, item) for item in node.items
    ]
    paragraphs: list[str] = []
    for item in items:
        paragraphs += [item] if isinstance(item, str) else list(item.paragraphs)
    return HeadingNode(
        key=node.key,
        document=document,
        heading=node.heading,
        path=node.path,
        section=_section_for(document, node.heading, paragraphs),
        items=tuple(items),
        paragraphs=tuple(paragraphs),
        measures=tuple(p for p in paragraphs if catalog.get(p).assessed),
    )


def document_outline(catalog: Catalog, document: Document) -> HeadingNode:
    """The document as a tree: headings nest by level, paragraphs sit under the last heading."""
    root = _Building(document.id, None, (), 0)
    stack = [root]
    for index, entry in enumerate(document.outline):
        if entry.type == "heading" and entry.heading is not None:
            heading = entry.heading
            while len(stack) > 1 and stack[-1].level >= heading.level:
                stack.pop()
            path = tuple(h for h in (b.heading for b in stack[1:]) if h is not None)
            node = _Building(f"{document.id}/{index}", heading, path, heading.level)
            stack[-1].items.append(node)
            stack.append(node)
        elif entry.type == "paragraph" and entry.paragraph_id:
            stack[-1].items.append(entry.paragraph_id)
    return _freeze(catalog, document, root)


def catalog_outline(catalog: Catalog) -> dict[str, HeadingNode]:
    """Every node of every document by key (documents first, then their headings in order)."""
    nodes: dict[str, HeadingNode] = {}
    for document in catalog.documents:
        for node in document_outline(catalog, document).walk():
            nodes[node.key] = node
    return nodes


def section_nodes(nodes: Mapping[str, HeadingNode]) -> dict[str, HeadingNode]:
    """Section key ("BMS8:A") -> the heading that prints it, for explaining the short codes."""
    found: dict[str, HeadingNode] = {}
    for node in nodes.values():
        if node.is_section and node.section is not None:
            found.setdefault(node.section.key, node)
    return found
