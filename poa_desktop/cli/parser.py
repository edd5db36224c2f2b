"""The argument parser: sub-commands, their options and the function each one runs.

The main parser lists every command (:data:`COMMANDS`: name, one-line help, what adds its
arguments), but a command's own parser is made, and the module that defines it imported, only
when that command runs or shows its help: building all thirty of them took 15-20 ms of every
run, ``poa-desktop progress`` included, for parsers it never used.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from poa_desktop import __version__
from poa_desktop.cli.opening import Parser

Arguments = Callable[[Parser], None]
"""Adds a command's arguments (and its ``run`` default) to its freshly made parser."""

DB_HELP = "database file (default: the one in your user data folder)"
AS_HELP = (
    "who the changes are recorded as (default: the focal point of the State profile); "
    "the computer login is recorded beside"
)


def _common(parser: argparse.ArgumentParser, *, cycle: bool = False) -> None:
    # --db and --as may come before or after the command name; SUPPRESS keeps the global value.
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH", help=DB_HELP)
    parser.add_argument(
        "--as", dest="working_as", default=argparse.SUPPRESS, metavar="NAME", help=AS_HELP
    )
    if cycle:
        parser.add_argument(
            "--cycle",
            metavar="CYCLE",
            help="act on this reporting cycle (default: the most recent)",
        )


class _ParserTable(dict[str, Parser]):
    """The commands' parsers by name, each made the first time argparse looks it up.

    argparse asks whether a name is there, lists the names (its "invalid choice" message) and
    looks up the one given: the names are all known from the start, and only the looked-up
    parser is ever made. The dict itself holds the parsers made so far.
    """

    def __init__(self) -> None:
        super().__init__()
        self._makers: dict[str, Callable[[], Parser]] = {}

    def add(self, name: str, make: Callable[[], Parser]) -> None:
        self._makers[name] = make

    def __contains__(self, name: object) -> bool:
        return name in self._makers

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)

    def __getitem__(self, name: str) -> Parser:
        if not super().__contains__(name):
            super().__setitem__(name, self._makers[name]())
        return super().__getitem__(name)


if TYPE_CHECKING:
    _SubParsersAction = argparse._SubParsersAction[Parser]
else:  # not subscriptable at run time
    _SubParsersAction = argparse._SubParsersAction


class _Commands(_SubParsersAction):
    """``add_subparsers`` whose commands are registered by name and help, made on demand."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._table = _ParserTable()
        self._name_parser_map = self.choices = self._table

    def register(self, name: str, help: str, arguments: Arguments) -> None:
        """List ``name`` with ``help``; make its parser (``add_parser(name)``'s) when used."""
        self._choices_actions.append(self._ChoicesPseudoAction(name, (), help))
        prog = f"{self._prog_prefix} {name}"

        def make() -> Parser:
            parser = self._parser_class(prog=prog)
            arguments(parser)
            return parser

        self._table.add(name, make)


def _in(module: str, function: str = "add_arguments") -> Arguments:
    """``function(parser, common)`` of ``poa_desktop.cli.<module>``, imported when it is used."""

    def add(parser: Parser) -> None:
        getattr(import_module(f"poa_desktop.cli.{module}"), function)(parser, _common)

    return add


def _new_assessment(p: Parser) -> None:
    from poa_desktop.cli.commands import new_assessment
    from poa_desktop.cli.period_commands import add_period_options

    _common(p)
    p.add_argument("--state", required=True, help="the State, as the UN lists it")
    p.add_argument("--iso", help="ISO 3166-1 alpha-3 code (needed only for unlisted names)")
    p.add_argument("--cycle", required=True, help='reporting cycle, e.g. "RevCon4 2024"')
    p.add_argument(
        "--from",
        dest="from_cycle",
        metavar="CYCLE",
        help="carry the answers forward from this earlier cycle",
    )
    p.add_argument(
        "--documents",
        metavar="ID,ID",
        help="the outcome documents it covers (default: every one installed; see 'catalog list')",
    )
    add_period_options(p)
    p.set_defaults(run=new_assessment)


def _assessments(p: Parser) -> None:
    from poa_desktop.cli.commands import assessments

    _common(p)
    p.set_defaults(run=assessments)


def _answer(p: Parser) -> None:
    from poa_desktop.cli.commands import answer
    from poa_desktop.domain.status import STATUS_WORDS

    _common(p, cycle=True)
    p.add_argument("id", help="commitment id, e.g. BMS8-29")
    p.add_argument("--status", required=True, choices=STATUS_WORDS)
    p.add_argument("--text", help="measures taken (replaces the current text)")
    p.set_defaults(run=answer)


def _field(p: Parser) -> None:
    from poa_desktop.cli.commands import field

    _common(p, cycle=True)
    p.add_argument("field_id", help="report field id (see 'catalog --json')")
    p.add_argument("value", help="the value; an empty string clears it")
    p.set_defaults(run=field)


def _progress(p: Parser) -> None:
    from poa_desktop.cli.commands import progress

    _common(p, cycle=True)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=progress)


