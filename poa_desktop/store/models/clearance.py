"""The clearance trail of an assessment: every submit, clear and reopen, who did it and why."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base
from ..types import utcnow
from .vocabulary import CLEARANCE_ACTIONS, in_list

if TYPE_CHECKING:
    from .assessment import Assessment


class ClearanceEvent(Base):
    """One step of the clearance workflow (draft -> submitted -> cleared, back to draft).

    ``actor`` is the reporting officer on submit, the clearing authority on clear and whoever
    reopens; ``reason`` says why an assessment was reopened; ``open_items`` lists the checklist
    messages still open when an authority cleared the assessment anyway.
    """

    __tablename__ = "clearance_event"
    __table_args__ = (
        CheckConstraint(in_list("action", CLEARANCE_ACTIONS), name="action"),
        CheckConstraint("length(trim(actor)) > 0", name="actor"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    action: Mapped[str] = mapped_column(doc='"submit", "clear" or "reopen"')
    actor: Mapped[str]
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    open_items: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")

    assessment: Mapped[Assessment] = relationship(back_populates="clearance_events")
