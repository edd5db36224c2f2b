"""Right-to-left text for reportlab: the Unicode bidirectional algorithm from python-bidi.

reportlab 5 lays out right-to-left paragraphs (``wordWrap="RTL"``) and shapes Arabic with
HarfBuzz (``uharfbuzz``, a font registered shapable), but takes the bidirectional algorithm
from its own optional C extension ``rlbidi``, which is not published for every platform.
python-bidi implements the same algorithm (UAX #9); :func:`log2vis` offers it under the
signature reportlab calls, and :func:`install` registers it before reportlab is first imported
(``poa_desktop.exchange.pdf`` does this in its ``__init__``).
"""

from __future__ import annotations

import sys
import types
from typing import Any

from bidi import algorithm

_DIRECTIONS = {"RTL": "R", "LTR": "L"}


def log2vis(
    text: str,
    base_direction: str | None = None,
    clean: bool = True,
    positions_V_to_L: list[int] | None = None,
    **_: Any,
) -> str:
    """``text`` in visual order; fills ``positions_V_to_L`` with each visual index's logical one.

    ``clean`` is accepted for reportlab's signature: python-bidi drops the explicit formatting
    characters (rule X9) in any case.
    """
    storage = algorithm.get_empty_storage()
    direction = _DIRECTIONS.get((base_direction or "").upper())
    level = (
        algorithm.PARAGRAPH_LEVELS[direction]
        if direction
        else algorithm.get_base_level(text, False)
    )
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    algorithm.get_embedding_levels(text, storage, False, False)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    chars = storage["chars"]
    if positions_V_to_L is not None:
        positions_V_to_L[:] = [char["index"] for char in chars]
    return "".join(char["ch"] for char in chars)


def install() -> bool:
    """Offer :func:`log2vis` to reportlab as ``rlbidi``; True when reportlab can lay out RTL.

    Must run before ``reportlab.pdfgen.textobject`` is imported; a real ``rlbidi``, when
    installed, is left in place.
    """
    if "rlbidi" not in sys.modules:
        try:
            import rlbidi  # noqa: F401
        except ImportError:
            module = types.ModuleType("rlbidi", __doc__)
            module.log2vis = log2vis  # type: ignore[attr-defined]
            sys.modules["rlbidi"] = module
    from reportlab.pdfgen import textobject

    return bool(textobject.rtlSupport)
