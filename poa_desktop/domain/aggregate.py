"""Many States' national reports counted together: the picture UNODA and regions read.

Pure: :func:`analyse` takes the reports as read from the app's workbooks
(:class:`NationalReport`, made by :mod:`poa_desktop.exchange.aggregate.reading`), the catalog
and each State's UN regional group, and counts. Nothing here reads a file, so the counts can be
tested against the answers a test puts in, and a window or the command line shows the same.

Counting rules, in one place:

- a State counts once per measure whose row its workbook has: under its status, or under
  "not yet assessed" when the row is blank; a measure its workbook lacks (a document its
  assessment does not cover) is not counted for it (``States reporting`` says how many did);
- one report per State and cycle (:func:`deduplicate` keeps the newest export);
- an assistance need is paired with the other States that offer assistance on the same measure,
  or on a measure sharing one of its themes, of a kind the need asks for (an offer whose text
  names no kind is taken to offer any).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from poa_desktop.domain.catalog import Catalog, Commitment, Term
from poa_desktop.domain.outline import section_code
from poa_desktop.domain.progress import ProgressRow
from poa_desktop.domain.status import COUNT_KEYS, NOT_ASSESSED, Status

NO_GROUP = "none"
"""The group of a State the regional groups file does not place (the Holy See, a test State)."""
APPLICABLE = (Status.IMPLEMENTED, Status.DEVELOPING, Status.NOT_IMPLEMENTED)
ANY_KIND = ""
"""The kind of an offer whose text names none, and of a need that gives none."""


@dataclass(frozen=True, slots=True)
class MeasureAnswer:
    """What the analysis needs of one answer: its status and assistance."""

    status: str | None = None
    assistance_needed: bool = False
    assistance_kinds: tuple[str, ...] = ()
    assistance_description: str = ""
    assistance_offered: str = ""
    offered_kinds: tuple[str, ...] = ()
    """The assistance kinds the offer's text names (empty: it names none, so any)."""


@dataclass(frozen=True)
class NationalReport:
    """One State's workbook as read: whose, when exported, and its answers by commitment id
    (every row of its ``Answers`` sheet, blank ones included)."""

    file: str
    state: str
    iso: str
    cycle: str
    exported_at: datetime | None
    language: str
    answers: Mapping[str, MeasureAnswer] = field(default_factory=dict)
    catalog_version: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """Same State and cycle: by ISO code (else the name), cycle without case or spacing."""
        who = self.iso.strip().upper() or "name:" + " ".join(self.state.split()).casefold()
        return who, " ".join(self.cycle.split()).casefold()


@dataclass(frozen=True)
class FileProblem:
    """A file that was not used, and why (one line)."""

    file: str
    reason: str

    def describe(self) -> str:
        return f"{self.file}: {self.reason}"


@dataclass(frozen=True)
class Duplicate:
    """A second workbook of the same State and cycle: the older export is dropped."""

    dropped: NationalReport
    kept: NationalReport

    def describe(self) -> str:
        same = self.dropped.exported_at == self.kept.exported_at
        why = "exported at the same time; the first one listed" if same else "a newer export"
        return (
            f"{self.dropped.file}: {self.dropped.state}, {self.dropped.cycle} again; "
            f"{self.kept.file} is used ({why})"
        )


@dataclass(frozen=True)
class Sources:
    """The files behind an analysis: those counted, and those not, with why."""

    used: tuple[NationalReport, ...] = ()
    problems: tuple[FileProblem, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()
    notes: tuple[str, ...] = ()


def deduplicate(
    reports: Iterable[NationalReport],
) -> tuple[tuple[NationalReport, ...], tuple[Duplicate, ...]]:
    """One report per State and cycle, the newest export (no time counts as oldest; a tie
    keeps the one listed first), and every report dropped with the one it gave way to."""
    kept: dict[tuple[str, str], NationalReport] = {}
    dropped: list[tuple[NationalReport, tuple[str, str]]] = []
    for report in reports:
        earlier = kept.get(report.key)
        if earlier is None:
            kept[report.key] = report
        elif _time(report) > _time(earlier):
            kept[report.key] = report
            dropped.append((earlier, report.key))
        else:
            dropped.append((report, report.key))
    duplicates = tuple(Duplicate(report, kept[key]) for report, key in dropped)
    return tuple(kept.values()), duplicates


def _time(report: NationalReport) -> datetime:
    stamp = report.exported_at
    return datetime.min if stamp is None else stamp.replace(tzinfo=None)


def empty_counts() -> dict[str, int]:
    return dict.fromkeys(COUNT_KEYS, 0)


@dataclass(frozen=True, slots=True)
class StateRef:
    name: str
    iso: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.iso})" if self.iso else self.name


