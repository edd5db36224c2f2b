"""The commitment catalog as an earlier version had it, for tests of what a database written
then keeps when opened with the current catalog."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from poa_desktop.catalog import Catalog, load_catalog
from tests.conftest import REPO

WERE_MEASURES_IN_1_0 = ("BMS8-60",)
"""Paragraphs catalog 1.0.0 counted as measures that 1.1.0 reads as procedural (a request to
the Secretariat, BMS8-60; see tools/catalog_build/curation/CURATION.md)."""


def catalog_1_0(folder: Path) -> Catalog:
    """A copy of the bundled catalog with version 1.0.0's kinds for :data:`WERE_MEASURES_IN_1_0`."""
    target = folder / "catalog-1.0.0"
    shutil.copytree(REPO / "resources" / "catalog", target)
    manifest = json.loads((target / "catalog.json").read_text(encoding="utf-8"))
    manifest["catalog_version"] = "1.0.0"
    (target / "catalog.json").write_text(json.dumps(manifest), encoding="utf-8")
    for name in manifest["documents"]:
        path = target / name
        document = json.loads(path.read_text(encoding="utf-8"))
        for paragraph in document["paragraphs"]:
            if paragraph["id"] in WERE_MEASURES_IN_1_0:
                paragraph["kind"] = "measure"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return load_catalog(target)
