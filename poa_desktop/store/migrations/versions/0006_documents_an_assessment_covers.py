"""the outcome documents an assessment covers

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

Hand-written.

- ``assessment.documents``: the outcome documents (ids and versions) the assessment answers,
  as a JSON list ``[{"id": ..., "version": ...}]``. A new cycle chooses them; a document a
  user adds later (``catalog add``) joins an assessment only when asked.

Every assessment written before this revision covered the two documents version 1 bundled, the
BMS8 outcome and the RevCon3 outcome, at its own catalog version: that is what the upgrade
records. (A migration describes the past, so it names them; the app's code does not.)
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BUNDLED_BEFORE = ("BMS8", "RC3")


def upgrade() -> None:
    """Add the column and record, for every existing assessment, the documents it covered."""
    with op.batch_alter_table("assessment") as batch:
        batch.add_column(sa.Column("documents", sa.JSON(), server_default="[]", nullable=False))
    pairs = ", ".join(
        f"json_object('id', '{d}', 'version', catalog_version)" for d in BUNDLED_BEFORE
    )
    op.execute(f"UPDATE assessment SET documents = json_array({pairs})")


def downgrade() -> None:
    """Drop what was added here (development only)."""
    with op.batch_alter_table("assessment") as batch:
        batch.drop_column("documents")
