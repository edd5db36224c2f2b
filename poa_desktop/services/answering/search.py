"""Finding commitments by their text and by what the focal point wrote, with filters."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from poa_desktop.catalog import Commitment
from poa_desktop.domain.fields import field_label
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.domain.status import NOT_ASSESSED
from poa_desktop.services.answering.answers import all_answers
from poa_desktop.services.workspace import Workspace

SEARCHED_ANSWER_FIELDS = (
    "measures_taken",
    "challenges",
    "assistance_description",
    "assistance_offered",
    "national_target",
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so "securite" finds "sécurité"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class SearchHit:
    commitment_id: str
    label: str
    where: str
    snippet: str


def _snippet(text: str, start: int, length: int, width: int = 70) -> str:
    left = max(0, start - width)
    right = min(len(text), start + length + width)
    return (
        ("…" if left else "")
        + text[left:right].replace("\n", " ")
        + ("…" if right < len(text) else "")
    )


def _find(text: str, needle: str) -> int:
    # Folding can change lengths for a few characters; positions are near enough for a snippet.
    return fold(text).find(needle)


def _matches(commitment: Commitment, record: AnswerRecord | None, needle: str) -> SearchHit | None:
    candidates = [
        ("Label", commitment.label),
        ("Commitment text", commitment.text),
        ("Id", commitment.id),
    ]
    if record is not None:
        candidates += [(field_label(f), getattr(record.content, f)) for f in SEARCHED_ANSWER_FIELDS]
        candidates += [
            (field_label("laws"), "; ".join(law.display() for law in record.content.laws))
        ]
    for where, text in candidates:
        position = _find(text, needle)
        if position >= 0:
            return SearchHit(
                commitment.id, commitment.label, where, _snippet(text, position, len(needle))
            )
    return None


def search(
    ws: Workspace,
    assessment_id: int,
    query: str = "",
    *,
    documents: Collection[str] = (),
    themes: Collection[str] = (),
    statuses: Collection[str] = (),
    addressees: Collection[str] = (),
    measures_only: bool = False,
) -> list[SearchHit]:
    """Commitments matching every given filter and containing every word of ``query``.

    ``statuses`` may include ``not_assessed``. Hits come in document order.
    """
    answers = all_answers(ws, assessment_id)
    words = [fold(w) for w in query.split()]
    hits: list[SearchHit] = []
    for commitment in ws.catalog:
        if measures_only and not commitment.assessed:
            continue
        if documents and commitment.document_id not in documents:
            continue
        if themes and not set(themes) & set(commitment.themes):
            continue
        if addressees and not set(addressees) & set(commitment.addressees):
            continue
        record = answers.get(commitment.id)
        if statuses:
            status = record.content.status if record else None
            if not commitment.assessed or (status or NOT_ASSESSED) not in statuses:
                continue
        if not words:
            hits.append(SearchHit(commitment.id, commitment.label, "", commitment.first_sentence))
            continue
        found = [_matches(commitment, record, w) for w in words]
        if all(found):
            first = found[0]
            assert first is not None
            hits.append(first)
    return hits
