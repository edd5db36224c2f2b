"""Moving through the assessment: previous, next, next unanswered, within the current filter.

The walk goes through measures only (declarations and procedural paragraphs are read, not
assessed), in document order, wrapping round at the ends so "next unanswered" always finds the
remaining gaps.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from poa_desktop.catalog import Catalog


def walk_order(catalog: Catalog, allowed: Collection[str] | None = None) -> list[str]:
    """Measure ids in document order, limited to ``allowed`` when a filter is active."""
    return [c.id for c in catalog.measures if allowed is None or c.id in allowed]


def step(
    catalog: Catalog,
    current: str | None,
    direction: int,
    *,
    allowed: Collection[str] | None = None,
    statuses: Mapping[str, str | None] | None = None,
    unanswered_only: bool = False,
) -> str | None:
    """The measure ``direction`` (+1 or -1) steps away from ``current``, or None if none fits.

    With ``unanswered_only``, skips measures that have a status in ``statuses`` and wraps round;
    plain previous/next stop at the ends. ``current`` may be a declaration: the walk continues
    from its place in the document.
    """
    order = walk_order(catalog, allowed)
    if not order:
        return None
    rank = {c.id: i for i, c in enumerate(catalog)}
    position = rank.get(current, -1) if current is not None else -1
    if direction > 0:
        later = [cid for cid in order if rank[cid] > position]
        candidates = later + (
            [cid for cid in order if rank[cid] <= position] if unanswered_only else []
        )
    else:
        earlier = [cid for cid in reversed(order) if rank[cid] < position]
        candidates = earlier + (
            [cid for cid in reversed(order) if rank[cid] >= position] if unanswered_only else []
        )
    for cid in candidates:
        if unanswered_only and statuses is not None and statuses.get(cid):
            continue
        if cid == current and not unanswered_only:
            continue
        return cid
    return None
