"""File → Analyse national reports…: real workbooks read through the dialog, real files written.

The workbooks are the analysis tests' own (``tests/aggregate/builders.py``): three States and
one workbook changed after export. Reading is in this process (fewer than eight files), except
in the test that checks the window spawns its worker processes.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.context import BaseContext
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from poa_desktop.domain.status import Status
from poa_desktop.exchange.aggregate import reading
from poa_desktop.exchange.workbook.layout import answer_column
from poa_desktop.services.reporting import aggregate
from poa_desktop.services.workspace import Workspace
from poa_desktop.ui.common.text_direction import path_text
from poa_desktop.ui.dialogs import aggregate_run
from poa_desktop.ui.dialogs.aggregate_dialog import AggregateDialog
from poa_desktop.ui.window.main_window import MainWindow
from tests.aggregate.builders import catalog, varied_answers, write_book

WAIT_MS = 60_000


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of three good national workbooks and TCD.xlsx, changed after export."""
    folder = tmp_path_factory.mktemp("national")
    for state, iso, language in (
        ("Kenya", "KEN", "en"),
        ("France", "FRA", "fr"),
        ("Peru", "PER", "es"),
    ):
        write_book(folder, state, iso, varied_answers(iso, 2), language=language)
    tampered = write_book(folder, "Chad", "TCD", varied_answers("TCD")).path
    book = load_workbook(tampered)
    first = varied_answers("TCD")[catalog().measures[0].id].status
    changed = "Not applicable" if first is not Status.NOT_APPLICABLE else "Implemented"
    book["Answers"].cell(row=2, column=answer_column("status") + 1, value=changed)
    book.save(tampered)
    return folder


