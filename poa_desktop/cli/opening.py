"""What every command shares: opening the database it names, finding the cycle it acts on.

Kept apart from the commands so that each command module imports it at the top, and so the
sub-command registrations share one type for the parser they add to.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NoReturn, TypeAlias

from poa_desktop.services.assessments.assessments import AssessmentInfo, find_assessment
from poa_desktop.services.workspace import Workspace, open_workspace
from poa_desktop.store import default_database_path


class Parser(argparse.ArgumentParser):
    """Usage errors in one line with a pointer to help, instead of argparse's usage dump."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: error: {message} (see '{self.prog} --help')", file=sys.stderr)
        raise SystemExit(2)


SubParsers: TypeAlias = "argparse._SubParsersAction[Parser]"
"""What ``add_subparsers`` returns: the commands' registry."""
AddCommon = Callable[..., None]
"""Adds the options every command takes (``--db``, ``--as``; ``--cycle`` with ``cycle=True``)."""


@contextmanager
def open_for(args: argparse.Namespace) -> Iterator[Workspace]:
    """The workspace of ``--db`` (or the default database), closed when the command ends.

    Changes are recorded as ``--as NAME`` when given, else as the State profile's focal point.
    """
    ws = open_workspace(args.db or default_database_path())
    name = getattr(args, "working_as", None)
    ws.working_as = " ".join(name.split()) if name and name.strip() else None
    try:
        yield ws
    finally:
        ws.close()


def assessment_of(ws: Workspace, args: argparse.Namespace) -> AssessmentInfo:
    """The assessment of ``--cycle``, or the most recent one; the workspace then works on the
    documents it covers."""
    info = find_assessment(ws, getattr(args, "cycle", None))
    ws.cover(info.documents)
    return info
