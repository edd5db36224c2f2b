"""What every command shares: opening the database it names, finding the cycle it acts on.

Kept apart from the commands so that each command module imports it at the top, and so the
commands' argument functions share one type for the parser they add to. Light, like every
module the parser is built from (see :mod:`poa_desktop.cli`): the services load when a command
opens the database, not when its parser is made.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeAlias

if TYPE_CHECKING:
    from poa_desktop.services.assessments.assessments import AssessmentInfo
    from poa_desktop.services.workspace import Workspace


class Parser(argparse.ArgumentParser):
    """Usage errors in one line with a pointer to help, instead of argparse's usage dump."""

    def _get_formatter(self) -> argparse.HelpFormatter:
        """argparse's formatter, as wide as it makes it, without importing shutil for the width.

        argparse makes one for every argument added, and the first imports shutil (with zlib,
        bz2 and lzma: some 3 ms of every run) only to ask how wide the terminal is.
        """
        make: Callable[..., argparse.HelpFormatter] = self.formatter_class
        return make(prog=self.prog, width=terminal_columns() - 2)

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: error: {message} (see '{self.prog} --help')", file=sys.stderr)
        raise SystemExit(2)


def terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``: ``COLUMNS`` when a positive number, else the
    width of the terminal on standard output, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        size = os.get_terminal_size(sys.__stdout__.fileno())  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80
    return size.columns or 80


SubParsers: TypeAlias = "argparse._SubParsersAction[Parser]"
"""What ``add_subparsers`` returns on a plain :class:`Parser` (tests build one around a
command)."""
AddCommon = Callable[..., None]
"""Adds the options every command takes (``--db``, ``--as``; ``--cycle`` with ``cycle=True``)."""


def database_path(args: argparse.Namespace) -> Path:
    """The database a command names: ``--db``, or the default one (no SQLAlchemy loaded)."""
    from poa_desktop.store.location import default_database_path

    path: Path = args.db or default_database_path()
    return path


@contextmanager
def open_for(args: argparse.Namespace) -> Iterator[Workspace]:
    """The workspace of ``--db`` (or the default database), closed when the command ends.

    Changes are recorded as ``--as NAME`` when given, else as the State profile's focal point.
    """
    from poa_desktop.services.workspace import open_workspace

    ws = open_workspace(database_path(args))
    name = getattr(args, "working_as", None)
    ws.working_as = " ".join(name.split()) if name and name.strip() else None
    try:
        yield ws
    finally:
        ws.close()


def assessment_of(ws: Workspace, args: argparse.Namespace) -> AssessmentInfo:
    """The assessment of ``--cycle``, or the most recent one; the workspace then works on the
    documents it covers."""
    from poa_desktop.services.assessments.assessments import find_assessment

    info = find_assessment(ws, getattr(args, "cycle", None))
    ws.cover(info.documents)
    return info
