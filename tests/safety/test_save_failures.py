"""Saves that fail for real (disk full, read-only, file deleted, file damaged) lose no typing.

Each failure is produced on a real SQLite file under the real window: SQLite's own page limit
for a full disk, ``query_only`` (or file modes) for a read-only database, unlinking and
overwriting the file while it is open. The user is told once, the form keeps the text, the
recovery file holds it, and the next start offers it back.
"""

from __future__ import annotations

import gc
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from poa_desktop.services.answering.answers import get_answer
from poa_desktop.services.answering.history import answer_history
from poa_desktop.services.assessments.assessments import AssessmentInfo, create_assessment
from poa_desktop.services.safety import recovery
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.store import backup_database
from poa_desktop.ui.dialogs.recovery_dialog import RecoveryDialog
from poa_desktop.ui.window.main_window import MainWindow
from tests.pragmas import Pragmas

TYPED = "Marking rules were drafted with the customs service and circulated for comment. "
KEPT = "Not saved — kept in a recovery file"


@pytest.fixture(autouse=True)
def _private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The recovery file's fallback (the system temp folder) stays inside the test's folder."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(db_path)
    yield workspace
    workspace.close()


@pytest.fixture
def fresh(ws: Workspace) -> AssessmentInfo:
    return create_assessment(ws, state="Ghana", cycle="BMS10 2028", author="Ama")


def window_on(qtbot: QtBot, ws: Workspace, messages: list[str]) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.autosave.report_failure = messages.append  # the warning box, without blocking
    window.show()
    window.go_to("BMS8-29")
    return window


def type_text(qtbot: QtBot, window: MainWindow, text: str) -> None:
    edit = window.answer_form.ui.measuresTakenEdit
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, text)


def kept_text(ws: Workspace) -> str:
    entries = recovery.pending(ws.db.path)
    assert [e.commitment_id for e in entries] == ["BMS8-29"]
    return entries[0].content.measures_taken


def test_disk_full_keeps_the_typing_and_saves_once_space_is_back(
    qtbot: QtBot, ws: Workspace, fresh: AssessmentInfo
) -> None:
    messages: list[str] = []
    window = window_on(qtbot, ws, messages)
    pragmas = Pragmas(ws)
    pragmas.wanted = ["PRAGMA max_page_count=1"]  # no page beyond those the file has: full
    edit = window.answer_form.ui.measuresTakenEdit
    long_text = TYPED * 120  # ~10 000 characters: needs new pages
    edit.setPlainText(long_text)
    type_text(qtbot, window, "More.")
    qtbot.waitUntil(lambda: bool(messages), timeout=3000)  # the autosave timers, no flush
    assert "is full" in messages[0] and str(recovery.recovery_file(ws.db.path)) in messages[0]
    assert window.ui.saveIndicator.text() == KEPT
    assert kept_text(ws) == long_text + "More."
    assert edit.toPlainText() == long_text + "More."  # the form is not reloaded nor cleared
    type_text(qtbot, window, " Still full.")
    assert window.autosave.flush() is False
    assert len(messages) == 1  # one message per failure episode, not per keystroke
    assert kept_text(ws).endswith("More. Still full.")
    assert get_answer(ws, fresh.id, "BMS8-29").version == 0

    pragmas.wanted = ["PRAGMA max_page_count=1073741823"]  # space freed
    type_text(qtbot, window, " Saved.")
    assert window.autosave.flush() is True
    assert window.ui.saveIndicator.text().startswith("Saved at")
    assert get_answer(ws, fresh.id, "BMS8-29").content.measures_taken.endswith("full. Saved.")
    assert recovery.pending(ws.db.path) == [] and recovery.recovery_file(ws.db.path) is None

    pragmas.wanted = ["PRAGMA max_page_count=1"]  # a new episode is told again
    edit.setPlainText(long_text * 2)
    window.autosave.flush()
    assert len(messages) == 2


def test_read_only_database(qtbot: QtBot, ws: Workspace, fresh: AssessmentInfo) -> None:
    messages: list[str] = []
    window = window_on(qtbot, ws, messages)
    pragmas = Pragmas(ws)
    pragmas.wanted = ["PRAGMA query_only=1"]  # SQLite refuses writes: SQLITE_READONLY
    qtbot.mouseClick(window.answer_form.ui.developingRadio, Qt.MouseButton.LeftButton)
    type_text(qtbot, window, "Typed on a read-only database.")
    assert window.autosave.flush() is False
    assert len(messages) == 1 and "cannot be written (read-only" in messages[0]
    assert window.ui.saveIndicator.text() == KEPT
    assert kept_text(ws) == "Typed on a read-only database."
    assert recovery.pending(ws.db.path)[0].content.status == "developing"
    pragmas.wanted = ["PRAGMA query_only=0"]
    type_text(qtbot, window, " Writable again.")
    assert window.autosave.flush() is True
    assert recovery.pending(ws.db.path) == []
    saved = get_answer(ws, fresh.id, "BMS8-29").content
    assert saved.status == "developing" and saved.measures_taken.endswith("Writable again.")


