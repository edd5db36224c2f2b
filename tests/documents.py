"""A small synthetic outcome document, as a catalog file a user would add (no UN text copied)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HEADING = {"level": 1, "label": "I.", "title": "Commitments of the test meeting"}


def paragraph(
    doc_id: str, number: int, related: list[str], supersedes: list[str] | None = None
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": f"{doc_id}-{number}",
        "number": number,
        "label": f"{doc_id} para. {number}",
        "kind": "measure",
        "section": "I",
        "headings": [HEADING],
        "lead_in": "States resolve:",
        "text": f"To keep test commitment number {number} under review.",
        "level": ["national"],
        "addressees": ["all-states"],
        "themes": ["coordination"],
        "related": related,
    }
    if supersedes:
        entry["supersedes"] = supersedes
    return entry


def synthetic_document(
    doc_id: str = "TEST",
    *,
    version: str = "1.0.0",
    related: list[str] | None = None,
    supersedes: list[str] | None = None,
    aliases: list[str] | None = None,
) -> dict[str, Any]:
    """Two measures: the first links (one way) to ``related`` (BMS8-62 by default), the second
    supersedes ``supersedes`` (nothing by default)."""
    return {
        "catalog_version": version,
        "document": {
            "id": doc_id,
            "short_title": doc_id,
            **({"aliases": aliases} if aliases else {}),
            "title": "Outcome of a test meeting",
            "meeting": "Test meeting, Geneva, 2026",
            "order": 3,
            "source": {
                "file": "test.txt",
                "symbol": None,
                "date": "2026-01",
                "description": "A synthetic document for tests.",
                "sha256": "0" * 64,
            },
            "removed": {},
        },
        "sections": [{"id": "I", "label": "I.", "title": HEADING["title"]}],
        "outline": [
            {"type": "heading", **HEADING},
            {"type": "paragraph", "id": f"{doc_id}-1"},
            {"type": "paragraph", "id": f"{doc_id}-2"},
        ],
        "paragraphs": [
            paragraph(doc_id, 1, ["BMS8-62"] if related is None else related),
            paragraph(doc_id, 2, [], supersedes),
        ],
    }


def write_document(path: Path, content: dict[str, Any] | None = None) -> Path:
    path.write_text(json.dumps(content or synthetic_document()), encoding="utf-8")
    return path
