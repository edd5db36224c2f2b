"""The window in the six UN languages: the Language menu, the translations, right to left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from poa_desktop.services.assessments.assessments import AssessmentInfo
from poa_desktop.services.workspace import Workspace
from poa_desktop.translations import read_ts
from poa_desktop.ui.common.i18n import chosen_language, install_translators
from poa_desktop.ui.common.settings import AppSettings
from poa_desktop.ui.window.main_window import MainWindow
from tools.translations import ts_file


@pytest.fixture
def speaking(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Install the translators of a language for one test, then take them out again."""
    installed = []

    def speak(language: str) -> None:
        monkeypatch.setenv("POA_DESKTOP_LANG", language)
        installed.extend(install_translators(qapp))

    yield speak
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale("en_US"))


def test_the_language_menu_keeps_the_choice_for_the_next_start(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("POA_DESKTOP_LANG", raising=False)
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    menu = window.database_actions.language_menu
    titles = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert titles[1:] == ["English", "Français", "Español", "العربية", "Русский", "中文（简体）"]
    told: list[str] = []
    monkeypatch.setattr(menu, "tell", told.append)
    menu.actions_by_code["fr"].trigger()
    assert AppSettings().interface_language() == "fr"
    assert told == ["poa-desktop will speak Français from its next start."]
    assert chosen_language() == "fr"
    monkeypatch.setenv("POA_DESKTOP_LANG", "es")
    assert chosen_language() == "es"  # the variable still wins (tests, support)


@pytest.mark.parametrize(
    ("language", "direction"),
    [("fr", Qt.LayoutDirection.LeftToRight), ("ar", Qt.LayoutDirection.RightToLeft)],
)
def test_the_window_starts_in_the_chosen_language(
    qtbot: QtBot,
    demo_ws: Workspace,
    demo_assessment: AssessmentInfo,
    speaking: object,
    language: str,
    direction: Qt.LayoutDirection,
) -> None:
    speaking(language)  # type: ignore[operator]
    assert QApplication.layoutDirection() == direction
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    entries = read_ts(ts_file(language))
    assert window.ui.fileMenu.title() == entries[("MainWindow", "&File")]
    assert window.ui.helpMenu.title() == entries[("MainWindow", "&Help")]
    assert QCoreApplication.translate("Terms", "Implemented") == entries[("Terms", "Implemented")]
    # Qt's own buttons speak it too (qtbase translations).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_arabic_typed_in_the_arabic_window_starts_on_the_right(
    qtbot: QtBot, demo_ws: Workspace, speaking: object
) -> None:
    """A QPlainTextEdit aligns every line left whatever the window's direction: the answer's
    boxes follow the window's, so a narrative typed in Arabic starts beside its label."""
    speaking("ar")  # type: ignore[operator]
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1280, 720)
    window.show()
    window.go_to("BMS8-29")
    edit = window.answer_form.ui.measuresTakenEdit
    edit.setPlainText("اعتمدت الدولة قانوناً جديداً")
    qtbot.waitUntil(lambda: edit.document().firstBlock().layout().lineCount() > 0)
    line = edit.document().firstBlock().layout().lineAt(0).naturalTextRect()
    width = edit.viewport().width()
    assert line.left() > width / 2, (line, width)  # on the right, where Arabic starts
