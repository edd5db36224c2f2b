"""drafts, editing sessions and the login beside the person

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

Hand-written; constraint names spelled out and matching ``NAMING_CONVENTION`` in ``base.py``.

- ``answer_draft``: what was typed on a measure but could not be saved (a year of 15, a number
  written in words), kept beside the answer until it is corrected, so nothing typed is lost.
- ``revision.session`` and ``revision.saved_at``: one revision per editing session of an answer
  (a visit to the measure, or typing without a pause of a minute), updated by each autosave.
- ``revision.login`` and ``report_field_revision.login``: the computer login beside the person
  named in ``author`` (the focal point, or whoever says they are working).
- ``local_secret``: random keys that never leave this database (the key that signs agency
  workbook tokens, so a token cannot be forged from what an export prints).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the draft table and the session and login columns; every existing row is kept."""
    op.create_table(
        "answer_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.String(), nullable=False),
        sa.Column("content", sa.JSON(), server_default="{}", nullable=False),
        sa.Column("fields", sa.JSON(), server_default="{}", nullable=False),
        sa.Column("problems", sa.JSON(), server_default="[]", nullable=False),
        sa.Column("base_version", sa.Integer(), server_default="0", nullable=False),
        sa.Column("author", sa.String(), server_default="", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_draft")),
        sa.UniqueConstraint(
            "assessment_id",
            "commitment_id",
            name=op.f("uq_answer_draft_assessment_id_commitment_id"),
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_answer_draft_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "local_secret",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_local_secret")),
    )
    with op.batch_alter_table("revision") as batch:
        batch.add_column(sa.Column("session", sa.String(), nullable=True))
        batch.add_column(sa.Column("saved_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("login", sa.String(), server_default="", nullable=False))
    with op.batch_alter_table("report_field_revision") as batch:
        batch.add_column(sa.Column("login", sa.String(), server_default="", nullable=False))


def downgrade() -> None:
    """Drop what was added here (development only)."""
    with op.batch_alter_table("report_field_revision") as batch:
        batch.drop_column("login")
    with op.batch_alter_table("revision") as batch:
        batch.drop_column("login")
        batch.drop_column("saved_at")
        batch.drop_column("session")
    op.drop_table("local_secret")
    op.drop_table("answer_draft")
