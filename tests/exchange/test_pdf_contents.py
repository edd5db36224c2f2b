"""The contents page is drawn after one layout pass (issue 18): the same pages as two passes.

reportlab's way to number a contents page is to lay the whole report out twice. The report is
laid out once and its contents drawn last, on their page; these tests compare that with
reportlab's own passes (``multiBuild``), page by page, for the demo report and for contents too
long for their page (which fall back to the passes).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, PageBreak

from poa_desktop.domain.report import ReportData
from poa_desktop.exchange.language import report_language
from poa_desktop.exchange.pdf.contents import Contents, contents
from poa_desktop.exchange.pdf.flowables import part_heading, shared_labels
from poa_desktop.exchange.pdf.report import (
    NumberedCanvas,
    PdfOptions,
    ReportTemplate,
    build_story,
)
from poa_desktop.exchange.pdf.story import para


def _texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def _both(
    data: ReportData, make_story: Callable[[], list[Flowable]]
) -> tuple[list[str], list[str]]:
    """The report laid out once (``lay_out``) and by reportlab's passes, as page texts."""
    outputs = []
    for once in (True, False):
        buffer = io.BytesIO()
        with report_language("en"), shared_labels():
            story = make_story()
            document = ReportTemplate(buffer, data, None)
            if once:
                document.lay_out(story)
            else:
                document.multiBuild(story, canvasmaker=NumberedCanvas)
        outputs.append(_texts(buffer.getvalue()))
    return outputs[0], outputs[1]


def test_the_demo_report_has_the_pages_of_two_passes(demo_report: ReportData) -> None:
    once, passes = _both(demo_report, lambda: build_story(demo_report, PdfOptions()))
    assert len(once) == len(passes) > 20
    assert once == passes  # the same page numbers in the contents, the same footers


def _long_contents() -> list[Flowable]:
    """Contents of 90 chapters, longer than a page: the numbers of what follows depend on
    how many pages the contents take."""
    story: list[Flowable] = [*contents()]
    for number in range(1, 91):
        story += [part_heading(f"{number}. Chapter {number}", f"chapter-{number}", 0)]
        story += [para(f"The text of chapter {number}. " * 12)]
        if number % 3 == 0:
            story.append(PageBreak())
    return story


def test_contents_longer_than_their_page_are_laid_out_again(
    demo_report: ReportData, monkeypatch: pytest.MonkeyPatch
) -> None:
    passes: list[int] = []
    multi_build = ReportTemplate.multiBuild

    def counted(self: ReportTemplate, *args: Any, **kwargs: Any) -> int:
        passes.append(multi_build(self, *args, **kwargs))
        return passes[-1]

    monkeypatch.setattr(ReportTemplate, "multiBuild", counted)
    once, reportlab = _both(demo_report, _long_contents)
    assert once == reportlab
    first = next(i for i, text in enumerate(once) if "1. Chapter 1\n" in text)
    last = next(i for i, text in enumerate(once) if "90. Chapter 90" in text)
    assert last > first  # the contents take more than their page, so the pages after move on
    assert len(passes) == 2  # the fallback's, and the comparison's


def test_the_contents_draw_nothing_until_the_pages_are_known(demo_report: ReportData) -> None:
    with report_language("en"):
        story = build_story(demo_report, PdfOptions())
    toc = next(f for f in story if isinstance(f, Contents))
    assert toc.draw_deferred(NumberedCanvas(io.BytesIO())) is False  # never placed
