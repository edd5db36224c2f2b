"""report field values and evidence files

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-15

Hand-written; constraint names spelled out and matching ``NAMING_CONVENTION`` in ``base.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PROVENANCE_CHECK = "provenance IN ('typed', 'carried_forward', 'imported', 'contributed')"


def upgrade() -> None:
    """Add report field values (with their history) and evidence files."""
    op.create_table(
        "report_field_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("field_id", sa.String(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(), server_default="", nullable=False),
        sa.Column("provenance", sa.String(), server_default="typed", nullable=False),
        sa.Column("provenance_detail", sa.String(), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_field_value")),
        sa.UniqueConstraint(
            "assessment_id", "field_id", name=op.f("uq_report_field_value_assessment_id_field_id")
        ),
        sa.CheckConstraint(PROVENANCE_CHECK, name=op.f("ck_report_field_value_provenance")),
        sa.CheckConstraint("version >= 1", name=op.f("ck_report_field_value_version")),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_report_field_value_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "report_field_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(), server_default="", nullable=False),
        sa.Column("provenance", sa.String(), server_default="typed", nullable=False),
        sa.Column("provenance_detail", sa.String(), server_default="", nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_field_revision")),
        sa.UniqueConstraint(
            "value_id", "number", name=op.f("uq_report_field_revision_value_id_number")
        ),
        sa.CheckConstraint(PROVENANCE_CHECK, name=op.f("ck_report_field_revision_provenance")),
        sa.CheckConstraint("number >= 1", name=op.f("ck_report_field_revision_number")),
        sa.ForeignKeyConstraint(
            ["value_id"],
            ["report_field_value.id"],
            name=op.f("fk_report_field_revision_value_id_report_field_value"),
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "evidence_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("answer_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_file")),
        sa.UniqueConstraint("answer_id", "sha256", name=op.f("uq_evidence_file_answer_id_sha256")),
        sa.CheckConstraint(
            "length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'",
            name=op.f("ck_evidence_file_sha256"),
        ),
        sa.CheckConstraint("size >= 0", name=op.f("ck_evidence_file_size")),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["answer.id"],
            name=op.f("fk_evidence_file_answer_id_answer"),
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    """Drop the tables added here (development only)."""
    op.drop_table("evidence_file")
    op.drop_table("report_field_revision")
    op.drop_table("report_field_value")
