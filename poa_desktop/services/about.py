"""What the About dialog tells: versions, where the data lives, and the bundled licences.

Read from ``resources/licences/index.json`` (written by ``tools.licences`` from the pinned
packages), so the list shown is the list shipped.
"""

from __future__ import annotations

import json
import platform
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from poa_desktop.resources import resource_path


@dataclass(frozen=True)
class Component:
    """A bundled library or font family and the licence texts that cover it."""

    name: str
    version: str
    licence: str
    purpose: str
    files: tuple[Path, ...]

    def licence_text(self) -> str:
        """The licence texts, one after another (a note when the licence has no text)."""
        if not self.files:
            return f"{self.name}: {self.licence}. No licence text is needed."
        return "\n\n".join(path.read_text(encoding="utf-8") for path in self.files)


def components() -> list[Component]:
    """The app, Python, the libraries, then the fonts, as the installers ship them."""
    folder = resource_path("licences")
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    return [
        Component(
            item["name"],
            item.get("version", ""),  # font families carry none
            item["licence"],
            item["purpose"],
            tuple((folder / name).resolve() for name in item["files"]),
        )
        for item in [*index["components"], *index["fonts"]]
    ]


def runtime_description(qt_version: str = "") -> str:
    """One line for support: Python, SQLite, Qt and the operating system."""
    parts = [f"Python {platform.python_version()}", f"SQLite {sqlite3.sqlite_version}"]
    if qt_version:
        parts.append(f"Qt {qt_version}")
    parts.append(platform.platform(terse=True))
    return ", ".join(parts)
