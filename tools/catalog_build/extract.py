"""Extract the numbered paragraphs of an outcome document from its plain-text source.

The sources are text dumps of the UN PDFs: lines broken mid-sentence, blank lines everywhere,
page numbers ("13/23"), URL lines and list-bullet debris ("- 74."). Extraction removes exactly
that debris and joins lines; it never rewords or corrects. Whitespace runs become one space.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tools.catalog_build.structure import (
    KNOWN_HYPHENATED,
    KNOWN_SPACED_HYPHEN,
    Heading,
    Item,
    Paragraphs,
)

PAGE_NUMBER = re.compile(r"^\d{1,3}/\d{1,3}$")
URL_LINE = re.compile(r"^(https?://|www\.|mailto:)\S*$")
LONE_BULLET = re.compile(r"^-$")
BULLET_BEFORE_NUMBER = re.compile(r"^-\s+(?=\d+\.\s)")
SPACES = re.compile(r"\s+")


class ExtractionError(Exception):
    """The source and the outline disagree; the message says where."""


@dataclass
class Unit:
    """One outline item as found in the source, with the lines it covers."""

    item: Item
    number: int | None
    first_line: int
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return join_lines(self.lines, self.first_line)


@dataclass
class Cleaned:
    """Source lines kept (with their 1-based line numbers) and a tally of what was removed."""

    lines: list[tuple[int, str]]
    removed: Counter[str]


def clean(raw_lines: list[str], start: int) -> Cleaned:
    """Drop blank lines, page numbers, URLs and bullet debris from ``raw_lines[start:]``."""
    kept: list[tuple[int, str]] = []
    removed: Counter[str] = Counter()
    for index in range(start, len(raw_lines)):
        line = raw_lines[index].strip()
        if not line:
            continue
        if PAGE_NUMBER.match(line):
            removed["page number"] += 1
        elif URL_LINE.match(line):
            removed["URL"] += 1
        elif LONE_BULLET.match(line):
            removed["bullet"] += 1
        else:
            if BULLET_BEFORE_NUMBER.match(line):
                removed["bullet"] += 1
                line = BULLET_BEFORE_NUMBER.sub("", line)
            kept.append((index + 1, line))
    return Cleaned(kept, removed)


def join_lines(lines: list[str], first_line: int) -> str:
    """Join broken lines into running text, resolving line-end hyphens from the known lists."""
    text = ""
    for line in lines:
        if not text:
            text = line
            continue
        if text.endswith("-") and len(text) > 1:
            head = text.rsplit(" ", 2)
            follow = line.split(" ", 1)[0]
            if text.endswith(" -"):
                word = f"{head[-2]} -{follow}"
                known = KNOWN_SPACED_HYPHEN
            else:
                word = f"{head[-1]}{follow}"
                known = KNOWN_HYPHENATED
            bare = word.rstrip(".,;:")
            if bare not in known:
                raise ExtractionError(
                    f"line-end hyphen in {bare!r} (paragraph starting at source line "
                    f"{first_line}): add it to the known lists in structure.py after "
                    "checking the printed document"
                )
            text += line
        else:
            text += " " + line
    return SPACES.sub(" ", text).strip()


def _normal(text: str) -> str:
    return SPACES.sub(" ", text).strip()


def _starts(item: Item, number: int | None, lines: list[tuple[int, str]], at: int) -> bool:
    """Does the outline item (or paragraph ``number``) begin at cleaned line ``at``?"""
    if isinstance(item, Paragraphs):
        return re.match(rf"^{number}\.\s", lines[at][1]) is not None
    wanted = _normal(f"{item.label} {item.title}" if isinstance(item, Heading) else item.starts)
    window = _normal(" ".join(text for _, text in lines[at : at + 8]))
    return window.startswith(wanted)


def walk(outline: tuple[Item, ...], cleaned: Cleaned, name: str) -> list[Unit]:
    """Assign every kept line to one outline unit, in order, or say where they part ways."""
    expected: list[tuple[Item, int | None]] = []
    for item in outline:
        if isinstance(item, Paragraphs):
            expected += [(item, n) for n in range(item.first, item.last + 1)]
        else:
            expected.append((item, None))
    units: list[Unit] = []
    lines = cleaned.lines
    position = 0
    for at, (source_line, text) in enumerate(lines):
        if position < len(expected) and _starts(*expected[position], lines, at):
            item, number = expected[position]
            units.append(Unit(item, number, source_line))
            position += 1
            if number is not None:
                text = re.sub(rf"^{number}\.\s+", "", text)
        elif not units:
            raise ExtractionError(f"{name}: line {source_line} comes before the outline starts")
        units[-1].lines.append(text)
    if position < len(expected):
        item, number = expected[position]
        what = f"paragraph {number}" if number is not None else repr(item)
        raise ExtractionError(f"{name}: {what} was not found after source line {source_line}")
    for unit in units:
        if isinstance(unit.item, Heading):
            want = _normal(f"{unit.item.label} {unit.item.title}")
            if unit.text != want:
                raise ExtractionError(
                    f"{name}: heading at source line {unit.first_line} reads {unit.text!r}, "
                    f"the outline says {want!r}"
                )
    return units


def find_start(raw_lines: list[str], marker: str, after: int = 0) -> int:
    """Index of the first line (from ``after``) that reads exactly ``marker`` once stripped."""
    for index in range(after, len(raw_lines)):
        if raw_lines[index].strip() == marker:
            return index
    raise ExtractionError(f"marker {marker!r} not found in the source")
