"""What the window shows of one paragraph, read on one connection in one transaction.

Moving to a measure reads its answer and those of the paragraphs it relates to, a draft waiting
for it, the report's field values when it asks any, and its evidence files. Read one service
at a time, through ORM sessions, that was four transactions and about 4 ms of every move
(issue 18: "next commitment" under 30 ms). Here they are Core statements, built once, on one
connection; each result is what the service of the same name returns (``answers_for``,
``get_draft``, ``field_values``, ``list_evidence``: ``tests/services/test_paragraph_read.py``).
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import Integer, Table, bindparam, select

from poa_desktop.catalog import Commitment
from poa_desktop.domain.report import EvidenceRow
from poa_desktop.services.answering import rows
from poa_desktop.services.answering.answers import reading
from poa_desktop.services.answering.drafts import draft_of
from poa_desktop.services.answering.evidence import listing
from poa_desktop.services.answering.paragraph import ParagraphRead
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Answer, AnswerDraft, Base, EvidenceFile

_field_value: Final[Table] = Base.metadata.tables["report_field_value"]

_DRAFT: Final = select(AnswerDraft.__table__).where(
    AnswerDraft.assessment_id == bindparam("assessment_id"),
    AnswerDraft.commitment_id == bindparam("commitment_id"),
)
_FIELD_VALUES: Final = select(_field_value.c.field_id, _field_value.c.value).where(
    _field_value.c.assessment_id == bindparam("assessment_id")
)
_EVIDENCE: Final = (
    listing(bindparam("assessment_id", type_=Integer))
    .where(Answer.commitment_id == bindparam("commitment_id"))
    .order_by(EvidenceFile.id)
)


def read_paragraph(ws: Workspace, assessment_id: int, commitment: Commitment) -> ParagraphRead:
    """What the window shows of ``commitment``; the report's field values only when the
    paragraph asks some."""
    with_fields = bool(ws.catalog.field_groups_for(commitment.id))
    ids = [commitment.id, *commitment.related]
    one = {"assessment_id": assessment_id, "commitment_id": commitment.id}
    with reading(ws.db) as connection:
        answers = rows.read_answers(connection, assessment_id, ids)
        draft = connection.execute(_DRAFT, one).first()
        values = (
            {
                field_id: value
                for field_id, value in connection.execute(
                    _FIELD_VALUES, {"assessment_id": assessment_id}
                )
            }
            if with_fields
            else {}
        )
        evidence = tuple(EvidenceRow(*row) for row in connection.execute(_EVIDENCE, one))
    return ParagraphRead(
        {cid: stored.record() for cid, stored in answers.items()},
        draft_of(draft) if draft is not None else None,
        values,
        evidence,
    )