@dataclass(frozen=True)
class MeasureRow:
    """One measure's counts over every State: each status and not yet assessed."""

    commitment_id: str
    citation: str
    counts: Mapping[str, int]
    commitment: Commitment | None = None
    """The catalog's paragraph (its text, for printing)."""

    @property
    def states(self) -> int:
        """States whose workbook has this measure (the counts add up to it)."""
        return sum(self.counts.values())

    @property
    def implemented_share(self) -> float | None:
        """Implemented among the States that assessed it as applicable; None when none did."""
        applicable = sum(self.counts[k] for k in APPLICABLE)
        return self.counts[Status.IMPLEMENTED] / applicable if applicable else None


@dataclass(frozen=True)
class StateRow:
    report: NationalReport
    group: str
    counts: Mapping[str, int]


@dataclass(frozen=True)
class ThemeRegionRow:
    """Answers on the measures of one theme in the States of one regional group."""

    theme_id: str
    theme_label: str
    group: str
    counts: Mapping[str, int]
    states: int


@dataclass(frozen=True)
class Offer:
    state: StateRef
    commitment_id: str
    kinds: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Need:
    """One State's need on one measure, and who offers assistance that could meet it."""

    state: StateRef
    group: str
    commitment_id: str
    citation: str
    kinds: tuple[str, ...]
    description: str
    same_measure: tuple[StateRef, ...]
    same_theme: tuple[StateRef, ...]


@dataclass(frozen=True)
class AssistanceTally:
    """Needs and offers of one assistance kind (or on one theme): how many, and how many of
    the needs have an offer on the same measure, or on a measure of the same theme."""

    key: str
    label: str
    needs: int = 0
    states_needing: int = 0
    offers: int = 0
    states_offering: int = 0
    met_on_measure: int = 0
    met_on_theme: int = 0


@dataclass(frozen=True)
class Analysis:
    catalog_version: str
    states: tuple[StateRow, ...]
    measures: tuple[MeasureRow, ...]
    sections: tuple[ProgressRow, ...]
    """Counts of every State's answers on the measures of each document section."""
    regions: tuple[ProgressRow, ...]
    """Counts of every answer of the States of each regional group (key: the group id)."""
    theme_regions: tuple[ThemeRegionRow, ...]
    needs: tuple[Need, ...]
    offers: tuple[Offer, ...]
    kinds: tuple[AssistanceTally, ...]
    themes: tuple[AssistanceTally, ...]
    unknown_measures: Mapping[str, int] = field(default_factory=dict)
    """Commitment ids the workbooks have that this catalog does not, with how many States."""
    kind_terms: tuple[Term, ...] = ()
    """The catalog's assistance kinds (ids and labels), for printing the kinds of needs."""

    @property
    def cycles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(row.report.cycle for row in self.states))

    def weakest(self, count: int = 15) -> tuple[MeasureRow, ...]:
        """The measures fewest States implement, as a share of those that assessed them as
        applicable; ties: more "not implemented" first, then the catalog's order."""
        rated = [
            (share, -row.counts[Status.NOT_IMPLEMENTED], index, row)
            for index, row in enumerate(self.measures)
            if (share := row.implemented_share) is not None
        ]
        rated.sort(key=lambda item: item[:3])
        return tuple(item[3] for item in rated[:count])


