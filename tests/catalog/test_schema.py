"""Every catalog file validates against the JSON Schema, and the loader's checks bite."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, ValidationError

from poa_desktop.catalog import CatalogError, load_catalog
from tests.conftest import REPO

FOLDER = REPO / "resources" / "catalog"
SCHEMA = json.loads((FOLDER / "catalog.schema.json").read_text(encoding="utf-8"))


def _validator(definition: str) -> Draft202012Validator:
    return Draft202012Validator({"$ref": f"#/$defs/{definition}", "$defs": SCHEMA["$defs"]})


def _load(name: str) -> Any:
    return json.loads((FOLDER / name).read_text(encoding="utf-8"))


def test_schema_is_valid() -> None:
    Draft202012Validator.check_schema(SCHEMA)


def test_every_file_validates() -> None:
    manifest = _load("catalog.json")
    _validator("manifest").validate(manifest)
    for name in manifest["documents"]:
        _validator("document").validate(_load(name))
    _validator("vocabulary").validate(_load(manifest["vocabulary"]))
    _validator("reportFields").validate(_load(manifest["report_fields"]))


def test_schema_rejects_a_bad_paragraph() -> None:
    document = _load("bms8.json")
    document["paragraphs"][0]["kind"] = "aspiration"
    errors = list(_validator("document").iter_errors(document))
    assert errors and "aspiration" in errors[0].message


def _copy_catalog(tmp_path: Path) -> Path:
    target = tmp_path / "catalog"
    shutil.copytree(FOLDER, target)
    return target


def test_loader_refuses_unknown_theme(tmp_path: Path) -> None:
    folder = _copy_catalog(tmp_path)
    path = folder / "bms8.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["paragraphs"][30]["themes"] = ["astrology"]
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(CatalogError, match="BMS8-31: unknown themes astrology"):
        load_catalog(folder)


def test_loader_makes_a_one_way_link_symmetric(tmp_path: Path) -> None:
    """Issue 17: a link is one fact; written on one side, both sides see it."""
    folder = _copy_catalog(tmp_path)
    path = folder / "bms8.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["paragraphs"][47]["related"].append("RC3-V-1")
    path.write_text(json.dumps(document), encoding="utf-8")
    catalog = load_catalog(folder)
    assert "RC3-V-1" in catalog.get("BMS8-48").related
    assert "BMS8-48" in catalog.get("RC3-V-1").related


def test_a_link_to_nothing_is_still_refused(tmp_path: Path) -> None:
    folder = _copy_catalog(tmp_path)
    path = folder / "bms8.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["paragraphs"][47]["related"].append("RC3-V-99")
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(CatalogError, match="BMS8-48: related id RC3-V-99 is not in the catalog"):
        load_catalog(folder)


def test_a_new_document_needs_no_code(tmp_path: Path) -> None:
    """A later outcome (say BMS9) is one more file listed in the manifest."""
    folder = _copy_catalog(tmp_path)
    document = _load("bms8.json")
    document["document"].update(id="BMS9", short_title="BMS9", order=3)
    for paragraph in document["paragraphs"]:
        paragraph["id"] = paragraph["id"].replace("BMS8", "BMS9")
        paragraph["related"] = []
    for item in document["outline"]:
        if item["type"] == "paragraph":
            item["id"] = item["id"].replace("BMS8", "BMS9")
    (folder / "bms9.json").write_text(json.dumps(document), encoding="utf-8")
    manifest = _load("catalog.json")
    manifest["documents"].append("bms9.json")
    (folder / "catalog.json").write_text(json.dumps(manifest), encoding="utf-8")
    _validator("document").validate(document)
    catalog = load_catalog(folder)
    assert len(catalog) == 286 + 97
    assert catalog.get("BMS9-29").document_id == "BMS9"


def test_official_translations_of_a_paragraph_load_as_data(tmp_path: Path) -> None:
    """Issue 15: the catalog can carry each paragraph in the other UN languages; English stays."""
    folder = tmp_path / "catalog"
    shutil.copytree(FOLDER, folder)
    document = json.loads((folder / "bms8.json").read_text(encoding="utf-8"))
    paragraph = next(p for p in document["paragraphs"] if p["id"] == "BMS8-29")
    paragraph["translations"] = {
        "fr": {"text": "Texte officiel en français.", "source": "A/CONF.192/BMS/2022/1"}
    }
    _validator("document").validate(document)
    (folder / "bms8.json").write_text(json.dumps(document), encoding="utf-8")
    commitment = load_catalog(folder).get("BMS8-29")
    french = commitment.text_in("fr")
    assert french is not None and french.text == "Texte officiel en français."
    assert commitment.text_in("es") is None and commitment.text_in("en") is None
    assert commitment.text.startswith(paragraph["text"][:20])  # the English source unchanged
    paragraph["translations"] = {"de": {"text": "Nicht amtlich."}}
    with pytest.raises(ValidationError, match="'de' is not one of"):
        _validator("document").validate(document)