def _history(p: Parser) -> None:
    from poa_desktop.cli.commands import history

    _common(p, cycle=True)
    p.add_argument("id", help="commitment id")
    p.set_defaults(run=history)


def _restore(p: Parser) -> None:
    from poa_desktop.cli.commands import restore

    _common(p, cycle=True)
    p.add_argument("id", help="commitment id")
    p.add_argument("revision", type=int, help="revision number (see 'history')")
    p.set_defaults(run=restore)


def _search(p: Parser) -> None:
    from poa_desktop.cli.commands import search

    _common(p, cycle=True)
    p.add_argument("query", help="words to find (all must occur)")
    p.set_defaults(run=search)


def _export(p: Parser) -> None:
    from poa_desktop.cli.commands import export
    from poa_desktop.cli.period_commands import REPORT_LANGUAGE_CODES

    _common(p, cycle=True)
    p.add_argument("--pdf", type=Path, metavar="FILE", help="the PDF report")
    p.add_argument("--xlsx", type=Path, metavar="FILE", help="the Excel workbook")
    p.add_argument(
        "--package",
        type=Path,
        metavar="FILE.zip",
        help="a submission package: the PDF, the workbook, the evidence files and a manifest "
        "of their SHA-256 (check one with 'verify')",
    )
    p.add_argument(
        "--first-sentence",
        action="store_true",
        help="print only the first sentence of each commitment (PDF)",
    )
    p.add_argument(
        "--skip-unanswered", action="store_true", help="leave out measures not yet assessed (PDF)"
    )
    p.add_argument(
        "--order",
        choices=("documents", "template"),
        default="documents",
        help="the PDF's order: each outcome document in its own (default), or the sections of "
        "UNODA's national report template",
    )
    p.add_argument(
        "--changes-since",
        metavar="CYCLE",
        help="add an annex (PDF) and a sheet (Excel) of what changed since CYCLE",
    )
    p.add_argument(
        "--language",
        choices=REPORT_LANGUAGE_CODES,
        help="the language of the report, PDF and Excel (ar, en, es, fr, ru, zh); by default "
        "the assessment's report language (see 'period'); the interface's language does not "
        "change it",
    )
    p.set_defaults(run=export)


def _checklist(p: Parser) -> None:
    from poa_desktop.cli.commands import checklist

    _common(p, cycle=True)
    p.set_defaults(run=checklist)


def _submit(p: Parser) -> None:
    from poa_desktop.cli.commands import submit

    _common(p, cycle=True)
    p.add_argument("--officer", required=True, metavar="NAME", help="the reporting officer")
    p.set_defaults(run=submit)


def _clear(p: Parser) -> None:
    from poa_desktop.cli.commands import clear

    _common(p, cycle=True)
    p.add_argument("--authority", required=True, metavar="NAME", help="the clearing authority")
    p.add_argument(
        "--accept-open-items",
        action="store_true",
        help="clear although checklist items are open (they are recorded in the report)",
    )
    p.set_defaults(run=clear)


