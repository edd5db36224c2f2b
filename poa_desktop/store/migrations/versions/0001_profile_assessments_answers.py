"""profile, assessments, answers, laws, agencies, revisions

Revision ID: 0001
Revises:
Create Date: 2025-01-15

Hand-written; constraint names spelled out and matching ``NAMING_CONVENTION`` in ``base.py``.
The vocabularies in the CHECKs are literal on purpose: a migration never changes afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PROVENANCE_CHECK = "provenance IN ('typed', 'carried_forward', 'imported', 'contributed')"


def upgrade() -> None:
    """Create the tables of the first release."""
    op.create_table(
        "state_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("iso_code", sa.String(), nullable=False),
        sa.Column("focal_point_name", sa.String(), nullable=True),
        sa.Column("focal_point_title", sa.String(), nullable=True),
        sa.Column("focal_point_email", sa.String(), nullable=True),
        sa.Column("focal_point_phone", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_state_profile")),
        sa.CheckConstraint(
            "iso_code GLOB '[A-Z][A-Z][A-Z]'", name=op.f("ck_state_profile_iso_code")
        ),
    )
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("short_name", sa.String(), nullable=True),
        sa.Column("contact_person", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency")),
        sa.UniqueConstraint("profile_id", "name", name=op.f("uq_agency_profile_id_name")),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["state_profile.id"],
            name=op.f("fk_agency_profile_id_state_profile"),
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["state_profile.id"],
            name=op.f("fk_contact_profile_id_state_profile"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agency.id"],
            name=op.f("fk_contact_agency_id_agency"),
            ondelete="SET NULL",
        ),
    )
    op.create_index(op.f("ix_contact_profile_id"), "contact", ["profile_id"])
    op.create_index(op.f("ix_contact_agency_id"), "contact", ["agency_id"])
    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("cycle", sa.String(), nullable=False),
        sa.Column("catalog_version", sa.String(), nullable=False),
        sa.Column("status", sa.String(), server_default="draft", nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint("profile_id", "cycle", name=op.f("uq_assessment_profile_id_cycle")),
        sa.CheckConstraint(
            "status IN ('draft', 'submitted', 'cleared')", name=op.f("ck_assessment_status")
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["state_profile.id"],
            name=op.f("fk_assessment_profile_id_state_profile"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["assessment.id"],
            name=op.f("fk_assessment_carried_from_id_assessment"),
            ondelete="SET NULL",
        ),
    )
    op.create_index(op.f("ix_assessment_carried_from_id"), "assessment", ["carried_from_id"])
    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("measures_taken", sa.Text(), server_default="", nullable=False),
        sa.Column("challenges", sa.Text(), server_default="", nullable=False),
        sa.Column("assistance_description", sa.Text(), server_default="", nullable=False),
        sa.Column("assistance_offered", sa.Text(), server_default="", nullable=False),
        sa.Column("national_target", sa.Text(), server_default="", nullable=False),
        sa.Column("assistance_needed", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("assistance_kinds", sa.JSON(), server_default="[]", nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("provenance", sa.String(), server_default="typed", nullable=False),
        sa.Column("provenance_detail", sa.String(), server_default="", nullable=False),
        sa.Column("updated_by", sa.String(), server_default="", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer")),
        sa.UniqueConstraint(
            "assessment_id", "commitment_id", name=op.f("uq_answer_assessment_id_commitment_id")
        ),
        sa.CheckConstraint(
            "status IS NULL OR status IN "
            "('implemented', 'developing', 'not_implemented', 'not_applicable')",
            name=op.f("ck_answer_status"),
        ),
        sa.CheckConstraint(PROVENANCE_CHECK, name=op.f("ck_answer_provenance")),
        sa.CheckConstraint("version >= 1", name=op.f("ck_answer_version")),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_answer_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "answer_agency",
        sa.Column("answer_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("answer_id", "agency_id", name=op.f("pk_answer_agency")),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["answer.id"],
            name=op.f("fk_answer_agency_answer_id_answer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agency.id"],
            name=op.f("fk_answer_agency_agency_id_agency"),
            ondelete="CASCADE",
        ),
    )
    op.create_index(op.f("ix_answer_agency_agency_id"), "answer_agency", ["agency_id"])
    op.create_table(
        "answer_law",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("answer_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("title_original", sa.String(), nullable=False),
        sa.Column("title_english", sa.String(), server_default="", nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("link", sa.String(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_law")),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["answer.id"],
            name=op.f("fk_answer_law_answer_id_answer"),
            ondelete="CASCADE",
        ),
    )
    op.create_index(op.f("ix_answer_law_answer_id"), "answer_law", ["answer_id"])
    op.create_table(
        "revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("answer_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(), server_default="", nullable=False),
        sa.Column("provenance", sa.String(), server_default="typed", nullable=False),
        sa.Column("provenance_detail", sa.String(), server_default="", nullable=False),
        sa.Column("changed_fields", sa.JSON(), server_default="[]", nullable=False),
        sa.Column("snapshot", sa.JSON(), server_default="{}", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revision")),
        sa.UniqueConstraint("answer_id", "number", name=op.f("uq_revision_answer_id_number")),
        sa.CheckConstraint(PROVENANCE_CHECK, name=op.f("ck_revision_provenance")),
        sa.CheckConstraint("number >= 1", name=op.f("ck_revision_number")),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["answer.id"],
            name=op.f("fk_revision_answer_id_answer"),
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    """Drop everything (development only)."""
    op.drop_table("revision")
    op.drop_index(op.f("ix_answer_law_answer_id"), table_name="answer_law")
    op.drop_table("answer_law")
    op.drop_index(op.f("ix_answer_agency_agency_id"), table_name="answer_agency")
    op.drop_table("answer_agency")
    op.drop_table("answer")
    op.drop_index(op.f("ix_assessment_carried_from_id"), table_name="assessment")
    op.drop_table("assessment")
    op.drop_index(op.f("ix_contact_agency_id"), table_name="contact")
    op.drop_index(op.f("ix_contact_profile_id"), table_name="contact")
    op.drop_table("contact")
    op.drop_table("agency")
    op.drop_table("state_profile")
