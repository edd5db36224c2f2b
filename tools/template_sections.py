"""Build ``resources/catalog/template.json``: every measure under one section of UNODA's template.

The sections are those of UNODA's national report template, in its order. A measure goes to the
section of the first of its themes (primary theme first) that the table below names; the
measures the report fields tie to the point of contact and the national action plan go there;
:data:`PLACED` names the exceptions, with the reason. Measures no section claims go to "Other
commitments", so none is lost.

    python -m tools.template_sections           write the file
    python -m tools.template_sections --check   exit 1 when the file differs from a rebuild
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Final

REPO: Final = Path(__file__).resolve().parents[1]
TARGET: Final = REPO / "resources" / "catalog" / "template.json"

SECTIONS: Final = (
    ("coordination", "National coordination", "Coordination mechanisms and agencies."),
    ("point-of-contact", "National point of contact", "PoA and ITI points of contact."),
    ("action-plan", "National action plan", "National action plans and strategies."),
    ("laws", "Laws and regulations", "Laws, regulations and procedures by area."),
    (
        "manufacture-marking",
        "Manufacture and marking",
        "Manufacture, marking, deactivation and new technologies.",
    ),
    ("record-keeping", "Record-keeping", "Records of manufacture, holdings and transfers."),
    ("tracing", "Tracing", "Tracing requests and cooperation in tracing."),
    (
        "stockpiles-surplus",
        "Stockpile management and surplus",
        "Stockpile security, surplus, collection and destruction, ammunition.",
    ),
    (
        "transfers-brokering",
        "Transfer controls and brokering",
        "Export, import, transit, brokering, diversion, borders and embargoes.",
    ),
    (
        "cooperation-assistance",
        "International cooperation and assistance",
        "Assistance needed and offered, cooperation between States.",
    ),
    ("gender", "Gender", "Gender perspectives, participation of women, youth."),
    ("sdg-16-4-2", "SDG 16.4.2", "Sustainable Development Goal target 16.4 and indicator 16.4.2."),
    ("other", "Other commitments", "Measures the template's sections do not name."),
)
THEME_SECTION: Final = {
    "coordination": "coordination",
    "legislation": "laws",
    "marking": "manufacture-marking",
    "manufacturing-technology": "manufacture-marking",
    "deactivation-conversion": "manufacture-marking",
    "record-keeping": "record-keeping",
    "tracing": "tracing",
    "stockpile-management": "stockpiles-surplus",
    "disposal-destruction": "stockpiles-surplus",
    "ammunition": "stockpiles-surplus",
    "transfer-controls": "transfers-brokering",
    "brokering": "transfers-brokering",
    "diversion": "transfers-brokering",
    "border-customs": "transfers-brokering",
    "arms-embargoes": "transfers-brokering",
    "online-trade": "transfers-brokering",
    "cooperation-assistance": "cooperation-assistance",
    "gender": "gender",
    "youth": "gender",
    "sdg-16-4": "sdg-16-4-2",
}
FIELD_GROUP_SECTION: Final = {"point-of-contact": "point-of-contact", "action-plan": "action-plan"}
PLACED: Final[dict[str, str]] = {}
"""Measure id -> section id, where themes would mislead (none needed so far)."""


def placement() -> dict[str, Any]:
    """The file's content from the bundled catalog."""
    from poa_desktop.catalog import default_catalog

    catalog = default_catalog()
    by_group = {
        commitment_id: FIELD_GROUP_SECTION[group.id]
        for group in catalog.field_groups
        if group.id in FIELD_GROUP_SECTION
        for commitment_id in group.commitments
    }
    placed: dict[str, list[str]] = {section_id: [] for section_id, _, _ in SECTIONS}
    for commitment in catalog.measures:
        section = PLACED.get(commitment.id) or by_group.get(commitment.id)
        if section is None:
            section = next(
                (THEME_SECTION[t] for t in commitment.themes if t in THEME_SECTION), None
            )
        placed[section or "other"].append(commitment.id)
    return {
        "description": "UNODA's national report template: its sections in order, each measure "
        "of the catalog under one. Built by tools/template_sections.py.",
        "catalog_version": catalog.version,
        "sections": [
            {"id": i, "label": label, "description": about, "measures": placed[i]}
            for i, label, about in SECTIONS
        ],
    }


def render() -> str:
    return json.dumps(placement(), ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} differs from a rebuild: run python -m tools.template_sections")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
