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
