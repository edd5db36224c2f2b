"""The history a person can use: one revision per editing session, not one per autosave.

Autosave writes within a second, so typing a sentence saves a dozen times; each save is on disk
at once, but the history groups the saves of one visit to a measure (or one stretch of typing
without a pause of :data:`SESSION_PAUSE`) into a single revision, so restoring a version never
puts half a sentence into the report.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from poa_desktop.domain.content import AnswerContent
from poa_desktop.services.answering import row_writes, rows
from poa_desktop.services.identity import computer_login
from poa_desktop.store import utcnow

if TYPE_CHECKING:
    from poa_desktop.services.answering.answers import AnswerWrite


SESSION_PAUSE = timedelta(minutes=1)
"""A pause in typing this long starts a new revision even on the same visit to a measure."""


def record_revision(
    connection: Connection,
    answer_id: int,
    latest: rows.LatestRevision | None,
    content: AnswerContent,
    write: AnswerWrite,
    author: str,
    provenance: str,
) -> None:
    """Keep the history a person can use: one revision per editing session, not per autosave.

    ``latest`` is the answer's last revision as read at the start of the save (None: a new
    answer, or one never revised). A save by the same session and person within
    :data:`SESSION_PAUSE` of the last one updates that open revision (what it changed is measured
    from the revision before it); if the session ends where it began, the open revision goes, as
    nothing changed. Any other save is a new revision. Every save is still on disk at once; only
    the history is grouped.
    """
    now = utcnow()
    if (
        latest is not None
        and write.session is not None
        and latest.session == write.session
        and latest.author == author
        and latest.provenance == provenance
        and now - (latest.saved_at or latest.created_at) < SESSION_PAUSE
    ):
        changed = content.changed_fields(latest.content_before)
        if not changed:
            row_writes.delete_revision(connection, latest.id)
            return
        row_writes.update_revision(connection, latest.id, content.to_snapshot(), changed, now)
        return
    previous = latest.snapshot if latest is not None else AnswerContent()
    row_writes.insert_revision(
        connection,
        {
            "answer_id": answer_id,
            "number": latest.number + 1 if latest is not None else 1,
            "created_at": now,
            "saved_at": now,
            "session": write.session,
            "author": author,
            "login": computer_login(),
            "provenance": provenance,
            "provenance_detail": write.provenance_detail,
            "changed_fields": content.changed_fields(previous),
            "snapshot": content.to_snapshot(),
        },
    )
