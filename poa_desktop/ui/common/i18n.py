"""Translations: this app's .qm files and Qt's own (so stock buttons speak the same language).

English is the source language. The language is, in order: ``POA_DESKTOP_LANG`` (``fr``,
``ar``...), the choice made in the Language menu, the system locale. Arabic lays the whole
window out right to left.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from poa_desktop.resources import resource_path
from poa_desktop.ui.common.settings import AppSettings

INTERFACE_LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "ru": "Русский",
    "zh_CN": "中文（简体）",
}
"""Locale name -> the language named in itself: the six UN languages."""


def chosen_language() -> str:
    """The locale name the window speaks: the override, the saved choice, or the system's."""
    return (
        os.environ.get("POA_DESKTOP_LANG")
        or AppSettings().interface_language()
        or QLocale.system().name()
    )


# Scripts an office PC may lack a font for (a bare Linux install has no Chinese font): the
# report's bundled fonts serve the window too, as Qt's fallback for those characters.
_SCRIPT_FONTS = {"ar": "NotoSansArabic-Regular.ttf", "zh": "DroidSansFallbackFull.ttf"}


def install_script_font(app: QApplication, language: str) -> None:
    """Make the bundled font of ``language``'s script the window's fallback, if it has one.

    Naming it in the application font's families makes Qt use it for the characters the
    system font lacks on every platform (the offscreen one included), not only where
    fontconfig would find it.
    """
    name = _SCRIPT_FONTS.get(language.split("_")[0])
    if name is None:
        return
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = app.font()
        font.setFamilies([font.family(), *families])
        app.setFont(font)


def install_translators(app: QApplication) -> list[QTranslator]:
    """Load the translations for the chosen locale; returns them (they must stay alive)."""
    locale = QLocale(chosen_language())
    QLocale.setDefault(locale)
    install_script_font(app, locale.name())
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
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )
    return translators
