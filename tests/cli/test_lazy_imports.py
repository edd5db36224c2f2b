"""Each run of the command line loads only what it uses: checked in fresh processes.

``--version`` and ``--help`` make the main parser only and load none of the libraries, the
catalog, the services or the modules that define the commands; a command makes its own parser
from its own module; ``catalog`` reads the catalog without SQLAlchemy (with ``--db`` too), and
``progress`` a current database too (through plain sqlite3); no command loads Qt. Which
modules, not how long: timings are for ``python -m bench --only cli``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from poa_desktop.cli import main
from poa_desktop.cli.period_commands import REPORT_LANGUAGE_CODES
from poa_desktop.translations import REPORT_LANGUAGES

LIBRARIES = {"sqlalchemy", "PySide6", "shiboken6", "reportlab", "openpyxl", "alembic"}
APP_PARTS = {"poa_desktop.catalog", "poa_desktop.services", "poa_desktop.store", "poa_desktop.ui"}
RUN = """
import json, sys
from poa_desktop.cli import main
try:
    code = main({argv!r})
except SystemExit as stop:
    code = stop.code
print()
print(json.dumps({{"code": code, "modules": sorted(sys.modules)}}))
"""


def loaded_by(*argv: str) -> set[str]:
    """The modules a fresh ``poa-desktop ARGV`` has imported when it is done."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", RUN.format(argv=list(argv))],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["code"] in (0, None), done.stderr
    return set(result["modules"])


def packages(modules: set[str], wanted: set[str]) -> set[str]:
    """The members of ``wanted`` (top-level libraries or app packages) found in ``modules``."""
    return {w for w in wanted for m in modules if m == w or m.startswith(w + ".")}


def command_modules(modules: set[str]) -> set[str]:
    """The modules of ``poa_desktop.cli`` that define commands, found in ``modules``."""
    return {m for m in modules if m.startswith("poa_desktop.cli.") and m.endswith("commands")}


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["progress", "--help"]])
def test_version_and_help_load_no_library_catalog_or_service(argv: list[str]) -> None:
    loaded = loaded_by(*argv)
    assert packages(loaded, LIBRARIES | APP_PARTS) == set()


@pytest.mark.parametrize("argv", [["--version"], ["--help"]])
def test_version_and_help_load_no_command_module(argv: list[str]) -> None:
    """The main parser lists the commands from :data:`poa_desktop.cli.parser.COMMANDS`."""
    assert command_modules(loaded_by(*argv)) == set()


@pytest.mark.parametrize(
    ("argv", "module"),
    [
        (["catalog", "--help"], "poa_desktop.cli.catalog_commands"),
        (["catalog", "BMS8-29"], "poa_desktop.cli.catalog_commands"),
        (["drafts", "--help"], "poa_desktop.cli.draft_commands"),
        (["evidence", "--help"], "poa_desktop.cli.evidence_commands"),
    ],
)
def test_a_command_loads_its_own_module_only(argv: list[str], module: str) -> None:
    assert command_modules(loaded_by(*argv)) == {module}


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["catalog"], ["progress", "--help"]])
def test_the_terminal_width_is_read_without_shutil(argv: list[str]) -> None:
    """argparse imports shutil (and zlib, bz2, lzma) only for the terminal's width."""
    assert "shutil" not in loaded_by(*argv)


@pytest.mark.parametrize("argv", [["catalog"], ["catalog", "BMS8-29"], ["catalog", "--json"]])
def test_the_catalog_is_listed_without_the_database(argv: list[str]) -> None:
    loaded = loaded_by(*argv)
    assert "poa_desktop.catalog" in loaded
    assert packages(loaded, LIBRARIES | {"poa_desktop.services", "poa_desktop.store"}) == set()


@pytest.mark.parametrize("argv", [["catalog"], ["catalog", "BMS8-29"]])
def test_the_catalog_with_a_database_named_loads_no_sqlalchemy(
    argv: list[str], demo_db: Path
) -> None:
    """``--db`` names the database the catalog's other actions (``list``, ``cover``) work on;
    listing the commitments reads only the catalog."""
    loaded = loaded_by(*argv, "--db", str(demo_db))
    assert "poa_desktop.catalog" in loaded
    assert packages(loaded, LIBRARIES) == set()


def test_progress_reads_a_current_database_without_sqlalchemy(demo_db: Path) -> None:
    """Plain sqlite3 (poa_desktop.store.quick_read): neither SQLAlchemy's ORM nor its core."""
    loaded = loaded_by("--db", str(demo_db), "progress")
    assert {"poa_desktop.store.quick_read", "poa_desktop.catalog"} <= loaded
    assert "sqlalchemy.orm" not in loaded
    assert packages(loaded, LIBRARIES) == set()
    assert not {m for m in loaded if m.startswith("poa_desktop.store.models")}
    assert packages(loaded, {"poa_desktop.services.reporting", "poa_desktop.ui"}) == set()


def test_progress_opens_the_database_in_full_when_it_must_change(demo_db: Path) -> None:
    """An unstamped file (from before the application id) is stamped by the full open."""
    with closing(sqlite3.connect(demo_db)) as connection:
        connection.execute("PRAGMA application_id = 0")
    loaded = loaded_by("--db", str(demo_db), "progress")
    assert {"sqlalchemy.orm", "poa_desktop.services.answering.progress"} <= loaded
    assert packages(loaded, LIBRARIES - {"sqlalchemy"}) == set()
    assert packages(loaded, {"poa_desktop.services.reporting", "poa_desktop.ui"}) == set()


def test_each_report_file_loads_only_its_own_library(demo_db: Path, tmp_path: Path) -> None:
    """openpyxl takes about 140 ms to import: a PDF alone does without it, and a workbook
    alone without reportlab."""
    loaded = loaded_by("--db", str(demo_db), "export", "--pdf", str(tmp_path / "report.pdf"))
    assert "reportlab" in loaded and "openpyxl" not in loaded
    loaded = loaded_by("--db", str(demo_db), "export", "--xlsx", str(tmp_path / "report.xlsx"))
    assert "openpyxl" in loaded and "reportlab" not in loaded


def test_the_language_choices_are_the_report_languages() -> None:
    """Written out in the command line so that building the parser reads no translations."""
    assert tuple(sorted(REPORT_LANGUAGES)) == REPORT_LANGUAGE_CODES


def test_options_a_service_holds_are_there_when_the_command_runs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["import", "--help"])
    assert stop.value.code == 0
    assert "--policy {fill-empty,replace,keep}" in capsys.readouterr().out
    with pytest.raises(SystemExit) as stop:
        main(["evidence", "--help"])
    assert stop.value.code == 0
    assert "(at most 25 MB each)" in capsys.readouterr().out
    with pytest.raises(SystemExit) as stop:
        main(["import", "book.xlsx", "--policy", "overwrite"])
    assert stop.value.code == 2
    assert "invalid choice: 'overwrite'" in capsys.readouterr().err
