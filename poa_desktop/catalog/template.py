"""UNODA's national report template as a way through the measures: its sections, in its order,
each measure placed under one of them (``resources/catalog/template.json``).

A focal point copies the report into UNODA's online form section by section (national
coordination, point of contact, national action plan, laws, manufacture and marking, ...), so the
report can follow that order instead of the outcome documents' (``export --order template``).
The placement is data, built by ``python -m tools.template_sections`` from each measure's themes
with named exceptions, and checked here: every measure exactly once, no unknown id.
"""

from __future__ import annotations

from dataclasses import dataclass

from poa_desktop.catalog.loader import CatalogError, _read
from poa_desktop.domain.catalog import Catalog
from poa_desktop.resources import resource_path

TEMPLATE_FILE = "template.json"


@dataclass(frozen=True, slots=True)
class TemplateSection:
    """One section of the template and the measures it holds, in the catalog's order."""

    id: str
    label: str
    description: str
    measures: tuple[str, ...]


def load_template(catalog: Catalog) -> tuple[TemplateSection, ...]:
    """The template's sections for ``catalog``; raises CatalogError when a measure is placed
    twice or an id is not one of the catalog's measures."""
    data = _read(resource_path("catalog"), TEMPLATE_FILE)
    sections = tuple(
        TemplateSection(s["id"], s["label"], s.get("description", ""), tuple(s["measures"]))
        for s in data["sections"]
    )
    measures = {c.id for c in catalog.measures}
    seen: dict[str, str] = {}
    for section in sections:
        for commitment_id in section.measures:
            if commitment_id not in measures:
                raise CatalogError(
                    f"{TEMPLATE_FILE}: section {section.id} lists {commitment_id}, which is "
                    "not a measure of the catalog"
                )
            if commitment_id in seen:
                raise CatalogError(
                    f"{TEMPLATE_FILE}: {commitment_id} is in both {seen[commitment_id]} and "
                    f"{section.id}: each measure belongs to one section"
                )
            seen[commitment_id] = section.id
    # A measure the file does not place (a document added after it was built) goes under the
    # last section, "Other commitments": printed, never lost.
    missing = tuple(c.id for c in catalog.measures if c.id not in seen)
    if missing and sections:
        last = sections[-1]
        sections = (
            *sections[:-1],
            TemplateSection(last.id, last.label, last.description, (*last.measures, *missing)),
        )
    return sections


_LOADED: dict[tuple[int, str], tuple[TemplateSection, ...]] = {}


def template_sections(catalog: Catalog) -> tuple[TemplateSection, ...]:
    """:func:`load_template`, read once per catalog (catalogs live as long as the process)."""
    key = (id(catalog), catalog.version)
    if key not in _LOADED:
        _LOADED[key] = load_template(catalog)
    return _LOADED[key]
