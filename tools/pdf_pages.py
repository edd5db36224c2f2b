"""Render chosen pages of the demo report as small PNGs for the README (docs/report/).

    python -m tools.pdf_pages [--resolution 60] [--keep DIR]

Builds the demo assessment in a temporary folder, writes its PDF there (PDFs are not committed),
finds the cover, contents, summary, a body page, an annex page by their text, and renders each
with ``pdftoppm`` into ``docs/report/page-<name>.png``. ``--keep DIR`` also keeps the PDF.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from poa_desktop.exchange.pdf.report import write_pdf
from poa_desktop.services.demo.build import build_demo
from poa_desktop.services.reporting.report_data import build_report_data
from poa_desktop.services.workspace import open_workspace

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "report"
# name -> text that marks the page (first page that holds it, after the contents)
PAGES: dict[str, str] = {
    "summary": "Status of the measures",
    "body": "RevCon3 II.1\n",
    "annex": "Annex A. Assistance needed and offered",
}


def find_pages(pdf: Path) -> dict[str, int]:
    """1-based page numbers: cover, contents, and the first page holding each marker."""
    texts = [page.extract_text() or "" for page in PdfReader(pdf).pages]
    found = {"cover": 1, "contents": 2}
    for name, marker in PAGES.items():
        found[name] = next(i for i, text in enumerate(texts[2:], start=3) if marker in text)
    return found


def render(pdf: Path, page: int, target: Path, resolution: int) -> None:
    stem = target.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(resolution),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(stem),
        ],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resolution", type=int, default=60)
    parser.add_argument("--keep", type=Path, help="also copy the demo PDF into this folder")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: install poppler-utils", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        with open_workspace(work / "demo.sqlite") as ws:
            build_demo(ws)
            data = build_report_data(ws)
        pdf = work / "demo-report.pdf"
        started = time.perf_counter()
        write_pdf(data, pdf)
        seconds = time.perf_counter() - started
        pages = find_pages(pdf)
        OUT.mkdir(parents=True, exist_ok=True)
        for name, page in pages.items():
            target = OUT / f"page-{name}.png"
            render(pdf, page, target, args.resolution)
            print(f"{target.relative_to(REPO)}: page {page}")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(pdf, args.keep / pdf.name)
        total = len(PdfReader(pdf).pages)
        print(f"demo report: {total} pages, written in {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
