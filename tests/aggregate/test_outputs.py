"""The analysis written: the PDF read back in two languages, the command line's summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from poa_desktop.cli.aggregate_commands import add_commands
from poa_desktop.cli.opening import Parser
from poa_desktop.services.reporting.aggregate import AggregateResult, analyse_files, write_pdf
from poa_desktop.translations import Texts


@pytest.fixture(scope="module")
def result(folder: Path) -> AggregateResult:
    return analyse_files([folder])


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_in_english(result: AggregateResult, tmp_path: Path) -> None:
    text = _text(write_pdf(result, tmp_path / "a.pdf"))
    for heading in (
        "National reports on the PoA and ITI: analysis",
        "Implementation by document section",
        "Implementation by UN regional group",
        "The least implemented measures",
        "National reports counted: 5, of 5 States, from 5 files read.",
        "Asia-Pacific",
        "WEOG",
    ):
        assert heading in text
    assert "BMS8 para." in text  # the weakest measures, by citation


def test_pdf_in_french(result: AggregateResult, tmp_path: Path) -> None:
    text = _text(write_pdf(result, tmp_path / "a.pdf", "fr"))
    french = Texts("fr")
    assert french.term("Not implemented") != "Not implemented"
    assert french.term("Not implemented") in text  # the status words, in French
    assert "RevCon3 II" in text


def _run(argv: list[str]) -> int:
    parser = Parser(prog="poa-desktop")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    add_commands(sub, lambda *args, **kwargs: None)
    args = parser.parse_args(argv)
    code: int = args.run(args)
    return code


def test_command_line(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    bad = tmp_path / "in" / "bad.xlsx"
    bad.write_text("no", encoding="utf-8")
    xlsx, pdf = tmp_path / "out.xlsx", tmp_path / "out.pdf"
    argv = ["aggregate", str(folder), str(bad), "--xlsx", str(xlsx), "--pdf", str(pdf)]
    assert _run([*argv, "--json", "--language", "fr"]) == 1  # a file was not used
    summary = json.loads(capsys.readouterr().out)
    assert (summary["files"], summary["reports"], summary["states"]) == (6, 5, 5)
    assert summary["problems"] == [{"file": str(bad), "reason": "not an Excel workbook (.xlsx)"}]
    assert summary["written"] == [str(xlsx), str(pdf)]
    assert summary["peak_memory_mb"] > 0
    assert len(load_workbook(xlsx, read_only=True).sheetnames) == 6
    assert PdfReader(pdf).pages
    assert _run(["aggregate", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Read 5 file(s) in ")
    assert "5 national report(s) of 5 State(s) counted; cycles: BMS9 2026" in out
    assert "Peak memory: " in out
