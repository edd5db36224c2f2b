"""The outline of each outcome document, as written in it: headings, lead-ins and paragraph runs,
read from ``outlines/*.json``.

The extractor walks the source text against this outline in order. Every heading title here is
checked word for word against the source, and every line of the source region must land in one
of these units, so a typo here or a line the outline forgets stops the build instead of slipping
into the catalog.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any


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

OUTLINES = Path(__file__).parent / "outlines"


def _item(data: dict[str, Any]) -> Item:
    """One outline entry as the JSON file writes it."""
    if "heading" in data:
        heading = data["heading"]
        return Heading(int(heading["level"]), str(heading["label"]), str(heading["title"]))
    if "text" in data:
        return Text(str(data["text"]), bool(data.get("lead_in", True)))
    first, last = data["paragraphs"]
    return Paragraphs(int(first), int(last))


def load_outline(name: str) -> tuple[Item, ...]:
    """A document's outline from ``outlines/NAME`` (``{"items": [...]}``)."""
    data = json.loads((OUTLINES / name).read_text(encoding="utf-8"))
    return tuple(_item(entry) for entry in data["items"])


def load_parts(name: str) -> dict[str, tuple[Item, ...]]:
    """A document outlined part by part (``{"parts": {"I": [...], ...}}``), in order."""
    data = json.loads((OUTLINES / name).read_text(encoding="utf-8"))
    return {part: tuple(_item(e) for e in entries) for part, entries in data["parts"].items()}


# The outlines are data (issue 17): a new document's outline is one more JSON file, written
# by reading its text (headings word for word, lead-ins by their first words, paragraph runs).
BMS8_OUTLINE: tuple[Item, ...] = load_outline("bms8.json")
RC3_OUTLINE: dict[str, tuple[Item, ...]] = load_parts("revcon3.json")

# Words that a line break splits at a hyphen which belongs to the word itself ("end-users"):
# the hyphen is kept and the halves are joined. A break at any other hyphen stops the build,
# because deciding it needs a human reading the document.
KNOWN_HYPHENATED = frozenset(
    {"end-users", "gender-disaggregated", "record-keeping", "cross-regional"}
)
# The source prints these compounds with a space before the hyphen; kept as printed.
KNOWN_SPACED_HYPHEN = frozenset({"post -conflict", "multi -partner"})
