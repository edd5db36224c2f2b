"""Help → User guide (F1): how to use poa-desktop, offline, in the window's language.

The guide is Markdown in ``resources/help/guide.<language>.md`` (English when a language has
none), shown with Qt's own Markdown support, with pictures of the screens in its language
(``resources/help/images/<language>/``, made by ``python -m tools.screenshots --guide``). The
list on the left holds its sections, and a section can be opened directly (the window opens the
one about what is on screen).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from poa_desktop.resources import resource_path
from poa_desktop.ui.common.i18n import chosen_language
from poa_desktop.ui.generated.ui_guide_dialog import Ui_GuideDialog

SECTION = re.compile(r"^## (.+)$", re.MULTILINE)
MOVING, ANSWERING = 1, 2
"""Sections by their place, the same in every language (a test keeps the guides in step):
"Moving through the commitments" and "Answering a measure", the topics F1 opens."""


def guide_path(language: str) -> Path:
    """The guide in ``language`` ("fr", "zh_CN", "ar_EG"…), else in English."""
    folder = resource_path("help")
    for name in (language, language.split("_")[0], "zh_CN" if language.startswith("zh") else ""):
        path = folder / f"guide.{name}.md"
        if name and path.is_file():
            return path
    return folder / "guide.en.md"


class GuideDialog(QDialog):
    """The user guide with its contents; not modal, so it can stay open beside the window."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GuideDialog()
        self.ui.setupUi(self)
        self.path = guide_path(language or chosen_language())
        text = self.path.read_text(encoding="utf-8")
        # Its pictures (images/<language>/…) are found beside the guide.
        self.ui.browser.setSearchPaths([str(self.path.parent)])
        self.ui.browser.setMarkdown(text)
        self.sections = SECTION.findall(text)
        for title in self.sections:
            self.ui.contentsList.addItem(QListWidgetItem(title))
        self.ui.contentsList.currentTextChanged.connect(self.show_section)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)

    def show_section(self, title: str) -> bool:
        """Scroll to the section titled ``title``; False if the guide has none."""
        browser = self.ui.browser
        found = browser.document().find(title, 0, QTextDocument.FindFlag.FindCaseSensitively)
        while not found.isNull() and found.block().blockFormat().headingLevel() != 2:
            found = browser.document().find(
                title, found, QTextDocument.FindFlag.FindCaseSensitively
            )
        if found.isNull():
            return False
        cursor = QTextCursor(found.block())
        browser.setTextCursor(cursor)
        # The heading at the top, not merely somewhere on screen.
        bar = browser.verticalScrollBar()
        bar.setValue(bar.maximum())
        browser.ensureCursorVisible()
        return True

    def open_section(self, index: int) -> None:
        """Show the ``index``-th section (0: the first) and select it in the contents."""
        if 0 <= index < len(self.sections):
            self.ui.contentsList.setCurrentRow(index)
