"""Alembic migrations of the store (a package only so that it ships inside the wheel)."""