def modes_bind(folder: Path) -> bool:
    """Whether file modes stop this process (not for root, which writes through them)."""
    probe = folder / "mode-probe"
    probe.write_text("")
    probe.chmod(0o444)
    try:
        probe.open("a").close()
    except PermissionError:
        return True
    finally:
        probe.unlink()
    return False


def test_read_only_folder_and_file(
    qtbot: QtBot, ws: Workspace, fresh: AssessmentInfo, db_path: Path, tmp_path: Path
) -> None:
    if not modes_bind(tmp_path):
        pytest.skip("running as root, which writes through file modes: chmod blocks nothing")
    messages: list[str] = []
    window = window_on(qtbot, ws, messages)
    ws.db.engine.dispose()  # open connections keep their write access; new ones do not
    settings = tmp_path / "config" / "recovery"
    settings.mkdir(parents=True)  # the settings folder stays writable
    modes = [(p, p.stat().st_mode) for p in (db_path.parent, *db_path.parent.glob("poa.sqlite*"))]
    for path, _ in modes[1:]:
        path.chmod(0o444)
    db_path.parent.chmod(0o555)
    try:
        type_text(qtbot, window, "Typed in a read-only folder.")
        assert window.autosave.flush() is False
    finally:
        for path, mode in modes:
            path.chmod(mode)
    assert len(messages) == 1 and "cannot be written" in messages[0]
    assert kept_text(ws) == "Typed in a read-only folder."
    assert recovery.recovery_file(ws.db.path) in settings.iterdir()


def drive(qtbot: QtBot, choice: str, seen: list[list[tuple[str, ...]]]) -> Callable[[QDialog], int]:
    """Runs the recovery dialog as a person would: read the list, press one button."""

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, RecoveryDialog)
        qtbot.addWidget(dialog)
        seen.append(dialog.row_texts())
        dialog.confirm_discard = lambda: True  # type: ignore[method-assign]
        qtbot.mouseClick(getattr(dialog, choice), Qt.MouseButton.LeftButton)
        return dialog.result()

    return run


def start_again(qtbot: QtBot, db_path: Path, run: Callable[[QDialog], int]) -> Workspace:
    """What the next start does: open the database, offer what was kept, show the window."""
    from poa_desktop.ui.app import open_window

    ws = open_workspace(db_path)
    window = open_window(ws, run_recovery=run)
    gc.unfreeze()  # open_window freezes the collector for a long-lived app, not for tests
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return ws


def test_database_deleted_while_running(
    qtbot: QtBot, ws: Workspace, fresh: AssessmentInfo, db_path: Path, tmp_path: Path
) -> None:
    messages: list[str] = []
    window = window_on(qtbot, ws, messages)
    saved: list[str] = []
    window.autosave.saved.connect(lambda cid, _status: saved.append(cid))
    copy = backup_database(db_path, tmp_path / "copy.sqlite")  # what the user will put back
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink()
    qtbot.mouseClick(window.answer_form.ui.implementedRadio, Qt.MouseButton.LeftButton)
    type_text(qtbot, window, "Typed after the file was deleted.")
    assert window.autosave.flush() is False
    assert len(messages) == 1 and "was deleted or moved" in messages[0]
    assert window.ui.saveIndicator.text() == KEPT and saved == []  # never reported as saved
    assert kept_text(ws) == "Typed after the file was deleted."
    assert not db_path.exists()  # no empty database was created in its place
    window.close()  # flushes: fails again, still kept
    ws.close()

    shutil.copyfile(copy, db_path)  # the file is put back
    seen: list[list[tuple[str, ...]]] = []
    again = start_again(qtbot, db_path, drive(qtbot, "restore_button", seen))
    try:
        assert seen[0][0][:3] == ("Ghana, BMS10 2028", "BMS8 para. 29", "Implemented")
        assert seen[0][0][3] == "Typed after the file was deleted."
        assert seen[0][0][5] == "Database file deleted or moved"
        answer = get_answer(again, fresh.id, "BMS8-29")
        assert answer.content.measures_taken == "Typed after the file was deleted."
        assert answer.content.status == "implemented"
        assert answer_history(again, fresh.id, "BMS8-29")[-1].source.startswith(
            "recovered after a failed save on"
        )
        assert recovery.pending(db_path) == []
    finally:
        again.close()


def test_database_damaged_while_running(
    qtbot: QtBot,
    ws: Workspace,
    fresh: AssessmentInfo,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    messages: list[str] = []
    window = window_on(qtbot, ws, messages)
    ws.db.engine.dispose()  # so SQLite reads the file again
    with db_path.open("r+b") as stream:
        stream.write(b"\x00garbage" * 512)  # the header and the first page
    type_text(qtbot, window, "Typed while the file was damaged.")
    assert window.autosave.flush() is False
    assert len(messages) == 1 and "is damaged" in messages[0]
    assert str(db_path.parent / "backups") in messages[0]
    assert kept_text(ws) == "Typed while the file was damaged."
    window.close()
    ws.close()

    from poa_desktop.ui import app

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text)
    )
    offered: list[str] = []
    monkeypatch.setattr(
        app, "ask_restore_backup", lambda _p, _e, backup: offered.append(backup.reason) or False
    )
    assert app.run_gui(db_path) == 1  # the next start cannot open it, and says what to do
    assert offered == ["daily"]  # the copy taken when the window opened was offered, declined
    assert str(db_path.parent / "backups") in shown[0]
    kept = recovery.recovery_file(db_path)
    assert kept is not None and str(kept) in shown[0]
    assert kept_text(ws) == "Typed while the file was damaged."  # still kept


