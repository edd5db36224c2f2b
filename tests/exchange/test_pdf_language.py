"""The PDF report in the six UN languages (issue 15), and Arabic printed as Arabic is written.

The report's own words come from the translations (``Texts``), dates from Babel; Arabic, in a
report of any language, is shaped (joined letters, which copy out of the PDF as Arabic
presentation forms) and laid out right to left. Order is checked with poppler's ``pdftotext`` in
its default mode, which rebuilds the reading order of each line from where the words stand on the
page: an Arabic phrase comes out in the order it was typed only when its words were laid out
right to left (``-raw`` gives the drawing order instead, left to right on the page).
"""

from __future__ import annotations

import ast
import dataclasses
import io
import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from babel.dates import format_date
from pypdf import PdfReader

from poa_desktop.domain.report import ReportData
from poa_desktop.exchange.language import report_language
from poa_desktop.exchange.pdf.flowables import DATE_LOCALES, long_date
from poa_desktop.exchange.pdf.fonts import clean
from poa_desktop.exchange.pdf.report import PdfOptions, write_pdf
from poa_desktop.translations import REPORT_LANGUAGES, Texts
from tools.translations import REPO, report_texts

STATE = "الجمهورية العربية المثالية"
NARRATIVE = "تعمل وزارة الخارجية مع الشرطة الوطنية على تنفيذ الخطة الوطنية"
MIXED = "Coordinated by وزارة الخارجية and the national police since 2021."
PHONE = "+999 20 555 0101"
ANSWER = "BMS8-21"
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
HEADINGS = (
    "Contents",
    "1. Summary",
    "Status of the measures",
    "Annex A. Assistance needed and offered",
    "Annex B. Laws and regulations cited",
    "Annex C. Contacts",
    "Reporting cycle",
    "National focal point",
)


