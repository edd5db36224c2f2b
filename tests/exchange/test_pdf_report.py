"""The PDF report, read back with pypdf: content, fonts, watermark, page numbers, options.

The demo report is built once per module (draft and cleared); a small report with a few answers
covers the options, other scripts and markup characters in user text.
"""

from __future__ import annotations

import dataclasses
import io
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from poa_desktop.domain.content import AnswerContent, Law
from poa_desktop.domain.records import AnswerRecord
from poa_desktop.domain.report import ReportData
from poa_desktop.exchange.pdf.fonts import clean, collect_missing, markup
from poa_desktop.exchange.pdf.report import PdfOptions, write_pdf
from poa_desktop.services.answering.answers import save_answer
from poa_desktop.services.assessments.assessments import create_assessment
from poa_desktop.services.assessments.profiles import add_agency, load_profile
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import open_workspace
from tests.catalogs import catalog_1_0

CHINESE = "公安部"
ARABIC = "وزارة الخارجية"
MARKUP_TEXT = "Seizures < 5 & rising > 2; <b>not bold</b> &amp; done"
ANSWERED = ("BMS8-21", "BMS8-29", "BMS8-61", "RC3-II-1")
LONG = "BMS8-60"  # two sentences: a measure in catalog 1.0.0 (procedural since 1.1.0)
UNANSWERED = "RC3-II-2"


def render(data: ReportData, options: PdfOptions | None = None) -> PdfReader:
    buffer = io.BytesIO()
    write_pdf(data, buffer, options or PdfOptions())
    return PdfReader(io.BytesIO(buffer.getvalue()))


def page_texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def page_fonts(page: Any) -> dict[str, Any]:
    fonts = page["/Resources"].get("/Font", {})
    return {str(f.get_object()["/BaseFont"]): f.get_object() for f in fonts.values()}


@pytest.fixture(scope="module")
def draft(demo_report: ReportData) -> tuple[PdfReader, list[str]]:
    reader = render(demo_report)
    return reader, page_texts(reader)


@pytest.fixture(scope="module")
def cleared(demo_report: ReportData) -> list[str]:
    data = dataclasses.replace(demo_report, status="cleared", cleared_by="Ambassador Ana Ruiz")
    return page_texts(render(data))


@pytest.fixture(scope="module")
def small_report(tmp_path_factory: pytest.TempPathFactory) -> ReportData:
    """Four answered measures, agencies named in Chinese and Arabic, markup in user text."""
    path = tmp_path_factory.mktemp("small") / "small.sqlite"
    with open_workspace(path) as ws:
        info = create_assessment(ws, state="Exampleland", iso_code="XEX", cycle="BMS9 2026")
        with ws.db.session() as session, session.begin():
            profile = load_profile(session)
            assert profile is not None
            add_agency(session, profile, CHINESE)
            add_agency(session, profile, ARABIC)
        contents = {
            "BMS8-21": AnswerContent(
                status="implemented",
                measures_taken=MARKUP_TEXT,
                agencies=(CHINESE, ARABIC),
                laws=(Law("Loi n° 1 <révisée> & complétée", "Act No. 1", 2020),),
            ),
            "BMS8-29": AnswerContent(
                status="developing",
                challenges="Two lines\nof challenges",
                assistance_needed=True,
                assistance_kinds=("training",),
                assistance_description="Training for 20 officers.",
            ),
            "BMS8-61": AnswerContent(status="implemented"),
            "RC3-II-1": AnswerContent(status="not_applicable", measures_taken="Not relevant."),
        }
        for commitment_id, content in contents.items():
            save_answer(ws, info.id, commitment_id, content, author="test")
        return build_report_data(ws)


@pytest.fixture(scope="module")
def small_answered_only(small_report: ReportData) -> list[str]:
    return page_texts(render(small_report, PdfOptions(include_unanswered=False)))


def test_every_measure_label_appears(demo_report: ReportData, draft: tuple[Any, list[str]]) -> None:
    text = "\n".join(draft[1])
    missing = [
        c.label
        for c in demo_report.measures()
        if not re.search(re.escape(c.label) + r"(?![\d.])", text)
    ]
    assert missing == []


def test_cover_has_title_state_cycle_and_focal_point(
    demo_report: ReportData, draft: tuple[Any, list[str]]
) -> None:
    cover = flat(draft[1][0])
    assert (
        f"National report of {demo_report.state} on the implementation of the Programme of "
        "Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light "
        "Weapons in All Its Aspects and the International Tracing Instrument"
    ) in cover
    assert demo_report.cycle in cover
    assert demo_report.focal_point.name in cover
    assert demo_report.focal_point.email in cover
    assert re.search(r"\d{1,2} [A-Z][a-z]+ \d{4}", cover)


