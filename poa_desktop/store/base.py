"""Declarative base: one MetaData whose naming convention names every constraint.

Named constraints are what lets Alembic's batch mode on SQLite find and alter them later.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, MetaData, String
from sqlalchemy.orm import DeclarativeBase

from .types import UTCDateTime

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base class of every model; ``Base.metadata`` is what migrations are checked against."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012 (SQLAlchemy reads it as a class attr)
        str: String(),
        datetime: UTCDateTime(),
        date: Date(),
    }
