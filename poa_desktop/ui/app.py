"""Starting the Qt application: translations, the database, first run, the main window.

The first paint waits for nothing the first screen does not show:

- SQLAlchemy and the models, half of a start-up, load after it. :func:`open_quickly` reads
  what the first screen shows with plain ``sqlite3`` (:mod:`poa_desktop.services.first_screen`)
  and builds the window on a workspace whose database opens once the window has painted
  (:class:`~poa_desktop.ui.window.screen_reads.ScreenReads`). Anything that read does not cover
  (a new, older, damaged or locked database, a first run, answers kept from a failed save, a
  draft on screen) takes the full way, :func:`open_or_recover`.
- The Qt-free modules start-up imports come before Qt: PySide6 installs an import hook that
  reads the source of every module imported after it (to see whether the module asks for
  PySide's ``__feature__`` options); modules imported earlier are never read.
- The command line turns the garbage collector off before importing this module (see
  :func:`poa_desktop.cli.start_window`): what start-up loads lives as long as the window, so
  collecting during start-up frees nothing. Once the window has painted (and its database has
  opened), :func:`settle` moves it all out of the collector's sight for good and turns the
  collector back on.
- Today's backup is taken once the window has painted (or as it closes, if sooner).
- Dialogs load when they open; the commands that open them are set up once the window has
  painted (see :class:`~poa_desktop.ui.window.main_window.MainWindow`, ``finish_later``).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from poa_desktop import __version__
from poa_desktop.catalog import CatalogError, default_catalog
from poa_desktop.domain.errors import AppError
from poa_desktop.domain.text import arg
from poa_desktop.paths import make_private_folder
from poa_desktop.services.assessments.info import AssessmentInfo
from poa_desktop.services.first_screen import FirstScreen, read_first_screen
from poa_desktop.services.safety import recovery
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.store.errors import DatabaseDamagedError, NotADatabaseError, StorageError
from poa_desktop.store.location import default_database_path
from poa_desktop.ui.common.python_import import PYTHON_IMPORT  # noqa: F401  (before Qt: see there)

# isort: split
# Qt after everything above (see the module's docstring).
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from poa_desktop.ui.common.first_paint import after_first_paint
from poa_desktop.ui.common.i18n import install_translators
from poa_desktop.ui.common.icons import app_icon
from poa_desktop.ui.common.instance_lock import DatabaseInUseError, lock_database
from poa_desktop.ui.common.settings import AppSettings
from poa_desktop.ui.window.main_window import MainWindow
from poa_desktop.ui.window.screen_reads import start_commitment

if TYPE_CHECKING:
    from poa_desktop.services.safety.backups import BackupInfo


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("poa-desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("poa-desktop")
    app.setDesktopFileName("poa-desktop")  # ties windows to packaging/linux/poa-desktop.desktop
    app.setWindowIcon(app_icon())
    return app


def _exec(dialog: QDialog) -> int:
    return int(dialog.exec())


def open_window(
    ws: Workspace,
    *,
    run_recovery: Callable[[QDialog], int] = _exec,
    first: FirstScreen | None = None,
) -> MainWindow | None:
    """The main window for ``ws``, after the first-run dialog if the database is new.

    Answers a failed save kept for this database are offered first (``run_recovery`` runs that
    dialog; tests drive it without blocking). ``first``: the first screen, read quickly
    (:func:`open_quickly`), which found neither.
    """
    if first is None:
        if recovery.pending(ws.path):
            from poa_desktop.ui.dialogs.recovery_dialog import RecoveryDialog

            run_recovery(RecoveryDialog(ws))
        from poa_desktop.services.assessments.setup import first_run_needed

        if first_run_needed(ws):
            from poa_desktop.ui.dialogs.welcome import WelcomeDialog

            dialog = WelcomeDialog(ws)
            if not dialog.exec():
                return None
    window = _connected(MainWindow(ws, finish_later=True, first=first))
    after_first_paint(window, settle)
    return window


def open_quickly(path: Path) -> tuple[Workspace, MainWindow] | None:
    """The window painted from a quick read of its first screen, its database opening once
    it has painted (:mod:`poa_desktop.services.first_screen`); None when the read steps aside
    and the window must open the full way (:func:`open_or_recover`), which then says why.
    """
    path = Path(path).expanduser()
    try:
        catalog = default_catalog()
        first = read_first_screen(
            path, catalog, lambda covered: start_commitment(AppSettings(), path, covered)
        )
    except (AppError, CatalogError, OSError):
        return None
    if first is None:
        return None
    ws = Workspace.deferred(path, catalog)
    window = open_window(ws, first=first)
    return (ws, window) if window is not None else None


def _database_failed(window: MainWindow, error: Exception) -> None:
    """The database of a window painted from its quick read did not open after all: nothing
    can have been typed yet; say why, as when it does not open at start-up, and end."""
    window.hide()
    QMessageBox.critical(None, "poa-desktop", open_failure_message(window.ws.path, error))
    QApplication.exit(1)


def settle() -> None:
    """Once the window has painted: what start-up loaded leaves the garbage collector's sight.

    Everything loaded so far (the catalog, Qt's wrappers, SQLAlchemy) lives as long as the
    window; frozen, the collector's full scans skip it, which otherwise stall moving around.
    The collector, off during start-up (see the module's docstring), is turned back on. No full
    collection first: on the demo it would find under 1 % of the objects to be garbage (about
    900 of 98,000) and take 40 ms or more. Nothing to do when the collector was left on (a
    window opened later, or by a test).
    """
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()


def _connected(window: MainWindow) -> MainWindow:
    window.open_database_requested.connect(lambda: _switch_database(window))
    window.reopen_requested.connect(lambda assessment: _reopen(window, assessment))
    window.database_failed.connect(lambda error: _database_failed(window, error))
    return window


def _reopen(window: MainWindow, assessment: AssessmentInfo) -> MainWindow:
    """A window on ``assessment`` in place of ``window``: it covers other outcome documents, and
    the tree, form and filters are built for one set."""
    new_window = _connected(MainWindow(window.ws, assessment))
    new_window.restoreGeometry(window.saveGeometry())
    if window.current_id and window.current_id in window.ws.catalog:
        new_window.go_to(window.current_id)
    new_window.show()
    window.close()
    return new_window


def _switch_database(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window,
        QApplication.translate("app", "Open a poa-desktop database"),
        str(window.ws.path.parent),
        QApplication.translate("app", "poa-desktop databases (*.sqlite *.db);;All files (*)"),
    )
    if not name:
        return
    try:
        ws = open_workspace(Path(name))
    except (AppError, CatalogError, OSError) as error:
        QMessageBox.critical(
            window, QApplication.translate("app", "Cannot open the database"), str(error)
        )
        return
    new_window = open_window(ws)
    if new_window is None:
        ws.close()
        return
    if window.ws.working_as:  # the same person, on another database
        new_window.set_working_as(window.ws.working_as)
    new_window.show()
    window.close()


def open_failure_message(path: Path, error: Exception) -> str:
    """Why ``path`` did not open, where copies of it are, and where kept answers wait."""
    from poa_desktop.store.backup import BACKUP_FOLDER

    text = str(error)
    damaged = _is_damaged(error) or (isinstance(error, StorageError) and error.kind == "gone")
    if damaged:
        text += "\n\n" + arg(
            QApplication.translate(
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
            QApplication.translate(
                "app",
                "Answers that could not be saved are kept in %1; they are offered back once "
                "the database opens.",
            ),
            kept,
        )
    return text


def _is_damaged(error: Exception) -> bool:
    return isinstance(error, NotADatabaseError | DatabaseDamagedError) or (
        isinstance(error, StorageError) and error.kind == "damaged"
    )


def _try_open(
    path: Path, run_recovery: Callable[[QDialog], int]
) -> tuple[Workspace | None, MainWindow | None, Exception | None]:
    try:
        ws = open_workspace(path)
    except (AppError, CatalogError, OSError) as error:
        return None, None, error
    try:
        return ws, open_window(ws, run_recovery=run_recovery), None
    except AppError as error:  # the file opens but cannot be read: damaged
        ws.close()
        return None, None, error


def open_or_recover(
    path: Path, run_recovery: Callable[[QDialog], int] = _exec
) -> tuple[Workspace | None, MainWindow | None]:
    """Open the database; if it is damaged and a backup exists, offer to put that in its place.

    Returns the workspace and the window (None, None when it could not be opened: the user has
    been told why and where copies are).
    """
    ws, window, error = _try_open(path, run_recovery)
    if error is None:
        return ws, window
    from poa_desktop.services.safety.backups import latest_readable_backup, replace_damaged_database

    backup = latest_readable_backup(path) if _is_damaged(error) else None
    if backup is not None and ask_restore_backup(path, error, backup):
        try:
            kept = replace_damaged_database(path, backup.path)
        except AppError as failure:
            error = failure
        else:
            ws, window, error = _try_open(path, run_recovery)
            if error is None:
                QMessageBox.information(
                    None,
                    "poa-desktop",
                    arg(
                        QApplication.translate(
                            "app", "The backup is in place. The damaged file is kept as %1."
                        ),
                        kept,
                    ),
                )
                return ws, window
    QMessageBox.critical(None, "poa-desktop", open_failure_message(path, error))
    return None, None


def ask_restore_backup(path: Path, error: Exception, backup: BackupInfo) -> bool:
    """Offer the newest readable backup in place of a damaged database (tests replace this)."""
    when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    question = arg(
        QApplication.translate(
            "app",
            "%1\n\nRestore the most recent backup, taken %2 (%3 measures answered)? "
            "The damaged file is kept beside it under another name, not deleted.",
        ),
        error,
        when,
        backup.answered,
    )
    answer = QMessageBox.question(
        None, QApplication.translate("app", "The database is damaged"), question
    )
    return answer == QMessageBox.StandardButton.Yes


def storage_error_hook(
    show: Callable[[str], object], previous: Callable[..., object] = sys.__excepthook__
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """An excepthook that tells the user about a storage failure outside autosave.

    Autosave handles failed saves itself; a read that fails because the file was damaged or
    removed meanwhile (moving to another measure, opening a dialog) reaches Qt's event loop as
    an unhandled :class:`StorageError`. The user gets its plain message instead of nothing; any
    other error goes to the previous hook unchanged.
    """

    def hook(
        kind: type[BaseException], error: BaseException, traceback: TracebackType | None
    ) -> None:
        if isinstance(error, StorageError):
            show(str(error))
            return
        previous(kind, error, traceback)

    return hook


def run_gui(db_path: Path | None = None, *, working_as: str | None = None) -> int:
    """``poa-desktop`` with no command: the window on the default (or given) database.

    ``working_as`` (``--as NAME``) is who the window's changes are recorded as, as if chosen
    in File → Working as….
    """
    app = _application()
    translators = install_translators(app)
    path = db_path or default_database_path()
    try:
        make_private_folder(path.parent)
        lock = lock_database(path)
    except (DatabaseInUseError, OSError) as error:
        QMessageBox.warning(None, "poa-desktop", str(error))
        return 1
    try:
        ws, window = open_quickly(path) or open_or_recover(path)
        if ws is None:
            return 1
        if window is None:
            ws.close()
            return 0
        if working_as:
            window.set_working_as(working_as)
        window.show()
        sys.excepthook = storage_error_hook(
            lambda text: QMessageBox.warning(None, "poa-desktop", text), sys.excepthook
        )
        code = app.exec()
        del translators
        ws.close()
        return int(code)
    finally:
        lock.unlock()  # a crash leaves the lock too, and Qt treats it as stale
