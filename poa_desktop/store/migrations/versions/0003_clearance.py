"""clearance events

Revision ID: 0003
Revises: 0002
Create Date: 2025-02-01

Hand-written; constraint names spelled out and matching ``NAMING_CONVENTION`` in ``base.py``.
The vocabulary in the CHECK is literal on purpose: a migration never changes afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the clearance trail (submit, clear, reopen) of each assessment."""
    op.create_table(
        "clearance_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("open_items", sa.JSON(), server_default="[]", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clearance_event")),
        sa.CheckConstraint(
            "action IN ('submit', 'clear', 'reopen')", name=op.f("ck_clearance_event_action")
        ),
        sa.CheckConstraint("length(trim(actor)) > 0", name=op.f("ck_clearance_event_actor")),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_clearance_event_assessment_id_assessment"),
            ondelete="CASCADE",
        ),
    )
    op.create_index(op.f("ix_clearance_event_assessment_id"), "clearance_event", ["assessment_id"])


def downgrade() -> None:
    """Drop the table added here (development only)."""
    op.drop_index(op.f("ix_clearance_event_assessment_id"), table_name="clearance_event")
    op.drop_table("clearance_event")
