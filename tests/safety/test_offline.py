"""poa-desktop never opens a network connection: every flow runs with sockets disabled."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from poa_desktop.cli import main


class NetworkUsedError(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any attempt to create a socket or resolve a name fails the test (and is recorded)."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args))
        raise NetworkUsedError(f"network access attempted: {args!r}")

    class NoSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            refuse(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    yield attempts
    assert attempts == [], f"network access attempted: {attempts}"


def test_command_line_flows_offline(
    no_network: list[str], demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    fresh = tmp_path / "fresh.sqlite"
    steps = [
        ["--db", str(fresh), "demo"],
        ["--db", str(db), "progress", "--json"],
        ["--db", str(db), "answer", "BMS8-29", "--status", "developing"],
        ["--db", str(db), "history", "BMS8-29"],
        [
            "--db",
            str(db),
            "export",
            "--pdf",
            str(tmp_path / "r.pdf"),
            "--xlsx",
            str(tmp_path / "r.xlsx"),
        ],
        ["--db", str(db), "import", str(tmp_path / "r.xlsx"), "--dry-run"],
        ["--db", str(db), "checklist"],
        [
            "--db",
            str(db),
            "agency-workbook",
            "National Police",
            "--xlsx",
            str(tmp_path / "police.xlsx"),
        ],
        ["--db", str(db), "backups", "--take"],
        ["--db", str(db), "backups", "--copy-to", str(tmp_path / "copy.sqlite")],
        ["--db", str(db), "backups"],
    ]
    for args in steps:
        assert main(args) == 0, (args, capsys.readouterr().err)


def test_window_flows_offline(
    no_network: list[str], qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    from poa_desktop.services.reporting.export import export_report
    from poa_desktop.services.workspace import open_workspace
    from poa_desktop.ui.window.main_window import MainWindow

    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    with open_workspace(db) as ws:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.show()
        window.go_to("RC3-II-21")
        window.go_next()
        window.ui.searchEdit.setText("tracing")
        window.filters.apply()
        window.ui.dashboardAction.setChecked(True)
        window.ui.dashboardAction.setChecked(False)
        export_report(ws, pdf=tmp_path / "w.pdf")
        opened: list[str] = []
        window.exec_dialog = lambda dialog: opened.append(type(dialog).__name__) or 0  # type: ignore[method-assign]
        window.ui.sourceTextAction.trigger()  # the bundled text, not a web page
        window.ui.aboutAction.trigger()
        window.ui.restoreBackupAction.trigger()
        assert opened == ["SourceViewer", "AboutDialog", "BackupsDialog"]
        window.close()


def test_the_guard_catches_an_attempt(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsedError):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(NetworkUsedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert len(no_network) == 2
    no_network.clear()  # the guard worked; the fixture's final check is for the real flows
