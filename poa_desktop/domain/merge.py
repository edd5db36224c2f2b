"""Two versions of one answer, combined: for when it changed elsewhere while someone typed.

Nothing either side wrote is dropped: texts that differ are both kept, one after the other,
lists are joined without repeats, and where only one value can stand (the status, a date) the
person's own typing wins, since they are looking at it and can change it.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from enum import Enum
from typing import Any

from poa_desktop.domain.content import AnswerContent

SEPARATOR = "\n\n"


def _text(mine: str, theirs: str) -> str:
    if not theirs.strip() or theirs.strip() in mine:
        return mine
    if not mine.strip() or mine.strip() in theirs:
        return theirs
    return mine.rstrip() + SEPARATOR + theirs.strip()


def _value(mine: Any, theirs: Any) -> Any:
    if isinstance(mine, Enum) or isinstance(theirs, Enum):
        return theirs if mine is None else mine
    if isinstance(mine, str) and isinstance(theirs, str):
        return _text(mine, theirs)
    if isinstance(mine, tuple) and isinstance(theirs, tuple):
        return tuple(dict.fromkeys((*mine, *theirs)))
    if isinstance(mine, bool) and isinstance(theirs, bool):
        return mine or theirs
    if mine is None or (isinstance(mine, date) and theirs is None):
        return theirs if mine is None else mine
    return mine


def combine(mine: AnswerContent, theirs: AnswerContent) -> AnswerContent:
    """Both versions in one: every text and list entry of each, the person's status and date."""
    values = {f.name: _value(getattr(mine, f.name), getattr(theirs, f.name)) for f in fields(mine)}
    return AnswerContent(**values)
