"""Issue 17: any outcome document is built from its text and an outline written as data.

A small synthetic outcome text (invented wording, no UN text) and its outline go through
``python -m tools.catalog_build document`` in-process; the file it writes loads in the app beside
the bundled documents, and each kind of mistake stops the build with one line naming the file.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from poa_desktop.catalog import load_catalog
from tests.conftest import REPO
from tools.catalog_build.__main__ import main

TEXT = """\
Distr.: General
Report of the Example Meeting on Model Commitments

The meeting was held in an imaginary city and adopted the outcome set out in the annex.

Annex
Outcome of the Example Meeting on Model
Commitments
I. Shared purpose
1. The participating States affirm that model commitments serve as a worked example
for the tests of the catalog build.
2. The participating States recognize the value of clear and plain texts.
1/2
II. Steps for the coming period
The participating States undertake the following steps:
3. To name a national focal point for model commitment matters.
4. To keep complete records of example items for no fewer than ten years, in line with
national record-
keeping practice.
5. To share experience of model practices with neighbouring States and the
https://example.org/notes
regional bodies concerned.
2/2
6. To report on the steps above at the next example meeting.
"""

OUTLINE: dict[str, Any] = {
    "document": {
        "id": "EXM",
        "short_title": "EXM",
        "aliases": ["Example Protocol"],
        "title": {"from": "first-heading"},
        "meeting": "Example Meeting on Model Commitments, nowhere, 2031",
        "order": 3,
        "source": {
            "file": "exm.txt",
            "symbol": None,
            "date": "2031-05",
            "description": "A synthetic outcome text written for the tests.",
        },
    },
    "start": "Annex",
    "numbering": {"id": "EXM-{number}", "label": "EXM para. {number}"},
    "kinds": [
        {"paragraphs": [1, 2], "kind": "declaration"},
        {"paragraphs": [3, 6], "kind": "measure"},
    ],
    "sections": {"level": 2},
    "hyphens": {"joined": ["record-keeping"]},
    "defaults": {"level": ["national"], "addressees": ["all-states"], "themes": ["coordination"]},
    "metadata": {
        "EXM-1": {
            "level": ["global"],
            "addressees": ["meeting-of-states"],
            "themes": ["follow-up-meetings"],
        },
        "EXM-4": {
            "themes": ["record-keeping"],
            "related": ["RC3-III-9", "BMS8-62"],
            "supersedes": ["RC3-II-5"],
        },
        "EXM-6": {
            "kind": "procedural",
            "why": "the meeting's own business",
            "addressees": ["meeting-of-states"],
            "expired": {"note": "The next example meeting was held.", "since": "2033"},
        },
    },
    "concepts": {"II": "poa"},
    "items": [
        {
            "heading": {
                "level": 1,
                "label": "Annex",
                "title": "Outcome of the Example Meeting on Model Commitments",
            }
        },
        {"heading": {"level": 2, "label": "I.", "title": "Shared purpose"}},
        {"paragraphs": [1, 2]},
        {"heading": {"level": 2, "label": "II.", "title": "Steps for the coming period"}},
        {"text": "The participating States undertake"},
        {"paragraphs": [3, 6]},
    ],
}


def _build(
    tmp_path: Path, outline: dict[str, Any] | str = OUTLINE, text: str = TEXT
) -> tuple[int, Path]:
    """Write the outline and the text into ``tmp_path`` and run the ``document`` command."""
    outline_path = tmp_path / "outline.json"
    written = outline if isinstance(outline, str) else json.dumps(outline, indent=1)
    outline_path.write_text(written, encoding="utf-8")
    (tmp_path / "exm.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "exm.json"
    source = tmp_path / "exm.txt"
    status = main(
        ["document", "--outline", str(outline_path), "--source", str(source), "--out", str(out)]
    )
    return status, out


def _outline_with(change: dict[str, Any]) -> dict[str, Any]:
    outline = copy.deepcopy(OUTLINE)
    outline.update(change)
    return outline


def test_the_document_built_from_text_and_outline_loads_in_the_app(tmp_path: Path) -> None:
    status, out = _build(tmp_path)
    assert status == 0
    folder = tmp_path / "catalog"
    shutil.copytree(REPO / "resources" / "catalog", folder)
    shutil.copyfile(out, folder / "exm.json")
    manifest = json.loads((folder / "catalog.json").read_text(encoding="utf-8"))
    manifest["documents"].append("exm.json")
    (folder / "catalog.json").write_text(json.dumps(manifest), encoding="utf-8")

    catalog = load_catalog(folder)
    document = catalog.document("EXM")
    assert document.title == "Outcome of the Example Meeting on Model Commitments"
    assert [s.id for s in document.sections] == ["I", "II"]
    assert document.sections[1].concept == "poa"
    assert [c.id for c in document.commitments] == [f"EXM-{n}" for n in range(1, 7)]
    assert [c.label for c in document.commitments][:2] == ["EXM para. 1", "EXM para. 2"]
    assert [c.kind for c in document.commitments] == ["declaration"] * 2 + ["measure"] * 3 + [
        "procedural"
    ]
    first, fourth = catalog.get("EXM-1"), catalog.get("EXM-4")
    assert [h.display for h in fourth.headings] == [
        "Annex Outcome of the Example Meeting on Model Commitments",
        "II. Steps for the coming period",
    ]
    assert first.lead_in is None and first.section == "I"
    assert fourth.lead_in == "The participating States undertake the following steps:"
    assert fourth.text.endswith("in line with national record-keeping practice.")
    assert catalog.get("EXM-5").text.endswith(
        "neighbouring States and the regional bodies concerned."
    )
    assert (first.level, first.addressees) == (("global",), ("meeting-of-states",))
    assert (fourth.level, fourth.addressees, fourth.themes) == (
        ("national",),
        ("all-states",),
        ("record-keeping",),
    )
    assert fourth.related == ("BMS8-62", "RC3-III-9")  # in catalog order, not as written
    assert "EXM-4" in catalog.get("BMS8-62").related  # the app makes the link symmetric
    expired = catalog.get("EXM-6").expired
    assert expired is not None and expired.since == "2033"


def test_the_file_records_its_source_and_supersedes_only_where_given(tmp_path: Path) -> None:
    status, out = _build(tmp_path)
    assert status == 0
    content = json.loads(out.read_text(encoding="utf-8"))
    meta = content["document"]
    assert meta["removed"] == {"URL": 1, "page number": 2}
    assert meta["source"]["file"] == "exm.txt" and len(meta["source"]["sha256"]) == 64
    assert meta["aliases"] == ["Example Protocol"]
    paragraphs = {p["id"]: p for p in content["paragraphs"]}
    assert list(paragraphs["EXM-4"])[-2:] == ["related", "supersedes"]
    assert paragraphs["EXM-4"]["supersedes"] == ["RC3-II-5"]
    assert "supersedes" not in paragraphs["EXM-3"]
    assert [item["type"] for item in content["outline"]][:4] == [
        "heading",
        "heading",
        "paragraph",
        "paragraph",
    ]


def _heading_typo() -> dict[str, Any]:
    outline = copy.deepcopy(OUTLINE)
    outline["items"][3]["heading"]["title"] = "Steps for the comming period"
    return outline


@pytest.mark.parametrize(
    ("outline", "text", "file", "says"),
    [
        pytest.param(
            _heading_typo(),
            TEXT,
            "outline.json",
            "heading 'II. Steps for the comming period' was not found in",
            id="heading-typo",
        ),
        pytest.param(
            OUTLINE,
            TEXT.replace("5. To share", "To share"),
            "outline.json",
            "paragraph 5 was not found in",
            id="paragraph-missing-from-the-text",
        ),
        pytest.param(
            _outline_with({"defaults": {**OUTLINE["defaults"], "themes": ["astrology"]}}),
            TEXT,
            "outline.json",
            "EXM-2: unknown themes astrology",
            id="unknown-theme",
        ),
        pytest.param(
            json.dumps(OUTLINE)[:-1] + ',"start": }',
            TEXT,
            "outline.json",
            "not valid JSON: Expecting value at line 1",
            id="bad-json",
        ),
        pytest.param(
            {k: v for k, v in OUTLINE.items() if k != "defaults"},
            TEXT,
            "outline.json",
            'EXM-2 has no level: tag it in "metadata" or give "defaults"',
            id="untagged-paragraph",
        ),
        pytest.param(
            _outline_with({"kinds": [{"paragraphs": [1, 5], "kind": "measure"}]}),
            TEXT,
            "outline.json",
            'no rule in "kinds" covers paragraph 6',
            id="kind-not-covered",
        ),
        pytest.param(
            _outline_with({"metadata": {"EXM-3": {"related": ["BMS8-999"]}}}),
            TEXT,
            "outline.json",
            "EXM-3: related id BMS8-999 is not a paragraph of the catalog",
            id="link-to-nothing",
        ),
        pytest.param(
            _outline_with({"document": {**OUTLINE["document"], "order": 2}}),
            TEXT,
            "outline.json",
            "order 2 is taken by RC3 (revcon3.json)",
            id="order-taken",
        ),
        pytest.param(
            OUTLINE,
            TEXT.replace("national record-\n", "national record-\n-"),
            "exm.txt",
            "line-end hyphen in 'record--keeping'",
            id="unknown-line-end-hyphen",
        ),
    ],
)
def test_a_mistake_stops_the_build_with_one_line_naming_the_file(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    outline: dict[str, Any] | str,
    text: str,
    file: str,
    says: str,
) -> None:
    status, out = _build(tmp_path, outline, text)
    errors = capsys.readouterr().err.splitlines()
    assert status == 1 and not out.exists()
    assert len(errors) == 1, errors
    assert str(tmp_path / file) in errors[0] and says in errors[0], errors[0]


def test_an_outline_of_the_wrong_shape_says_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outline = copy.deepcopy(OUTLINE)
    outline["items"][2] = {"paragraphs": [1]}
    del outline["numbering"]["label"]
    status, _ = _build(tmp_path, outline)
    errors = capsys.readouterr().err.splitlines()
    assert status == 1
    assert all(line.startswith(f"{tmp_path / 'outline.json'}: ") for line in errors), errors
    assert any("items/2/paragraphs: [1] is too short" in line for line in errors), errors
    assert any("numbering: 'label' is a required property" in line for line in errors), errors
