"""The analysis as a short PDF: where States stand, the weakest measures, needs and offers.

Charts and tables, in the report's language, with the national report's fonts, styles and chart
(:mod:`poa_desktop.exchange.pdf`): implementation by document section and by UN regional group as
stacked bars of every State's answers, the least implemented measures, assistance needs against
offers by kind and by theme, and the files not counted. Arabic is laid out right to left and
shaped, Chinese set in its font, as in the national report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from poa_desktop.domain.aggregate import Analysis, AssistanceTally, Sources
from poa_desktop.domain.progress import ProgressRow
from poa_desktop.domain.status import COUNT_KEYS, Status
from poa_desktop.domain.text import arg, shorten
from poa_desktop.exchange.aggregate import words as w
from poa_desktop.exchange.aggregate.reading import CHANGED
from poa_desktop.exchange.aggregate.regions import group_label
from poa_desktop.exchange.language import (
    report_language,
    report_word,
    right_to_left,
    say,
    term,
    texts,
)
from poa_desktop.exchange.pdf.chart import status_chart
from poa_desktop.exchange.pdf.flowables import long_date
from poa_desktop.exchange.pdf.fonts import SANS, collect_missing, fill, markup
from poa_desktop.exchange.pdf.styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE,
    TEXT_WIDTH,
    Para,
    cell,
    data_table,
    styles,
)
from poa_desktop.exchange.pdf.visual import draw_line

WEAKEST = 15
SHORT_GROUPS: dict[str, str] = {
    "african": report_word("African"),
    "asia_pacific": report_word("Asia-Pacific"),
    "eastern_european": report_word("Eastern European"),
    "grulac": report_word("GRULAC"),
    "weog": report_word("WEOG"),
}
"""Groups as the chart's labels name them (its label column is narrow)."""
CHANGED_WORDS = report_word("Changed after export")
UNREADABLE_WORDS = report_word("Not a readable national workbook")


def write_analysis_pdf(
    analysis: Analysis,
    target: Path | BinaryIO,
    language: str = "en",
    sources: Sources | None = None,
) -> None:
    """Write the analysis PDF in ``language`` (en, fr, es, ar, ru, zh) to a path or stream."""
    with report_language(language), collect_missing():
        story = _story(analysis, sources or Sources())
        title = say(w.TITLE)
        document = SimpleDocTemplate(
            str(target) if isinstance(target, Path) else target,
            pagesize=PAGE,
            leftMargin=MARGIN_RIGHT if right_to_left() else MARGIN_LEFT,
            rightMargin=MARGIN_LEFT if right_to_left() else MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author="poa-desktop",
            lang=language,
        )
        footer = _Footer(title)
        document.build(story, onFirstPage=footer, onLaterPages=footer)


