"""Load the catalog JSON files into frozen dataclasses, once per process.

Full JSON Schema validation runs in the tests and the catalog build, not here: start-up must stay
fast (target: under 50 ms). The loader still checks what would break the app if a hand-edited file
slipped through: unknown vocabulary, dangling links, duplicate ids.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from poa_desktop.domain.catalog import (
    Catalog,
    Commitment,
    Document,
    Expiry,
    FieldDefinition,
    FieldGroup,
    FieldRule,
    Heading,
    OutlineItem,
    Section,
    Source,
    Term,
    TranslatedText,
)
from poa_desktop.resources import resource_path


class CatalogError(ValueError):
    """The catalog files are inconsistent; the message names the file and the entry."""


def _read(folder: Path, name: str) -> Any:
    path = folder / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CatalogError(f"cannot read catalog file {path}: {error}") from error


def _terms(items: list[dict[str, str]]) -> tuple[Term, ...]:
    return tuple(Term(i["id"], i["label"], i.get("description", "")) for i in items)


def parse_document(data: dict[str, Any], installed_file: str = "") -> Document:
    """A document file's content (already read as JSON) as the catalog holds it.

    A heading is made once and shared by every paragraph under it (equal values, frozen): the
    files repeat each paragraph's headings, some 800 of them for 60 distinct.
    """
    meta = data["document"]
    doc_id = meta["id"]
    shared: dict[tuple[int, str, str], Heading] = {}

    def heading(h: dict[str, Any]) -> Heading:
        key = (h["level"], h["label"], h["title"])
        found = shared.get(key)
        if found is None:
            found = shared[key] = Heading(*key)
        return found

    commitments = tuple(
        Commitment(
            id=p["id"],
            document_id=doc_id,
            number=p["number"],
            label=p["label"],
            kind=p["kind"],
            section=p["section"],
            headings=tuple(heading(h) for h in p["headings"]),
            lead_in=p["lead_in"],
            text=p["text"],
            level=tuple(p["level"]),
            addressees=tuple(p["addressees"]),
            themes=tuple(p["themes"]),
            related=tuple(p["related"]),
            translations={
                language: TranslatedText(t["text"], t.get("lead_in"), t.get("source", ""))
                for language, t in p.get("translations", {}).items()
            },
            expired=Expiry(p["expired"]["note"], p["expired"].get("since", ""))
            if "expired" in p
            else None,
            supersedes=tuple(p.get("supersedes", ())),
        )
        for p in data["paragraphs"]
    )
    outline = tuple(
        OutlineItem(
            type=o["type"],
            heading=heading(o) if o["type"] == "heading" else None,
            text=o.get("text"),
            lead_in=o.get("lead_in", False),
            paragraph_id=o.get("id"),
        )
        for o in data["outline"]
    )
    parts = tuple(dict.fromkeys(c.id.split("-")[1] for c in commitments if c.id.count("-") == 2))
    return Document(
        id=doc_id,
        short_title=meta["short_title"],
        title=meta["title"],
        meeting=meta["meeting"],
        order=meta["order"],
        source=Source(**meta["source"]),
        sections=tuple(
            Section(doc_id, s["id"], s["label"], s["title"], s.get("concept", ""))
            for s in data["sections"]
        ),
        outline=outline,
        commitments=commitments,
        parts=parts,
        version=str(data.get("catalog_version", "")),
        aliases=tuple(meta.get("aliases", ())),
        installed_file=installed_file,
    )


def _field_groups(data: dict[str, Any]) -> tuple[FieldGroup, ...]:
    groups = []
    for g in data["groups"]:
        fields = tuple(
            FieldDefinition(
                id=f["id"],
                group_id=g["id"],
                label=f["label"],
                type=f["type"],
                help=f["help"],
                unit=f.get("unit", ""),
                min=f.get("min"),
                max=f.get("max"),
                max_length=f.get("max_length"),
            )
            for f in g["fields"]
        )
        rules = tuple(
            FieldRule(
                kind=r["kind"],
                message=r["message"],
                left=tuple(r.get("left", ())),
                right=tuple(r.get("right", ())),
                condition=r.get("condition", ""),
                fields=tuple(r.get("fields", ())),
            )
            for r in g["rules"]
        )
        groups.append(
            FieldGroup(g["id"], g["label"], g["help"], tuple(g["commitments"]), fields, rules)
        )
    return tuple(groups)


def check_consistency(catalog: Catalog) -> None:
    """Raise CatalogError for anything that would break lookups, links or validation."""
    ids = [c.id for c in catalog]
    if len(ids) != len(set(ids)):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise CatalogError(f"duplicate commitment ids: {', '.join(dupes)}")
    vocab = {
        "themes": {t.id for t in catalog.themes},
        "addressees": {t.id for t in catalog.addressees},
        "level": {t.id for t in catalog.levels},
    }
    for c in catalog:
        for name, allowed in vocab.items():
            unknown = set(getattr(c, name)) - allowed
            if unknown:
                raise CatalogError(f"{c.id}: unknown {name} {', '.join(sorted(unknown))}")
        for other in c.related:
            if other not in catalog:
                raise CatalogError(f"{c.id}: related id {other} is not in the catalog")
        for other in c.supersedes:
            if other not in catalog:
                raise CatalogError(f"{c.id}: supersedes {other}, which is not in the catalog")
            if catalog.get(other).document_id == c.document_id:
                raise CatalogError(f"{c.id}: supersedes {other} of its own document")
    field_ids = catalog.fields
    for group in catalog.field_groups:
        for cid in group.commitments:
            if cid not in catalog:
                raise CatalogError(f"report field group {group.id}: unknown commitment {cid}")
        for rule in group.rules:
            named = (*rule.left, *rule.right, *rule.fields, *filter(None, [rule.condition]))
            for fid in named:
                if fid not in field_ids:
                    raise CatalogError(f"report field group {group.id}: unknown field {fid}")


def _symmetric(documents: list[Document]) -> list[Document]:
    """Every ``related`` link both ways: a new document may link to BMS8-62 without the BMS8
    file naming it back (a link is one fact; writing it twice invites the two to disagree)."""
    back: dict[str, list[str]] = {}
    for document in documents:
        for c in document.commitments:
            for other in c.related:
                back.setdefault(other, []).append(c.id)
    result = []
    for document in documents:
        commitments = tuple(
            c
            if not (added := [i for i in back.get(c.id, ()) if i not in c.related])
            else replace(c, related=(*c.related, *added))
            for c in document.commitments
        )
        result.append(replace(document, commitments=commitments))
    return result


def _frame(manifest: dict[str, Any], folder: Path) -> Catalog:
    """The catalog's vocabulary and report fields, without documents: read once per load."""
    vocabulary = _read(folder, manifest["vocabulary"])
    return Catalog(
        version=manifest["catalog_version"],
        released=manifest["released"],
        documents=(),
        themes=_terms(vocabulary["themes"]),
        addressees=_terms(vocabulary["addressees"]),
        levels=_terms(vocabulary["levels"]),
        assistance_kinds=_terms(vocabulary["assistance_kinds"]),
        field_groups=_field_groups(_read(folder, manifest["report_fields"])),
    )


