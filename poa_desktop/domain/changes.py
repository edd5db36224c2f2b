"""What changed between two reporting cycles: the answers whose status or content differ."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from poa_desktop.domain.catalog import Commitment
from poa_desktop.domain.content import AnswerContent
from poa_desktop.domain.fields import field_label
from poa_desktop.domain.records import AnswerRecord


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
        return tuple(field_label(name) for name in self.fields)

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


def compare_answers(
    measures: Iterable[Commitment],
    earlier_cycle: str,
    later_cycle: str,
    before: Mapping[str, AnswerRecord],
    after: Mapping[str, AnswerRecord],
) -> ChangeList:
    """Every measure whose answer differs between two cycles' answers, in ``measures``' order
    (a blank answer counts as none)."""
    blank = AnswerContent()
    entries: list[Change] = []
    for commitment in measures:
        old_record = before.get(commitment.id)
        new_record = after.get(commitment.id)
        old = old_record.content if old_record is not None else None
        new = new_record.content if new_record is not None else None
        old = None if old is None or old.is_blank else old
        new = None if new is None or new.is_blank else new
        changed = (new or blank).changed_fields(old or blank)
        if changed:
            entries.append(Change(commitment.id, commitment.label, old, new, tuple(changed)))
    return ChangeList(earlier_cycle, later_cycle, tuple(entries))
