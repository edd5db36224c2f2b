"""Evidence files attached to an answer, stored in the database with their SHA-256."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import PurePath
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base
from ..types import utcnow

if TYPE_CHECKING:
    from .assessment import Answer

DEFAULT_MEDIA_TYPE = "application/octet-stream"


def sha256_hex(content: bytes) -> str:
    """Lower-case hex SHA-256 of ``content``: the identity of an evidence file."""
    return hashlib.sha256(content).hexdigest()


class EvidenceFile(Base):
    """A document supporting an answer (a law, a decree, a report).

    The bytes live in the database so one file carries everything; ``content`` is deferred so
    listing evidence does not load it. The same file twice on one answer is refused.
    """

    __tablename__ = "evidence_file"
    __table_args__ = (
        UniqueConstraint("answer_id", "sha256"),
        CheckConstraint("length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'", name="sha256"),
        CheckConstraint("size >= 0", name="size"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(ForeignKey("answer.id", ondelete="CASCADE"))
    filename: Mapped[str]
    media_type: Mapped[str]
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    added_by: Mapped[str] = mapped_column(default="", server_default="")

    answer: Mapped[Answer] = relationship(back_populates="evidence")

    @classmethod
    def from_bytes(
        cls,
        filename: str,
        content: bytes,
        *,
        media_type: str | None = None,
        added_by: str = "",
        added_at: datetime | None = None,
    ) -> EvidenceFile:
        """Build an evidence row from a file's bytes, computing size and SHA-256.

        ``media_type`` is guessed from the file name when not given.
        """
        if media_type is None:
            import mimetypes  # lazy: first use reads system tables (the registry on Windows)

            media_type = mimetypes.guess_type(PurePath(filename).name)[0] or DEFAULT_MEDIA_TYPE
        return cls(
            filename=filename,
            media_type=media_type,
            size=len(content),
            sha256=sha256_hex(content),
            content=content,
            added_by=added_by,
            added_at=added_at or utcnow(),
        )
