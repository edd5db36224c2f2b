"""How large an evidence file may be: the rule the panel states before anything is attached."""

from __future__ import annotations

from typing import Final

MAX_EVIDENCE_BYTES: Final = 25 * 1024 * 1024
"""The largest file that can be attached (25 MB): big enough for a scanned law, small enough
that the database stays easy to copy, back up and send."""
