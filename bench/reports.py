"""PDF and Excel export and import of the demo, each against the same job done bare (a floor).

The floors are measured in the same run as the app, alternating with it (app, floor, app,
floor...), so a busy machine slows both alike; the ratio is median / median.

- *PDF, whole command*: ``poa-desktop --db DEMO export --pdf FILE`` in a new process (start-up,
  opening the database, the snapshot, the story, the layout and the file), against a new process
  that lays out the same words bare with reportlab: every paragraph of the report (the text as
  the app hands it to reportlab, the same registered Noto fonts and paragraph styles, field
  values indented as in the report), the page header and footer words drawn on each page, in a
  ``SimpleDocTemplate`` built once (one pass), written to a file.
- *Excel export*: ``write_xlsx`` of the demo snapshot in memory, against openpyxl's write-only
  mode writing the same cells to memory: every cell of every sheet the app's file holds (the
  blank editable ones too), with their values and no styles.
- *Excel import*: ``preview_import`` of the demo's own workbook (everything an import does
  before the person confirms: read, check, plan every row) against openpyxl's read-only mode
  reading every cell value of the same file.

Times are CPU time (user + system; of the child process for the command), which a shared
machine disturbs far less than wall time; the commands are single-threaded, so CPU time is
their wall time on an idle machine, less the waits for the disk. (Windows does not report a
child's CPU time: there the commands are timed by the clock.)
"""

from __future__ import annotations

import gc
import io
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.measure import Result, compiled_env, percentile, timed

if TYPE_CHECKING:
    from poa_desktop.domain.report import ReportData

PDF_TARGET_MS = 2000.0
XLSX_TARGET_MS = 1000.0
IMPORT_TARGET_MS = 1000.0
PDF_RATIO = 1.6
XLSX_RATIO = 2.0
IMPORT_RATIO = 2.0
COMMAND_RUNS = 7
EXCEL_RUNS = 15
REPO = Path(__file__).resolve().parent.parent


def exports() -> list[Result]:
    from poa_desktop.exchange.pdf.report import write_pdf
    from poa_desktop.services.demo.build import build_demo
    from poa_desktop.services.reporting.report_data import build_report_data
    from poa_desktop.services.workspace import open_workspace

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        database = folder / "demo.sqlite"
        with open_workspace(database) as ws:
            build_demo(ws)
            snapshot = timed(
                "report snapshot (read the demo)", lambda _: build_report_data(ws), 10, None
            )
            data = build_report_data(ws)
        pdf = timed("PDF export (demo)", lambda _: write_pdf(data, io.BytesIO()), 5, PDF_TARGET_MS)
        command = _pdf_command(folder, database, data)
        xlsx = _excel_export(data)
        xlsx_import = _excel_import(folder, data)
    return [snapshot, pdf, command, xlsx, *xlsx_import]


# --- alternating app and floor -------------------------------------------------------------


def _alternate(
    app: Callable[[], float], floor: Callable[[], float], runs: int
) -> tuple[list[float], list[float]]:
    """Each callable returns its own time in ms; one warm-up of each, then app, floor, ..."""
    app(), floor()
    apps, floors = [], []
    for _ in range(runs):
        apps.append(app())
        floors.append(floor())
    return apps, floors


def _compared(
    name: str,
    apps: list[float],
    floors: list[float],
    target: float | None,
    floor_name: str,
    ratio: float,
) -> Result:
    return Result(
        name,
        statistics.median(apps),
        percentile(apps, 0.95),
        target,
        len(apps),
        target_on="median",
        floor=statistics.median(floors),
        floor_name=floor_name,
        ratio_target=ratio,
    )


def _cpu(action: Callable[[], object]) -> float:
    """CPU time of ``action`` in ms, from a freshly collected heap: no run pays for the garbage
    the run before it (the app's or the floor's) left to the collector."""
    gc.collect()
    start = time.process_time()
    action()
    return (time.process_time() - start) * 1000


def _child_cpu(args: list[str], env: dict[str, str]) -> float:
    """CPU time (user + system) of one child process, in ms; it must succeed."""
    before, start = os.times(), time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, cwd=REPO, env=env)
    after, elapsed = os.times(), time.perf_counter() - start
    if os.name == "nt":  # children's times are always 0 there
        return elapsed * 1000
    used = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return used * 1000


# --- PDF ---------------------------------------------------------------------------------------


def _pdf_command(folder: Path, database: Path, data: ReportData) -> Result:
    """The whole ``export --pdf`` command against reportlab alone on the same words."""
    target, bare = folder / "report.pdf", folder / "floor.pdf"
    app = [sys.executable, "-m", "poa_desktop", "--db", str(database)]
    app += ["export", "--pdf", str(target)]
    env = compiled_env(folder)
    _child_cpu(app, env)  # the report, for its page count
    pages = len(re.findall(rb"/Type /Page\b(?!s)", target.read_bytes()))
    words = folder / "words.json"
    words.write_text(json.dumps(pdf_words(data, pages)), encoding="utf-8")
    floor = [sys.executable, "-m", "bench.reports", "pdf-floor", str(words), str(bare)]
    apps, floors = _alternate(
        lambda: _child_cpu(app, env), lambda: _child_cpu(floor, env), COMMAND_RUNS
    )
    return _compared(
        "PDF export, whole command (demo, CPU)",
        apps,
        floors,
        PDF_TARGET_MS,
        "a new process laying out the report's paragraphs (same text, Noto fonts, styles) and "
        "its page headers and footers with reportlab alone, one pass, written to a file",
        PDF_RATIO,
    )


