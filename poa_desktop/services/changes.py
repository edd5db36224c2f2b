"""What changed between two reporting cycles: the answers whose status or content differ.

A new cycle usually starts from the previous one (answers carried forward); the focal point and
the report's readers want to see what moved since then. No Qt here: the dialog, the command line
and the Excel export all read a :class:`ChangeList`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from poa_desktop.services.answers import all_answers
from poa_desktop.services.assessments import find_assessment
from poa_desktop.services.content import FIELD_LABELS, STATUS_LABELS, AnswerContent
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class Change:
    """One measure whose answer differs between the two cycles.

    ``old`` or ``new`` is None when the measure has no saved answer in that cycle; ``fields``
    names the :class:`AnswerContent` fields that differ, in form order.
    """

    commitment_id: str
    label: str
    old: AnswerContent | None
    new: AnswerContent | None
    fields: tuple[str, ...]

    @property
    def old_status(self) -> str | None:
        return self.old.status if self.old is not None else None

    @property
    def new_status(self) -> str | None:
        return self.new.status if self.new is not None else None

    @property
    def status_changed(self) -> bool:
        return "status" in self.fields

    @property
    def field_labels(self) -> tuple[str, ...]:
        return tuple(FIELD_LABELS.get(name, name) for name in self.fields)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.commitment_id,
            "label": self.label,
            "old_status": self.old_status,
            "new_status": self.new_status,
            "fields": list(self.fields),
            "old": self.old.to_snapshot() if self.old is not None else None,
            "new": self.new.to_snapshot() if self.new is not None else None,
        }


@dataclass(frozen=True)
class ChangeList:
    """The changes from ``earlier_cycle`` to ``later_cycle``, in document order."""

    earlier_cycle: str
    later_cycle: str
    entries: tuple[Change, ...]

    def __iter__(self) -> Iterator[Change]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __bool__(self) -> bool:
        return bool(self.entries)

    @property
    def ids(self) -> list[str]:
        return [change.commitment_id for change in self.entries]

    def to_json(self) -> dict[str, object]:
        return {
            "earlier_cycle": self.earlier_cycle,
            "later_cycle": self.later_cycle,
            "count": len(self.entries),
            "changes": [change.to_json() for change in self.entries],
        }


def status_text(status: str | None) -> str:
    """A status as people read it, "Not yet assessed" for none."""
    return STATUS_LABELS.get(status, str(status))


def changes_between(
    ws: Workspace, earlier_cycle: str, later_cycle: str | None = None
) -> ChangeList:
    """Every measure whose answer differs between the two cycles' assessments.

    ``later_cycle`` defaults to the most recent assessment. A measure answered in only one of
    the two counts as changed (its filled fields against a blank answer); a saved answer that is
    blank reads as not answered.
    """
    earlier = find_assessment(ws, earlier_cycle)
    later = find_assessment(ws, later_cycle)
    if earlier.id == later.id:
        raise ServiceError(
            f"{earlier.cycle} is the cycle being compared: choose an earlier cycle to compare "
            "it with"
        )
    before = all_answers(ws, earlier.id)
    after = all_answers(ws, later.id)
    blank = AnswerContent()
    entries: list[Change] = []
    for commitment in ws.catalog.measures:
        old_record = before.get(commitment.id)
        new_record = after.get(commitment.id)
        old = old_record.content if old_record is not None else None
        new = new_record.content if new_record is not None else None
        old = None if old is None or old.is_blank else old
        new = None if new is None or new.is_blank else new
        changed = (new or blank).changed_fields(old or blank)
        if changed:
            entries.append(Change(commitment.id, commitment.label, old, new, tuple(changed)))
    return ChangeList(earlier.cycle, later.cycle, tuple(entries))