def analyse(
    reports: Sequence[NationalReport],
    catalog: Catalog,
    groups: Mapping[str, str | None],
    group_order: Sequence[str],
) -> Analysis:
    """Count ``reports`` (one per State and cycle) over the measures of ``catalog``.

    ``groups`` maps an ISO code to its regional group id (None or missing: :data:`NO_GROUP`);
    ``group_order`` is the order regions are listed in.
    """
    measures = catalog.measures
    by_measure = {c.id: empty_counts() for c in measures}
    by_section = {c.section_key: empty_counts() for c in measures}
    by_region: dict[str, dict[str, int]] = {}
    by_theme_region: dict[tuple[str, str], dict[str, int]] = {}
    theme_states: dict[tuple[str, str], int] = defaultdict(int)
    unknown: dict[str, int] = defaultdict(int)
    known = {c.id for c in measures}
    plan = [(c.id, by_measure[c.id], by_section[c.section_key], c.themes) for c in measures]
    rows: list[StateRow] = []
    for report in reports:  # the hot loop: 193 States x 221 measures, kept flat
        group = groups.get(report.iso.upper()) or NO_GROUP
        state_counts = empty_counts()
        region = by_region.setdefault(group, empty_counts())
        themes: dict[str, dict[str, int]] = {}
        answers = report.answers
        for commitment_id, measure_counts, section_counts, measure_themes in plan:
            answer = answers.get(commitment_id)
            if answer is None:
                continue
            key = answer.status or NOT_ASSESSED
            measure_counts[key] += 1
            section_counts[key] += 1
            state_counts[key] += 1
            for theme in measure_themes:
                counts = themes.get(theme)
                if counts is None:
                    counts = themes[theme] = empty_counts()
                counts[key] += 1
        for key, count in state_counts.items():
            region[key] += count
        for theme, counts in themes.items():
            total = by_theme_region.setdefault((theme, group), empty_counts())
            for key, count in counts.items():
                total[key] += count
            theme_states[(theme, group)] += 1
        for commitment_id in answers.keys() - known:
            unknown[commitment_id] += 1
        rows.append(StateRow(report, group, state_counts))
    by_section = {key: counts for key, counts in by_section.items() if sum(counts.values())}
    rows.sort(key=lambda row: (" ".join(row.report.state.split()).casefold(), row.report.cycle))
    order = [g for g in group_order if g in by_region] + sorted(
        g for g in by_region if g not in group_order
    )
    assistance = _Assistance(reports, catalog, groups)
    return Analysis(
        catalog.version,
        tuple(rows),
        tuple(MeasureRow(c.id, c.label, by_measure[c.id], c) for c in measures),
        _section_rows(catalog, by_section),
        tuple(_progress(g, g, by_region[g]) for g in order),
        tuple(
            ThemeRegionRow(t.id, t.label, g, by_theme_region[(t.id, g)], theme_states[(t.id, g)])
            for t in catalog.themes
            for g in order
            if (t.id, g) in by_theme_region
        ),
        assistance.needs,
        assistance.offers,
        assistance.kind_tallies(),
        assistance.theme_tallies(),
        dict(sorted(unknown.items())),
        catalog.assistance_kinds,
    )


def _progress(key: str, label: str, counts: Mapping[str, int]) -> ProgressRow:
    return ProgressRow(key, label, sum(counts.values()), dict(counts))


def _section_rows(
    catalog: Catalog, counts: Mapping[str, Mapping[str, int]]
) -> tuple[ProgressRow, ...]:
    """One row per document section that has measures, labelled as the progress chart is."""
    rows = []
    for document in catalog.documents:
        for section in document.sections:
            if section.key in counts:
                rows.append(
                    _progress(section.key, section_code(document, section), counts[section.key])
                )
    return tuple(rows)


