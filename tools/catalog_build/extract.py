"""Extract the numbered paragraphs of an outcome document from its plain-text source.

The sources are text dumps of the UN PDFs: lines broken mid-sentence, blank lines everywhere,
page numbers ("13/23"), URL lines and list-bullet debris ("- 74."). Extraction removes exactly
that debris and joins lines; it never rewords or corrects. Whitespace runs become one space.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tools.catalog_build.errors import BuildError
from tools.catalog_build.structure import Heading, Hyphens, Item, Paragraphs, Text

PAGE_NUMBER = re.compile(r"^\d{1,3}/\d{1,3}$")
URL_LINE = re.compile(r"^(https?://|www\.|mailto:)\S*$")
LONE_BULLET = re.compile(r"^-$")
BULLET_BEFORE_NUMBER = re.compile(r"^-\s+(?=\d+\.\s)")
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Files:
    """The outline and the text as messages name them: a problem is in one or the other."""

    outline: str
    source: str


@dataclass
class Unit:
    """One outline item as found in the source, with the lines it covers and their joined text."""

    item: Item
    number: int | None
    first_line: int
    lines: list[str] = field(default_factory=list)
    text: str = ""


@dataclass
class Cleaned:
    """Source lines kept (with their 1-based line numbers) and a tally of what was removed."""

    lines: list[tuple[int, str]]
    removed: Counter[str]


def clean(raw_lines: list[str], start: int, end: int | None = None) -> Cleaned:
    """Drop blank lines, page numbers, URLs and bullet debris from ``raw_lines[start:end]``."""
    kept: list[tuple[int, str]] = []
    removed: Counter[str] = Counter()
    for index in range(start, len(raw_lines) if end is None else end):
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


def join_lines(lines: list[str], first_line: int, hyphens: Hyphens, files: Files) -> str:
    """Join broken lines into running text, resolving line-end hyphens from the outline's lists."""
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
                known, where = hyphens.spaced, "spaced"
            else:
                word = f"{head[-1]}{follow}"
                known, where = hyphens.joined, "joined"
            bare = word.rstrip(".,;:")
            if bare not in known:
                raise BuildError(
                    f"{files.source}: line-end hyphen in {bare!r} (in the unit starting at "
                    f"line {first_line}): if the printed document has that word, add it to "
                    f'"hyphens" {where} in {files.outline}'
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


def _described(item: Item, number: int | None) -> str:
    if isinstance(item, Heading):
        return f"heading {_normal(f'{item.label} {item.title}')!r}"
    if isinstance(item, Text):
        return f"text starting {item.starts!r}"
    return f"paragraph {number}"


def walk(outline: tuple[Item, ...], cleaned: Cleaned, hyphens: Hyphens, files: Files) -> list[Unit]:
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
            raise BuildError(
                f"{files.source}: line {source_line} comes before the first item of "
                f'{files.outline} ({_described(*expected[0])}): check the item or "start"'
            )
        units[-1].lines.append(text)
    if position < len(expected):
        item, number = expected[position]
        since = f"from line {units[-1].first_line} on" if units else "after the start line"
        hint = (
            f'a line of the text should begin "{number}. "; check the runs around it'
            if number is not None
            else "check its words against the text"
        )
        raise BuildError(
            f"{files.outline}: {_described(item, number)} was not found in "
            f"{files.source} ({since}): {hint}"
        )
    for unit in units:
        unit.text = join_lines(unit.lines, unit.first_line, hyphens, files)
        if isinstance(unit.item, Heading):
            want = _normal(f"{unit.item.label} {unit.item.title}")
            if unit.text != want:
                raise BuildError(
                    f"{files.outline}: the heading at {files.source} line {unit.first_line} "
                    f"reads {unit.text!r}, the outline says {want!r}"
                )
    return units


def find_line(raw_lines: list[str], marker: str, after: int = 0) -> int | None:
    """Index of the first line (from ``after``) that reads exactly ``marker`` once stripped."""
    for index in range(after, len(raw_lines)):
        if raw_lines[index].strip() == marker:
            return index
    return None
