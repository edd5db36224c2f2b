"""Turn extracted units plus curated metadata into the catalog's document files."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tools.catalog_build.extract import ExtractionError, Unit, clean, find_start, walk
from tools.catalog_build.structure import BMS8_OUTLINE, RC3_OUTLINE, Heading, Paragraphs, Text

CATALOG_VERSION = "1.1.0"
CURATION = Path(__file__).parent / "curation"
RC3_PARTS = ("I", "II", "III", "IV", "V")

BMS8_SOURCE = {
    "file": "bms8_report_2022.txt",
    "symbol": "A/CONF.192/BMS/2022/L.4",
    "date": "2022-07-08",
    "description": (
        "Report of the Eighth Biennial Meeting of States (New York, 27 June–1 July 2022), "
        "advance unedited copy of the report as adopted on 1 July 2022 (draft report "
        "A/CONF.192/BMS/2022/L.4; Distr.: Limited, 8 July 2022). The outcome of the meeting is "
        "the annex to the report; only the annex's paragraphs are in the catalog."
    ),
}
RC3_SOURCE = {
    "file": "revcon3_draft2_2018.txt",
    "symbol": None,
    "date": "2018-06",
    "description": (
        "Draft outcome document of the Third Review Conference (New York, 18–29 June 2018): "
        "the Chair's Draft 2, circulated in June 2018 by the President-designate with a "
        "covering letter, before the Conference met. The text adopted by the Conference may "
        "differ from this draft."
    ),
}


def bms8_kind(number: int) -> str:
    """BMS8 annex: 1-20 frame the outcome, 21-95 are measures, 96-97 are meeting decisions.

    This is the default by place; ``curation/kinds.json`` corrects a paragraph whose text does
    something else (a request to the Secretariat, a decision of the meeting, a view only).
    """
    if number <= 20:
        return "declaration"
    return "measure" if number <= 95 else "procedural"


RC3_KIND = {
    "I": "declaration",
    "II": "measure",
    "III": "measure",
    "IV": "measure",
    "V": "procedural",
}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_curation(name: str) -> Any:
    return json.loads((CURATION / name).read_text(encoding="utf-8"))


def _load_curation() -> tuple[dict[str, Any], dict[str, list[str]]]:
    """Per-paragraph metadata (with any kind correction and expiry merged in) and the links."""
    paragraphs = _read_curation("paragraphs.json")

    def entry_of(name: str, pid: str) -> dict[str, Any]:
        if pid not in paragraphs:
            raise ExtractionError(f"curation/{name}: {pid} is not a paragraph")
        return paragraphs[pid]  # type: ignore[no-any-return]

    for pid, correction in _read_curation("kinds.json").items():
        entry_of("kinds.json", pid)["kind"] = correction["kind"]
    for pid, expiry in _read_curation("expired.json").items():
        entry_of("expired.json", pid)["expired"] = expiry
    links = _read_curation("links.json")
    related: dict[str, list[str]] = {}
    for link in links:
        related.setdefault(link["bms8"], []).append(link["rc3"])
        related.setdefault(link["rc3"], []).append(link["bms8"])
    return paragraphs, related


def _structure(
    units: Iterable[Unit],
    make_id: Any,
    make_label: Any,
    kind_of: Any,
    section_of: Any,
    curated: dict[str, Any],
    related: dict[str, list[str]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Walk units keeping the heading path and the lead-ins in force for each paragraph."""
    outline: list[dict[str, Any]] = []
    paragraphs: list[dict[str, Any]] = []
    path: list[dict[str, Any]] = []
    lead_ins: list[tuple[int, str]] = []
    for unit in units:
        item = unit.item
        if isinstance(item, Heading):
            path = [h for h in path if h["level"] < item.level]
            lead_ins = [(depth, text) for depth, text in lead_ins if depth < item.level]
            heading = {"level": item.level, "label": item.label, "title": item.title}
            path.append(heading)
            outline.append({"type": "heading", **heading})
        elif isinstance(item, Text):
            outline.append({"type": "text", "text": unit.text, "lead_in": item.lead_in})
            if item.lead_in:
                lead_ins.append((len(path), unit.text))
        else:
            assert isinstance(item, Paragraphs) and unit.number is not None
            pid = make_id(unit.number)
            meta = curated.get(pid, {})
            kind = kind_of(unit.number)
            if meta.get("kind") == kind:
                raise ExtractionError(f"curation/kinds.json: {pid} is a {kind} already")
            paragraphs.append(
                {
                    "id": pid,
                    "number": unit.number,
                    "label": make_label(unit.number),
                    "kind": meta.get("kind", kind),
                    "section": section_of(path),
                    "headings": [dict(h) for h in path],
                    "lead_in": "\n".join(text for _, text in lead_ins) or None,
                    "text": unit.text,
                    "level": meta.get("level", []),
                    "addressees": meta.get("addressees", []),
                    "themes": meta.get("themes", []),
                    "related": sorted(set(related.get(pid, [])), key=_id_order),
                    **({"expired": meta["expired"]} if "expired" in meta else {}),
                }
            )
            outline.append({"type": "paragraph", "id": pid})
    return outline, paragraphs


