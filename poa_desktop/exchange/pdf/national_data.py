"""Chapter 2, National data: the report fields (coordination body, points of contact, action
plan, SDG 16.4.2, tracing, surplus, diversion) printed once, each group with the commitments it
concerns; the measures refer to it instead of repeating the same table under each of them.

A group's ``sum_lte`` rule between counts ("traced" within "seized, found or surrendered") is
also a proportion a reader wants: it is computed here, as SDG indicator 16.4.2 defines it, from
the figures the save already checked against that rule.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Spacer

from poa_desktop.catalog.validation import format_value
from poa_desktop.domain.catalog import FieldDefinition, FieldGroup
from poa_desktop.domain.content import LAW_AREAS, Law
from poa_desktop.domain.report import ReportData
from poa_desktop.exchange.language import say, term
from poa_desktop.exchange.pdf.annexes import citations
from poa_desktop.exchange.pdf.flowables import part_heading
from poa_desktop.exchange.pdf.fonts import fill, markup
from poa_desktop.exchange.pdf.story import (
    field_value_text,
    groups_with_values,
    law_markup,
    para,
)
from poa_desktop.exchange.pdf.styles import TEXT_WIDTH, cell, data_table


def proportions(data: ReportData, group: FieldGroup) -> list[tuple[FieldDefinition, int, int]]:
    """(definition of the part, part, whole) for each ``sum_lte`` rule between counts with
    values."""
    found = []
    definitions = {f.id: f for f in group.fields}
    for rule in group.rules:
        if rule.kind != "sum_lte" or len(rule.left) != 1:
            continue
        ids = (*rule.left, *rule.right)
        if any(definitions[i].type != "integer" for i in ids if i in definitions):
            continue
        values = [data.field_values.get(i) for i in ids]
        counts = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
        if len(counts) != len(values):
            continue
        part, whole = counts[0], sum(counts[1:])
        if whole > 0:
            found.append((definitions[rule.left[0]], part, whole))
    return found


def _group_story(data: ReportData, group: FieldGroup, number: str) -> list[Flowable]:
    story: list[Flowable] = [part_heading(f"{number}. {term(group.label)}", f"data-{group.id}", 1)]
    # Figures align right, as in any table of numbers; names, addresses and accounts read left.
    rows = [
        [
            cell(markup(term(definition.label))),
            cell(
                markup(field_value_text(definition, value)),
                "Cell" if definition.type in ("text", "email", "phone") else "CellRight",
            ),
        ]
        for definition in group.fields
        if (value := data.field_values.get(definition.id)) is not None
    ]
    for definition, part, whole in proportions(data, group):
        share = f"{100 * part / whole:.1f} %"
        plain = replace(definition, unit="")  # "1 310", as the values above print
        counts = (markup(format_value(plain, part)), markup(format_value(plain, whole)))
        rows.append(
            [
                cell("<b>" + fill(say("Proportion: %1"), markup(term(definition.label))) + "</b>"),
                cell(fill(say("%1 of %2 (%3)"), *counts, share), "CellRight"),
            ]
        )
    story.append(
        data_table(
            [fill(say("Figure")), fill(say("Value"))],
            rows,
            [TEXT_WIDTH * 0.6, TEXT_WIDTH * 0.4],
            right_from=1,
        )
    )
    cited = [data.catalog.get(cid).label for cid in group.commitments if cid in data.catalog]
    story.append(para(fill(say("Concerns %1."), markup(citations(cited))), "Note"))
    story.append(Spacer(1, 0.3 * cm))
    return story


def laws_by_area(data: ReportData) -> dict[str, list[tuple[Law, list[str]]]]:
    """The laws cited with an area, by area in :data:`LAW_AREAS` order, each law once with the
    citations of the measures that cite it."""
    found: dict[str, dict[tuple[str, str, int], tuple[Law, list[str]]]] = {}
    for commitment in data.measures():
        record = data.answer(commitment.id)
        for law in record.content.laws if record is not None else ():
            if law.area not in LAW_AREAS:
                continue
            key = (law.title_original.casefold(), law.title_english.casefold(), law.year or 0)
            entry = found.setdefault(law.area, {}).setdefault(key, (law, []))
            if commitment.label not in entry[1]:
                entry[1].append(commitment.label)
    return {area: list(found[area].values()) for area in LAW_AREAS if area in found}


def _laws_story(
    laws_by_area: dict[str, list[tuple[Law, list[str]]]], number: str
) -> list[Flowable]:
    story: list[Flowable] = [part_heading(f"{number}. {say('Laws by area')}", "data-laws", 1)]
    rows = [
        [
            cell(markup(term(LAW_AREAS[area]))),
            cell(law_markup(replace(law, area=""))),
            cell(markup(citations(labels)), "Caption"),
        ]
        for area, laws in laws_by_area.items()
        for law, labels in laws
    ]
    widths = [3.6 * cm, TEXT_WIDTH - 3.6 * cm - 4.2 * cm, 4.2 * cm]
    header = [fill(say("Area")), fill(say("Law or regulation")), fill(say("Cited under"))]
    story += [data_table(header, rows, widths), Spacer(1, 0.3 * cm)]
    return story


def national_data(data: ReportData, number: int = 2) -> list[Flowable]:
    """The chapter; when nothing was entered it says so in one line."""
    story: list[Flowable] = [
        part_heading(f"{number}. {say('National data')}", "national-data", 0),
        para(
            fill(
                say(
                    "Figures and facts the State reports once for the whole report; each "
                    "measure they concern refers here."
                )
            ),
            "BodySpaced",
        ),
    ]  # fmt: skip
    groups = groups_with_values(data)
    laws = laws_by_area(data)
    if not groups and not laws:
        story.append(para(fill(say("No national data has been entered.")), "Body"))
    for index, group in enumerate(groups, start=1):
        story += _group_story(data, group, f"{number}.{index}")
    if laws:
        story += _laws_story(laws, f"{number}.{len(groups) + 1}")
    story.append(PageBreak())
    return story