@pytest.fixture(autouse=True)
def _no_question_unless_answered(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question no test answers would wait for ever: it fails instead."""

    def unexpected(_self: AggregateDialog, paths: list[Path]) -> bool:
        raise AssertionError(f"asked to replace {paths}")

    monkeypatch.setattr(AggregateDialog, "confirm_overwrite", unexpected)


def open_dialog(
    qtbot: QtBot, books: Path, out: Path, *, workers: int | None = 1
) -> AggregateDialog:
    dialog = AggregateDialog(workers=workers)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.add_paths([books])
    dialog.ui.xlsxEdit.setText(str(out / "analysis.xlsx"))
    dialog.ui.pdfEdit.setText(str(out / "analysis.pdf"))
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    return dialog


def analyse(qtbot: QtBot, dialog: AggregateDialog) -> None:
    """Press Analyse and wait until the dialog has shown how the run ended."""
    qtbot.mouseClick(dialog.ui.analyseButton, Qt.MouseButton.LeftButton)
    assert dialog.run is not None and not dialog.ui.analyseButton.isEnabled()
    qtbot.waitUntil(ended(dialog), timeout=WAIT_MS)


def ended(dialog: AggregateDialog) -> Callable[[], bool]:
    """Whether the run ended and the dialog took its last signal (Analyse is enabled again)."""
    return lambda: not dialog.running and dialog.ui.analyseButton.isEnabled()


def test_an_analysis_writes_the_workbook_and_the_pdf(
    qtbot: QtBot, books: Path, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, books, tmp_path)
    bar = dialog.ui.progressBar
    seen: list[tuple[int, int]] = []
    bar.valueChanged.connect(lambda value: seen.append((value, bar.maximum())))
    analyse(qtbot, dialog)
    assert dialog.error is None and dialog.outcome is not None
    assert bar.maximum() == 4 + 2 and bar.value() == bar.maximum()  # four files, two outputs
    assert [done for done, _ in seen] == list(range(1, 7))  # each file, then each output
    assert {total for _, total in seen} == {6}

    sheet = load_workbook(tmp_path / "analysis.xlsx", read_only=True)["By measure"]
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[0] == "Commitment ID" and header[-1] == "States reporting"
    assert len(body) == len(catalog().measures)
    for row in body:
        counts = [int(value or 0) for value in row[2:-1]]
        assert sum(counts) == row[-1] == 3  # KEN, FRA, PER; TCD is not counted
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "analysis.pdf").pages)
    assert "National reports counted: 3, of 3 States, from 4 files read." in text

    summary = dialog.ui.summaryEdit.toPlainText()
    assert dialog.ui.summaryEdit.isVisible()
    assert "Workbooks read: 4. National reports counted: 3, of 3 States." in summary
    assert (
        f"{path_text(books / 'TCD.xlsx')}: changed after export: the answers' digest does not match"
        in summary
    )
    assert "Peak memory: " in summary and "MiB" in summary
    assert path_text(tmp_path / "analysis.xlsx") in summary
    assert path_text(tmp_path / "analysis.pdf") in summary
    assert sorted(p.name for p in tmp_path.iterdir()) == ["analysis.pdf", "analysis.xlsx"]

    opened: list[Path] = []
    dialog.open_folder = opened.append  # type: ignore[method-assign]
    assert dialog.ui.openFolderButton.isVisible()
    qtbot.mouseClick(dialog.ui.openFolderButton, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path]


def _gate(
    monkeypatch: pytest.MonkeyPatch, module: object, name: str
) -> tuple[threading.Event, threading.Event]:
    """Make ``module.name`` wait for a gate: (reached, gate). The test cancels in between."""
    real = getattr(module, name)
    reached, gate = threading.Event(), threading.Event()

    def waiting(*args: object, **kwargs: object) -> object:
        reached.set()
        assert gate.wait(WAIT_MS / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, waiting)
    return reached, gate


def test_cancel_while_reading_writes_nothing(
    qtbot: QtBot, books: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reached, gate = _gate(monkeypatch, reading, "read_national")
    dialog = open_dialog(qtbot, books, tmp_path)
    qtbot.mouseClick(dialog.ui.analyseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    assert dialog.ui.cancelButton.isVisible() and not dialog.ui.closeButton.isVisible()
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(ended(dialog), timeout=WAIT_MS)
    assert dialog.outcome is None and dialog.error is None
    assert dialog.ui.statusLabel.text() == "Stopped: nothing was written."
    assert list(tmp_path.iterdir()) == []


def test_cancel_while_writing_leaves_the_folder_as_it_was(
    qtbot: QtBot, books: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workbook is written, the PDF not yet: Cancel keeps the earlier analysis in place."""
    earlier = tmp_path / "analysis.xlsx"
    earlier.write_bytes(b"an earlier analysis")
    reached, gate = _gate(monkeypatch, aggregate_run, "write_pdf")
    dialog = open_dialog(qtbot, books, tmp_path)
    dialog.confirm_overwrite = lambda paths: paths == [earlier]  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.ui.analyseButton, Qt.MouseButton.LeftButton)
    status = dialog.ui.statusLabel
    qtbot.waitUntil(lambda: reached.is_set() and status.text() == "Writing analysis.pdf…")
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)  # cancels, stays open
    assert status.text() == "Stopping…" and dialog.isVisible()
    gate.set()
    qtbot.waitUntil(ended(dialog), timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.outcome is None
    assert status.text() == "Stopped: nothing was written."
    assert [p.name for p in tmp_path.iterdir()] == ["analysis.xlsx"]
    assert earlier.read_bytes() == b"an earlier analysis"


def test_an_error_is_said_in_plain_words(qtbot: QtBot, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    dialog = open_dialog(qtbot, empty, tmp_path)
    analyse(qtbot, dialog)
    assert dialog.outcome is None
    message = dialog.ui.messageLabel.text()
    assert dialog.ui.messageLabel.isVisible()
    assert message == f"⚠ no workbook (.xlsx) found in {empty}"
    assert "Traceback" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty"]


def test_choices_are_checked_before_anything_runs(
    qtbot: QtBot, books: Path, tmp_path: Path
) -> None:
    dialog = AggregateDialog(workers=1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.analyseButton, Qt.MouseButton.LeftButton)
    assert not dialog.running
    assert "Add the national workbooks to read" in dialog.ui.messageLabel.text()
    dialog.add_paths([books / "KEN.xlsx", books / "KEN.xlsx", books])
    assert dialog.inputs() == [books / "KEN.xlsx", books]  # each once
    dialog.ui.inputsList.item(0).setSelected(True)
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    assert dialog.inputs() == [books]
    dialog.ui.xlsxEdit.setText(str(tmp_path / "missing" / "out"))
    dialog.ui.pdfEdit.clear()
    assert dialog.targets() == (tmp_path / "missing" / "out.xlsx", None)
    qtbot.mouseClick(dialog.ui.analyseButton, Qt.MouseButton.LeftButton)
    assert not dialog.running and "does not exist" in dialog.ui.messageLabel.text()
    dialog.ui.xlsxEdit.setText(str(books / "KEN.xlsx"))
    qtbot.mouseClick(dialog.ui.analyseButton, Qt.MouseButton.LeftButton)
    assert not dialog.running and "one of the workbooks to read" in dialog.ui.messageLabel.text()
    codes = [dialog.ui.languageCombo.itemData(i) for i in range(dialog.ui.languageCombo.count())]
    assert sorted(codes) == ["ar", "en", "es", "fr", "ru", "zh"]


def test_enter_in_a_path_field_neither_browses_nor_analyses(
    qtbot: QtBot, books: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    browsed: list[object] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: browsed.append(a) or ("", "")
    )
    dialog = open_dialog(qtbot, books, tmp_path)
    for edit in (dialog.ui.xlsxEdit, dialog.ui.pdfEdit):
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert not dialog.running and dialog.run is None and dialog.isVisible()
    assert browsed == [] and list(tmp_path.iterdir()) == []


def test_the_buttons_add_files_and_folders(
    qtbot: QtBot, books: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(books / "KEN.xlsx")], "")
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(books))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x"), ""))
    dialog = AggregateDialog(workers=1)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.addFilesButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.addFolderButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.pdfBrowseButton, Qt.MouseButton.LeftButton)
    assert dialog.inputs() == [books / "KEN.xlsx", books]
    assert dialog.targets()[1] == tmp_path / "x.pdf"


