"""The user guide's pictures: the screens the guide talks about, in each of the six languages.

Written to ``resources/help/images/<language>/`` (``python -m tools.screenshots --guide``), at
the width the guide shows them (so the guide never scrolls sideways), from the demo assessment.
A guide names its own language's pictures: ``![…](images/fr/window.png)``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from poa_desktop.services.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]
IMAGES = REPO / "resources" / "help" / "images"
WIDTH = 720
"""Pixels: what the guide's reading pane shows without a sideways scroll bar at 1280×720."""

PICTURES = ("window", "dashboard", "clearance", "backups")
"""The pictures each guide may show, by file name (without ``.png``)."""


def folder_name(language: str) -> str:
    """``zh_CN`` → ``zh``: the folder a guide's pictures are in."""
    return language.split("_")[0]


def _save(widget: QWidget, path: Path) -> None:
    from PySide6.QtCore import Qt

    picture = widget.grab().scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    picture.save(str(path), "PNG", 9)


def guide_pictures(ws: Workspace, settle: Callable[[], None]) -> None:
    """Every picture in :data:`PICTURES`, in each interface language."""
    from PySide6.QtCore import Qt

    from poa_desktop.services.assessments.assessments import find_assessment
    from poa_desktop.services.safety.backups import take_backup
    from poa_desktop.ui.common.i18n import INTERFACE_LANGUAGES
    from poa_desktop.ui.dialogs.backups_dialog import BackupsDialog
    from poa_desktop.ui.dialogs.clearance_dialog import ClearanceDialog
    from poa_desktop.ui.window.main_window import MainWindow

    info = find_assessment(ws)
    _leave_open_items(ws, info.id)
    take_backup(ws.db.path, "before-import")
    for language in INTERFACE_LANGUAGES:
        out = IMAGES / folder_name(language)
        out.mkdir(parents=True, exist_ok=True)
        with speaking(language):
            window = MainWindow(ws)
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.resize(1280, 720)
            window.show()
            window.go_to("BMS8-25")
            settle()
            _save(window, out / "window.png")
            window.ui.dashboardAction.setChecked(True)
            settle()
            _save(window, out / "dashboard.png")
            window.ui.dashboardAction.setChecked(False)
            for name, dialog in (
                ("clearance", ClearanceDialog(ws, info, window)),
                ("backups", BackupsDialog(ws, window)),
            ):
                dialog.resize(900, 600)
                dialog.show()
                settle()
                _save(dialog, out / f"{name}.png")
                dialog.close()
            window.close()


def _leave_open_items(ws: Workspace, assessment_id: int) -> None:
    """A few measures not yet assessed and one without its description: the clearance picture
    then shows its checklist grouped, as a draft in progress has it."""
    from poa_desktop.services.answering.answers import get_answer, save_answer

    for commitment_id, changes in (
        ("BMS8-33", {"status": None}),
        ("RC3-II-12", {"status": None}),
        ("BMS8-41", {"measures_taken": ""}),
    ):
        record = get_answer(ws, assessment_id, commitment_id)
        content = record.content.with_changes(**changes)
        save_answer(ws, assessment_id, commitment_id, content, author="Lena Marov")


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """The app in ``language`` within the block (its translators, direction and locale), in
    English again after it."""
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QApplication

    from poa_desktop.ui.common.i18n import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    os.environ["POA_DESKTOP_LANG"] = language
    translators = install_translators(app)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale("en_US"))
        os.environ.pop("POA_DESKTOP_LANG", None)
