"""Translations: this app's .qm files and Qt's own (so stock buttons speak the same language).

English is the source language. ``POA_DESKTOP_LANG`` overrides the system locale (``fr``, ``es``).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from poa_desktop.resources import resource_path


def install_translators(app: QApplication) -> list[QTranslator]:
    """Load the translations for the chosen locale; returns them (they must stay alive)."""
    name = os.environ.get("POA_DESKTOP_LANG") or QLocale.system().name()
    locale = QLocale(name)
    translators = []
    qt_translator = QTranslator(app)
    if qt_translator.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    ours = QTranslator(app)
    if ours.load(locale, "poa_desktop", "_", str(resource_path("translations"))):
        app.installTranslator(ours)
        translators.append(ours)
    return translators
