"""Help → User guide (issue 19: F1 opened the source text and the Help menu had two items)."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from poa_desktop.resources import resource_path
from poa_desktop.ui.dialogs.guide_dialog import SECTION, GuideDialog, guide_path

KEY = re.compile(r"\b(?:(?:Ctrl|Alt|Shift)\+(?:Left|Right|F1|[A-Z])|F1)\b", re.ASCII)
"""A key combination as the guide writes it (not "Alt+underlined letter", which is words)."""
GUIDES = sorted(resource_path("help").glob("guide.*.md"))


def test_each_language_falls_back_to_a_guide() -> None:
    assert guide_path("en").name == "guide.en.md"
    assert guide_path("sw_KE").name == "guide.en.md"  # no Swahili guide: English
    for language in ("fr", "es", "ar", "ru", "zh_CN"):
        found = guide_path(language)
        assert found.name in (f"guide.{language}.md", "guide.en.md")


@pytest.mark.parametrize("path", GUIDES, ids=lambda p: p.name)
def test_every_guide_has_the_sections_and_keys_of_the_english_one(path: object) -> None:
    english = resource_path("help", "guide.en.md").read_text(encoding="utf-8")
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    assert len(SECTION.findall(text)) == len(SECTION.findall(english))
    assert sorted(KEY.findall(text)) == sorted(KEY.findall(english))


def test_the_guide_opens_at_a_section(qtbot: QtBot) -> None:
    dialog = GuideDialog(language="en")
    qtbot.addWidget(dialog)
    dialog.resize(800, 500)
    dialog.show()
    assert dialog.ui.contentsList.count() == len(dialog.sections) >= 10
    assert "Backups and copies" in dialog.sections
    bar = dialog.ui.browser.verticalScrollBar()
    assert bar.value() == 0
    dialog.open_section(dialog.sections.index("Backups and copies"))
    assert bar.value() > 0
    cursor = dialog.ui.browser.textCursor()
    assert cursor.block().text() == "Backups and copies"
    assert not dialog.show_section("No such section")