def _id_order(pid: str) -> tuple[int, int, int]:
    parts = pid.split("-")
    if parts[0] == "BMS8":
        return (0, 0, int(parts[1]))
    return (1, RC3_PARTS.index(parts[1]), int(parts[2]))


def _sections(outline: list[dict[str, Any]], level: int, extra: list[dict[str, Any]]) -> list[Any]:
    found = [
        {"id": h["label"].rstrip("."), "label": h["label"], "title": h["title"]}
        for h in outline
        if h["type"] == "heading" and h["level"] == level
    ]
    return extra + found


def build_bms8(sources: Path, curated: dict[str, Any], related: dict[str, list[str]]) -> Any:
    path = sources / str(BMS8_SOURCE["file"])
    raw = path.read_text(encoding="utf-8").splitlines()
    start = find_start(raw, "Annex")
    cleaned = clean(raw, start)
    units = walk(BMS8_OUTLINE, cleaned, "BMS8")

    def section_of(path_: list[dict[str, Any]]) -> str:
        below_annex = [h for h in path_ if h["level"] == 2]
        return below_annex[0]["label"].rstrip(".") if below_annex else "Annex"

    outline, paragraphs = _structure(
        units,
        lambda n: f"BMS8-{n}",
        lambda n: f"BMS8 para. {n}",
        bms8_kind,
        section_of,
        curated,
        related,
    )
    annex = outline[0]
    return {
        "catalog_version": CATALOG_VERSION,
        "document": {
            "id": "BMS8",
            "short_title": "BMS8",
            "title": annex["title"],
            "meeting": "Eighth Biennial Meeting of States, New York, 27 June–1 July 2022",
            "order": 1,
            "source": {**BMS8_SOURCE, "sha256": _sha256(path)},
            "removed": dict(sorted(cleaned.removed.items())),
        },
        "sections": [
            {"id": "Annex", "label": "Annex", "title": annex["title"]},
            *_sections(outline, 2, []),
        ],
        "outline": outline,
        "paragraphs": paragraphs,
    }


def build_revcon3(sources: Path, curated: dict[str, Any], related: dict[str, list[str]]) -> Any:
    path = sources / str(RC3_SOURCE["file"])
    raw = path.read_text(encoding="utf-8").splitlines()
    outline: list[dict[str, Any]] = []
    paragraphs: list[dict[str, Any]] = []
    region = clean(raw, find_start(raw, "I. 2018 Declaration"))
    removed = dict(region.removed)
    everything = tuple(item for part in RC3_PARTS for item in RC3_OUTLINE[part])
    units = walk(everything, region, "RevCon3")
    # Paragraph numbers restart in each part: split the units at the part headings.
    groups: list[list[Unit]] = []
    for unit in units:
        if isinstance(unit.item, Heading) and unit.item.level == 1:
            groups.append([])
        groups[-1].append(unit)
    for part, group in zip(RC3_PARTS, groups, strict=True):
        part_outline, part_paragraphs = _structure(
            group,
            lambda n, p=part: f"RC3-{p}-{n}",
            lambda n, p=part: f"RevCon3 {p}.{n}",
            lambda n, p=part: RC3_KIND[p],
            lambda path_, p=part: p,
            curated,
            related,
        )
        outline += part_outline
        paragraphs += part_paragraphs
    return {
        "catalog_version": CATALOG_VERSION,
        "document": {
            "id": "RC3",
            "short_title": "RevCon3",
            "title": (
                "Outcome document of the Third United Nations Conference to Review Progress Made "
                "in the Implementation of the Programme of Action (Chair's Draft 2)"
            ),
            "meeting": "Third Review Conference, New York, 18–29 June 2018",
            "order": 2,
            "source": {**RC3_SOURCE, "sha256": _sha256(path)},
            "removed": dict(sorted(removed.items())),
        },
        "sections": _sections(outline, 1, []),
        "outline": outline,
        "paragraphs": paragraphs,
    }


def build_all(sources: Path) -> dict[str, Any]:
    """Every generated catalog file name mapped to its content."""
    curated, related = _load_curation()
    built = {
        "bms8.json": build_bms8(sources, curated, related),
        "revcon3.json": build_revcon3(sources, curated, related),
    }
    # What each section is ("the ITI plan", "the PoA plan"): references such as "RevCon3, ITI
    # plan, para 5" are read by it, so the reading code names no document (issue 17).
    concepts = _read_curation("section_concepts.json")
    for content in built.values():
        named = concepts.get(content["document"]["id"], {})
        for section in content["sections"]:
            if section["id"] in named:
                section["concept"] = named.pop(section["id"])
        if named:
            raise ExtractionError(f"curation/section_concepts.json: no section {sorted(named)}")
    return built


def render(content: Any) -> str:
    """The exact bytes written to disk, so the rebuild test can compare text with text."""
    return json.dumps(content, ensure_ascii=False, indent=1) + "\n"