def pdf_words(data: ReportData, pages: int) -> dict[str, Any]:
    """What the floor lays out: every paragraph of the report's story with its style, the
    fonts and their files, and the words of each page's header and footer."""
    from reportlab.lib.fonts import tt2ps
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Table
    from reportlab.platypus.tableofcontents import TableOfContents

    from poa_desktop.domain.text import arg
    from poa_desktop.exchange.language import report_language, say
    from poa_desktop.exchange.pdf.flowables import (
        LABEL_WIDTH,
        FieldRow,
        MeasureHeader,
        TocHeading,
        long_date,
    )
    from poa_desktop.exchange.pdf.fonts import SANS_BOLD, font_file, register_fonts
    from poa_desktop.exchange.pdf.front import cover_foot, state_name, status_words
    from poa_desktop.exchange.pdf.report import PdfOptions, build_story
    from poa_desktop.exchange.pdf.styles import ACCENT
    from poa_desktop.exchange.pdf.styles import styles as styles_of

    story: list[list[Any]] = []
    styles: dict[str, dict[str, Any]] = {}

    def add(style: Any, text: str, indent: float = 0.0) -> None:
        styles.setdefault(style.name, _style_attributes(style))
        story.append([style.name, text, indent])

    entries: list[tuple[int, str]] = []  # the contents, laid out where the app has them
    at = 0

    def walk(item: Any, indent: float = 0.0) -> None:
        nonlocal at
        if isinstance(item, list | tuple):
            for part in item:
                walk(part, indent)
        elif isinstance(item, Paragraph):
            add(item.style, item.text, indent)
            if isinstance(item, TocHeading) and item.toc_level is not None:
                entries.append((item.toc_level, item.toc_text))
        elif isinstance(item, TableOfContents):
            at = len(story)
        elif isinstance(item, FieldRow):
            add(item.label.style, item.label.text, indent)
            walk(item.values, indent + LABEL_WIDTH)
        elif isinstance(item, MeasureHeader):  # drawn on the canvas: a line in the floor
            add(label, f"{item.label} {item.status_text}", indent)
        elif isinstance(item, KeepTogether):
            walk(item._content, indent)
        elif isinstance(item, Table):
            walk(item._cellvalues, indent)
        elif isinstance(item, PageBreak):
            story.append(["page", "", 0.0])

    register_fonts()
    with report_language("en"):
        label = ParagraphStyle(
            "MeasureLabel", fontName=SANS_BOLD, fontSize=9.5, leading=19, textColor=ACCENT
        )
        walk([*cover_foot(data), *build_story(data, PdfOptions())])
        toc = styles_of()
        for level, text in reversed(entries):
            add(toc[f"TOC{level}"], f"{text} . . . . . . . . . . {pages}", 0.0)
            story.insert(at, story.pop())
        header = [
            f"{state_name(data)} \u00b7 {data.cycle}",
            say("National report on the PoA and the ITI"),
        ]
        state = "" if not data.is_draft else f" \u00b7 {status_words('draft')}"
        footer = arg(say("Generated %1"), long_date(data.generated_at.date())) + state
    used = {s["fontName"] for s in styles.values()}
    used |= set(re.findall(r'<font name="([^"]+)"', "".join(text for _, text, _ in story)))
    families = {"NotoSans", "NotoSerif"}
    mappings = [
        [family, bold, italic, tt2ps(family, bold, italic)]
        for family in families
        for bold in (0, 1)
        for italic in (0, 1)
    ]
    used |= {face for *_, face in mappings}
    return {
        "fonts": {name: str(font_file(name)) for name in sorted(used)},
        "mappings": mappings,
        "styles": styles,
        "story": story,
        "header": header,
        "footer": footer,
        "pages": pages,
    }


def _style_attributes(style: Any) -> dict[str, Any]:
    names = (
        *("fontName", "fontSize", "leading", "spaceBefore", "spaceAfter"),
        *("leftIndent", "rightIndent", "firstLineIndent", "alignment"),
    )
    attributes = {name: getattr(style, name) for name in names}
    attributes["textColor"] = style.textColor.hexval()[2:]
    return attributes