def _combine(frame: Catalog, documents: list[Document]) -> Catalog:
    """``frame`` holding ``documents``, in their order, links made symmetric (none dropped:
    a link to nothing stays, for :func:`check_consistency` to refuse)."""
    ordered = sorted(documents, key=lambda d: (d.order, d.id))
    return replace(frame, documents=tuple(_symmetric(ordered)))


def combine_with(catalog: Catalog, documents: list[Document]) -> Catalog:
    """``catalog``'s vocabulary and fields with these documents instead (links made symmetric
    again, links to documents no longer there dropped): what adding or replacing one gives."""
    ids = {c.id for d in documents for c in d.commitments}
    trimmed = [
        replace(
            d,
            commitments=tuple(
                replace(c, related=tuple(r for r in c.related if r in ids)) for c in d.commitments
            ),
        )
        for d in documents
    ]
    ordered = sorted(_symmetric(trimmed), key=lambda d: (d.order, d.id))
    return replace(catalog, documents=tuple(ordered))


def read_document_file(path: Path) -> Document:
    """One document file a user added, as the catalog holds it (CatalogError if unreadable)."""
    try:
        return parse_document(_read(path.parent, path.name), installed_file=str(path))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        if isinstance(error, CatalogError):
            raise
        raise CatalogError(f"{path}: not a catalog document ({error!r})") from error


def user_document_files(user_folder: Path | None) -> list[Path]:
    """The document files in the user's documents folder, in name order."""
    if user_folder is None or not user_folder.is_dir():
        return []
    return sorted(p for p in user_folder.glob("*.json") if p.is_file())


def load_catalog(
    folder: Path | None = None,
    user_folder: Path | None = None,
    skipped: list[str] | None = None,
) -> Catalog:
    """Read and check every catalog file listed in ``catalog.json`` in ``folder``, then the
    documents a user added in ``user_folder``.

    A user document that does not fit (unreadable, an id already taken, a link to nothing) is
    left out, its reason appended to ``skipped``: the app opens with the bundled catalog rather
    than not at all. ``catalog add`` checks all of it before a file is ever put there.
    """
    with _collector_paused():
        return _load(folder, user_folder, skipped)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the catalog loads: it is thousands of small objects
    in trees, without a cycle to find, and collections triggered meanwhile only delay every
    command that reads it (about 1.5 ms). The collector is left as found: the window starts
    with it off."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load(folder: Path | None, user_folder: Path | None, skipped: list[str] | None) -> Catalog:
    folder = folder or resource_path("catalog")
    manifest = _read(folder, "catalog.json")
    bundled = [parse_document(_read(folder, name)) for name in manifest["documents"]]
    frame = _frame(manifest, folder)
    catalog = _combine(frame, bundled)
    check_consistency(catalog)
    accepted = list(bundled)
    for path in user_document_files(user_folder):
        try:
            document = read_document_file(path)
            if any(d.id == document.id for d in accepted):
                raise CatalogError(f"{path}: a document {document.id} is already in the catalog")
            trial = _combine(frame, [*accepted, document])
            check_consistency(trial)
        except CatalogError as error:
            if skipped is not None:
                skipped.append(str(error))
            continue
        accepted.append(document)
        catalog = trial
    return catalog


@cache
def default_catalog() -> Catalog:
    """The bundled catalog and the user's documents, loaded on first use and shared afterwards
    (:func:`reload_default_catalog` after a document is added or removed)."""
    from poa_desktop.paths import user_documents_folder

    return load_catalog(user_folder=user_documents_folder(), skipped=SKIPPED)


SKIPPED: list[str] = []
"""Why user documents were left out when the default catalog was loaded (shown by
``catalog list`` and the documents dialog)."""


def reload_default_catalog() -> Catalog:
    """Forget the loaded catalog and read it again (after ``catalog add`` or ``remove``)."""
    default_catalog.cache_clear()
    SKIPPED.clear()
    return default_catalog()
