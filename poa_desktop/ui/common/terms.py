"""Shared terms in the interface's language: statuses, field labels, the catalog's words.

These texts come from the domain and the catalog, not from a ``tr()`` call, so they live in the
translations' ``Terms`` context (``tools/translations.py`` lists them for Qt Linguist) and the
report, written without Qt, reads the same translations (``poa_desktop.translations``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def term(text: str) -> str:
    """``text`` (an English term) in the language the window speaks."""
    return QCoreApplication.translate("Terms", text)
