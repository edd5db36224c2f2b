"""The parser lists every command but makes a command's own parser only when that command runs.

What a person sees must not depend on it: the listing in ``--help``, each command's ``--help``,
the errors for a command that does not exist, and the width help is wrapped to.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys

import pytest

from poa_desktop.cli import main
from poa_desktop.cli.opening import terminal_columns
from poa_desktop.cli.parser import COMMANDS, build_parser

NAMES = [name for name, _, _ in COMMANDS]


def _commands_action(parser: argparse.ArgumentParser) -> argparse.Action:
    (action,) = (a for a in parser._actions if a.dest == "command")
    return action


def test_every_command_is_listed_in_order_with_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert re.findall(r"^    (\S+)", out, re.MULTILINE) == NAMES
    words = " ".join(out.split())
    for name, help_line, _ in COMMANDS:
        assert f"{name} {help_line}" in words


def test_no_command_parser_is_made_until_one_is_used() -> None:
    parser = build_parser()
    table = _commands_action(parser).choices
    assert isinstance(table, dict)
    assert list(table) == NAMES and len(table) == len(NAMES)
    assert "progress" in table and "nonsense" not in table
    assert dict.__len__(table) == 0  # nothing made yet
    parser.parse_args(["progress"])
    assert dict.__len__(table) == 1


@pytest.mark.parametrize("name", NAMES)
def test_each_command_shows_its_own_help(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main([name, "--help"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: poa-desktop {name} ")


def test_an_unknown_command_names_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["nonsense"])
    assert stop.value.code == 2
    choices = ", ".join(repr(name) for name in NAMES)
    assert capsys.readouterr().err == (
        f"poa-desktop: error: argument COMMAND: invalid choice: 'nonsense' (choose from "
        f"{choices}) (see 'poa-desktop --help')\n"
    )


@pytest.mark.parametrize("columns", ["57", "123", "0", "-3", "wide", None])
def test_the_width_is_the_one_shutil_gives(
    columns: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal_columns() == shutil.get_terminal_size().columns


def test_help_wraps_to_the_terminal_width() -> None:
    env = {**os.environ, "COLUMNS": "50"}
    done = subprocess.run(
        [sys.executable, "-m", "poa_desktop", "progress", "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 48  # argparse keeps two columns spare
    assert lines[0] == "usage: poa-desktop progress [-h] [--db PATH]"


def test_the_exit_leaves_the_collector_out() -> None:
    """After a command, the objects alive at exit are frozen before the interpreter's last
    collections: once, however often ``main`` runs in the process."""
    code = """
import atexit, gc
calls = []
freeze = gc.freeze
gc.freeze = lambda: (calls.append(1), freeze())[1]
atexit.register(lambda: print(len(calls), gc.get_freeze_count() > 0))
from poa_desktop.cli import main
main(["catalog", "BMS8-29"])
main(["catalog", "BMS8-30"])
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "1 True"
