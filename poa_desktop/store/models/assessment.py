"""An assessment (one reporting cycle) and the answers it holds, with their full history."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    ForeignKey,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.ext.mutable import MutableList
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import Mapped, mapped_column, relationship

from poa_desktop.domain.provenance import Provenance

from ..base import Base
from ..types import utcnow
from .vocabulary import (
    ANSWER_STATUSES,
    ASSESSMENT_STATUSES,
    PROVENANCES,
    REPORT_LANGUAGES,
    in_list,
)

if TYPE_CHECKING:
    from .clearance import ClearanceEvent
    from .evidence import EvidenceFile
    from .profile import Agency, StateProfile
    from .report_fields import ReportFieldValue

answer_agency = Table(
    "answer_agency",
    Base.metadata,
    Column("answer_id", ForeignKey("answer.id", ondelete="CASCADE"), primary_key=True),
    Column("agency_id", ForeignKey("agency.id", ondelete="CASCADE"), primary_key=True, index=True),
)
"""Which agencies are responsible for an answer (many-to-many)."""


def _text_column() -> Mapped[str]:
    """A narrative field: never NULL, empty until written, so services need no None checks."""
    return mapped_column(Text, default="", server_default="")


class Assessment(Base):
    """One self-assessment of the State for one reporting cycle against one catalog version."""

    __tablename__ = "assessment"
    __table_args__ = (
        UniqueConstraint("profile_id", "cycle"),
        CheckConstraint(in_list("status", ASSESSMENT_STATUSES), name="status"),
        CheckConstraint(in_list("report_language", REPORT_LANGUAGES), name="report_language"),
        CheckConstraint(
            "period_start IS NULL OR period_end IS NULL OR period_start <= period_end",
            name="period",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("state_profile.id", ondelete="CASCADE"))
    cycle: Mapped[str] = mapped_column(doc='Reporting cycle, e.g. "RevCon4 2024"')
    catalog_version: Mapped[str]
    status: Mapped[str] = mapped_column(default="draft", server_default="draft")
    period_start: Mapped[date | None] = mapped_column(doc="First day the report covers")
    period_end: Mapped[date | None] = mapped_column(doc="Last day the report covers")
    report_language: Mapped[str] = mapped_column(
        default="en", server_default="en", doc="The language the report is written in"
    )
    documents: Mapped[list[dict[str, str]]] = mapped_column(
        MutableList.as_mutable(JSON()),
        default=list,
        server_default="[]",
        doc='The outcome documents it covers, as [{"id": "BMS8", "version": "1.1.0"}, ...]',
    )
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessment.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    profile: Mapped[StateProfile] = relationship(back_populates="assessments")
    answers: Mapped[list[Answer]] = relationship(
        back_populates="assessment",
        order_by="Answer.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    field_values: Mapped[list[ReportFieldValue]] = relationship(
        back_populates="assessment",
        order_by="ReportFieldValue.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    clearance_events: Mapped[list[ClearanceEvent]] = relationship(
        back_populates="assessment",
        order_by="ClearanceEvent.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    carried_from: Mapped[Assessment | None] = relationship(remote_side="Assessment.id")


class Answer(Base):
    """The State's answer to one commitment in one assessment (the current state of it).

    Every save also writes a :class:`Revision` holding a snapshot, so nothing is overwritten
    without a trace; ``version`` counts saves and lets a writer detect a concurrent change.
    """

    __tablename__ = "answer"
    __table_args__ = (
        UniqueConstraint("assessment_id", "commitment_id"),
        CheckConstraint(in_list("status", ANSWER_STATUSES, nullable=True), name="status"),
        CheckConstraint(in_list("provenance", PROVENANCES), name="provenance"),
        CheckConstraint("version >= 1", name="version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    commitment_id: Mapped[str] = mapped_column(doc='Catalog id, e.g. "BMS8-29" or "RC3-II-21"')
    status: Mapped[str | None] = mapped_column(doc="None means not yet assessed")
    measures_taken: Mapped[str] = _text_column()
    challenges: Mapped[str] = _text_column()
    assistance_description: Mapped[str] = _text_column()
    assistance_offered: Mapped[str] = _text_column()
    national_target: Mapped[str] = _text_column()
    assistance_needed: Mapped[bool] = mapped_column(default=False, server_default=false())
    assistance_kinds: Mapped[list[str]] = mapped_column(
        MutableList.as_mutable(JSON), default=list, server_default="[]"
    )
    target_date: Mapped[date | None]
    provenance: Mapped[str] = mapped_column(
        default=Provenance.TYPED, server_default=Provenance.TYPED.value
    )
    provenance_detail: Mapped[str] = mapped_column(default="", server_default="")
    updated_by: Mapped[str] = mapped_column(default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    assessment: Mapped[Assessment] = relationship(back_populates="answers")
    laws: Mapped[list[AnswerLaw]] = relationship(
        back_populates="answer",
        order_by="AnswerLaw.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    agencies: Mapped[list[Agency]] = relationship(
        secondary=answer_agency,
        order_by="Agency.position",
        passive_deletes=True,
    )
    revisions: Mapped[list[Revision]] = relationship(
        back_populates="answer",
        order_by="Revision.number",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    evidence: Mapped[list[EvidenceFile]] = relationship(
        back_populates="answer",
        order_by="EvidenceFile.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class AnswerLaw(Base):
    """A law or regulation cited in an answer, in the order the focal point listed them."""

    __tablename__ = "answer_law"

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("answer.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0, server_default="0")
    title_original: Mapped[str]
    title_english: Mapped[str] = mapped_column(default="", server_default="")
    year: Mapped[int | None]
    link: Mapped[str] = mapped_column(default="", server_default="")
    area: Mapped[str] = mapped_column(default="", server_default="")
    description: Mapped[str] = _text_column()

    answer: Mapped[Answer] = relationship(back_populates="laws")


class Revision(Base):
    """One editing session's change of an answer: who, when, from where, what, and the result.

    Autosave writes within a second, but a person's history is one revision per visit to the
    measure (or per stretch of typing without a pause of a minute): later saves of the same
    ``session`` update the open revision (``snapshot``, ``changed_fields``, ``saved_at``).

    ``snapshot`` holds the complete answer content after the save (status, texts, assistance,
    target, laws as dicts, agency names), so any earlier state can be shown or restored without
    replaying the chain.
    """

    __tablename__ = "revision"
    __table_args__ = (
        UniqueConstraint("answer_id", "number"),
        CheckConstraint(in_list("provenance", PROVENANCES), name="provenance"),
        CheckConstraint("number >= 1", name="number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("answer.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(doc="1..n per answer, in save order")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    saved_at: Mapped[datetime | None] = mapped_column(doc="last autosave into this revision")
    session: Mapped[str | None] = mapped_column(doc="the editing session that writes it")
    author: Mapped[str] = mapped_column(default="", server_default="")
    login: Mapped[str] = mapped_column(default="", server_default="", doc="the computer login")
    provenance: Mapped[str] = mapped_column(
        default=Provenance.TYPED, server_default=Provenance.TYPED.value
    )
    provenance_detail: Mapped[str] = mapped_column(default="", server_default="")
    changed_fields: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")

    answer: Mapped[Answer] = relationship(back_populates="revisions")
