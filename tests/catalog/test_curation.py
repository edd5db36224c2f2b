"""Curated metadata: vocabularies used, links both ways, report fields attached to measures."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

import pytest

from poa_desktop.catalog import Catalog, Commitment, default_catalog


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


# --- Who a measure addresses: only parties its text makes act --------------------------------

NAMED_BY = {
    # A party other than "all States" is tagged only where the text names it (a heuristic: a
    # party the text never mentions cannot be one it makes act). UN regional centres are part of
    # the Secretariat (UNODA), not regional organizations.
    "industry": r"industry|manufacturers|private sector",
    "civil-society": r"civil society|non-governmental|\bNGOs?\b",
    "regional-organizations": r"\b(?:sub-?)?regional(?:(?:,| and| or|/or)\s+(?:sub-?|cross-)?"
    r"regional)*\s+(?:organi[sz]ations|bodies|arrangements|frameworks|peace support operations)"
    r"|competent authorities at the regional",
    "international-organizations": r"(?:international|global|multilateral)(?:, regional,?)?"
    r"(?: and subregional)? organi[sz]ations|United Nations (?:offices|entities|Office|bodies)"
    r"|bodies, organs and missions of the United Nations|INTERPOL|World Customs Organization",
    "un-secretariat": r"Secretariat|Secretary-General|Office for Disarmament Affairs"
    r"|United Nations regional centres",
    "security-council": r"Security Council|mandates",
    "meeting-of-states": r"Review Conference|[Mm]eetings? of States|Member States at",
    "states-in-a-position": r"in a position to do so|donors?\b|funding",
    "requesting-states": r"request|recipient|receiving",
    "states-affected-by-conflict": r"conflict|host States?|affected countries",
    "states-applying-to-ammunition": r"ammunition",
}
REVIEWED = {
    # (measure, addressee): why the tag stays although the heuristic cannot see the party.
    ("BMS8-82", "regional-organizations"): "the capacity built 'at the regional and sub-regional "
    "level' is that of the regional bodies that provide the support and assistance to States",
}


def unnamed_addressees(commitment: Commitment) -> list[str]:
    """The addressees of ``commitment`` (other than all States) its text never names."""
    return [
        a
        for a in commitment.addressees
        if a != "all-states"
        and (commitment.id, a) not in REVIEWED
        and not re.search(NAMED_BY[a], commitment.text)
    ]


def test_every_addressee_has_a_check(catalog: Catalog) -> None:
    assert {t.id for t in catalog.addressees} == {"all-states", *NAMED_BY}
    for commitment_id, addressee in REVIEWED:
        assert addressee in catalog.get(commitment_id).addressees


def test_measures_address_only_parties_their_text_makes_act(catalog: Catalog) -> None:
    wrong = {c.id: unnamed_addressees(c) for c in catalog.measures if unnamed_addressees(c)}
    assert wrong == {}, "addressees the text does not name (see curation/CURATION.md)"


@pytest.mark.parametrize(
    ("commitment_id", "old_addressees", "unnamed"),
    [
        # The tags catalog 1.0.0 had, corrected in 1.1.0: the check finds each.
        ("BMS8-48", ("regional-organizations",), ["regional-organizations"]),
        ("RC3-II-11", ("regional-organizations",), ["regional-organizations"]),
        ("BMS8-41", ("all-states", "regional-organizations"), ["regional-organizations"]),
        ("RC3-II-7", ("all-states", "regional-organizations"), ["regional-organizations"]),
        ("BMS8-83", ("meeting-of-states", "un-secretariat"), ["meeting-of-states"]),
        ("RC3-II-63", ("all-states", "industry"), []),  # "manufacturers ... of 3D printers"
        ("RC3-II-44", ("all-states", "civil-society"), ["civil-society"]),
    ],
)
def test_the_addressee_check_finds_parties_the_text_never_names(
    catalog: Catalog, commitment_id: str, old_addressees: tuple[str, ...], unnamed: list[str]
) -> None:
    tagged = replace(catalog.get(commitment_id), addressees=old_addressees)
    assert unnamed_addressees(tagged) == unnamed


# --- Kinds: what the text does, not where it stands ------------------------------------------

MEETING_BUSINESS = re.compile(
    r"^To (request|recommend|decide|recall the decision)\b|^To recogni[sz]e that|^To note the"
)


def test_no_measure_is_a_decision_request_or_view_of_the_meeting(catalog: Catalog) -> None:
    assert [c.id for c in catalog.measures if MEETING_BUSINESS.search(c.text)] == []
    for commitment_id in ("BMS8-60", "BMS8-75", "BMS8-83", "BMS8-87", "RC3-IV-12"):
        assert catalog.get(commitment_id).kind == "procedural", commitment_id
    for commitment_id in ("BMS8-53", "BMS8-76"):
        assert catalog.get(commitment_id).kind == "declaration", commitment_id


def test_every_kind_correction_says_why(catalog: Catalog) -> None:
    corrections = _curation("kinds.json")
    assert corrections
    for commitment_id, correction in corrections.items():
        assert catalog.get(commitment_id).kind == correction["kind"], commitment_id
        assert len(correction["why"]) > 40, commitment_id
        assert f"`{commitment_id}`" in _curation_notes(), f"{commitment_id} not in CURATION.md"


def test_an_expired_measure_says_why_and_stays_assessable(catalog: Catalog) -> None:
    expired = {c.id: c.expired for c in catalog if c.expired is not None}
    assert set(expired) == set(_curation("expired.json")) and "BMS8-27" in expired
    report = catalog.get("BMS8-27")
    assert report.assessed and report.expired is not None
    assert "2024" in report.expired.note and report.expired.since == "2024"
    assert catalog.get("RC3-II-68").expired is None


def _curation(name: str) -> dict[str, Any]:
    from tests.conftest import REPO

    path = REPO / "tools/catalog_build/curation" / name
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _curation_notes() -> str:
    from tests.conftest import REPO

    return (REPO / "tools/catalog_build/curation/CURATION.md").read_text(encoding="utf-8")
