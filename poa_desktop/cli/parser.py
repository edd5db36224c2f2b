"""The argument parser: sub-commands, their options and the function each one runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from poa_desktop import __version__
from poa_desktop.cli import (
    agency_commands,
    aggregate_commands,
    backup_commands,
    catalog_commands,
    commands,
    cycle_commands,
    draft_commands,
    evidence_commands,
    import_commands,
    package_commands,
    period_commands,
    recovery_commands,
)
from poa_desktop.cli.opening import Parser
from poa_desktop.cli.period_commands import REPORT_LANGUAGE_CODES
from poa_desktop.domain.status import STATUS_WORDS

STATUS_CHOICES = STATUS_WORDS


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


def build_parser() -> Parser:
    parser = Parser(
        prog="poa-desktop",
        description="Self-assessment and national reporting on the Programme of Action on small "
        "arms and light weapons and the International Tracing Instrument. Works offline.",
    )
    parser.add_argument("--version", action="version", version=f"poa-desktop {__version__}")
    parser.add_argument("--db", type=Path, default=None, metavar="PATH", help=DB_HELP)
    parser.add_argument("--as", dest="working_as", default=None, metavar="NAME", help=AS_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    catalog_commands.add_commands(sub, _common, commands.catalog)

    p = sub.add_parser("new-assessment", help="start an assessment for a reporting cycle")
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
    period_commands.add_period_options(p)
    p.set_defaults(run=commands.new_assessment)

    p = sub.add_parser("assessments", help="list the assessments in the database")
    _common(p)
    p.set_defaults(run=commands.assessments)

    p = sub.add_parser("answer", help="set the status (and text) of a measure")
    _common(p, cycle=True)
    p.add_argument("id", help="commitment id, e.g. BMS8-29")
    p.add_argument("--status", required=True, choices=STATUS_CHOICES)
    p.add_argument("--text", help="measures taken (replaces the current text)")
    p.set_defaults(run=commands.answer)

    p = sub.add_parser("field", help="set a report field value, e.g. sdg1642.seized 120")
    _common(p, cycle=True)
    p.add_argument("field_id", help="report field id (see 'catalog --json')")
    p.add_argument("value", help="the value; an empty string clears it")
    p.set_defaults(run=commands.field)

    p = sub.add_parser("progress", help="status counts per document, section and theme")
    _common(p, cycle=True)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=commands.progress)

    p = sub.add_parser("history", help="every change to one answer")
    _common(p, cycle=True)
    p.add_argument("id", help="commitment id")
    p.set_defaults(run=commands.history)

    p = sub.add_parser("restore", help="make an earlier revision of an answer current again")
    _common(p, cycle=True)
    p.add_argument("id", help="commitment id")
    p.add_argument("revision", type=int, help="revision number (see 'history')")
    p.set_defaults(run=commands.restore)

    p = sub.add_parser("search", help="find commitments by their text or your answers")
    _common(p, cycle=True)
    p.add_argument("query", help="words to find (all must occur)")
    p.set_defaults(run=commands.search)

    p = sub.add_parser("export", help="write the national report as PDF and/or Excel")
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
    p.set_defaults(run=commands.export)

    p = sub.add_parser("checklist", help="what is still open before clearance")
    _common(p, cycle=True)
    p.set_defaults(run=commands.checklist)

    p = sub.add_parser(
        "submit", help="submit the draft for clearance (it cannot change until reopened)"
    )
    _common(p, cycle=True)
    p.add_argument("--officer", required=True, metavar="NAME", help="the reporting officer")
    p.set_defaults(run=commands.submit)

    p = sub.add_parser("clear", help="clear a submitted assessment (it can no longer change)")
    _common(p, cycle=True)
    p.add_argument("--authority", required=True, metavar="NAME", help="the clearing authority")
    p.add_argument(
        "--accept-open-items",
        action="store_true",
        help="clear although checklist items are open (they are recorded in the report)",
    )
    p.set_defaults(run=commands.clear)

    p = sub.add_parser("reopen", help="make a submitted or cleared assessment a draft again")
    _common(p, cycle=True)
    p.add_argument("--by", dest="actor", required=True, metavar="NAME", help="who reopens it")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why it is reopened")
    p.set_defaults(run=commands.reopen)

    p = sub.add_parser("demo", help="fill a database with a complete fictional assessment")
    _common(p)
    p.set_defaults(run=commands.demo)
    cycle_commands.add_commands(sub, _common)
    agency_commands.add_commands(sub, _common)
    recovery_commands.add_commands(sub, _common)
    backup_commands.add_commands(sub, _common)
    draft_commands.add_commands(sub, _common)
    import_commands.add_commands(sub, _common)
    period_commands.add_commands(sub, _common)
    package_commands.add_commands(sub, _common)
    evidence_commands.add_commands(sub, _common)
    aggregate_commands.add_commands(sub, _common)
    return parser
