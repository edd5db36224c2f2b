"""The outcome documents installed: listing them, adding one from a file, removing one.

The bundled documents come with the app; a person adds others (a newer outcome, a regional
instrument) as a JSON file, which is checked (:mod:`poa_desktop.catalog.installing`) and copied
into their documents folder, beside the database. Adding a document covers it in no assessment:
the person chooses that (:mod:`~poa_desktop.services.assessments.documents`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from poa_desktop.catalog.installing import (
    DocumentProblem,
    DocumentRefused,
    check_document_file,
    install_document,
    uninstall_document,
)
from poa_desktop.catalog.loader import SKIPPED, reload_default_catalog
from poa_desktop.domain.catalog import Document
from poa_desktop.paths import user_documents_folder
from poa_desktop.services.assessments.documents import answers_per_document
from poa_desktop.services.errors import NotFoundError, ServiceError
from poa_desktop.services.workspace import Workspace
from poa_desktop.store import Assessment


@dataclass(frozen=True)
class DocumentInfo:
    """One installed document as ``catalog list`` and the documents dialog show it."""

    id: str
    short_title: str
    title: str
    version: str
    source: str
    """"bundled", or the file it was installed as."""
    paragraphs: int
    measures: int
    answers: int
    """Answers to it, in every assessment of the open database."""
    covered_by: tuple[str, ...]
    """The cycles whose assessment covers it."""

    @property
    def bundled(self) -> bool:
        return self.source == "bundled"


@dataclass(frozen=True)
class Added:
    """What ``catalog add`` did: the document, and the version it replaced (if an update)."""

    document: DocumentInfo
    replaced_version: str | None


def _covered_by(ws: Workspace) -> dict[str, list[str]]:
    cycles: dict[str, list[str]] = {}
    with ws.db.session() as session:
        for cycle, documents in session.execute(
            select(Assessment.cycle, Assessment.documents).order_by(Assessment.created_at)
        ):
            for record in documents:
                cycles.setdefault(record["id"], []).append(cycle)
    return cycles


def _info(
    document: Document, answers: dict[str, int], cycles: dict[str, list[str]]
) -> DocumentInfo:
    return DocumentInfo(
        id=document.id,
        short_title=document.short_title,
        title=document.title,
        version=document.version,
        source="bundled" if document.bundled else document.installed_file,
        paragraphs=len(document.commitments),
        measures=sum(1 for c in document.commitments if c.assessed),
        answers=answers.get(document.id, 0),
        covered_by=tuple(cycles.get(document.id, ())),
    )


def list_documents(ws: Workspace) -> list[DocumentInfo]:
    """Every installed document, bundled first, in the catalog's order."""
    answers, cycles = answers_per_document(ws), _covered_by(ws)
    return [_info(d, answers, cycles) for d in ws.installed.documents]


def skipped_documents() -> list[str]:
    """Why a file in the documents folder was left out when the catalog loaded (hand-edited,
    or made for another version): each reason names the file."""
    return list(SKIPPED)


def add_document(ws: Workspace, path: Path) -> Added:
    """Check the document in ``path`` and install it; DocumentRefused lists every problem.

    The workspace sees it at once (``ws.installed``); no assessment covers it until asked.
    """
    checked = check_document_file(path, ws.installed)
    folder = user_documents_folder()
    try:
        install_document(checked, folder)
    except OSError as error:
        raise ServiceError(f"cannot install {path.name} in {folder}: {error}") from error
    ws.reinstalled(reload_default_catalog())
    document = ws.installed.document(checked.document.id)
    replaced = checked.replaces.version if checked.replaces is not None else None
    return Added(_info(document, answers_per_document(ws), _covered_by(ws)), replaced)


def remove_document(ws: Workspace, document_id: str) -> DocumentInfo:
    """Uninstall a document the user added; refused for a bundled one or while answers exist."""
    wanted = document_id.strip().casefold()
    found = next((d for d in ws.installed.documents if d.id.casefold() == wanted), None)
    if found is None:
        have = ", ".join(d.id for d in ws.installed.documents)
        raise NotFoundError(f"no outcome document {document_id}: installed are {have}")
    info = _info(found, answers_per_document(ws), _covered_by(ws))
    if info.bundled:
        raise ServiceError(f"{found.short_title} comes with poa-desktop and cannot be removed")
    if info.answers:
        count = "1 answer" if info.answers == 1 else f"{info.answers} answers"
        raise ServiceError(
            f"{found.short_title} has {count} in this database "
            f"({', '.join(info.covered_by)}): it stays installed while answers use it"
        )
    try:
        uninstall_document(found)
    except OSError as error:
        raise ServiceError(f"cannot remove {found.installed_file}: {error}") from error
    ws.reinstalled(reload_default_catalog())
    return info


__all__ = [
    "Added",
    "DocumentInfo",
    "DocumentProblem",
    "DocumentRefused",
    "add_document",
    "list_documents",
    "remove_document",
    "skipped_documents",
]