def pdf_text(path: Path, *options: str, pages: tuple[int, int] | None = None) -> str:
    """``pdftotext`` output: reading order rebuilt (default) or drawing order (``-raw``)."""
    span = ["-f", str(pages[0]), "-l", str(pages[1])] if pages else []
    done = subprocess.run(
        ["pdftotext", *options, *span, str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def readable(text: str) -> str:
    """NFKC (presentation forms back to letters), without direction marks, on one line."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(MARKS).split())


def with_arabic(data: ReportData, *, repeat: int = 1) -> ReportData:
    """The demo with an Arabic State name and an answer written in Arabic."""
    record = data.answers[ANSWER]
    content = dataclasses.replace(
        record.content,
        measures_taken=" ".join([NARRATIVE] * repeat) + "\n\n" + MIXED,
        challenges=NARRATIVE,
    )
    answers = {**data.answers, ANSWER: dataclasses.replace(record, content=content)}
    return dataclasses.replace(data, state=STATE, state_names={}, answers=answers)


def write(data: ReportData, folder: Path, language: str, **options: bool) -> Path:
    target = folder / f"report-{language}.pdf"
    write_pdf(data, target, PdfOptions(language=language, **options))
    return target


@pytest.fixture(scope="module")
def arabic_report(demo_report: ReportData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(with_arabic(demo_report), tmp_path_factory.mktemp("ar"), "ar")


@pytest.fixture(scope="module")
def english_report(demo_report: ReportData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An English report with an Arabic answer long enough to run over a page."""
    data = with_arabic(demo_report, repeat=90)
    return write(data, tmp_path_factory.mktemp("en"), "en")


@pytest.fixture(scope="module")
def french_text(demo_report: ReportData, tmp_path_factory: pytest.TempPathFactory) -> str:
    return readable(pdf_text(write(demo_report, tmp_path_factory.mktemp("fr"), "fr")))


# (a) an Arabic report


def test_an_arabic_report_prints_arabic_in_the_order_it_was_typed(arabic_report: Path) -> None:
    text = readable(pdf_text(arabic_report))
    assert STATE in text
    assert NARRATIVE in text
    arabic = Texts("ar")
    assert arabic.term("Measures taken") in text  # the answer's field labels, translated
    # headings translated so far; those of Arabic words only (pdftotext rebuilds the order of
    # Arabic words, not of numbers and Latin letters among them: "1. ..." or "Annex A")
    translated = [arabic.report(h) for h in HEADINGS if arabic.report(h) != h]
    words_only = [h for h in translated if re.fullmatch("[\u0600-\u06ff ]+", h)]
    assert [h for h in words_only if h not in text] == []


def test_an_arabic_report_joins_the_letters(arabic_report: Path) -> None:
    raw = pdf_text(arabic_report, "-raw")
    assert PRESENTATION_FORMS.search(raw), "Arabic printed without shaping"
    assert STATE not in raw  # unshaped letters would copy out as typed


def test_an_arabic_report_is_mirrored(arabic_report: Path) -> None:
    """The page number in the footer's left corner, the State in the header's right corner; a
    telephone number (no letters) keeps its order."""
    words = pdf_words(arabic_report, page=3)
    middle = 595.0 / 2
    total = str(len(PdfReader(arabic_report).pages))
    footer = [w for w in words if w.y > 780 and w.text == total]
    assert footer and all(w.x_max < middle for w in footer)
    header = [w for w in words if w.y < 60 and w.logical == "الجمهورية"]
    assert header and all(w.x > middle for w in header)
    assert PHONE in readable(pdf_text(arabic_report))


# (b) Arabic in a report of another language


def test_an_english_report_shapes_an_arabic_answer(english_report: Path) -> None:
    raw = pdf_text(english_report, "-raw")
    text = readable(pdf_text(english_report))
    assert PRESENTATION_FORMS.search(raw)
    assert NARRATIVE in text
    assert "Coordinated by وزارة الخارجية" in text
    assert STATE in text


def test_an_arabic_answer_runs_right_to_left_over_a_page_break(english_report: Path) -> None:
    """Both parts of an Arabic paragraph split between pages are reordered right to left."""
    pages = [readable(pdf_text(english_report, pages=(n, n))) for n in range(5, 14)]
    assert sum(NARRATIVE in text for text in pages) >= 2
    assert "(cont.)" in " ".join(pages)


# (c) a French report


def test_a_french_report_prints_the_french_terms_and_dates(
    demo_report: ReportData, french_text: str
) -> None:
    french = Texts("fr")
    for term in ("Not applicable", "Measures taken", "Responsible agencies", "Challenges"):
        assert french.term(term) in french_text, term
    assert long_date(demo_report.generated_at.date(), "fr") in french_text
    assert "novembre" in long_date(date(2026, 11, 22), "fr")


def test_a_french_report_prints_the_french_report_texts(french_text: str) -> None:
    """Waits for the translators: the report's own words (context Report) in French."""
    french = Texts("fr")
    missing = [french.report(h) for h in HEADINGS if french.report(h) not in french_text]
    assert missing == []
    untranslated = [h for h in HEADINGS if french.report(h) == h]
    assert untranslated == [], "not yet translated in poa_desktop_fr.ts (context Report)"


@pytest.mark.parametrize("language", sorted(REPORT_LANGUAGES))
def test_every_language_writes_the_whole_report(demo_report: ReportData, language: str) -> None:
    """The demo in each language: its longer labels still lay out (a field label of two lines
    at the foot of a page once failed in Russian), cover date and footers in the language."""
    buffer = io.BytesIO()
    write_pdf(demo_report, buffer, PdfOptions(language=language))
    text = readable(_text_of(buffer.getvalue()))
    when = long_date(demo_report.generated_at.date(), language)
    expected = when.split()[1] if language == "ar" else when  # the Arabic month's name
    assert readable(expected) in text
    page = Texts(language).report("Page %1 of %2")
    assert readable(page.split("%1")[0]) in text


@pytest.mark.parametrize("language", sorted(REPORT_LANGUAGES))
def test_the_cover_is_one_page_in_every_language(demo_report: ReportData, language: str) -> None:
    """The fullest cover: cleared (a stamp), a reporting period, the signature block."""
    full = dataclasses.replace(
        demo_report,
        status="cleared",
        cleared_by="Ambassador Ana María Ruiz de la Fuente, Permanent Representative",
        cleared_on=demo_report.generated_at,
        period_start=date(2024, 7, 1),
        period_end=date(2026, 6, 30),
    )
    buffer = io.BytesIO()
    write_pdf(full, buffer, PdfOptions(language=language))
    second = readable(_text_of(buffer.getvalue(), page=2))
    assert readable(Texts(language).report("Contents")) in second


def _text_of(pdf: bytes, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", *pages, "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


# (d) dates


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "22 November 2026"),
        ("fr", "22 novembre 2026"),
        ("es", "22 de noviembre de 2026"),
        ("ar", "22 نوفمبر 2026"),
        ("ru", "22 ноября 2026\u00a0г."),
        ("zh", "2026年11月22日"),
    ],
)
def test_long_dates_are_written_by_babel_in_each_language(language: str, expected: str) -> None:
    day = date(2026, 11, 22)
    assert long_date(day, language) == expected
    assert long_date(day, language) == clean(
        format_date(day, format="long", locale=DATE_LOCALES[language])
    )
    with report_language(language):
        assert long_date(day) == expected


