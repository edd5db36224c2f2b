"""Checking an outcome document a user adds, and putting it in (or taking it out of) their
documents folder.

A document arrives as one JSON file (written with ``python -m tools.catalog_build document``,
or by hand, or sent by a regional body). Before anything is installed it is checked the way the
bundled files are: against the catalog's JSON Schema, then against the catalog it joins (ids not
taken, vocabulary known, links and ``supersedes`` pointing at real paragraphs). Every problem
names the file, the place in the JSON and the reason, so a person can fix it in an editor.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from poa_desktop.atomic_write import write_atomically
from poa_desktop.catalog.loader import (
    CatalogError,
    check_consistency,
    combine_with,
    parse_document,
    user_document_files,
)
from poa_desktop.domain.catalog import Catalog, Document
from poa_desktop.paths import make_private_folder
from poa_desktop.resources import resource_path

MAX_PROBLEMS = 20
"""How many schema problems are listed at most: the first ones are enough to start fixing."""


@dataclass(frozen=True)
class DocumentProblem:
    """What is wrong in a document file, and where (``$.paragraphs[3].themes[0]``, "" for the
    file as a whole)."""

    file: str
    where: str
    reason: str

    def __str__(self) -> str:
        place = f" at {self.where}" if self.where else ""
        return f"{self.file}{place}: {self.reason}"


class DocumentRefused(ValueError):
    """The file cannot be installed; ``problems`` say every reason found."""

    def __init__(self, problems: list[DocumentProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class CheckedDocument:
    """A document file that passed every check, with what installing it would replace."""

    path: Path
    data: dict[str, Any]
    document: Document
    replaces: Document | None
    """The installed user document with the same id (an update), if any."""


def _schema_problems(name: str, data: Any) -> list[DocumentProblem]:
    # Imported here: jsonschema costs start-up time, and only this check needs it.
    from jsonschema import Draft202012Validator

    schema = json.loads(resource_path("catalog", "catalog.schema.json").read_text("utf-8"))
    validator = Draft202012Validator({**schema, "$ref": "#/$defs/document"})
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    problems = []
    for error in errors[:MAX_PROBLEMS]:
        # "oneOf" failures say little by themselves; the deepest sub-error says what to fix.
        detail = max(error.context or [error], key=lambda e: len(e.absolute_path))
        problems.append(DocumentProblem(name, detail.json_path, detail.message))
    if len(errors) > MAX_PROBLEMS:
        problems.append(
            DocumentProblem(name, "", f"and {len(errors) - MAX_PROBLEMS} more problems")
        )
    return problems


def _paragraph_path(data: dict[str, Any], message: str) -> str:
    """The JSON path of the paragraph a consistency message names first, if it is this file's."""
    first = message.split(":", 1)[0].strip()
    for index, paragraph in enumerate(data.get("paragraphs", [])):
        if paragraph.get("id") == first:
            return f"$.paragraphs[{index}]"
    return ""


def _structure_problems(name: str, data: dict[str, Any]) -> list[DocumentProblem]:
    """What the schema cannot say: ids that repeat or do not belong to the document, an outline
    or a paragraph naming what is not there."""
    problems = []
    doc_id = data["document"]["id"]
    seen: set[str] = set()
    sections = {s["id"] for s in data["sections"]}
    for index, paragraph in enumerate(data["paragraphs"]):
        where = f"$.paragraphs[{index}]"
        pid = paragraph["id"]
        if not pid.startswith(f"{doc_id}-"):
            problems.append(DocumentProblem(name, f"{where}.id", f"{pid} does not start {doc_id}-"))
        if pid in seen:
            problems.append(DocumentProblem(name, f"{where}.id", f"{pid} appears twice"))
        seen.add(pid)
        if paragraph["section"] not in sections:
            problems.append(
                DocumentProblem(
                    name,
                    f"{where}.section",
                    f"section {paragraph['section']!r} is not in $.sections",
                )
            )
    for index, item in enumerate(data["outline"]):
        if item["type"] == "paragraph" and item["id"] not in seen:
            problems.append(
                DocumentProblem(
                    name, f"$.outline[{index}].id", f"{item['id']} is not in $.paragraphs"
                )
            )
    return problems


