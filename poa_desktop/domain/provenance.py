"""Where an answer's content came from; the detail (file, row, agency, cycle) is stored beside."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Provenance(StrEnum):
    """Stored as its id in ``answer.provenance``; :attr:`label` is what the workbook shows."""

    TYPED = "typed"
    CARRIED_FORWARD = "carried_forward"
    IMPORTED = "imported"
    CONTRIBUTED = "contributed"

    @property
    def label(self) -> str:
        return _LABELS[self]


PROVENANCES: Final[tuple[Provenance, ...]] = tuple(Provenance)

_LABELS: Final = {
    Provenance.TYPED: "typed",
    Provenance.CARRIED_FORWARD: "carried forward",
    Provenance.IMPORTED: "imported",
    Provenance.CONTRIBUTED: "contributed",
}


def provenance_label(value: str) -> str:
    """The label of a provenance id; an id a later version added is shown as is."""
    try:
        return Provenance(value).label
    except ValueError:
        return value


CARRIED_PREFIX: Final = "carried forward from "
"""How a carried answer's detail starts; the cycle it came from follows."""
SUPERSEDED_NOTE: Final = "; was the answer to "
"""Follows the cycle in a carried answer's detail when it started from the answer to a paragraph
this one supersedes; that paragraph's label follows."""


def carried_cycle(detail: str) -> str | None:
    """The cycle a carried answer came from, read from its detail (None if not carried)."""
    if not detail.startswith(CARRIED_PREFIX):
        return None
    return detail[len(CARRIED_PREFIX) :].split(SUPERSEDED_NOTE, 1)[0]