def test_fonts_are_embedded_noto_subsets(draft: tuple[PdfReader, list[str]]) -> None:
    reader = draft[0]
    names: set[str] = set()
    for page in reader.pages:
        for name, font in page_fonts(page).items():
            names.add(name)
            assert "/FontFile2" in font["/FontDescriptor"], f"{name} is not embedded"
    assert any("NotoSans-Regular" in n for n in names)
    assert any("NotoSerif-Regular" in n for n in names)
    assert all("+" in n for n in names), "every font is a subset"


def _translucent(page: Any) -> bool:
    """Whether the page paints something at 35 % opacity: the watermark's graphics state."""
    states = page["/Resources"].get("/ExtGState", {})
    return any(float(state.get_object().get("/ca", 1)) == 0.35 for state in states.values())


def test_draft_watermark_on_every_page_but_not_in_the_text(
    draft: tuple[Any, list[str]],
) -> None:
    """Issue 16: the watermark is drawn as shapes, so copied or extracted text never holds
    "DRAFT" between two sentences; the footer still says the report is a draft."""
    reader, texts = draft
    assert all(_translucent(page) for page in reader.pages)
    assert not any("DRAFT" in text for text in texts)
    assert all("Draft, not cleared" in text for text in texts[1:])


def test_cleared_report_has_no_watermark_and_says_who_cleared(cleared: list[str]) -> None:
    assert not any("DRAFT" in text or "Draft, not cleared" in text for text in cleared)
    assert "Cleared by Ambassador Ana Ruiz" in flat(cleared[0])


def test_footers_count_pages(draft: tuple[Any, list[str]]) -> None:
    texts = draft[1]
    total = len(texts)
    assert total > 20
    assert "Page 1 of" not in texts[0]  # the cover carries no footer
    for number, text in enumerate(texts[1:], start=2):
        assert f"Page {number} of {total}" in text


def test_contents_lists_parts_with_page_numbers(draft: tuple[Any, list[str]]) -> None:
    contents = flat(draft[1][1])
    assert "Contents" in contents
    for part in ("1. Summary", "Annex A.", "Annex B.", "Annex C."):
        assert re.search(re.escape(part) + r".*?\d+", contents), part


def test_summary_and_annexes(demo_report: ReportData, draft: tuple[Any, list[str]]) -> None:
    text = flat(" ".join(draft[1]))
    assert "Figure 1." in text and "Table 1." in text
    assert "Assistance needed" in text
    assert "Annex B. Laws and regulations cited" in text
    assert demo_report.agencies[1].contact_person in text


