"""Annexes: A. assistance needed and offered, B. laws and regulations cited, C. contacts,
D. items open at clearance (only when the assessment was cleared with checklist items open) and
E. what changed since an earlier cycle (when asked); F, the evidence files, is in
:mod:`poa_desktop.exchange.pdf.evidence_annex`.

Annexes are where a donor, a reviewer or UNODA looks things up, so each is one table (or two)
sorted for lookup, with headers that repeat on every page.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Spacer

from poa_desktop.catalog import Commitment
from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.report import ReportData
from poa_desktop.domain.status import status_label
from poa_desktop.domain.text import arg
from poa_desktop.exchange.language import say, say_count, term
from poa_desktop.exchange.pdf.flowables import long_date, part_heading
from poa_desktop.exchange.pdf.fonts import clean, fill, markup
from poa_desktop.exchange.pdf.story import kinds_text, law_markup, para, shorten, text_cell
from poa_desktop.exchange.pdf.styles import TEXT_WIDTH, cell, data_table, key_value_table


def _answered(data: ReportData) -> list[tuple[Commitment, AnswerContent]]:
    return [(c, r.content) for c in data.measures() if (r := data.answer(c.id)) is not None]


def _commitment_cell(commitment: Commitment) -> list[Flowable]:
    return [
        cell(f"<b>{markup(commitment.label)}</b>"),
        cell(markup(shorten(commitment.first_sentence, 150)), "Caption"),
    ]


def annex_assistance(data: ReportData) -> list[Flowable]:
    answered = _answered(data)
    needed = [(c, a) for c, a in answered if a.assistance_needed]
    offered = [(c, a) for c, a in answered if a.assistance_offered.strip()]
    story: list[Flowable] = [
        part_heading(say("Annex A. Assistance needed and offered"), "annex-a", 0),
        part_heading(say("A.1 Assistance needed"), "annex-a1", 1),
    ]
    if needed:
        rows = []
        for c, a in needed:
            target = text_cell(a.national_target) if a.national_target.strip() else []
            if a.target_date:
                when = markup(long_date(a.target_date))
                target.append(cell(f"<i>{fill(say('By %1'), when)}</i>"))
            rows.append(
                [
                    _commitment_cell(c),
                    cell(markup(kinds_text(data, a.assistance_kinds)) or "\u2013"),
                    text_cell(a.assistance_description),
                    target or cell("\u2013"),
                ]
            )
        widths = [5.0 * cm, 2.4 * cm, 5.6 * cm, TEXT_WIDTH - 13.0 * cm]
        story.append(
            data_table(
                [
                    fill(say("Commitment")),
                    fill(say("Kinds")),
                    fill(say("Assistance needed")),
                    fill(say("National target")),
                ],
                rows,
                widths,
            )
        )
    else:
        story.append(para(fill(say("No assistance needs are recorded.")), "Body"))
    story += [Spacer(1, 8), part_heading(say("A.2 Assistance offered"), "annex-a2", 1)]
    if offered:
        rows = [[_commitment_cell(c), text_cell(a.assistance_offered)] for c, a in offered]
        story.append(
            data_table(
                [fill(say("Commitment")), fill(say("Assistance offered"))],
                rows,
                [5.6 * cm, TEXT_WIDTH - 5.6 * cm],
            )
        )
    else:
        story.append(para(fill(say("No offers of assistance are recorded.")), "Body"))
    return [*story, PageBreak()]


def _law_key(law: Law) -> tuple[str, str, int]:
    return (
        " ".join(clean(law.title_original).casefold().split()),
        " ".join(clean(law.title_english).casefold().split()),
        law.year or 0,
    )


def citations(labels: list[str]) -> str:
    """'BMS8 paras. 21, 23; RevCon3 II.1, II.4': labels grouped by document, in catalog order."""
    groups: dict[str, list[str]] = {}
    for label in labels:
        document, _, rest = label.partition(" ")
        groups.setdefault(document, []).append(rest)
    parts = []
    for document, rests in groups.items():
        if all(r.startswith("para. ") for r in rests):
            numbers = ", ".join(r.removeprefix("para. ") for r in rests)
            parts.append(f"{document} {'paras.' if len(rests) > 1 else 'para.'} {numbers}")
        else:
            parts.append(f"{document} {', '.join(rests)}")
    return "; ".join(parts)


def annex_laws(data: ReportData) -> list[Flowable]:
    laws: dict[tuple[str, str, int], tuple[Law, list[str]]] = {}
    for commitment, content in _answered(data):
        for law in content.laws:
            entry = laws.setdefault(_law_key(law), (law, []))
            if commitment.label not in entry[1]:
                entry[1].append(commitment.label)
    story: list[Flowable] = [part_heading(say("Annex B. Laws and regulations cited"), "annex-b", 0)]
    if not laws:
        none = para(fill(say("No laws or regulations are cited.")), "Body")
        return [*story, none, PageBreak()]
    story.append(
        para(
            fill(
                say_count(
                    len(laws),
                    "%n law or regulation is cited in the answers, listed with the commitments "
                    "under which it is cited.|%n laws and regulations are cited in the answers, "
                    "each listed once with the commitments under which it is cited.",
                )
            ),
            "BodySpaced",
        )
    )
    rows = [
        [cell(law_markup(law)), cell(markup(citations(labels)))]
        for _, (law, labels) in sorted(laws.items())
    ]
    story.append(
        data_table(
            [fill(say("Law or regulation")), fill(say("Cited under"))],
            rows,
            [TEXT_WIDTH - 6.4 * cm, 6.4 * cm],
        )
    )
    return [*story, PageBreak()]


def annex_contacts(data: ReportData) -> list[Flowable]:
    focal = data.focal_point
    story: list[Flowable] = [
        part_heading(say("Annex C. Contacts"), "annex-c", 0),
        part_heading(say("C.1 National focal point"), "annex-c1", 1),
    ]
    pairs = (
        (say("Name"), focal.name),
        (say("Title"), focal.title),
        (say("Email"), focal.email),
        (say("Telephone"), focal.phone),
    )
    story.append(
        key_value_table([(fill(label), markup(value) or "\u2013") for label, value in pairs])
    )
    story += [Spacer(1, 8), part_heading(say("C.2 Contributing agencies"), "annex-c2", 1)]
    if data.agencies:
        rows = [
            [
                cell(markup(a.name) + (f" ({markup(a.short_name)})" if a.short_name else "")),
                cell(markup(a.contact_person) or "\u2013"),
                cell(markup(a.email) or "\u2013"),
                cell(markup(a.phone) or "\u2013"),
            ]
            for a in data.agencies
        ]
        story.append(
            data_table(
                [
                    fill(say("Agency")),
                    fill(say("Contact person")),
                    fill(say("Email")),
                    fill(say("Telephone")),
                ],
                rows,
                [4.3 * cm, 3.3 * cm, 6.2 * cm, TEXT_WIDTH - 13.8 * cm],
            )
        )
    else:
        story.append(para(fill(say("No agencies are recorded.")), "Body"))
    story += [Spacer(1, 8), part_heading(say("C.3 Other contacts"), "annex-c3", 1)]
    if data.contacts:
        rows = []
        for c in data.contacts:
            role = markup(c.role)
            if c.agency and clean(c.agency) not in clean(c.role):
                role = f"{role}, {markup(c.agency)}" if role else markup(c.agency)
            rows.append(
                [
                    cell(markup(c.name)),
                    cell(role or "\u2013"),
                    cell(markup(c.email) or "\u2013"),
                    cell(markup(c.phone) or "\u2013"),
                ]
            )
        story.append(
            data_table(
                [
                    fill(say("Name")),
                    fill(say("Role")),
                    fill(say("Email")),
                    fill(say("Telephone")),
                ],
                rows,
                [3.4 * cm, 4.2 * cm, 6.2 * cm, TEXT_WIDTH - 13.8 * cm],
            )
        )
    else:
        story.append(para(fill(say("No other contacts are recorded.")), "Body"))
    return story


def annex_open_items(data: ReportData) -> list[Flowable]:
    """Annex D, only when the clearing authority cleared with checklist items still open."""
    if not data.open_items:
        return []
    who = markup(data.cleared_by) if data.cleared_by else ""
    when = markup(long_date(data.cleared_on.date())) if data.cleared_on else ""
    if who and when:
        sentence = fill(say("The report was cleared by %1 on %2."), who, when)
    elif who:
        sentence = fill(say("The report was cleared by %1."), who)
    elif when:
        sentence = fill(say("The report was cleared on %1."), when)
    else:
        sentence = fill(say("The report was cleared."))
    sentence += " " + fill(
        say_count(
            len(data.open_items),
            "%n item of the clearance checklist was still open; it is listed here as recorded "
            "at clearance.|%n items of the clearance checklist were still open; they are listed "
            "here as recorded at clearance.",
        )
    )
    story: list[Flowable] = [
        PageBreak(),
        part_heading(say("Annex D. Items open at clearance"), "annex-d", 0),
        para(sentence, "BodySpaced"),
    ]
    rows = [
        [cell(str(number)), cell(markup(message))]
        for number, message in enumerate(data.open_items, start=1)
    ]
    header = [fill(say("No.")), fill(say("Open item"))]
    story.append(data_table(header, rows, [1.2 * cm, TEXT_WIDTH - 1.2 * cm]))
    return story


def annex_changes(data: ReportData) -> list[Flowable]:
    """Annex E, when asked for: the answers whose status or text changed since a cycle."""
    changes = data.changes
    if changes is None:
        return []
    story: list[Flowable] = [
        PageBreak(),
        part_heading(
            arg(say("Annex E. What changed since %1"), changes.earlier_cycle), "annex-e", 0
        ),
        para(
            fill(
                say_count(
                    len(changes),
                    "%n measure whose status or text differs between the %1 and %2 "
                    "assessments.|%n measures whose status or text differ between the %1 and %2 "
                    "assessments.",
                ),
                markup(changes.earlier_cycle),
                markup(changes.later_cycle),
            ),
            "BodySpaced",
        ),
    ]
    if not changes:
        return story

    # Before and now in their own columns: the bundled fonts have no arrow glyph.
    rows = [
        [
            cell(markup(change.label)),
            cell(markup(term(status_label(change.old_status)))),
            cell(markup(term(status_label(change.new_status)))),
            cell(markup(", ".join(term(label) for label in change.field_labels))),
        ]
        for change in changes
    ]
    widths = [3.0 * cm, 3.2 * cm, 3.2 * cm, TEXT_WIDTH - 9.4 * cm]
    header = [
        fill(say("Commitment")),
        fill(say("Status before")),
        fill(say("Status now")),
        fill(say("What changed")),
    ]
    story.append(data_table(header, rows, widths))
    return story
