"""The content of one answer as plain values, apart from how it is stored.

The UI, the command line, imports and revisions all speak :class:`AnswerContent`: a save replaces
the whole content, a revision stores it as a JSON snapshot, a restore saves an old snapshot again.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any, Final

from poa_desktop.domain.status import Status, status_label
from poa_desktop.domain.words import yes_no


@dataclass(frozen=True)
class Law:
    """A law or regulation cited as evidence of implementation; ``area`` is one of
    :data:`LAW_AREAS` (what UNODA's template asks laws by), ``description`` what it provides."""

    title_original: str
    title_english: str = ""
    year: int | None = None
    link: str = ""
    area: str = ""
    description: str = ""

    def display(self) -> str:
        english = f" ({self.title_english})" if self.title_english else ""
        year = f", {self.year}" if self.year else ""
        return f"{self.title_original}{english}{year}"


LAW_AREAS: Final[dict[str, str]] = {
    "production": "Production and manufacture",
    "export": "Export",
    "import": "Import",
    "transit": "Transit and trans-shipment",
    "retransfer": "Retransfer",
    "brokering": "Brokering",
    "marking": "Marking",
    "record-keeping": "Record-keeping",
    "stockpiles": "Stockpile management",
    "possession": "Possession and use",
    "other": "Other",
}
"""The areas UNODA's template asks for laws by: id -> label (a shared term, translated)."""


def law_snapshot(law: Law) -> dict[str, Any]:
    """A law as a revision stores it; the area and description only when given, so that a law
    without them keeps the snapshot (and the answers' digest) it had before they existed."""
    data = asdict(law)
    for key in ("area", "description"):
        if not data[key]:
            del data[key]
    return data


@dataclass(frozen=True)
class AnswerContent:
    """Everything a focal point can say about one commitment; blank means not assessed."""

    status: Status | None = None
    measures_taken: str = ""
    laws: tuple[Law, ...] = ()
    agencies: tuple[str, ...] = ()
    challenges: str = ""
    assistance_needed: bool = False
    assistance_kinds: tuple[str, ...] = ()
    assistance_description: str = ""
    assistance_offered: str = ""
    national_target: str = ""
    target_date: date | None = None

    def __post_init__(self) -> None:
        # A status id given as plain text becomes its enum member; an unknown id is kept as
        # given so that validation can name it (services.answering.answers.validate_content).
        status: object = self.status
        if isinstance(status, str) and not isinstance(status, Status):
            with suppress(ValueError):
                object.__setattr__(self, "status", Status(status))

    @property
    def is_blank(self) -> bool:
        return self == AnswerContent()

    def with_changes(self, **changes: Any) -> AnswerContent:
        return replace(self, **changes)

    def to_snapshot(self) -> dict[str, Any]:
        """JSON-ready dict, as stored in a revision."""
        data = asdict(self)
        data["status"] = None if self.status is None else str(self.status)
        data["laws"] = [law_snapshot(law) for law in self.laws]
        data["agencies"] = list(self.agencies)
        data["assistance_kinds"] = list(self.assistance_kinds)
        data["target_date"] = self.target_date.isoformat() if self.target_date else None
        return data

    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> AnswerContent:
        """Inverse of :meth:`to_snapshot`; tolerant of keys added by later versions."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["laws"] = tuple(Law(**law) for law in values.get("laws", ()))
        values["agencies"] = tuple(values.get("agencies", ()))
        values["assistance_kinds"] = tuple(values.get("assistance_kinds", ()))
        target = values.get("target_date")
        values["target_date"] = date.fromisoformat(target) if target else None
        return cls(**values)

    def changed_fields(self, other: AnswerContent) -> list[str]:
        """Names of the fields whose values differ, in form order."""
        return [f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)]


def display_value(name: str, value: Any) -> str:
    """A field value as a person reads it in a history list or a report."""
    if name == "status":
        return status_label(value)
    if name == "laws":
        return "; ".join(law.display() if isinstance(law, Law) else str(law) for law in value)
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)