def _catalog_problems(name: str, data: dict[str, Any], catalog: Catalog) -> list[DocumentProblem]:
    """Words the vocabulary lacks, and links or ``supersedes`` naming no paragraph, each with
    its place in the file."""
    vocabulary = {
        "level": {t.id for t in catalog.levels},
        "addressees": {t.id for t in catalog.addressees},
        "themes": {t.id for t in catalog.themes},
    }
    doc_id = data["document"]["id"]
    own = {p["id"] for p in data["paragraphs"]}
    others = {c.id for d in catalog.documents if d.id != doc_id for c in d.commitments}
    problems = []
    for index, paragraph in enumerate(data["paragraphs"]):
        where = f"$.paragraphs[{index}]"
        for key, allowed in vocabulary.items():
            for position, word in enumerate(paragraph[key]):
                if word not in allowed:
                    known = ", ".join(sorted(allowed))
                    problems.append(
                        DocumentProblem(
                            name, f"{where}.{key}[{position}]", f"{word!r} is not one of {known}"
                        )
                    )
        for position, other in enumerate(paragraph["related"]):
            if other not in own and other not in others:
                problems.append(
                    DocumentProblem(
                        name, f"{where}.related[{position}]", f"{other} is not in the catalog"
                    )
                )
        for position, other in enumerate(paragraph.get("supersedes", [])):
            if other not in others:
                why = "is in this document" if other in own else "is not in the catalog"
                problems.append(
                    DocumentProblem(
                        name,
                        f"{where}.supersedes[{position}]",
                        f"{other} {why}: a paragraph supersedes one of another document",
                    )
                )
    return problems


def _same_id(name: str, data: dict[str, Any], catalog: Catalog) -> Document | None:
    """The installed user document this file updates (same id), if any; a bundled document's
    id is refused."""
    doc_id = data["document"]["id"]
    for existing in catalog.documents:
        if existing.id == doc_id and existing.bundled:
            where = "$.document.id"
            reason = f"{doc_id} is a document bundled with poa-desktop; give this one another id"
            raise DocumentRefused([DocumentProblem(name, where, reason)])
        if existing.id == doc_id:
            return existing
    return None


def check_document_file(path: Path, catalog: Catalog) -> CheckedDocument:
    """The document in ``path`` if it can join ``catalog``; DocumentRefused saying why not."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DocumentRefused([DocumentProblem(name, "", f"cannot be read ({error})")]) from error
    try:
        data = json.loads(text)
    except ValueError as error:
        raise DocumentRefused([DocumentProblem(name, "", f"is not JSON: {error}")]) from error
    problems = _schema_problems(name, data)
    if problems:
        raise DocumentRefused(problems)
    replaces = _same_id(name, data, catalog)
    problems = _structure_problems(name, data) + _catalog_problems(name, data, catalog)
    if problems:
        raise DocumentRefused(problems)
    document = parse_document(data, installed_file=str(path))
    others = [d for d in catalog.documents if d.id != document.id]
    try:
        check_consistency(combine_with(catalog, [*others, document]))
    except CatalogError as error:
        where = _paragraph_path(data, str(error))
        raise DocumentRefused([DocumentProblem(name, where, str(error))]) from error
    return CheckedDocument(path, data, document, replaces)


def installed_name(document_id: str) -> str:
    """The file name a document is installed under (one file per document id)."""
    return f"{document_id.lower()}.json"


def install_document(checked: CheckedDocument, folder: Path) -> Path:
    """Copy a checked document into ``folder`` (created private), replacing an older version
    of the same document; the file is written whole or not at all."""
    make_private_folder(folder)
    target = folder / installed_name(checked.document.id)
    if checked.replaces is not None:
        old = Path(checked.replaces.installed_file)
        if old != target and old.exists():
            os.remove(old)
    text = json.dumps(checked.data, ensure_ascii=False, indent=1) + "\n"
    write_atomically(target, lambda handle: handle.write(text.encode("utf-8")))
    return target


def uninstall_document(document: Document) -> None:
    """Delete a user document's file (bundled documents cannot be removed)."""
    if document.bundled:
        raise CatalogError(f"{document.short_title} is bundled with poa-desktop")
    Path(document.installed_file).unlink(missing_ok=True)


__all__ = [
    "CheckedDocument",
    "DocumentProblem",
    "DocumentRefused",
    "check_document_file",
    "install_document",
    "installed_name",
    "uninstall_document",
    "user_document_files",
]