def pdf_floor(words: Path, out: Path) -> None:
    """The floor's process: reportlab alone, one pass (see the module's docstring)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.fonts import addMapping
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    spec = json.loads(words.read_text(encoding="utf-8"))
    for name, path in spec["fonts"].items():
        pdfmetrics.registerFont(TTFont(name, path))
    for family, bold, italic, face in spec["mappings"]:
        addMapping(family, bold, italic, face)
    styles: dict[tuple[str, float], ParagraphStyle] = {}
    story: list[Any] = []
    for name, text, indent in spec["story"]:
        if name == "page":
            story.append(PageBreak())
            continue
        style = styles.get((name, indent))
        if style is None:
            attributes = dict(spec["styles"][name])
            attributes["textColor"] = HexColor("#" + attributes["textColor"])
            attributes["leftIndent"] += indent
            style = styles[name, indent] = ParagraphStyle(name, **attributes)
        story.append(Paragraph(text, style))
    total = spec["pages"]

    def page_words(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("NotoSans", 7.8)
        top = A4[1] - 2.4 * cm + 0.75 * cm
        canvas.drawString(2.3 * cm, top, spec["header"][0])
        canvas.drawRightString(A4[0] - 2.0 * cm, top, spec["header"][1])
        canvas.drawString(2.3 * cm, 1.2 * cm, spec["footer"])
        canvas.drawRightString(A4[0] - 2.0 * cm, 1.2 * cm, f"Page {doc.page} of {total}")
        canvas.restoreState()

    document = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=2.3 * cm,
        rightMargin=2.0 * cm,
        topMargin=2.4 * cm,
        bottomMargin=2.2 * cm,
    )
    document.build(story, onFirstPage=page_words, onLaterPages=page_words)


# --- Excel -------------------------------------------------------------------------------------


def _sheets(book: bytes) -> list[tuple[str, list[list[object]]]]:
    """Every sheet's title and cells, as the app's workbook holds them: a cell the file has
    with nothing in it (an editable answer left blank) as "", so the floor writes it too."""
    from openpyxl import load_workbook
    from openpyxl.cell.read_only import EmptyCell

    workbook = load_workbook(io.BytesIO(book), read_only=True)
    sheets = []
    for ws in workbook.worksheets:
        ws.reset_dimensions()
        rows = [
            [None if isinstance(c, EmptyCell) else "" if c.value is None else c.value for c in row]
            for row in ws.iter_rows()
        ]
        sheets.append((str(ws.title), rows))
    workbook.close()
    return sheets


def _excel_export(data: ReportData) -> Result:
    from openpyxl import Workbook

    from poa_desktop.exchange.workbook.writer import write_xlsx

    buffer = io.BytesIO()
    write_xlsx(data, buffer)
    sheets = _sheets(buffer.getvalue())

    def floor() -> None:
        workbook = Workbook(write_only=True)
        for title, rows in sheets:
            ws = workbook.create_sheet(title)
            for row in rows:
                ws.append(row)
        workbook.save(io.BytesIO())

    apps, floors = _alternate(
        lambda: _cpu(lambda: write_xlsx(data, io.BytesIO())), lambda: _cpu(floor), EXCEL_RUNS
    )
    return _compared(
        "Excel export (demo, CPU)",
        apps,
        floors,
        XLSX_TARGET_MS,
        "openpyxl write-only writing the same cells (every cell of every sheet, blank ones "
        "included) with their values, no styles, to memory",
        XLSX_RATIO,
    )


def _excel_import(folder: Path, data: ReportData) -> list[Result]:
    """Preview against openpyxl read-only; then preview and apply into a fresh cycle (backup
    included), the figure with an absolute target only."""
    from openpyxl import load_workbook

    from poa_desktop.exchange.workbook.writer import write_xlsx
    from poa_desktop.services.assessments.assessments import create_assessment
    from poa_desktop.services.demo.build import build_demo
    from poa_desktop.services.reporting.imports import apply_import, preview_import
    from poa_desktop.services.workspace import open_workspace

    book = folder / "demo.xlsx"
    write_xlsx(data, book)
    database = folder / "import.sqlite"

    def floor() -> None:
        workbook = load_workbook(book, read_only=True, data_only=True)
        for ws in workbook.worksheets:
            for _row in ws.iter_rows(values_only=True):
                pass
        workbook.close()

    with open_workspace(database) as ws:
        build_demo(ws)
        info = create_assessment(ws, state="Exampleland", iso_code="XEX", cycle="import preview")
        apps, floors = _alternate(
            lambda: _cpu(lambda: preview_import(ws, book, assessment=info)),
            lambda: _cpu(floor),
            EXCEL_RUNS,
        )
        preview = _compared(
            "Excel import preview (demo, CPU)",
            apps,
            floors,
            None,
            "openpyxl read-only reading every cell value of the same workbook",
            IMPORT_RATIO,
        )

        def run(i: int) -> None:
            info = create_assessment(ws, state="Exampleland", iso_code="XEX", cycle=f"import {i}")
            apply_import(ws, preview_import(ws, book, assessment=info), author="bench")

        applied = timed("import of the demo's own workbook", run, 5, IMPORT_TARGET_MS)
    return [preview, applied]


if __name__ == "__main__" and sys.argv[1:2] == ["pdf-floor"]:
    pdf_floor(Path(sys.argv[2]), Path(sys.argv[3]))
