"""Alt+letter goes where its label says, in every language (issue 19: in the welcome, Alt+N went
to "Name" instead of Next)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.i18n import install_translators
from poa_desktop.ui.dialogs.welcome import WelcomeDialog

LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh_CN")
MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture
def speaking(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    installed = []

    def speak(language: str) -> None:
        monkeypatch.setenv("POA_DESKTOP_LANG", language)
        installed.extend(install_translators(qapp))

    yield speak
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale("en_US"))


def mnemonics(root: QWidget) -> Counter[str]:
    """The Alt letters a person can press in ``root`` as it shows now: visible labels with a
    buddy, buttons and group boxes."""
    letters: Counter[str] = Counter()
    widgets: list[QWidget] = [
        *root.findChildren(QLabel),
        *root.findChildren(QAbstractButton),
        *root.findChildren(QGroupBox),
    ]
    for widget in widgets:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        found = MNEMONIC.search(text.replace("&&", ""))
        if found:
            letters[found.group(1).casefold()] += 1
    return letters


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_welcome_page_has_one_control_per_alt_letter(
    qtbot: QtBot, demo_ws: Workspace, speaking: object, language: str
) -> None:
    speaking(language)  # type: ignore[operator]
    for options in ({}, {"assessment_only": True}, {"profile_only": True}):
        dialog = WelcomeDialog(demo_ws, **options)
        qtbot.addWidget(dialog)
        dialog.show()
        pages = dialog.ui.pages
        for index in range(pages.count()):
            if not pages.widget(index).isEnabled():
                continue
            dialog._show_page(index)
            twice = {k: n for k, n in mnemonics(dialog).items() if n > 1}
            assert twice == {}, (language, options, pages.widget(index).objectName(), twice)
        dialog.close()


def _dialogs(ws: Workspace) -> list[QWidget]:
    from poa_desktop.services.assessments.assessments import find_assessment
    from poa_desktop.ui.dialogs.agency_return_dialog import AgencyReturnDialog
    from poa_desktop.ui.dialogs.aggregate_dialog import AggregateDialog
    from poa_desktop.ui.dialogs.backups_dialog import BackupsDialog
    from poa_desktop.ui.dialogs.clearance_dialog import ClearanceDialog
    from poa_desktop.ui.dialogs.documents_dialog import DocumentsDialog
    from poa_desktop.ui.dialogs.export_dialog import ExportDialog
    from poa_desktop.ui.dialogs.period_dialog import PeriodDialog

    info = find_assessment(ws)
    return [
        AgencyReturnDialog(ws, info),
        AggregateDialog(),
        BackupsDialog(ws),
        ClearanceDialog(ws, info),
        DocumentsDialog(ws, info),
        ExportDialog(ws, info),
        PeriodDialog(ws, info),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_dialog_has_one_control_per_alt_letter(
    qtbot: QtBot, demo_ws: Workspace, speaking: object, language: str
) -> None:
    speaking(language)  # type: ignore[operator]
    for dialog in _dialogs(demo_ws):
        qtbot.addWidget(dialog)
        dialog.show()
        twice = {k: n for k, n in mnemonics(dialog).items() if n > 1}
        assert twice == {}, (language, type(dialog).__name__, twice)
        dialog.close()