def test_writes_to_a_path(small_report: ReportData, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    write_pdf(small_report, target, PdfOptions(include_unanswered=False))
    assert target.read_bytes().startswith(b"%PDF")


def test_unanswered_measures_shown_or_left_out(
    small_report: ReportData, small_answered_only: list[str]
) -> None:
    label = small_report.catalog.get(UNANSWERED).label
    full = flat(" ".join(page_texts(render(small_report))))
    assert "Not yet assessed" in full
    assert re.search(re.escape(label) + r"(?![\d.])", full)
    answered_only = flat(" ".join(small_answered_only))
    assert not re.search(re.escape(label) + r"(?![\d.])", answered_only)
    for commitment_id in ANSWERED:
        assert small_report.catalog.get(commitment_id).label in answered_only


def test_first_sentence_mode_is_shorter(small_report: ReportData, tmp_path: Path) -> None:
    # No measure of the current catalog has a second sentence: the catalog as 1.0.0 had it does.
    answer = AnswerRecord(LONG, AnswerContent(status="implemented"), 1, "typed", "", "test", None)
    data = dataclasses.replace(
        small_report, catalog=catalog_1_0(tmp_path), answers={**small_report.answers, LONG: answer}
    )
    full = page_texts(render(data, PdfOptions(include_unanswered=False)))
    short = page_texts(render(data, PdfOptions(full_text=False, include_unanswered=False)))
    commitment = data.catalog.get(LONG)
    assert commitment.assessed and commitment.first_sentence != commitment.text
    tail = flat(commitment.text[len(commitment.first_sentence) :])[:40]
    assert tail in flat(" ".join(full))
    assert tail not in flat(" ".join(short))
    assert len(flat(" ".join(short))) < len(flat(" ".join(full)))


def test_chinese_and_arabic_names_use_fallback_fonts(small_answered_only: list[str]) -> None:
    text = " ".join(small_answered_only)
    assert CHINESE in text
    # Arabic is shaped (issue 15): it copies out as presentation forms, NFKC gives the letters
    letters = unicodedata.normalize("NFKC", text)
    assert all(ch in letters for ch in ARABIC.replace(" ", ""))


def test_fallback_fonts_are_embedded(small_report: ReportData) -> None:
    state = dataclasses.replace(small_report, state="中华人民共和国")
    reader = render(state, PdfOptions(include_unanswered=False))
    names = set()
    for page in reader.pages:
        for name, font in page_fonts(page).items():
            names.add(name)
            assert "/FontFile2" in font["/FontDescriptor"]
    assert any("DroidSansFallback" in n for n in names)
    assert any("NotoSansArabic" in n for n in names)
    assert "中华人民共和国" in reader.pages[0].extract_text()


def test_markup_characters_in_user_text_print_as_typed(small_answered_only: list[str]) -> None:
    text = flat(" ".join(small_answered_only))
    assert flat(MARKUP_TEXT) in text
    assert "Loi n° 1 <révisée> & complétée" in text


def test_progress_reports_fractions_and_can_cancel(
    small_report: ReportData, tmp_path: Path
) -> None:
    seen: list[float] = []
    write_pdf(small_report, io.BytesIO(), PdfOptions(include_unanswered=False), seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)

    class Cancelled(Exception):
        pass

    def cancel(fraction: float) -> None:
        if fraction > 0.2:
            raise Cancelled

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        write_pdf(small_report, target, PdfOptions(), cancel)
    assert not target.exists()


def test_markup_helper_escapes_and_normalises() -> None:
    assert markup("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert markup(CHINESE) == f'<font name="DroidSansFallback">{CHINESE}</font>'
    assert markup(ARABIC) == f'<font name="NotoSansArabic">{ARABIC}</font>'
    assert clean("e\u0301") == "\u00e9"  # combining accent composed
    assert clean("ﬁle") == "ﬁle"  # issue 13: no compatibility folding of what was typed
    assert clean("1\u202f204") == "1\u00a0204"  # no-break space kept


@pytest.mark.parametrize("typed", ["10²", "km²", "H₂O", "½", "ﬁle", "3⁄4"])
def test_the_pdf_prints_what_was_typed(typed: str) -> None:
    """NFC only: 10² stays 10², never 102 (issue 13, finding 8)."""
    with collect_missing() as missing:
        assert markup(typed) == typed
    assert missing == set()


def test_a_character_no_bundled_font_has_is_marked_and_listed() -> None:
    with collect_missing() as missing:
        text = markup("Shalom שלום here")
    assert "\ufffd" in text and "here" in text and "ש" not in text
    assert missing == set("שלום")


def test_each_status_shows_the_template_s_answer_beside_it(
    draft: tuple[Any, list[str]],
) -> None:
    """Issue 16: UNODA's template answers Yes / No / Developing / Not applicable."""
    text = flat(" ".join(draft[1]))
    assert "Implemented (Yes)" in text and "Not implemented (No)" in text
    assert "Developing (" not in text and "Not applicable (" not in text


def test_the_cover_names_the_reporting_period(demo_report: ReportData) -> None:
    dated = dataclasses.replace(
        demo_report, period_start=date(2024, 7, 1), period_end=date(2026, 6, 30)
    )
    cover = flat(page_texts(render(dated))[0])
    assert "Reporting period" in cover and "1 July 2024 – 30 June 2026" in cover
    undated = flat(page_texts(render(demo_report))[0])
    assert "Reporting period Not stated" in undated


def test_national_data_is_printed_once_and_the_measures_refer_to_it(
    demo_report: ReportData, draft: tuple[Any, list[str]]
) -> None:
    """Issue 16: the 16.4.2 figures once (they were under four measures), the proportion
    computed as the indicator defines it, each measure pointing to the chapter."""
    text = flat(" ".join(draft[1]))
    assert text.count("2. National data") == 2  # the contents, then the chapter
    assert text.count("Arms surrendered") == 1
    values = demo_report.field_values
    seized, found = values["sdg1642.seized"], values["sdg1642.found"]
    surrendered, traced = values["sdg1642.surrendered"], values["sdg1642.traced"]
    assert isinstance(traced, int) and isinstance(seized, int)
    whole = seized + found + surrendered  # type: ignore[operator]
    share = f"({100 * traced / whole:.1f} %)"
    assert text.count(share) == 1
    group = next(g for g in demo_report.catalog.field_groups if g.id == "sdg-16-4-2")
    assert text.count("See National data: 2.1 SDG indicator 16.4.2") == len(
        [c for c in group.commitments if c in {m.id for m in demo_report.measures()}]
    )


def test_laws_are_listed_by_area_in_the_national_data(draft: tuple[Any, list[str]]) -> None:
    """Issue 16: UNODA's template asks laws by area, with what each provides."""
    text = flat(" ".join(draft[1]))
    assert "Laws by area" in text
    section = text[text.index("Laws by area", text.index("2. National data", 2000)) :]
    assert "Export Loi n° 2016-14" in section
    assert "A licence for every export, import and transit" in section
