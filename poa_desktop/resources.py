"""One place that knows where bundled resources (catalog, fonts, icons, texts) live.

Works from the source tree, from an installed package and from a PyInstaller bundle, so no other
module ever builds a resource path by hand.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    """The folder holding ``catalog/``, ``fonts/``, ``icons/``, ``sources/`` and friends."""
    override = os.environ.get("POA_RESOURCES")
    candidates: list[Path] = []
    if override:
        candidates.append(Path(override))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates += [package_dir.parent / "resources", package_dir / "resources"]
    for candidate in candidates:
        if (candidate / "catalog").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"poa-desktop resources not found (looked in {tried})")


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("catalog", "catalog.json")``."""
    return resources_root().joinpath(*parts)
