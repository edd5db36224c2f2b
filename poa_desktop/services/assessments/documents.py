"""Which outcome documents an assessment covers, and changing that while it is a draft.

An assessment records its documents (ids and versions) when it is created, so that adding a
regional instrument or a newer outcome to the app later changes no report already under way:
it joins an assessment only when the person says so (``catalog cover``, or the documents dialog).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select

from poa_desktop.catalog import Catalog
from poa_desktop.services.errors import NotFoundError, ServiceError, ensure_editable
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Answer, Assessment


def document_records(catalog: Catalog, document_ids: Sequence[str] | None) -> list[dict[str, str]]:
    """``[{"id", "version"}]`` for these documents (every installed one when None), in catalog
    order; an id the catalog lacks is refused with the ids it has."""
    known = {d.id.casefold(): d for d in catalog.documents}
    if document_ids is None:
        chosen = list(catalog.documents)
    else:
        wanted = [i.strip() for i in document_ids if i.strip()]
        unknown = [i for i in wanted if i.casefold() not in known]
        if unknown:
            have = ", ".join(d.id for d in catalog.documents)
            raise ServiceError(f"no outcome document {', '.join(unknown)}: installed are {have}")
        if not wanted:
            raise ServiceError("an assessment covers at least one outcome document")
        ids = {known[i.casefold()].id for i in wanted}
        chosen = [d for d in catalog.documents if d.id in ids]
    return [{"id": d.id, "version": d.version or catalog.version} for d in chosen]


def answers_per_document(ws: Workspace, assessment_id: int | None = None) -> dict[str, int]:
    """How many answers each document id has (in one assessment, or in all of them)."""
    prefixes = {d.id: f"{d.id}-" for d in ws.installed.documents}
    query = select(Answer.commitment_id, func.count()).group_by(Answer.commitment_id)
    if assessment_id is not None:
        query = query.where(Answer.assessment_id == assessment_id)
    counts: dict[str, int] = {}
    with ws.db.session() as session:
        for commitment_id, count in session.execute(query):
            for doc_id, prefix in prefixes.items():
                if commitment_id.startswith(prefix):
                    counts[doc_id] = counts.get(doc_id, 0) + count
    return counts


def set_covered_documents(
    ws: Workspace, assessment_id: int, document_ids: Iterable[str]
) -> tuple[str, ...]:
    """Make a draft assessment cover exactly these documents; the ids it now covers.

    Taking a document out is refused while the assessment holds answers to it: nothing typed
    is hidden. The workspace then works on the new set (:meth:`Workspace.cover`).
    """
    records = document_records(ws.installed, list(document_ids))
    chosen = {r["id"] for r in records}
    answered = answers_per_document(ws, assessment_id)
    with ws.db.writing() as session:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None:
            raise NotFoundError(f"no assessment with id {assessment_id}")
        ensure_editable(assessment.cycle, assessment.status, "the documents it covers")
        kept_versions = {d["id"]: d["version"] for d in assessment.documents}
        dropped = [d["id"] for d in assessment.documents if d["id"] not in chosen]
        blocked = [
            f"{i} ({answered[i]} answer{'' if answered[i] == 1 else 's'})"
            for i in dropped
            if answered.get(i)
        ]
        if blocked:
            raise ServiceError(
                f"{assessment.cycle} has answers to {', '.join(blocked)}: they stay covered "
                "while it has answers to them"
            )
        assessment.documents = [
            {"id": r["id"], "version": kept_versions.get(r["id"], r["version"])} for r in records
        ]
    ws.cover(chosen)
    return tuple(r["id"] for r in records)


def catalog_of(ws: Workspace, assessment_id: int) -> Catalog:
    """The installed catalog restricted to the documents this assessment covers."""
    with ws.db.session() as session:
        documents = session.scalar(
            select(Assessment.documents).where(Assessment.id == assessment_id)
        )
    ids = [d["id"] for d in documents or ()]
    return ws.installed.covering(ids)
