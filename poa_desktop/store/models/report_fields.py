"""Structured report field values (numbers, yes/no, text) of an assessment, with history."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from poa_desktop.domain.provenance import Provenance

from ..base import Base
from ..types import utcnow
from .vocabulary import PROVENANCES, in_list

if TYPE_CHECKING:
    from .assessment import Assessment

ReportValue = int | str | bool | None
"""What a report field holds; the catalog declares which kind each field takes."""


class ReportFieldValue(Base):
    """Current value of one catalog report field (e.g. ``sdg1642.seized``) in an assessment."""

    __tablename__ = "report_field_value"
    __table_args__ = (
        UniqueConstraint("assessment_id", "field_id"),
        CheckConstraint(in_list("provenance", PROVENANCES), name="provenance"),
        CheckConstraint("version >= 1", name="version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    field_id: Mapped[str] = mapped_column(doc='Catalog field id, e.g. "sdg1642.seized"')
    value: Mapped[ReportValue] = mapped_column(JSON, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(default="", server_default="")
    provenance: Mapped[str] = mapped_column(
        default=Provenance.TYPED, server_default=Provenance.TYPED.value
    )
    provenance_detail: Mapped[str] = mapped_column(default="", server_default="")
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    assessment: Mapped[Assessment] = relationship(back_populates="field_values")
    revisions: Mapped[list[ReportFieldRevision]] = relationship(
        back_populates="field_value",
        order_by="ReportFieldRevision.number",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class ReportFieldRevision(Base):
    """One save of a report field value, so every earlier value stays visible."""

    __tablename__ = "report_field_revision"
    __table_args__ = (
        UniqueConstraint("value_id", "number"),
        CheckConstraint(in_list("provenance", PROVENANCES), name="provenance"),
        CheckConstraint("number >= 1", name="number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    value_id: Mapped[int] = mapped_column(ForeignKey("report_field_value.id", ondelete="CASCADE"))
    number: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    author: Mapped[str] = mapped_column(default="", server_default="")
    login: Mapped[str] = mapped_column(default="", server_default="", doc="the computer login")
    provenance: Mapped[str] = mapped_column(
        default=Provenance.TYPED, server_default=Provenance.TYPED.value
    )
    provenance_detail: Mapped[str] = mapped_column(default="", server_default="")
    value: Mapped[ReportValue] = mapped_column(JSON, nullable=True)

    field_value: Mapped[ReportFieldValue] = relationship(back_populates="revisions")
