"""What every command shares: opening the database it names, finding the cycle it acts on.

Kept apart from the commands so that each command module imports it at the top, and so the
sub-command registrations share one type for the parser they add to. Light, like every module
the parser is built from (see :mod:`poa_desktop.cli`): the services load when a command opens
the database, not when the parser is built.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

if TYPE_CHECKING:
    from poa_desktop.services.assessments.assessments import AssessmentInfo
    from poa_desktop.services.workspace import Workspace


class Parser(argparse.ArgumentParser):
    """Usage errors in one line with a pointer to help, instead of argparse's usage dump.

    ``arguments`` adds the parser's arguments the first time it parses or prints its help, for
    the few commands whose options come from a service (``import --policy``, the size limit in
    ``evidence add``'s help): building the whole parser, for ``--version`` or ``--help``, then
    imports none of them.
    """

    def __init__(
        self, *args: Any, arguments: Callable[[Parser], None] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._arguments = arguments

    def _complete(self) -> None:
        if self._arguments is not None:
            arguments, self._arguments = self._arguments, None
            arguments(self)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        self._complete()
        return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        self._complete()
        return super().format_usage()

    def format_help(self) -> str:
        self._complete()
        return super().format_help()

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: error: {message} (see '{self.prog} --help')", file=sys.stderr)
        raise SystemExit(2)


SubParsers: TypeAlias = "argparse._SubParsersAction[Parser]"
"""What ``add_subparsers`` returns: the commands' registry."""
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
