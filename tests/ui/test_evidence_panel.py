"""The evidence panel of the main window: list, drop, open, save a copy, remove, frozen."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from poa_desktop.domain.status import Status
from poa_desktop.services.answering.answers import get_answer
from poa_desktop.services.answering.evidence import add_evidence, list_evidence
from poa_desktop.services.assessments.assessments import (
    AssessmentInfo,
    create_assessment,
    find_assessment,
)
from poa_desktop.services.assessments.clearance import clear, submit
from poa_desktop.services.safety.backups import list_backups
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.window.main_window import MainWindow

ACT = b"%PDF-1.7 Firearms Act" + bytes(2048)


@pytest.fixture
def fresh(empty_ws: Workspace) -> AssessmentInfo:
    return create_assessment(empty_ws, state="Ghana", cycle="BMS10 2028", author="Ama")


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "Firearms Act.pdf").write_bytes(ACT)
    (folder / "decree.pdf").write_bytes(b"%PDF-1.7 decree")
    return folder


def open_window(qtbot: QtBot, ws: Workspace, commitment_id: str) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.go_to(commitment_id)
    return window


def names(window: MainWindow) -> list[str]:
    tree = window.evidence.ui.evidenceList
    return [tree.topLevelItem(row).text(0) for row in range(tree.topLevelItemCount())]


def file_drop(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def drop(window: MainWindow, mime: QMimeData) -> bool:
    """Drag ``mime`` over the panel and drop it there, as the file manager does."""
    panel = window.evidence
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(10, 10), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(panel, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(
        QPointF(10, 10), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(panel, dropped)
    return dropped.isAccepted()


def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def test_files_attached_are_listed_below_the_answer(
    qtbot: QtBot, empty_ws: Workspace, fresh: AssessmentInfo, documents: Path
) -> None:
    add_evidence(empty_ws, fresh.id, "BMS8-25", [documents / "Firearms Act.pdf"])
    window = open_window(qtbot, empty_ws, "BMS8-25")
    panel = window.evidence
    assert panel.parent() is window.answer_form and panel.isVisibleTo(window)
    layout = window.answer_form.ui.answerFormLayout
    assert layout.indexOf(panel) > layout.indexOf(window.answer_form.ui.reportFieldsSection)
    assert names(window) == ["Firearms Act.pdf"]
    tree = panel.ui.evidenceList
    assert tree.topLevelItem(0).text(1) == "2.0 kB"
    assert panel.ui.openButton.isEnabled() and panel.ui.removeButton.isEnabled()
    QApplication.processEvents()  # the layout settles
    assert panel.height() < 160  # compact: a few rows on a 1280×720 screen
    window.go_to("BMS8-26")
    assert names(window) == [] and not tree.isVisibleTo(window)
    assert not panel.ui.openButton.isVisibleTo(window) and panel.ui.attachButton.isEnabled()
    window.go_to("RC3-I-15")  # a declaration: no answer, no files
    assert not panel.isVisibleTo(window)


def test_dropping_files_attaches_them_and_typing_then_saves_without_a_conflict(
    qtbot: QtBot, empty_ws: Workspace, fresh: AssessmentInfo, documents: Path
) -> None:
    window = open_window(qtbot, empty_ws, "BMS8-26")
    assert window.autosave.session.version == 0  # no answer yet
    assert drop(window, file_drop(documents / "Firearms Act.pdf", documents / "decree.pdf"))
    assert names(window) == ["Firearms Act.pdf", "decree.pdf"]
    assert window.ui.statusBar.currentMessage() == "2 files attached."
    stored = list_evidence(empty_ws, fresh.id, "BMS8-26")
    assert [e.filename for e in stored] == ["Firearms Act.pdf", "decree.pdf"]
    window.answer_form.ui.implementedRadio.click()
    assert window.autosave.flush()  # the blank answer made for the files is no conflict
    record = get_answer(empty_ws, fresh.id, "BMS8-26")
    assert record.content.status == Status.IMPLEMENTED and record.version == 2
    assert not drop(window, QMimeData())  # text, not files: refused at the door


def test_a_refused_drop_shows_the_service_message(
    qtbot: QtBot,
    empty_ws: Workspace,
    fresh: AssessmentInfo,
    documents: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = warnings(monkeypatch)
    window = open_window(qtbot, empty_ws, "BMS8-26")
    assert drop(window, file_drop(documents / "decree.pdf"))
    drop(window, file_drop(documents / "decree.pdf"))
    drop(window, file_drop(documents))
    assert shown == [
        "decree.pdf is already attached to BMS8 para. 26",
        "documents is a folder: choose the files in it instead",
    ]
    assert names(window) == ["decree.pdf"]


def test_remove_asks_then_removes_after_a_backup(
    qtbot: QtBot,
    empty_ws: Workspace,
    fresh: AssessmentInfo,
    documents: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_evidence(empty_ws, fresh.id, "BMS8-25", [documents / "decree.pdf"])
    window = open_window(qtbot, empty_ws, "BMS8-25")
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def question(_parent: QWidget, title: str, text: str, *_args: object) -> object:
        asked.append(f"{title}: {text}")
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    window.evidence.ui.removeButton.click()
    before = [b for b in list_backups(empty_ws.db.path) if b.reason == "before-removal"]
    assert names(window) == ["decree.pdf"] and before == []
    answer = QMessageBox.StandardButton.Yes
    window.evidence.ui.removeButton.click()
    assert asked[0].startswith("Remove evidence file: Remove decree.pdf from BMS8 para. 25?")
    assert names(window) == [] and list_evidence(empty_ws, fresh.id) == []
    (backup,) = [b for b in list_backups(empty_ws.db.path) if b.reason == "before-removal"]
    assert backup.path.name in window.ui.statusBar.currentMessage()


def test_open_writes_a_private_copy_and_save_a_copy_writes_where_chosen(
    qtbot: QtBot,
    empty_ws: Workspace,
    fresh: AssessmentInfo,
    documents: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_evidence(empty_ws, fresh.id, "BMS8-25", [documents / "Firearms Act.pdf"])
    window = open_window(qtbot, empty_ws, "BMS8-25")
    panel = window.evidence
    opened: list[QUrl] = []
    panel.open_url = lambda url: opened.append(url) or True
    panel.ui.openButton.click()
    (url,) = opened
    path = Path(url.toLocalFile())
    assert path.name == "Firearms Act.pdf" and path.read_bytes() == ACT
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700  # private to the user
    target = tmp_path / "copy of the act.pdf"
    monkeypatch.setattr(panel, "choose_save_path", lambda _info: target)
    panel.ui.saveCopyButton.click()
    assert target.read_bytes() == ACT
    shown = warnings(monkeypatch)
    panel.open_url = lambda _url: False  # no program for this kind of file
    panel.ui.openButton.click()
    assert shown == [
        "No program to open Firearms Act.pdf was found. Save a copy and open it from there."
    ]


def test_a_cleared_assessment_lists_and_opens_files_but_attaches_and_removes_none(
    qtbot: QtBot, empty_ws: Workspace, fresh: AssessmentInfo, documents: Path
) -> None:
    add_evidence(empty_ws, fresh.id, "BMS8-25", [documents / "decree.pdf"])
    submit(empty_ws, fresh.id, "Reporting Officer")
    clear(empty_ws, fresh.id, "The Minister", accept_open_items=True)
    assert find_assessment(empty_ws).status == "cleared"
    window = open_window(qtbot, empty_ws, "BMS8-25")
    ui = window.evidence.ui
    assert names(window) == ["decree.pdf"]
    assert not ui.attachButton.isEnabled() and not ui.removeButton.isEnabled()
    assert ui.openButton.isEnabled() and ui.saveCopyButton.isEnabled()
    assert "cannot change" in ui.evidenceHint.text()
    assert not drop(window, file_drop(documents / "Firearms Act.pdf"))
    assert len(list_evidence(empty_ws, fresh.id)) == 1
