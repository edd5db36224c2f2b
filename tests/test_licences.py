"""The licences shipped in resources/licences match the pinned run-time dependencies."""

from __future__ import annotations

import json

from poa_desktop.resources import resource_path
from poa_desktop.services.about import components
from tools import licences


def test_licence_folder_is_up_to_date() -> None:
    assert licences.main(["--check"]) == 0, "run: python -m tools.licences"


def test_every_runtime_dependency_has_a_licence_text() -> None:
    shipped = {c.name.lower().replace("_", "-"): c for c in components()}
    for dist in licences.runtime_distributions():
        key = dist.metadata["Name"].lower().replace("_", "-")
        assert key in shipped, f"{key} is shipped without its licence"
        assert shipped[key].version == dist.version
        assert shipped[key].files and all(path.is_file() for path in shipped[key].files)
        assert len(shipped[key].licence_text()) > 500
    index = json.loads(resource_path("licences", "index.json").read_text(encoding="utf-8"))
    assert {font["licence"] for font in index["fonts"]} == {"OFL-1.1", "Apache-2.0"}
