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


PICTURE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


@pytest.mark.parametrize("path", GUIDES, ids=lambda p: p.name)
def test_every_guide_shows_the_pictures_of_its_own_language(path: object) -> None:
    """The same pictures as the English guide, each of the screens in the guide's language."""
    english = resource_path("help", "guide.en.md").read_text(encoding="utf-8")
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    language = path.name.split(".")[1].split("_")[0]  # type: ignore[attr-defined]
    names = [p.rsplit("/", 1)[-1] for p in PICTURE.findall(english)]
    assert len(names) >= 4
    assert PICTURE.findall(text) == [f"images/{language}/{name}" for name in names]
    for picture in PICTURE.findall(text):
        assert resource_path("help", picture).is_file(), picture


def test_the_pictures_are_shown(qtbot: QtBot) -> None:
    """Qt finds each picture beside the guide and loads it: no broken-image placeholder."""
    from PySide6.QtGui import QImage, QPixmap, QTextDocument

    dialog = GuideDialog(language="en")
    qtbot.addWidget(dialog)
    document = dialog.ui.browser.document()
    pictures = PICTURE.findall(dialog.path.read_text(encoding="utf-8"))
    assert len(pictures) >= 4
    for picture in pictures:
        image = document.resource(QTextDocument.ResourceType.ImageResource, picture)
        if image is None:  # loaded on first layout: ask the browser as its layout would
            image = dialog.ui.browser.loadResource(
                QTextDocument.ResourceType.ImageResource.value, picture
            )
        assert isinstance(image, (QImage, QPixmap)) and not image.isNull(), picture
        assert image.width() <= 760  # no sideways scrolling in the guide at 1280×720
