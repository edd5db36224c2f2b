"""Render the main screens of the demo assessment at 1366×768 into docs/screenshots/.

    python -m tools.screenshots            (scripts/screenshots sets up .venv and runs it)
    python -m tools.screenshots --languages    (the main window in the six UN languages only)
    python -m tools.screenshots --guide    (the user guide's pictures, in each of the six languages)

Runs offscreen on a temporary copy of a fresh demo database, with the settings folder pointed at a
temporary place so the user's own window layout is neither used nor changed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
SIZE = (1366, 768)


def main(argv: list[str] | None = None) -> int:
    """All screenshots; ``--languages`` only the main window in the six languages."""
    arguments = sys.argv[1:] if argv is None else argv
    only_languages = "--languages" in arguments
    folder = Path(tempfile.mkdtemp(prefix="poa-shots-"))
    os.environ["POA_DESKTOP_CONFIG"] = str(folder / "config")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QDialog

    from poa_desktop.services.answering.answers import get_answer, save_answer
    from poa_desktop.services.assessments.assessments import find_assessment
    from poa_desktop.services.demo.build import build_demo
    from poa_desktop.services.workspace import open_workspace
    from poa_desktop.ui.dialogs.history_dialog import HistoryDialog
    from poa_desktop.ui.dialogs.welcome import WelcomeDialog
    from poa_desktop.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    ws = open_workspace(folder / "demo.sqlite")
    build_demo(ws)
    info = find_assessment(ws)
    record = get_answer(ws, info.id, "BMS8-25")
    save_answer(
        ws,
        info.id,
        "BMS8-25",
        record.content.with_changes(status="developing"),
        author="Lena Marov",
    )
    save_answer(ws, info.id, "BMS8-25", record.content, author="Lena Marov")

    def settle() -> None:
        for _ in range(5):
            QCoreApplication.processEvents()

    if "--guide" in arguments:
        from tools.guide_pictures import guide_pictures

        guide_pictures(ws, settle)
        ws.close()
        print("guide pictures written to resources/help/images")
        return 0
    if only_languages:
        _in_each_language(ws, settle)
        ws.close()
        print(f"screenshots written to {OUT.relative_to(REPO)}")
        return 0

    window = MainWindow(ws)
    sized(window)
    window.show()
    bar = window.ui.commitmentScroll.verticalScrollBar()

    def search() -> None:
        window.ui.searchEdit.setText("3D printing")
        window.filters.apply()

    def dashboard() -> None:
        window.filters.clear()
        window.filters.apply()
        window.ui.dashboardAction.setChecked(True)

    def section() -> None:
        from poa_desktop.ui.window.section_links import show_heading

        key = next(
            n.key for n in window.model.nodes.values() if n.is_section and n.code == "BMS8 A"
        )
        show_heading(window, key)

    steps: list[tuple[str, Callable[[], object]]] = [
        ("main-commitment", lambda: window.go_to("BMS8-25")),
        ("section", section),
        ("main-answer-fields", lambda: bar.setValue(bar.maximum() // 2)),
        ("main-related", lambda: window.go_to("RC3-II-21")),
        ("main-declaration", lambda: window.go_to("RC3-I-15")),
        ("main-search", search),
        ("dashboard", dashboard),
    ]
    for name, action in steps:
        action()
        settle()
        window.grab().save(str(OUT / f"{name}.png"))
    window.ui.dashboardAction.setChecked(False)
    window.go_to("BMS8-25")
    history = HistoryDialog(ws, info.id, "BMS8-25", window)
    history.resize(900, 560)
    history.show()
    settle()
    history.grab().save(str(OUT / "history.png"))
    history.close()
    from poa_desktop.services.safety.backups import take_backup
    from poa_desktop.ui.dialogs.about_dialog import AboutDialog
    from poa_desktop.ui.dialogs.agencies_dialog import AgenciesDialog
    from poa_desktop.ui.dialogs.backups_dialog import BackupsDialog
    from poa_desktop.ui.dialogs.clearance_dialog import ClearanceDialog
    from poa_desktop.ui.dialogs.source_viewer import SourceViewer

    take_backup(ws.db.path, "before-import")
    from poa_desktop.services.safety import recovery
    from poa_desktop.services.safety.recovery import RecoveryEntry
    from poa_desktop.ui.dialogs.recovery_dialog import RecoveryDialog

    kept = get_answer(ws, info.id, "BMS8-29")
    recovery.keep(
        ws.db.path,
        [
            RecoveryEntry(
                info.id,
                info.state,
                info.cycle,
                "BMS8-29",
                ws.catalog.get("BMS8-29").label,
                kept.version,
                kept.content.with_changes(
                    measures_taken=kept.content.measures_taken + " Typed while the disk was full."
                ),
                error=f"The disk holding {ws.db.path} is full: your last changes could not "
                "be saved.",
                kind="full",
            )
        ],
    )
    source = SourceViewer(ws.catalog, "RC3", window)
    about = AboutDialog(ws, window)
    about.ui.tabs.setCurrentWidget(about.ui.licencesTab)
    dialogs: list[tuple[str, QDialog]] = [
        ("clearance", ClearanceDialog(ws, info, window)),
        ("agencies", AgenciesDialog(ws, info, window)),
        ("backups", BackupsDialog(ws, window)),
        ("recovery", RecoveryDialog(ws, window)),
        ("source-text", source),
        ("about", about),
    ]
    for name, dialog in dialogs:
        dialog.resize(900, 600)
        dialog.show()
        if dialog is source:
            source.show_paragraph("RC3-II-74")
        settle()
        dialog.grab().save(str(OUT / f"{name}.png"))
        dialog.close()
    empty = open_workspace(folder / "empty.sqlite")
    welcome = WelcomeDialog(empty)
    welcome.show()
    settle()
    welcome.go_next()
    welcome.ui.stateCombo.setEditText("Kenya")
    settle()
    welcome.grab().save(str(OUT / "welcome.png"))
    welcome.close()
    window.close()
    _in_each_language(ws, settle)
    empty.close()
    ws.close()
    del app
    print(f"screenshots written to {OUT.relative_to(REPO)}")
    return 0


def sized(window: QWidget) -> None:
    """The screenshot size, not maximised (the offscreen screen is smaller than the window)."""
    from PySide6.QtCore import Qt

    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*SIZE)


def _in_each_language(ws: object, settle: Callable[[], None]) -> None:
    """The main window on the same measure in each of the six UN languages (main-<lang>.png)."""
    from poa_desktop.ui.common.i18n import INTERFACE_LANGUAGES
    from poa_desktop.ui.window.main_window import MainWindow
    from tools.guide_pictures import speaking

    for language in INTERFACE_LANGUAGES:
        with speaking(language):
            window = MainWindow(ws)  # type: ignore[arg-type]
            sized(window)
            window.show()
            window.go_to("BMS8-25")
            settle()
            window.grab().save(str(OUT / f"main-{language.split('_')[0]}.png"))
            window.close()


if __name__ == "__main__":
    sys.exit(main())