class _Footer:
    """The title and page number at the foot of every page (mirrored right to left)."""

    def __init__(self, title: str) -> None:
        self.title = shorten(title, 90)
        self.rtl = right_to_left()

    def __call__(self, canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        y = MARGIN_BOTTOM - 0.9 * cm
        left, right = MARGIN_LEFT, PAGE[0] - MARGIN_RIGHT
        page = arg(say(w.PAGE), document.page)
        draw_line(
            canvas,
            right if self.rtl else left,
            y,
            self.title,
            SANS,
            7.5,
            "end" if self.rtl else "start",
        )
        draw_line(
            canvas, left if self.rtl else right, y, page, SANS, 7.5, "start" if self.rtl else "end"
        )
        canvas.restoreState()


def _p(text: str, style: str = "Body") -> Para:
    return Para(text, styles()[style])


def _story(analysis: Analysis, sources: Sources) -> list[Flowable]:
    states = {row.report.key[0] for row in analysis.states}
    files = len(sources.used) + len(sources.duplicates) + len(sources.problems)
    summary = fill(
        say(w.SUMMARY),
        str(len(analysis.states)),
        str(len(states)),
        str(files or len(analysis.states)),
        markup(", ".join(analysis.cycles) or "-"),
        markup(analysis.catalog_version),
    )
    story: list[Flowable] = [
        _p(fill(say(w.TITLE)), "H0"),
        _p(markup(long_date(datetime.now(UTC).date())), "Note"),
        Spacer(1, 6),
        _p(summary, "BodySpaced"),
    ]
    not_counted = len(sources.duplicates) + len(sources.problems)
    if not_counted:
        story.append(_p(fill(say(w.NOT_COUNTED), str(not_counted)), "BodySpaced"))
    story += [
        _p(fill(say(w.BY_SECTION_HEADING)), "H1"),
        status_chart([_all(analysis.sections), *analysis.sections], TEXT_WIDTH),
    ]
    regions = [replace(row, label=_short_group(row.key)) for row in analysis.regions]
    chart = status_chart([_all(analysis.regions), *regions], TEXT_WIDTH)
    story += [_p(fill(say(w.BY_REGION_HEADING)), "H1"), chart]
    story += _weakest(analysis)
    story += _assistance(analysis)
    story += _files(sources)
    return story


def _all(rows: Sequence[ProgressRow]) -> ProgressRow:
    """The rows added up: the chart's first, bold bar ("All measures")."""
    counts = {key: sum(row.counts.get(key, 0) for row in rows) for key in COUNT_KEYS}
    return ProgressRow("all", "All measures", sum(counts.values()), counts)


def _short_group(group: str) -> str:
    short = SHORT_GROUPS.get(group)
    return say(short) if short is not None else group_label(group)


def _weakest(analysis: Analysis) -> list[Flowable]:
    weakest = analysis.weakest(WEAKEST)
    if not weakest:
        return []
    language = texts().language
    shown = (Status.IMPLEMENTED, Status.DEVELOPING, Status.NOT_IMPLEMENTED)
    header = [
        fill(say(w.MEASURE)),
        fill(say(w.SHARE_IMPLEMENTED)),
        *(markup(w.status_header(k)) for k in shown),
        fill(say(w.STATES_REPORTING)),
    ]
    rows = []
    for row in weakest:
        commitment = row.commitment
        text = ""
        if commitment is not None:
            official = commitment.text_in(language)
            text = official.text if official is not None else commitment.first_sentence
        label = f"<b>{markup(row.citation)}</b>"
        if text:
            label += f"<br/>{markup(shorten(text, 170))}"
        share = row.implemented_share or 0.0
        rows.append(
            [
                cell(label),
                cell(f"{share:.0%}", "CellRight"),
                *(cell(str(row.counts[k]), "CellRight") for k in shown),
                cell(str(row.states), "CellRight"),
            ]
        )
    number = 2.1 * cm
    widths = [TEXT_WIDTH - number * 5, *([number] * 5)]
    return [
        _p(fill(say(w.WEAKEST_HEADING)), "H1"),
        _p(fill(say(w.WEAKEST_NOTE)), "Note"),
        Spacer(1, 4),
        data_table(header, rows, widths, right_from=1),
    ]


def _assistance(analysis: Analysis) -> list[Flowable]:
    if not analysis.needs and not analysis.offers:
        return []
    story: list[Flowable] = [
        _p(fill(say(w.NEEDS_HEADING)), "H1"),
        _p(fill(say(w.NEEDS_NOTE)), "Note"),
        _p(fill(say(w.BY_KIND)), "H2"),
        _tally_table(analysis.kinds, kinds=True),
    ]
    if analysis.themes:
        story += [_p(fill(say(w.BY_THEME)), "H2"), _tally_table(analysis.themes, kinds=False)]
    return story


def _tally_table(tallies: Sequence[AssistanceTally], *, kinds: bool) -> Flowable:
    header = [
        fill(say(w.KIND if kinds else w.THEME)),
        *(
            fill(say(text))
            for text in (
                w.NEEDS,
                w.STATES_NEEDING,
                w.OFFERS_COUNT,
                w.STATES_OFFERING,
                w.MET_MEASURE,
                w.MET_THEME,
            )
        ),
    ]
    rows = []
    for tally in tallies:
        if not tally.needs and not tally.offers:
            continue
        name = term(tally.label) if tally.label else say(w.ANY_KIND)
        values = (
            tally.needs,
            tally.states_needing,
            tally.offers,
            tally.states_offering,
            tally.met_on_measure,
            tally.met_on_theme,
        )
        rows.append([cell(markup(name)), *(cell(str(v), "CellRight") for v in values)])
    number = 1.9 * cm
    return data_table(header, rows, [TEXT_WIDTH - 6 * number, *([number] * 6)], right_from=1)


def _files(sources: Sources) -> list[Flowable]:
    if not sources.duplicates and not sources.problems:
        return []
    rows = [
        [
            cell(markup(Path(d.dropped.file).name)),
            cell(fill(say(w.DUPLICATE))),
            cell(markup(d.describe())),
        ]
        for d in sources.duplicates
    ]
    for problem in sources.problems:
        kind = (
            CHANGED_WORDS if problem.reason.startswith(CHANGED.split(":")[0]) else UNREADABLE_WORDS
        )
        rows.append(
            [
                cell(markup(Path(problem.file).name)),
                cell(fill(say(kind))),
                cell(markup(problem.reason)),
            ]
        )
    header = [fill(say(w.FILE)), fill(say(w.OUTCOME)), fill(say(w.REASON))]
    widths = [4.5 * cm, 4.0 * cm, TEXT_WIDTH - 8.5 * cm]
    return [_p(fill(say(w.FILES_HEADING)), "H1"), data_table(header, rows, widths)]
