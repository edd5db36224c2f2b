"""``period``: the reporting period and report language of an assessment, shown or changed.

Kept apart from :mod:`poa_desktop.cli.commands`; :func:`add_arguments` adds its arguments when
it runs (:mod:`poa_desktop.cli.parser` lists it). ``new-assessment`` takes the same
``--period-start``, ``--period-end`` and ``--report-language``.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from poa_desktop.cli.opening import AddCommon, Parser, open_for

if TYPE_CHECKING:
    from datetime import date

    from poa_desktop.services.assessments.assessments import AssessmentInfo

REPORT_LANGUAGE_CODES = ("ar", "en", "es", "fr", "ru", "zh")
"""The codes of :data:`poa_desktop.translations.REPORT_LANGUAGES`, sorted, for the options that
choose one: written out so that building the parser does not read the translations module (a
test keeps the two equal)."""


def add_period_options(p: argparse.ArgumentParser) -> None:
    """``--period-start``, ``--period-end`` (YYYY-MM-DD) and ``--report-language``."""
    p.add_argument("--period-start", metavar="YYYY-MM-DD", help="first day the report covers")
    p.add_argument("--period-end", metavar="YYYY-MM-DD", help="last day the report covers")
    p.add_argument(
        "--report-language",
        choices=REPORT_LANGUAGE_CODES,
        help="the language the report is written in by default (en if not said)",
    )


def add_arguments(p: Parser, common: AddCommon) -> None:
    """``period``'s arguments; ``common`` adds ``--db`` and ``--cycle``."""
    common(p, cycle=True)
    add_period_options(p)
    p.add_argument("--clear", action="store_true", help="forget the reporting period")
    p.set_defaults(run=period)


def period_of(args: argparse.Namespace) -> tuple[date | None, date | None]:
    """The period the options give: each end a date, or None when not given."""
    from poa_desktop.services.assessments.period import parse_day

    start = parse_day(args.period_start, "--period-start") if args.period_start else None
    end = parse_day(args.period_end, "--period-end") if args.period_end else None
    return start, end


def describe(info: AssessmentInfo) -> str:
    from poa_desktop.translations import REPORT_LANGUAGES

    start = info.period_start.isoformat() if info.period_start else "not said"
    end = info.period_end.isoformat() if info.period_end else "not said"
    language = REPORT_LANGUAGES[info.report_language]
    return (
        f"{info.state}, {info.cycle}: reporting period {start} to {end}; "
        f"report language {info.report_language} ({language})"
    )


def period(args: argparse.Namespace) -> int:
    from poa_desktop.services.assessments.assessments import find_assessment
    from poa_desktop.services.assessments.period import set_report_language, set_reporting_period

    with open_for(args) as ws:
        target = find_assessment(ws, args.cycle)
        start, end = period_of(args)
        if args.clear or start is not None or end is not None:
            new_start = None if args.clear else start or target.period_start
            new_end = None if args.clear else end or target.period_end
            set_reporting_period(ws, target.id, new_start, new_end)
        if args.report_language:
            set_report_language(ws, target.id, args.report_language)
        print(describe(find_assessment(ws, target.cycle)))
    return 0
