"""What stays on this computer: drafts of typing not yet saved, and keys that never leave it.

A law's year of 15, "about 1200" in a number field: the rest of the answer is saved, and the
value that cannot be is kept here, with why, until it is corrected (then the draft goes). The
window shows it again, marked, when the measure is opened; nothing typed is lost to a typo.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import utcnow


class AnswerDraft(Base):
    """The form as typed (``content``: an answer snapshot; ``fields``: raw report field inputs)."""

    __tablename__ = "answer_draft"
    __table_args__ = (UniqueConstraint("assessment_id", "commitment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    commitment_id: Mapped[str]
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    problems: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list, server_default="[]")
    base_version: Mapped[int] = mapped_column(default=0, server_default="0")
    author: Mapped[str] = mapped_column(default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class LocalSecret(Base):
    """A random key that never leaves this database (never exported, never printed)."""

    __tablename__ = "local_secret"

    name: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str]
