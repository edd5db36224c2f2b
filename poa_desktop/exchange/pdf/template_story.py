"""The body of the report in the order of UNODA's national report template (``--order
template``): one chapter, a part per template section, each measure with its citation, so a focal
point copies the answers into UNODA's online form section by section.

The sections and the place of each measure are catalog data
(:mod:`poa_desktop.catalog.template`); the measure blocks are the same as in the documents' order.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from poa_desktop.catalog.template import template_sections
from poa_desktop.domain.report import ReportData
from poa_desktop.exchange.language import say, term
from poa_desktop.exchange.pdf.flowables import part_heading
from poa_desktop.exchange.pdf.fonts import fill
from poa_desktop.exchange.pdf.story import StoryOptions, Tick, measure_block, para, shown


def template_story(
    data: ReportData, number: int, options: StoryOptions, tick: Tick
) -> list[Flowable]:
    """Chapter ``number``: the measures under the template's sections."""
    title = f"{number}. {say('The measures in the order of UNODA’s reporting template')}"
    story: list[Flowable] = [
        part_heading(title, "template", 0),
        para(
            fill(
                say(
                    "Each measure of the outcome documents is placed under one section of the "
                    "template, with its citation; the answers are those of the rest of the report."
                )
            ),
            "Note",
        ),
        Spacer(1, 6),
    ]
    for index, section in enumerate(template_sections(data.catalog), start=1):
        commitments = [data.catalog.get(cid) for cid in section.measures]
        visible = [c for c in commitments if shown(data.answer(c.id), options)]
        label = f"{number}.{index}. {term(section.label)}"
        story.append(part_heading(label, f"template-{section.id}", 1, in_contents=True))
        if not visible:
            story.append(para(fill(say("No measure of this section is shown.")), "Body"))
            continue
        for commitment in visible:
            story += measure_block(data, commitment, options)
            tick()
    return story
