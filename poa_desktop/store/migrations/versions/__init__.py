"""Schema revisions, hand-written, one per released schema change (Alembic skips this file)."""
