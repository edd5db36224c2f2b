"""Curated metadata: vocabularies used, links both ways, report fields attached to measures."""

from __future__ import annotations

import pytest

from poa_desktop.catalog import Catalog, default_catalog


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return default_catalog()


def test_every_paragraph_has_metadata(catalog: Catalog) -> None:
    for commitment in catalog:
        assert commitment.level and commitment.addressees and commitment.themes, commitment.id


def test_links_go_both_ways_and_across_documents(catalog: Catalog) -> None:
    links = 0
    for commitment in catalog:
        for other in commitment.related:
            assert catalog.get(other).document_id != commitment.document_id
            assert commitment.id in catalog.get(other).related
            links += 1
    assert links % 2 == 0 and links // 2 >= 150


def test_every_bms8_measure_is_linked_or_explained(catalog: Catalog) -> None:
    import json

    from tests.conftest import REPO

    explained = json.loads(
        (REPO / "tools/catalog_build/curation/no_counterpart.json").read_text(encoding="utf-8")
    )
    for commitment in catalog.document("BMS8").commitments:
        if commitment.kind == "measure":
            assert bool(commitment.related) != (commitment.id in explained), commitment.id


def test_known_restatements_are_linked(catalog: Catalog) -> None:
    for bms8, rc3 in [
        ("BMS8-48", "RC3-II-11"),
        ("BMS8-45", "RC3-II-9"),
        ("BMS8-67", "RC3-II-61"),
        ("BMS8-70", "RC3-III-2"),
        ("BMS8-94", "RC3-IV-26"),
    ]:
        assert rc3 in catalog.get(bms8).related


def test_report_fields_attach_to_measures(catalog: Catalog) -> None:
    groups = {g.id for g in catalog.field_groups}
    assert {
        "sdg-16-4-2",
        "tracing",
        "point-of-contact",
        "coordination-body",
        "action-plan",
        "surplus",
        "diversion",
    } <= groups
    for group in catalog.field_groups:
        for commitment_id in group.commitments:
            assert catalog.get(commitment_id).assessed, (group.id, commitment_id)
    assert [g.id for g in catalog.field_groups_for("BMS8-25")] == ["sdg-16-4-2"]


def test_themes_vocabulary_is_used(catalog: Catalog) -> None:
    used = {t for c in catalog for t in c.themes}
    assert used == {t.id for t in catalog.themes}
    assert any("gender" in c.themes for c in catalog.measures)
