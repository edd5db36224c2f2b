"""What showing one paragraph reads, as a type SQLAlchemy-free modules can hold.

The window's first screen (:mod:`poa_desktop.services.first_screen`) fills one before SQLAlchemy
has loaded; :mod:`.paragraph_read` every later one.
"""

from __future__ import annotations

from typing import NamedTuple

from poa_desktop.domain.catalog import FieldValue
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.domain.report import EvidenceRow
from poa_desktop.services.answering.drafts import Draft


class ParagraphRead(NamedTuple):
    """What showing one paragraph reads."""

    answers: dict[str, AnswerRecord]
    """Its answer and those of the paragraphs it relates to (``answers_for``)."""
    draft: Draft | None
    """What was typed and could not be saved yet (``get_draft``)."""
    field_values: dict[str, FieldValue]
    """The report's field values, when the paragraph asks any (else empty)."""
    evidence: tuple[EvidenceRow, ...]
    """Its evidence files, in the order attached (``list_evidence``)."""
