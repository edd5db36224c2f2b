"""What changed between two versions of a text (word by word) or of a list (item by item).

Plain Python over :class:`difflib.SequenceMatcher`, shared by the history window and the command
line. A diff is a tuple of :class:`Segment` ``(kind, text)`` with ``kind`` one of ``"same"``,
``"added"``, ``"removed"``, such that, for :func:`word_diff`::

    "".join(text for kind, text in segments if kind != REMOVED) == new
    "".join(text for kind, text in segments if kind != ADDED) == old

Words are compared with the white space after them set aside, so a word is never shown as
changed because a space or line break beside it changed (that shows as a white-space segment
of its own). Within one change, what was removed comes before what was added, the way
``git diff --word-diff`` shows it. :func:`elide` shortens the long unchanged stretches for
display, keeping a few words of context either side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from typing import Final, Literal, NamedTuple

from poa_desktop.domain.text import ELLIPSIS

Kind = Literal["same", "added", "removed"]
SAME: Final = "same"
ADDED: Final = "added"
REMOVED: Final = "removed"


class Segment(NamedTuple):
    """A run of text that is in both versions (``same``), only the new one, or only the old."""

    kind: Kind
    text: str


# A word keeps its inner hyphens, apostrophes and separators ("end-user", "State's", "1,200",
# "12.5", "2026-11-29") so that a changed number or compound shows as one changed word.
_WORD = r"\w+(?:[-'’.,:/]\w+)*"
_TOKEN = re.compile(rf"({_WORD}|[^\w\s])(\s*)")
_LEADING_SPACE = re.compile(r"\s*")
_CONTEXT_WORD = re.compile(r"\S+\s*")

_Token = tuple[str, str]
"""A word or one punctuation mark, and the white space after it."""


def _tokens(text: str) -> list[_Token]:
    lead = _LEADING_SPACE.match(text)
    start = lead.end() if lead else 0
    tokens: list[_Token] = [("", text[:start])] if start else []
    tokens.extend((m.group(1), m.group(2)) for m in _TOKEN.finditer(text, start))
    return tokens


class _Builder:
    """Collects segments; each run of changes becomes one ``removed`` then one ``added``."""

    def __init__(self) -> None:
        self._done: list[Segment] = []
        self._same: list[str] = []
        self._removed: list[str] = []
        self._added: list[str] = []

    def add(self, kind: Kind, text: str) -> None:
        if not text:
            return
        if kind == SAME:
            self._close_change()
            self._same.append(text)
            return
        self._close_same()
        (self._removed if kind == REMOVED else self._added).append(text)

    def equal(self, old: Sequence[_Token], new: Sequence[_Token]) -> None:
        """Tokens whose words match; white space that differs shows as removed and added."""
        for (word, old_space), (_, new_space) in zip(old, new, strict=True):
            self.add(SAME, word)
            if old_space == new_space:
                self.add(SAME, old_space)
            else:
                self.add(REMOVED, old_space)
                self.add(ADDED, new_space)

    def changed(self, old: Sequence[_Token], new: Sequence[_Token]) -> None:
        self.add(REMOVED, "".join(word + space for word, space in old))
        self.add(ADDED, "".join(word + space for word, space in new))

    def _close_same(self) -> None:
        if self._same:
            self._done.append(Segment(SAME, "".join(self._same)))
            self._same = []

    def _close_change(self) -> None:
        removed, added = "".join(self._removed), "".join(self._added)
        self._removed, self._added = [], []
        # White space that ends both sides is unchanged: "[-2021-]{+2022+} since", not
        # "[-2021 -]{+2022 +}since".
        kept = _common_trailing_space(removed, added)
        if kept:
            removed, added = removed[: -len(kept)], added[: -len(kept)]
        if removed:
            self._done.append(Segment(REMOVED, removed))
        if added:
            self._done.append(Segment(ADDED, added))
        if kept:
            self._same.append(kept)

    def segments(self) -> tuple[Segment, ...]:
        self._close_same()
        self._close_change()
        self._close_same()
        return tuple(self._done)


def _common_trailing_space(a: str, b: str) -> str:
    size = 0
    while size < min(len(a), len(b)) and a[-1 - size] == b[-1 - size] and a[-1 - size].isspace():
        size += 1
    return a[len(a) - size :]


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """The words of ``new`` that are the same as in ``old``, added, or removed, in text order."""
    a, b = _tokens(old), _tokens(new)
    words_a, words_b = [word for word, _ in a], [word for word, _ in b]
    # Edits are usually local: match the untouched start and end directly, and give the matcher
    # only the middle (it is quadratic in the worst case, and texts can run to pages).
    shortest = min(len(a), len(b))
    start = 0
    while start < shortest and words_a[start] == words_b[start]:
        start += 1
    end = 0
    while end < shortest - start and words_a[-1 - end] == words_b[-1 - end]:
        end += 1
    stop_a, stop_b = len(a) - end, len(b) - end
    out = _Builder()
    out.equal(a[:start], b[:start])
    matcher = SequenceMatcher(None, words_a[start:stop_a], words_b[start:stop_b], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_part, new_part = a[start + i1 : start + i2], b[start + j1 : start + j2]
        if tag == "equal":
            out.equal(old_part, new_part)
        else:
            out.changed(old_part, new_part)
    out.equal(a[stop_a:], b[stop_b:])
    return out.segments()


def item_diff(old: Sequence[str], new: Sequence[str]) -> tuple[Segment, ...]:
    """One segment per item: kept, added or removed (a list's order is kept where it can be).

    The ``same`` and ``added`` items are ``new`` in order; the ``same`` and ``removed`` items are
    ``old`` in order.
    """
    segments: list[Segment] = []
    matcher = SequenceMatcher(None, list(old), list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.extend(Segment(SAME, item) for item in new[j1:j2])
            continue
        segments.extend(Segment(REMOVED, item) for item in old[i1:i2])
        segments.extend(Segment(ADDED, item) for item in new[j1:j2])
    return tuple(segments)


def old_text(segments: Iterable[Segment]) -> str:
    """The old version a word diff was made from."""
    return "".join(text for kind, text in segments if kind != ADDED)


def new_text(segments: Iterable[Segment]) -> str:
    """The new version a word diff was made from."""
    return "".join(text for kind, text in segments if kind != REMOVED)


def has_changes(segments: Iterable[Segment]) -> bool:
    return any(kind != SAME for kind, _ in segments)


def elide(
    segments: Sequence[Segment], context: int = 4, mark: str = ELLIPSIS
) -> tuple[Segment, ...]:
    """``segments`` with each long unchanged stretch cut to ``context`` words either side.

    What is cut becomes ``mark`` ("…"), so a change in a page of text reads as the few words
    around it. Only ``same`` segments shorten; a stretch is cut only when that leaves out at
    least three words, and a diff without changes comes back whole.
    """
    if not has_changes(segments):
        return tuple(segments)
    last = len(segments) - 1
    return tuple(
        Segment(SAME, _cut(text, 0 if i == 0 else context, 0 if i == last else context, mark))
        if kind == SAME
        else Segment(kind, text)
        for i, (kind, text) in enumerate(segments)
    )


def _cut(text: str, head: int, tail: int, mark: str) -> str:
    lead = _LEADING_SPACE.match(text)
    start = lead.end() if lead else 0
    words = _CONTEXT_WORD.findall(text, start)
    if len(words) - head - tail < 3:
        return text
    kept_head = text[:start] + "".join(words[:head])
    if not tail:
        return kept_head + mark
    return kept_head + mark + " " + "".join(words[-tail:])
