"""The four answers a measure can have, and "not yet assessed" (no status at all).

One enum carries everything the rest of the application needs to know about a status: its id
(stored in the database and written in the workbook's code column), the label a person reads, the
word of UNODA's national report template, and where it sorts. Presentation that differs by
medium (colours, patterns, icons) stays with each medium, keyed by this enum.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Status(StrEnum):
    """An assessed answer; ``None`` (no status) means not yet assessed.

    A ``StrEnum``, so a member equals its id (``Status.DEVELOPING == "developing"``) and the
    database, JSON snapshots and workbooks keep the plain ids they always had.
    """

    IMPLEMENTED = "implemented"
    DEVELOPING = "developing"
    NOT_IMPLEMENTED = "not_implemented"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        """What a person reads: "Not implemented"."""
        return _LABELS[self]

    @property
    def template_answer(self) -> str:
        """The word of UNODA's national report template: Yes, Developing, No, Not applicable."""
        return _TEMPLATE[self]

    @property
    def order(self) -> int:
        """Sort position: implemented first, then developing, not implemented, not applicable."""
        return _ORDER[self]


STATUSES: Final[tuple[Status, ...]] = tuple(Status)
"""Every status in sort order."""

NOT_ASSESSED: Final = "not_assessed"
"""The key counts and filters use for answers without a status."""

NOT_ASSESSED_LABEL: Final = "Not yet assessed"

COUNT_KEYS: Final[tuple[str, ...]] = (*STATUSES, NOT_ASSESSED)
"""The keys of a status count, in the order tables, charts and legends show them."""

_LABELS: Final = {
    Status.IMPLEMENTED: "Implemented",
    Status.DEVELOPING: "Developing",
    Status.NOT_IMPLEMENTED: "Not implemented",
    Status.NOT_APPLICABLE: "Not applicable",
}
_TEMPLATE: Final = {
    Status.IMPLEMENTED: "Yes",
    Status.DEVELOPING: "Developing",
    Status.NOT_IMPLEMENTED: "No",
    Status.NOT_APPLICABLE: "Not applicable",
}
_ORDER: Final = {status: index for index, status in enumerate(Status)}


def as_status(value: str | None) -> Status | None:
    """The status an id names (``None`` and ``"not_assessed"`` stay not assessed).

    Raises ``ValueError`` for anything else, naming the accepted ids.
    """
    if value is None or value == NOT_ASSESSED:
        return None
    try:
        return Status(value)
    except ValueError:
        allowed = ", ".join(STATUSES)
        raise ValueError(f"{value!r} is not a status (one of {allowed})") from None


def status_label(value: str | None) -> str:
    """The label of a status id, "Not yet assessed" for none; an unknown id is shown as is."""
    if value is None or value == NOT_ASSESSED:
        return NOT_ASSESSED_LABEL
    try:
        return Status(value).label
    except ValueError:
        return str(value)


_NOT_ASSESSED_WORDS: Final = ("", "none", "not assessed", "not yet assessed")


def _word_key(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


_WORDS: Final[dict[str, Status | None]] = {
    **{_word_key(status.value): status for status in Status},
    **{_word_key(status.label): status for status in Status},
    **dict.fromkeys(_NOT_ASSESSED_WORDS),
}

STATUS_WORDS: Final[tuple[str, ...]] = (*(s.value.replace("_", "-") for s in Status), "none")
"""How the command line and typed status words name each status (and "none")."""


def status_from_word(text: str) -> Status | None:
    """A status written as its id or label in any case, with spaces, hyphens or underscores.

    "not-implemented", "Not implemented" and "NOT_IMPLEMENTED" are the same status; "none",
    "not yet assessed" and an empty text mean not assessed. ``ValueError`` for anything else.
    """
    key = _word_key(text)
    if key in _WORDS:
        return _WORDS[key]
    allowed = ", ".join(status.label.lower() for status in Status)
    raise ValueError(f"{text.strip()!r} is not a status ({allowed}, or none)")
