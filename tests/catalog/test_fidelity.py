"""The catalog holds every numbered paragraph of both outcome documents, verbatim."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from poa_desktop.catalog import Catalog, load_catalog
from tests.conftest import REPO, SHARED_SOURCES

BUNDLED_SOURCES = REPO / "resources" / "sources"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _source_region(name: str, marker: str) -> str:
    """The source from ``marker`` on, less page-number and URL lines (the only debris inside
    paragraphs)."""
    raw = (BUNDLED_SOURCES / name).read_text(encoding="utf-8")
    lines = raw[raw.index(marker) :].splitlines()
    debris = re.compile(r"^\s*(\d{1,3}/\d{1,3}|https?://\S+)\s*$")
    return "\n".join(line for line in lines if not debris.match(line))


def test_every_paragraph_is_there_with_its_number(catalog: Catalog) -> None:
    expected = [f"BMS8-{n}" for n in range(1, 98)]
    for part, last in (("I", 20), ("II", 94), ("III", 28), ("IV", 31), ("V", 16)):
        expected += [f"RC3-{part}-{n}" for n in range(1, last + 1)]
    assert [c.id for c in catalog] == expected
    assert len(catalog) == 286


def test_kinds_follow_the_documents(catalog: Catalog) -> None:
    """By place (BMS8 1-20 frame, 21-95 measures, 96-97 decide; RevCon3 I declares, II-IV
    measures, V decides), corrected where the text does something else (curation/kinds.json):
    BMS8-53 and 76 only state a view; BMS8-60, 75, 83, 87 and RC3-IV-12 are the meeting's
    requests, recommendations and decisions."""
    kinds = Counter((c.document_id, c.kind) for c in catalog)
    assert kinds == {
        ("BMS8", "declaration"): 20 + 2,
        ("BMS8", "measure"): 75 - 6,
        ("BMS8", "procedural"): 2 + 4,
        ("RC3", "declaration"): 20,
        ("RC3", "measure"): 94 + 28 + 31 - 1,
        ("RC3", "procedural"): 16 + 1,
    }
    assert len(catalog.measures) == 221
    assert catalog.get("BMS8-21").kind == "measure"
    assert catalog.get("BMS8-95").kind == "measure"
    assert catalog.get("BMS8-96").kind == "procedural"
    assert {c.kind for c in catalog if c.section == "V"} == {"procedural"}


def test_labels_and_ids(catalog: Catalog) -> None:
    assert catalog.get("BMS8-29").label == "BMS8 para. 29"
    assert catalog.get("RC3-II-21").label == "RevCon3 II.21"
    assert catalog.get("rc3-iii-1").id == "RC3-III-1"


@pytest.mark.parametrize(
    ("name", "marker", "document"),
    [
        ("bms8_report_2022.txt", "\nAnnex\n", "BMS8"),
        ("revcon3_draft2_2018.txt", "I. 2018 Declaration", "RC3"),
    ],
)
def test_texts_are_verbatim_and_in_order(
    catalog: Catalog, name: str, marker: str, document: str
) -> None:
    """Each paragraph, number included, reads in the source exactly (white space aside).

    Paragraph n+1 must follow paragraph n with nothing but removed debris in between, so a
    paragraph can neither lose its tail nor swallow the next heading.
    """
    source = _squeezed(_source_region(name, marker))
    position = 0
    for commitment in catalog.document(document).commitments:
        needle = _squeezed(f"{commitment.number}. {commitment.text}")
        found = source.find(needle, position)
        assert found >= 0, f"{commitment.id} is not verbatim in {name}"
        position = found + len(needle)


def test_debris_is_gone(catalog: Catalog) -> None:
    for commitment in catalog:
        text = commitment.text
        assert not re.search(r"\b\d{1,2}/23\b", text), commitment.id
        assert "http" not in text and "www." not in text, commitment.id
        assert "  " not in text and "\n" not in text, commitment.id
        assert not text.startswith(("-", f"{commitment.number}.")), commitment.id


def test_line_break_hyphens_are_joined_not_dropped(catalog: Catalog) -> None:
    assert "unauthorized end-users, including" in catalog.get("RC3-II-29").text
    assert "record-keeping and tracing of small arms" in catalog.get("RC3-IV-9").text
    assert "gender-disaggregated data" in catalog.get("RC3-II-74").text


def test_paragraph_split_by_a_page_break_is_whole(catalog: Catalog) -> None:
    assert catalog.get("RC3-II-4").text.endswith(
        "on women, disarmament, non-proliferation and arms control that are relevant to small "
        "arms and light weapons."
    )
    assert "small arms and light weapons, or other national policy" in catalog.get("RC3-II-4").text
    assert catalog.get("BMS8-24").text.endswith("stakeholder involvement and resources allocation.")


def test_source_oddities_are_kept_not_corrected(catalog: Catalog) -> None:
    """Nothing corrected: the draft's own slips stay as printed."""
    assert "i ts Firearms Protocol" in catalog.get("RC3-II-17").text
    assert "in all it aspects." in catalog.get("RC3-II-94").text
    assert "post -conflict" in catalog.get("RC3-III-11").text


def test_heading_paths_are_as_printed(catalog: Catalog) -> None:
    path = [h.display for h in catalog.get("RC3-II-21").headings]
    assert path == [
        "II. Implementation plan for the Programme of Action to Prevent, Combat and Eradicate "
        "the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, 2018–2024",
        "A. Preventing, combating and eradicating the illicit trade in small arms and light "
        "weapons in all its aspects at all levels (national, subregional, regional and global)",
        "2. Preventing and combating the diversion of small arms and light weapons",
        "(a) Stockpile management and security",
    ]
    assert [h.display for h in catalog.get("BMS8-41").headings][1:] == [
        "A. Consideration of the implementation of the Programme of Action to Prevent, Combat "
        "and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, at "
        "the national regional and global levels.",
        "At the regional level",
    ]
    assert catalog.get("RC3-II-1").lead_in == (
        "In implementing the Programme of Action at the national level, States undertake the "
        "following measures:"
    )
    assert catalog.get("BMS8-5").lead_in is None


def test_bundled_sources_match_shared_sources() -> None:
    if not SHARED_SOURCES.is_dir():
        pytest.skip(f"{SHARED_SOURCES} is not beside this checkout")
    for path in sorted(SHARED_SOURCES.glob("*.txt")):
        assert (BUNDLED_SOURCES / path.name).read_bytes() == path.read_bytes(), path.name


def test_catalog_rebuilds_identically_from_the_sources(tmp_path: Path) -> None:
    from tools.catalog_build.__main__ import main as build

    sources = SHARED_SOURCES if SHARED_SOURCES.is_dir() else BUNDLED_SOURCES
    assert build(["--sources", str(sources), "--check"]) == 0
