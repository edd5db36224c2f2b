"""Collect the licences of everything the app ships into ``resources/licences/``.

The About dialog shows them and installers carry them, so a ministry's IT department can see
what the bundle contains without a network. Library texts come from the installed packages'
own licence files; Qt's LGPL and the GPL it refers to from Debian's verbatim copies, because
the PySide6 wheels carry none. ``--check`` fails when the folder no longer matches the pinned
dependencies (a test runs it), so an upgrade cannot silently ship an outdated list.

    python -m tools.licences [--check]
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import json
import sys
import sysconfig
from dataclasses import asdict, dataclass
from pathlib import Path

from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "resources" / "licences"
COMMON_LICENSES = Path("/usr/share/common-licenses")

PURPOSE = {
    "pyside6-essentials": "Qt 6 and Qt for Python: the windows and dialogs",
    "shiboken6": "Qt for Python: bindings runtime",
    "sqlalchemy": "the local database",
    "alembic": "database upgrades",
    "mako": "database upgrades (Alembic templates)",
    "markupsafe": "database upgrades (Mako)",
    "reportlab": "the PDF report",
    "rl-accel": "the PDF report, faster (reportlab's C accelerator)",
    "pillow": "images in the PDF report (reportlab)",
    "charset-normalizer": "text encodings (reportlab)",
    "openpyxl": "Excel export and import",
    "et-xmlfile": "Excel export (openpyxl)",
    "defusedxml": "safe reading of imported workbooks",
    "uharfbuzz": "Arabic letters joined in the PDF report (HarfBuzz shaping)",
    "python-bidi": "right-to-left text in the PDF report (Unicode bidirectional algorithm)",
    "babel": "month names of dates typed in the six UN languages (Unicode CLDR data)",
    "platformdirs": "where the database and settings live",
    "jsonschema": "checking an outcome document a user adds against the catalog's schema",
    "jsonschema-specifications": "the JSON Schema meta-schemas (jsonschema)",
    "referencing": "JSON Schema references (jsonschema)",
    "rpds-py": "persistent data structures (jsonschema's referencing)",
    "attrs": "data classes (jsonschema)",
    "typing-extensions": "type annotations at run time",
}
# Distributions whose wheels carry no licence file: (licence text, where it comes from).
NO_LICENCE_FILE = {
    "pyside6-essentials": ("LGPL-3", "GPL-3"),
    "shiboken6": ("LGPL-3", "GPL-3"),
}


# Texts taken from the system, whose wording may differ by a line between machines: --check
# only asks that they are there.
SYSTEM_TEXTS = {"python-LICENSE.txt", "LGPL-3.txt", "GPL-3.txt"}


@dataclass(frozen=True)
class Entry:
    name: str
    version: str
    licence: str
    purpose: str
    files: tuple[str, ...]


def _key(name: str) -> str:
    return name.lower().replace("_", "-")


def runtime_distributions() -> list[metadata.Distribution]:
    """poa-desktop's run-time requirements and theirs, without extras (what a bundle ships)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [Requirement(r) for r in metadata.requires("poa-desktop") or []]
    while todo:
        requirement = todo.pop()
        key = _key(requirement.name)
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        if key in seen:
            continue
        try:
            dist = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            continue  # a platform-only requirement not installed here
        seen[key] = dist
        todo += [Requirement(text) for text in dist.requires or []]
    return sorted(seen.values(), key=lambda d: _key(d.metadata["Name"]))


def _licence_name(dist: metadata.Distribution) -> str:
    fields = dist.metadata.json
    expression = fields.get("license_expression")
    if expression:
        return str(expression)
    text = str(fields.get("license") or "")
    return text.split("(")[0].strip() or "see the licence text"


def _licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name to write, text) for each licence file the distribution carries."""
    key = _key(dist.metadata["Name"])
    if key in NO_LICENCE_FILE:
        return [
            (f"{name}.txt", (COMMON_LICENSES / name).read_text(encoding="utf-8"))
            for name in NO_LICENCE_FILE[key]
        ]
    found = []
    for file in dist.files or []:
        parts = str(file).split("/")
        if ".dist-info" in parts[0] and parts[-1].upper().startswith(("LICEN", "COPYING")):
            text = file.read_text(encoding="utf-8")
            found.append((f"{key}-{parts[-1].removesuffix('.txt')}.txt", text))
    if not found:
        raise SystemExit(f"{key}: no licence file in its wheel; add it to NO_LICENCE_FILE")
    return found


def collect() -> tuple[list[Entry], dict[str, str]]:
    """The index entries and the text of every file they name."""
    texts: dict[str, str] = {
        "poa-desktop-LICENSE.txt": (REPO / "LICENSE").read_text(encoding="utf-8"),
    }
    entries = [
        Entry(
            "poa-desktop",
            metadata.version("poa-desktop"),
            "MIT",
            "this application",
            ("poa-desktop-LICENSE.txt",),
        )
    ]
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    texts["python-LICENSE.txt"] = python_licence.read_text(encoding="utf-8")
    entries.append(
        Entry(
            "Python",
            f"{sys.version_info.major}.{sys.version_info.minor}",
            "PSF-2.0",
            "the interpreter inside the installed application",
            ("python-LICENSE.txt",),
        )
    )
    entries.append(Entry("SQLite", "inside Python", "Public domain", "the database engine", ()))
    for dist in runtime_distributions():
        key = _key(dist.metadata["Name"])
        files = _licence_texts(dist)
        texts.update(files)
        entries.append(
            Entry(
                dist.metadata["Name"],
                dist.version,
                _licence_name(dist),
                PURPOSE.get(key, ""),
                tuple(name for name, _ in files),
            )
        )
    return entries, texts


def render(entries: list[Entry]) -> str:
    payload = {
        "note": "Generated by `python -m tools.licences`; fonts are listed in fonts/README.md.",
        "fonts": [
            {
                "name": "Noto Sans, Noto Serif, Noto Sans Arabic",
                "licence": "OFL-1.1",
                "purpose": "text of the PDF report",
                "files": ["../fonts/OFL-1.1.txt"],
            },
            {
                "name": "Droid Sans Fallback",
                "licence": "Apache-2.0",
                "purpose": "Chinese, Japanese and Korean text in the PDF report",
                "files": ["../fonts/Apache-2.0.txt"],
            },
        ],
        "components": [asdict(entry) for entry in entries],
    }
    return json.dumps(payload, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.licences", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if resources/licences is stale")
    args = parser.parse_args(argv)
    entries, texts = collect()
    wanted = {"index.json": render(entries), **texts}
    if args.check:
        present = {p.name for p in OUT.glob("*")} if OUT.is_dir() else set()
        stale = sorted(
            name
            for name, text in wanted.items()
            if not (OUT / name).is_file()
            or (name not in SYSTEM_TEXTS and (OUT / name).read_text(encoding="utf-8") != text)
        )
        extra = sorted(present - set(wanted))
        if stale or extra:
            print(f"resources/licences is stale ({stale + extra}): run python -m tools.licences")
            return 1
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*"):
        if old.name not in wanted:
            old.unlink()
    for name, text in wanted.items():
        (OUT / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(wanted)} files to {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
