"""the reporting period and the report language of an assessment; the area of a law

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

Hand-written; constraint names spelled out and matching ``NAMING_CONVENTION`` in ``base.py``.

- ``assessment.period_start`` and ``assessment.period_end``: the period the national report
  covers (UNODA's template asks for it); empty in an upgraded file until the person says it.
- ``assessment.report_language``: the language the report is written in by default (one of
  the six UN languages); ``en`` in an upgraded file, as every report was English before.
- ``answer_law.area`` and ``answer_law.description``: the area a law covers (export, marking,
  ...; UNODA's template asks laws by area) and what it provides; empty in an upgraded file.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the columns; every existing row is kept (period empty, language English, laws
    without area or description)."""
    with op.batch_alter_table("assessment") as batch:
        batch.add_column(sa.Column("period_start", sa.Date(), nullable=True))
        batch.add_column(sa.Column("period_end", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("report_language", sa.String(), server_default="en", nullable=False)
        )
        batch.create_check_constraint(
            "report_language",
            "report_language IN ('en', 'fr', 'es', 'ar', 'ru', 'zh')",
        )
        batch.create_check_constraint(
            "period",
            "period_start IS NULL OR period_end IS NULL OR period_start <= period_end",
        )
    with op.batch_alter_table("answer_law") as batch:
        batch.add_column(sa.Column("area", sa.String(), server_default="", nullable=False))
        batch.add_column(sa.Column("description", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    """Drop what was added here (development only)."""
    with op.batch_alter_table("answer_law") as batch:
        batch.drop_column("description")
        batch.drop_column("area")
    with op.batch_alter_table("assessment") as batch:
        batch.drop_constraint("ck_assessment_period", type_="check")
        batch.drop_constraint("ck_assessment_report_language", type_="check")
        batch.drop_column("report_language")
        batch.drop_column("period_end")
        batch.drop_column("period_start")
