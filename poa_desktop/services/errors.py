"""Errors the services raise for a person to read: one clear sentence, never a traceback."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from poa_desktop.domain.errors import AppError


class ServiceError(AppError):
    """Something the user asked for cannot be done; ``str(error)`` says why."""


class NotFoundError(ServiceError):
    """The assessment, profile, answer or revision asked for does not exist."""


class ConflictError(ServiceError):
    """The answer changed since it was read (another window or an import saved it)."""


@dataclass(frozen=True)
class Problem:
    """One invalid value: ``field`` is the answer field or report field id the user must fix."""

    field: str
    message: str


FROZEN_STATUSES = ("submitted", "cleared")
"""Statuses in which an assessment cannot change: what was submitted is what gets cleared."""

_FROZEN_AS = {"submitted": "was submitted for clearance", "cleared": "is cleared"}


def ensure_editable(cycle: str, status: str, what: str = "its answers") -> None:
    """Refuse a write while the assessment is submitted or cleared: one message, every write.

    What the clearing authority approves must be what was submitted, so a submitted assessment
    is frozen as well as a cleared one; reopening it as a draft (with a reason) unfreezes it.
    """
    frozen = _FROZEN_AS.get(status)
    if frozen is not None:
        raise ServiceError(
            f"the {cycle} assessment {frozen}: {what} cannot change; reopen it as a draft "
            "(with a reason) to change them"
        )


class InvalidInputError(ServiceError):
    """Values that cannot be saved; nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.message for p in self.problems))