class _Assistance:
    """Needs paired with offers through indexes by measure and theme, kind by kind, so the
    pairing costs a few set unions per need whatever the number of States."""

    def __init__(
        self, reports: Sequence[NationalReport], catalog: Catalog, groups: Mapping[str, str | None]
    ) -> None:
        self.catalog = catalog
        self.kind_ids = tuple(k.id for k in catalog.assistance_kinds)
        measures: dict[str, Commitment] = {c.id: c for c in catalog.measures}
        self.measures = measures
        # States as numbers in the order of their names: sets of ints are cheap to join.
        people = sorted({StateRef(r.state, r.iso) for r in reports}, key=_name_key)
        number = {ref: index for index, ref in enumerate(people)}
        on_measure: dict[tuple[str, str], set[int]] = defaultdict(set)
        on_theme: dict[tuple[str, str], set[int]] = defaultdict(set)
        offers: list[Offer] = []
        wanted: list[tuple[NationalReport, int, Commitment, MeasureAnswer]] = []
        for report in reports:
            ref = StateRef(report.state, report.iso)
            who = number[ref]
            for commitment in measures.values():
                answer = report.answers.get(commitment.id)
                if answer is None:
                    continue
                if answer.assistance_offered.strip():
                    offered = answer.assistance_offered
                    offers.append(Offer(ref, commitment.id, answer.offered_kinds, offered))
                    for kind in answer.offered_kinds or (ANY_KIND,):
                        on_measure[(commitment.id, kind)].add(who)
                        for theme in commitment.themes:
                            on_theme[(theme, kind)].add(who)
                if answer.assistance_needed:
                    wanted.append((report, who, commitment, answer))
        self.offers = tuple(offers)
        needs = []
        for report, who, commitment, answer in wanted:
            kinds = answer.assistance_kinds or self.kind_ids  # no kind said: any
            looked = (*kinds, ANY_KIND)
            same: set[int] = set().union(*(on_measure.get((commitment.id, k), ()) for k in looked))
            themed: set[int] = set().union(
                *(on_theme.get((t, k), ()) for t in commitment.themes for k in looked)
            )
            same.discard(who)
            themed -= same
            themed.discard(who)
            needs.append(
                Need(
                    people[who],
                    groups.get(report.iso.upper()) or NO_GROUP,
                    commitment.id,
                    commitment.label,
                    answer.assistance_kinds,
                    answer.assistance_description,
                    tuple(map(people.__getitem__, sorted(same))),
                    tuple(map(people.__getitem__, sorted(themed))),
                )
            )
        rank = {ref: index for index, ref in enumerate(people)}
        needs.sort(key=lambda n: rank[n.state])
        self.needs = tuple(needs)

    def kind_tallies(self) -> tuple[AssistanceTally, ...]:
        """One tally per assistance kind, and one for needs and offers that name none."""
        labels = {k.id: k.label for k in self.catalog.assistance_kinds}
        rows = []
        for kind in (*self.kind_ids, ANY_KIND):
            needs = [n for n in self.needs if (kind in n.kinds) or (not kind and not n.kinds)]
            offers = [o for o in self.offers if (kind in o.kinds) or (not kind and not o.kinds)]
            rows.append(_tally(kind, labels.get(kind, ""), needs, offers))
        return tuple(rows)

    def theme_tallies(self) -> tuple[AssistanceTally, ...]:
        """One tally per theme with a need or an offer on its measures, most needs first."""
        needs: dict[str, list[Need]] = defaultdict(list)
        offers: dict[str, list[Offer]] = defaultdict(list)
        for need in self.needs:
            for theme_id in self.measures[need.commitment_id].themes:
                needs[theme_id].append(need)
        for offer in self.offers:
            for theme_id in self.measures[offer.commitment_id].themes:
                offers[theme_id].append(offer)
        rows = [
            _tally(theme.id, theme.label, needs[theme.id], offers[theme.id])
            for theme in self.catalog.themes
            if needs[theme.id] or offers[theme.id]
        ]
        return tuple(sorted(rows, key=lambda r: (-r.needs, -r.offers)))


def _tally(key: str, label: str, needs: Sequence[Need], offers: Sequence[Offer]) -> AssistanceTally:
    return AssistanceTally(
        key,
        label,
        needs=len(needs),
        states_needing=len({n.state for n in needs}),
        offers=len(offers),
        states_offering=len({o.state for o in offers}),
        met_on_measure=sum(1 for n in needs if n.same_measure),
        met_on_theme=sum(1 for n in needs if n.same_measure or n.same_theme),
    )


def _name_key(state: StateRef) -> tuple[str, str]:
    return " ".join(state.name.split()).casefold(), state.iso