def test_the_window_spawns_its_worker_processes(
    qtbot: QtBot, books: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never a fork of the window (see aggregate_run's docstring): two workers, spawned."""
    monkeypatch.setattr(aggregate, "IN_PROCESS_BELOW", 2)
    monkeypatch.setattr(aggregate, "CHUNK", 2)
    chosen: list[str] = []
    real = aggregate._context

    def spy() -> BaseContext:
        context = real()
        chosen.append(context.get_start_method())
        return context

    monkeypatch.setattr(aggregate, "_context", spy)
    dialog = open_dialog(qtbot, books, tmp_path, workers=2)
    dialog.ui.pdfEdit.clear()
    analyse(qtbot, dialog)
    assert chosen == ["spawn"], multiprocessing.get_all_start_methods()
    assert dialog.outcome is not None and dialog.outcome.result.timings.workers == 2
    assert "(largest reading process)" in dialog.ui.summaryEdit.toPlainText()


def test_file_menu_opens_the_dialog_whatever_the_assessment(
    qtbot: QtBot, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.ui.analyseReportsAction in window.ui.fileMenu.actions()
    assert window.ui.analyseReportsAction.text() == "&Analyse national reports…"
    opened: list[QWidget] = []
    monkeypatch.setattr(window, "exec_dialog", lambda dialog: opened.append(dialog) or 0)
    window.assessment_actions  # noqa: B018  (attached after the first paint; here, now)
    window.ui.analyseReportsAction.trigger()
    (dialog,) = opened
    assert isinstance(dialog, AggregateDialog) and dialog.parent() is window