def test_closing_while_saves_fail_keeps_the_typing(
    qtbot: QtBot, ws: Workspace, fresh: AssessmentInfo
) -> None:
    messages: list[str] = []
    window = window_on(qtbot, ws, messages)
    Pragmas(ws).wanted = ["PRAGMA query_only=1"]
    type_text(qtbot, window, "Typed just before closing.")
    window.close()  # no timer ran: the close flushes, the flush fails, the text is kept
    assert len(messages) == 1
    assert kept_text(ws) == "Typed just before closing."


def test_answers_kept_while_moving_on_are_saved_when_saving_works_again(
    qtbot: QtBot, ws: Workspace, fresh: AssessmentInfo
) -> None:
    messages: list[str] = []
    window = window_on(qtbot, ws, messages)
    pragmas = Pragmas(ws)
    pragmas.wanted = ["PRAGMA query_only=1"]
    type_text(qtbot, window, "First answer.")
    window.go_to("BMS8-30")  # the move flushes, which fails: BMS8-29 is kept
    type_text(qtbot, window, "Second answer.")
    window.autosave.flush()
    assert [e.commitment_id for e in recovery.pending(ws.db.path)] == ["BMS8-29", "BMS8-30"]
    pragmas.wanted = ["PRAGMA query_only=0"]
    type_text(qtbot, window, " Done.")
    assert window.autosave.flush() is True
    assert get_answer(ws, fresh.id, "BMS8-29").content.measures_taken == "First answer."
    assert get_answer(ws, fresh.id, "BMS8-30").content.measures_taken == "Second answer. Done."
    assert recovery.pending(ws.db.path) == [] and len(messages) == 1


def test_damaged_database_at_start_is_replaced_by_the_latest_backup_then_typing_restored(
    qtbot: QtBot,
    ws: Workspace,
    fresh: AssessmentInfo,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Damaged while running, then at the next start: the daily copy goes back in place, the
    damaged file is kept aside, and what was typed after the copy comes back from recovery."""
    from poa_desktop.ui import app

    messages: list[str] = []
    window = window_on(qtbot, ws, messages)  # takes today's backup as it opens
    ws.db.engine.dispose()
    with db_path.open("r+b") as stream:
        stream.write(b"\x00garbage" * 512)
    type_text(qtbot, window, "Typed after the daily copy.")
    assert window.autosave.flush() is False
    window.close()
    ws.close()

    monkeypatch.setattr(app, "ask_restore_backup", lambda _p, _e, _b: True)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *a: told.append(text)
    )
    dialogs: list[QDialog] = []

    def restore_kept(dialog: QDialog) -> int:
        assert isinstance(dialog, RecoveryDialog)
        dialogs.append(dialog)
        dialog.restore_answers()
        return 1

    again, new_window = app.open_or_recover(db_path, run_recovery=restore_kept)
    assert again is not None and isinstance(new_window, MainWindow)
    qtbot.addWidget(new_window)
    try:
        assert dialogs and told and "damaged file is kept as" in told[0]
        aside = list(db_path.parent.glob(f"{db_path.stem}-damaged-*{db_path.suffix}"))
        assert len(aside) == 1 and aside[0].read_bytes().startswith(b"\x00garbage")
        record = get_answer(again, fresh.id, "BMS8-29")
        assert record.content.measures_taken.endswith("Typed after the daily copy.")
        assert recovery.pending(db_path) == []
    finally:
        new_window.close()
        again.close()


def test_a_storage_error_outside_autosave_is_shown_not_lost(
    qtbot: QtBot, ws: Workspace, fresh: AssessmentInfo, db_path: Path
) -> None:
    """Moving to another measure after the file was damaged: the read fails with a message."""
    import sys

    from poa_desktop.store.errors import StorageError
    from poa_desktop.ui.app import storage_error_hook

    window = window_on(qtbot, ws, [])
    ws.db.engine.dispose()
    with db_path.open("r+b") as stream:
        stream.write(b"\x00garbage" * 512)
    with qtbot.capture_exceptions() as caught:
        window.go_to("BMS8-30")  # reads the answer, in a slot: Qt hands it to the excepthook
    assert len(caught) == 1 and isinstance(caught[0][1], StorageError)
    shown: list[str] = []
    passed_on: list[BaseException] = []
    hook = storage_error_hook(shown.append, lambda _k, error, _t: passed_on.append(error))
    hook(*caught[0])
    assert shown and "damaged" in shown[0]
    other = ValueError("a programming error")
    hook(ValueError, other, None)
    assert passed_on == [other] and len(shown) == 1
    assert sys.excepthook is sys.__excepthook__ or callable(sys.excepthook)
    window.close()
