"""The Language menu: which of the six UN languages the window speaks from its next start.

The choice is kept in the settings file; ``POA_DESKTOP_LANG`` still overrides it (tests,
support). Each language is named in itself, so a person who cannot read the current one still
finds theirs. Qt loads translations and lays the window out (right to left for Arabic) when the
application starts, so the change takes effect at the next start, and the menu says so.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from poa_desktop.domain.text import arg
from poa_desktop.ui.common.i18n import INTERFACE_LANGUAGES
from poa_desktop.ui.common.settings import AppSettings


class LanguageMenu(QMenu):
    """A menu of the interface languages (and "as the system"), before the Help menu."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(self.tr("Lan&guage"), window)
        self.setObjectName("languageMenu")
        self._window = window
        group = QActionGroup(self)
        current = AppSettings().interface_language()
        system = QAction(self.tr("As the system"), self, checkable=True)
        system.setData("")
        self.actions_by_code: dict[str, QAction] = {"": system}
        for code, name in INTERFACE_LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            self.actions_by_code[code] = action
        for action in self.actions_by_code.values():
            group.addAction(action)
            self.addAction(action)
            action.setChecked(action.data() == current)
        self.insertSeparator(self.actions()[1])
        group.triggered.connect(self.choose)

    @classmethod
    def attach(cls, window: QMainWindow) -> LanguageMenu:
        """Put the menu in ``window``'s menu bar, before Help."""
        menu = cls(window)
        help_menu = window.findChild(QMenu, "helpMenu")
        bar = window.menuBar()
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), menu)
        else:
            bar.addMenu(menu)
        return menu

    def choose(self, action: QAction) -> None:
        code = str(action.data() or "")
        settings = AppSettings()
        settings.set_interface_language(code)
        settings.sync()
        name = INTERFACE_LANGUAGES.get(code) or self.tr("the system's language")
        text = arg(self.tr("poa-desktop will speak %1 from its next start."), name)
        if os.environ.get("POA_DESKTOP_LANG"):
            text += " " + arg(
                self.tr("For now POA_DESKTOP_LANG=%1 is set, and wins over this choice."),
                os.environ["POA_DESKTOP_LANG"],
            )
        self.tell(text)

    def tell(self, text: str) -> None:
        """Say when the change takes effect (tests replace this)."""
        QMessageBox.information(self._window, self.tr("Language"), text)
