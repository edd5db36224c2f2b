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


def ensure_not_cleared(cycle: str, status: str, what: str = "its answers") -> None:
    """Cleared assessments are frozen: one message, wherever a write is refused."""
    if status == "cleared":
        raise ServiceError(
            f"the {cycle} assessment is cleared: {what} cannot change; reopen it as a draft first"
        )


class InvalidInputError(ServiceError):
    """Values that cannot be saved; nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.message for p in self.problems))
