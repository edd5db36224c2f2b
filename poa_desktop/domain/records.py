"""An answer with its bookkeeping, and what a save did: what services return to their callers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.provenance import Provenance


@dataclass(frozen=True)
class SavedAnswer:
    """What a save did: ``changed`` is empty when the content was already that (no revision)."""

    commitment_id: str
    version: int
    changed: tuple[str, ...]
    updated_at: datetime


@dataclass(frozen=True)
class AnswerRecord:
    """An answer with its bookkeeping, for display."""

    commitment_id: str
    content: AnswerContent
    version: int
    provenance: str
    provenance_detail: str
    updated_by: str
    updated_at: datetime | None


def blank_record(commitment_id: str) -> AnswerRecord:
    """A commitment never answered: blank content, version 0."""
    return AnswerRecord(commitment_id, AnswerContent(), 0, Provenance.TYPED, "", "", None)