# (e) the texts the translators see


def test_every_say_call_has_one_string_literal() -> None:
    """``tools.translations`` finds the report's words by ``say("literal")``: nothing else
    (no f-string, no variable, no concatenation) would reach the translators."""
    wrong = []
    for path in sorted((REPO / "poa_desktop" / "exchange" / "pdf").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say":
                literal = (
                    len(node.args) == 1
                    and not node.keywords
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                )
                if not literal:
                    wrong.append(f"{path.name}:{node.lineno}")
    assert wrong == []
    assert "Page %1 of %2" in report_texts()


# page geometry


@dataclasses.dataclass(frozen=True)
class Word:
    text: str  # as pdftotext -bbox gives it: characters left to right on the page, NFKC
    x: float
    x_max: float
    y: float

    @property
    def logical(self) -> str:
        """An Arabic word as typed (its letters run right to left on the page)."""
        return self.text[::-1] if re.search("[\u0600-\u06ff]", self.text) else self.text


def pdf_words(path: Path, page: int) -> list[Word]:
    html = pdf_text(path, "-bbox", pages=(page, page))
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>'
    return [
        Word(_letters(text), float(x), float(x_max), float(y))
        for x, y, x_max, text in re.findall(pattern, html)
    ]


def _letters(text: str) -> str:
    """NFKC, each ligature kept in its place (lam-alef, lam-meem... are two letters)."""
    return "".join(unicodedata.normalize("NFKC", ch)[::-1] for ch in text).translate(MARKS)


# (f) official translations of the commitments, when the catalog holds them


def test_a_commitment_s_official_translation_is_printed_in_its_language(
    demo_report: ReportData, tmp_path: Path
) -> None:
    import json
    import shutil

    from poa_desktop.catalog import load_catalog

    folder = tmp_path / "catalog"
    shutil.copytree(REPO / "resources" / "catalog", folder)
    document = json.loads((folder / "bms8.json").read_text(encoding="utf-8"))
    official = "Mettre en évidence, selon qu'il convient et à titre volontaire, les progrès."
    for paragraph in document["paragraphs"]:
        if paragraph["id"] == "BMS8-25":
            paragraph["translations"] = {"fr": {"text": official, "source": "A/CONF.192/BMS/2022"}}
    (folder / "bms8.json").write_text(json.dumps(document), encoding="utf-8")
    data = dataclasses.replace(demo_report, catalog=load_catalog(folder))
    french = readable(pdf_text(write(data, tmp_path, "fr")))
    assert official in french
    assert "To highlight, as appropriate and on a voluntary basis" not in french
    # Other measures are still quoted in English, and the cover still says so once.
    note = Texts("fr").report(
        "The commitments are quoted in English, the language of the outcome documents held by "
        "this application."
    )
    assert french.count(readable(note)[:40]) == 1
    spanish = readable(pdf_text(write(data, tmp_path, "es")))
    assert official not in spanish  # a French text is never printed in another language


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("en", {1: "one", 2: "other", 21: "other"}),
        ("fr", {0: "one", 1: "one", 2: "other"}),
        ("ru", {1: "one", 3: "few", 5: "many", 21: "one"}),
        ("ar", {0: "zero", 1: "one", 2: "two", 3: "few", 11: "many", 100: "other"}),
        ("zh", {1: "other", 2: "other"}),
    ],
)
def test_counted_texts_take_the_language_s_plural_form(
    language: str, counts: dict[int, str]
) -> None:
    """Issue 16: "1 measure", never "1 measure(s)"; Russian and Arabic have more forms."""
    from poa_desktop.exchange.language import plural_categories, say_count

    categories = plural_categories(language)
    text = "%n measure|%n measures"
    forms = "|".join(f"{category}:%n" for category in categories)
    with report_language(language) as texts:
        texts._entries = {**texts._entries, ("Report", text): forms}  # a translation
        for count, category in counts.items():
            assert say_count(count, text) == f"{category}:{count}"


def test_every_counted_text_has_each_language_s_forms() -> None:
    """A translation of a counted text lists its language's plural forms, "|" between."""
    from poa_desktop.exchange.language import plural_categories

    counted = [text for text in report_texts() if "%n" in text]
    assert len(counted) >= 5
    for language in REPORT_LANGUAGES:
        texts = Texts(language)
        for text in counted:
            translated = texts.report(text)
            expected = len(plural_categories(language)) if translated != text else 2
            assert len(translated.split("|")) == expected, (language, text, translated)
            assert all("%n" in form for form in translated.split("|")), (language, translated)
