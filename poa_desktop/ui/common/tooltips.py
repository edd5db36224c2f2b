"""Tooltips that wrap: long texts (a whole paragraph, a section's description) stay readable."""

from __future__ import annotations

import html


def tooltip_html(*paragraphs: str) -> str:
    """Plain texts as rich-text paragraphs (empty ones left out): Qt word-wraps a rich-text
    tooltip, while a plain one runs off the screen's edge."""
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p)