def _reopen(p: Parser) -> None:
    from poa_desktop.cli.commands import reopen

    _common(p, cycle=True)
    p.add_argument("--by", dest="actor", required=True, metavar="NAME", help="who reopens it")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why it is reopened")
    p.set_defaults(run=reopen)


def _demo(p: Parser) -> None:
    from poa_desktop.cli.commands import demo

    _common(p)
    p.set_defaults(run=demo)


COMMANDS: tuple[tuple[str, str, Arguments], ...] = (
    (
        "catalog",
        "list the commitments or show one; list, add or remove outcome documents",
        _in("catalog_commands"),
    ),
    ("new-assessment", "start an assessment for a reporting cycle", _new_assessment),
    ("assessments", "list the assessments in the database", _assessments),
    ("answer", "set the status (and text) of a measure", _answer),
    ("field", "set a report field value, e.g. sdg1642.seized 120", _field),
    ("progress", "status counts per document, section and theme", _progress),
    ("history", "every change to one answer", _history),
    ("restore", "make an earlier revision of an answer current again", _restore),
    ("search", "find commitments by their text or your answers", _search),
    ("export", "write the national report as PDF and/or Excel", _export),
    ("checklist", "what is still open before clearance", _checklist),
    ("submit", "submit the draft for clearance (it cannot change until reopened)", _submit),
    ("clear", "clear a submitted assessment (it can no longer change)", _clear),
    ("reopen", "make a submitted or cleared assessment a draft again", _reopen),
    ("demo", "fill a database with a complete fictional assessment", _demo),
    (
        "changes",
        "the answers that changed since an earlier cycle",
        _in("cycle_commands", "add_changes_arguments"),
    ),
    (
        "confirm-unchanged",
        "confirm carried-forward answers as unchanged since the earlier cycle",
        _in("cycle_commands", "add_confirm_arguments"),
    ),
    (
        "assign",
        "assign measures to agencies, by id, theme or section",
        _in("agency_commands", "add_assign_arguments"),
    ),
    (
        "agencies",
        "measures assigned to and answered by each agency",
        _in("agency_commands", "add_agencies_arguments"),
    ),
    (
        "agency-workbook",
        "an Excel workbook with the measures assigned to one agency",
        _in("agency_commands", "add_workbook_arguments"),
    ),
    (
        "agency-return",
        "import an agency's returned workbook, resolving conflicts",
        _in("agency_commands", "add_return_arguments"),
    ),
    (
        "recover",
        "answers kept after a failed save: list, apply, discard",
        _in("recovery_commands"),
    ),
    (
        "backups",
        "list, take or restore backups; save a copy of the database",
        _in("backup_commands"),
    ),
    ("drafts", "what was typed but could not be saved yet, and why", _in("draft_commands")),
    ("import", "import answers from a spreadsheet (preview first)", _in("import_commands")),
    (
        "period",
        "show or set the reporting period and report language of an assessment",
        _in("period_commands"),
    ),
    (
        "verify",
        "check a report package: is every file as it was written?",
        _in("package_commands"),
    ),
    ("evidence", "files attached to answers: add, list, export, remove", _in("evidence_commands")),
    (
        "aggregate",
        "analyse many States' national workbooks: counts by measure, State, theme and "
        "region, assistance needs against offers",
        _in("aggregate_commands"),
    ),
)
"""Every command in the order ``--help`` lists them: name, help line, what adds its arguments."""


def build_parser() -> Parser:
    parser = Parser(
        prog="poa-desktop",
        description="Self-assessment and national reporting on the Programme of Action on small "
        "arms and light weapons and the International Tracing Instrument. Works offline.",
    )
    parser.add_argument("--version", action="version", version=f"poa-desktop {__version__}")
    parser.add_argument("--db", type=Path, default=None, metavar="PATH", help=DB_HELP)
    parser.add_argument("--as", dest="working_as", default=None, metavar="NAME", help=AS_HELP)
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=Parser, action=_Commands
    )
    assert isinstance(sub, _Commands)
    for name, help_line, arguments in COMMANDS:
        sub.register(name, help_line, arguments)
    return parser
