"""Evidence files: how large one may be (the panel states it before anything is attached), and
the order lists show them in."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from poa_desktop.domain.catalog import Catalog
from poa_desktop.domain.report import EvidenceRow

MAX_EVIDENCE_BYTES: Final = 25 * 1024 * 1024
"""The largest file that can be attached (25 MB): big enough for a scanned law, small enough
that the database stays easy to copy, back up and send."""


def in_catalog_order(catalog: Catalog, evidence: Iterable[EvidenceRow]) -> list[EvidenceRow]:
    """By commitment in catalog order (those it lacks last), then in the order attached."""
    order = {c.id: rank for rank, c in enumerate(catalog)}
    return sorted(evidence, key=lambda e: (order.get(e.commitment_id, len(order)), e.id))
