"""The State being assessed, its agencies and its contacts."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base
from ..types import utcnow

if TYPE_CHECKING:
    from .assessment import Answer, Assessment


class StateProfile(Base):
    """The reporting State and its national focal point (one per installation in practice)."""

    __tablename__ = "state_profile"
    __table_args__ = (CheckConstraint("iso_code GLOB '[A-Z][A-Z][A-Z]'", name="iso_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    iso_code: Mapped[str] = mapped_column(doc="ISO 3166-1 alpha-3, e.g. 'KEN'")
    focal_point_name: Mapped[str | None]
    focal_point_title: Mapped[str | None]
    focal_point_email: Mapped[str | None]
    focal_point_phone: Mapped[str | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    agencies: Mapped[list[Agency]] = relationship(
        back_populates="profile",
        order_by="Agency.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="profile",
        order_by="Contact.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="profile",
        order_by="Assessment.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class Agency(Base):
    """A national agency that answers for some commitments (police, customs, justice, ...)."""

    __tablename__ = "agency"
    __table_args__ = (UniqueConstraint("profile_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("state_profile.id", ondelete="CASCADE"))
    name: Mapped[str]
    short_name: Mapped[str | None]
    contact_person: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    position: Mapped[int] = mapped_column(default=0, server_default="0")

    profile: Mapped[StateProfile] = relationship(back_populates="agencies")
    # Read-only views (set links from the Contact / Answer side): a writable backref here would
    # make building an Answer around an agency already in the session trip autoflush warnings.
    contacts: Mapped[list[Contact]] = relationship(viewonly=True, order_by="Contact.position")
    answers: Mapped[list[Answer]] = relationship(
        secondary="answer_agency", viewonly=True, order_by="Answer.id"
    )


class Contact(Base):
    """A person listed in the contacts annex, optionally attached to an agency."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        ForeignKey("state_profile.id", ondelete="CASCADE"), index=True
    )
    agency_id: Mapped[int | None] = mapped_column(
        ForeignKey("agency.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str]
    role: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    position: Mapped[int] = mapped_column(default=0, server_default="0")

    profile: Mapped[StateProfile] = relationship(back_populates="contacts")
    agency: Mapped[Agency | None] = relationship()
