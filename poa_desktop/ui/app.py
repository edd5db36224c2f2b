"""Starting the Qt application: translations, the database, first run, the main window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from poa_desktop import __version__
from poa_desktop.catalog import CatalogError
from poa_desktop.services import recovery
from poa_desktop.services.errors import ServiceError, StorageError
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.store import (
    BACKUP_FOLDER,
    NotADatabaseError,
    StoreError,
    default_database_path,
)
from poa_desktop.ui.i18n import install_translators
from poa_desktop.ui.progress_model import arg


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("poa-desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("poa-desktop")
    return app


def _exec(dialog: QDialog) -> int:
    return int(dialog.exec())


def open_window(ws: Workspace, *, run_recovery: Callable[[QDialog], int] = _exec) -> object | None:
    """The main window for ``ws``, after the first-run dialog if the database is new.

    Answers a failed save kept for this database are offered first (``run_recovery`` runs that
    dialog; tests drive it without blocking).
    """
    from poa_desktop.services.setup import first_run_needed
    from poa_desktop.ui.main_window import MainWindow

    if recovery.pending(ws.db.path):
        from poa_desktop.ui.recovery_dialog import RecoveryDialog

        run_recovery(RecoveryDialog(ws))
    if first_run_needed(ws):
        from poa_desktop.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(ws)
        if not dialog.exec():
            return None
    window = MainWindow(ws)
    window.open_database_requested.connect(lambda: _switch_database(window))
    # Everything loaded so far (catalog, Qt wrappers, SQLAlchemy) lives as long as the window:
    # keep it out of the garbage collector's scans, which otherwise stall moving around.
    gc.collect()
    gc.freeze()
    return window


def _switch_database(window: object) -> None:
    from poa_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    name, _ = QFileDialog.getOpenFileName(
        window,
        window.tr("Open a poa-desktop database"),
        str(window.ws.db.path.parent),
        window.tr("poa-desktop databases (*.sqlite *.db);;All files (*)"),
    )
    if not name:
        return
    try:
        ws = open_workspace(Path(name))
    except (StoreError, CatalogError, OSError) as error:
        QMessageBox.critical(window, window.tr("Cannot open the database"), str(error))
        return
    new_window = open_window(ws)
    if new_window is None:
        ws.close()
        return
    assert isinstance(new_window, MainWindow)
    new_window.show()
    window.close()


def open_failure_message(path: Path, error: Exception) -> str:
    """Why ``path`` did not open, where copies of it are, and where kept answers wait."""
    tr = QApplication.translate
    text = str(error)
    damaged = isinstance(error, NotADatabaseError) or (
        isinstance(error, StorageError) and error.kind in ("damaged", "gone")
    )
    if damaged:
        text += "\n\n" + arg(
            tr(
                "app",
                "If this is your poa-desktop database and it is damaged: copies taken by "
                "poa-desktop, if any, are in %1. Close poa-desktop, keep the damaged file "
                "elsewhere, and copy the most recent one to %2.",
            ),
            path.parent / BACKUP_FOLDER,
            path,
        )
    kept = recovery.recovery_file(path)
    if kept is not None:
        text += "\n\n" + arg(
            tr(
                "app",
                "Answers that could not be saved are kept in %1; they are offered back once "
                "the database opens.",
            ),
            kept,
        )
    return text


def run_gui(db_path: Path | None = None) -> int:
    """``poa-desktop`` with no command: the window on the default (or given) database."""
    app = _application()
    translators = install_translators(app)
    path = db_path or default_database_path()
    from poa_desktop.ui.instance_lock import DatabaseInUseError, lock_database

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = lock_database(path)
    except (DatabaseInUseError, OSError) as error:
        QMessageBox.warning(None, "poa-desktop", str(error))
        return 1
    try:
        try:
            ws = open_workspace(path)
        except (StoreError, CatalogError, OSError) as error:
            QMessageBox.critical(None, "poa-desktop", open_failure_message(path, error))
            return 1
        try:
            window = open_window(ws)
        except ServiceError as error:  # the file opens but cannot be read: damaged
            ws.close()
            QMessageBox.critical(None, "poa-desktop", open_failure_message(path, error))
            return 1
        if window is None:
            ws.close()
            return 0
        window.show()  # type: ignore[attr-defined]
        code = app.exec()
        del translators
        ws.close()
        return int(code)
    finally:
        lock.unlock()  # a crash leaves the lock too, and Qt treats it as stale
