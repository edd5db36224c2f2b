"""A third outcome document added with ``catalog add`` (issue 17): installed for the user, covered
by an assessment only when asked, answered, counted, printed, exported and imported, with no
code change; hostile document files are refused with the file, the place and the reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from poa_desktop.catalog.loader import reload_default_catalog
from poa_desktop.cli import main
from poa_desktop.services.answering.answers import all_answers
from poa_desktop.services.answering.progress import assessment_progress
from poa_desktop.services.assessments.assessments import find_assessment
from poa_desktop.services.workspace import open_workspace
from tests.documents import synthetic_document, write_document


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def exampleland(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, _, err = cli(
        capsys,
        *("--db", str(db_path), "new-assessment", "--state", "Ghana", "--cycle", "BMS8 2022"),
    )
    assert code == 0, err
    return db_path


def documents_folder(tmp_path: Path) -> Path:
    return tmp_path / "documents"  # POA_DESKTOP_DOCUMENTS (tests/conftest.py)


def test_added_document_is_answered_counted_printed_exported_and_imported(
    capsys: pytest.CaptureFixture[str], exampleland: Path, tmp_path: Path
) -> None:
    db = str(exampleland)
    source = write_document(tmp_path / "test-outcome.json")
    code, out, err = cli(capsys, "--db", db, "catalog", "add", str(source))
    assert code == 0, err
    installed = documents_folder(tmp_path) / "test.json"
    assert installed.is_file()
    assert f"Installed TEST (TEST) version 1.0.0: 2 measures of 2 paragraphs, in {installed}" in out

    code, out, _ = cli(capsys, "--db", db, "catalog", "list")
    assert "TEST     TEST         version 1.0.0    added: " in out
    assert "covered by no assessment" in out  # adding changes no assessment

    with open_workspace(exampleland) as ws:
        info = find_assessment(ws)
        assert info.documents == ("BMS8", "RC3")
        assert assessment_progress(ws, info.id).overall.total == 221

    code, out, err = cli(capsys, "--db", db, "catalog", "cover", "TEST")
    assert code == 0, err and out == "BMS8 2022 covers BMS8, RC3, TEST.\n"
    code, _, err = cli(
        capsys, "--db", db, "answer", "TEST-1", "--status", "implemented", "--text", "Done in 2025"
    )
    assert code == 0, err
    with open_workspace(exampleland) as ws:
        progress = assessment_progress(ws, find_assessment(ws).id)
        assert (progress.overall.total, progress.overall.answered) == (223, 1)
        assert [row.label for row in progress.documents] == ["BMS8", "RevCon3", "TEST"]

    pdf, xlsx = tmp_path / "report.pdf", tmp_path / "report.xlsx"
    code, _, err = cli(capsys, "--db", db, "export", "--pdf", str(pdf), "--xlsx", str(xlsx))
    assert code == 0, err
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(pdf).pages).split())
    assert "Outcome of a test meeting (TEST)" in text and "Done in 2025" in text
    assert "two outcome documents" not in text
    assert "of the 223 measures that the outcome documents ask" in text
    sheet = load_workbook(xlsx, read_only=True)["Answers"]
    ids = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert ids[-2:] == ["TEST-1", "TEST-2"]

    tracker = Workbook()
    rows = tracker.active
    assert rows is not None
    rows.append(["Paragraph", "Status", "Measures taken"])
    rows.append(["TEST para. 2", "Partially", "A committee meets monthly"])
    tracker.save(tmp_path / "tracker.xlsx")
    code, out, err = cli(capsys, "--db", db, "import", str(tmp_path / "tracker.xlsx"))
    assert code == 0, err + out
    with open_workspace(exampleland) as ws:
        answer = all_answers(ws, find_assessment(ws).id)["TEST-2"]
        assert answer.content.measures_taken == "A committee meets monthly"
        assert answer.content.status == "developing"


def test_a_one_way_link_from_the_added_document_works_both_ways(
    capsys: pytest.CaptureFixture[str], exampleland: Path, tmp_path: Path
) -> None:
    source = write_document(tmp_path / "test.json")
    assert cli(capsys, "--db", str(exampleland), "catalog", "add", str(source))[0] == 0
    code, out, _ = cli(capsys, "--db", str(exampleland), "catalog", "BMS8-62")
    assert code == 0 and "TEST para. 1" in out  # BMS8's file does not name it


def test_remove_is_refused_while_answers_use_the_document(
    capsys: pytest.CaptureFixture[str], exampleland: Path, tmp_path: Path
) -> None:
    db = str(exampleland)
    cli(capsys, "--db", db, "catalog", "add", str(write_document(tmp_path / "t.json")))
    cli(capsys, "--db", db, "catalog", "cover", "TEST")
    cli(capsys, "--db", db, "answer", "TEST-2", "--status", "not-implemented")
    code, _, err = cli(capsys, "--db", db, "catalog", "remove", "TEST")
    assert code == 1
    assert "TEST has 1 answer in this database (BMS8 2022): it stays installed" in err
    code, _, err = cli(capsys, "--db", db, "catalog", "uncover", "TEST")
    assert code == 1 and "BMS8 2022 has answers to TEST (1 answer)" in err
    assert (documents_folder(tmp_path) / "test.json").is_file()
    code, _, err = cli(capsys, "--db", db, "catalog", "remove", "BMS8")
    assert code == 1 and "BMS8 comes with poa-desktop and cannot be removed" in err


def test_remove_uninstalls_a_document_nobody_answered(
    capsys: pytest.CaptureFixture[str], exampleland: Path, tmp_path: Path
) -> None:
    db = str(exampleland)
    cli(capsys, "--db", db, "catalog", "add", str(write_document(tmp_path / "t.json")))
    code, out, err = cli(capsys, "--db", db, "catalog", "remove", "test")
    assert code == 0, err and "Removed TEST" in out
    assert not (documents_folder(tmp_path) / "test.json").exists()
    assert "TEST " not in cli(capsys, "--db", db, "catalog", "list")[1]


def test_a_newer_version_replaces_the_installed_one(
    capsys: pytest.CaptureFixture[str], exampleland: Path, tmp_path: Path
) -> None:
    db = str(exampleland)
    cli(capsys, "--db", db, "catalog", "add", str(write_document(tmp_path / "v1.json")))
    newer = write_document(tmp_path / "v2.json", synthetic_document(version="1.1.0", related=[]))
    code, out, err = cli(capsys, "--db", db, "catalog", "add", str(newer))
    assert code == 0, err and "version 1.1.0 (replacing version 1.0.0)" in out
    assert sorted(p.name for p in documents_folder(tmp_path).iterdir()) == ["test.json"]
    assert "TEST para. 1" not in cli(capsys, "--db", db, "catalog", "BMS8-62")[1]


def test_a_new_cycle_chooses_its_documents_and_carries_a_superseded_answer(
    capsys: pytest.CaptureFixture[str], exampleland: Path, tmp_path: Path
) -> None:
    """TEST-2 supersedes BMS8-29: the new cycle starts TEST-2 from BMS8-29's answer, marked."""
    db = str(exampleland)
    cli(capsys, "--db", db, "answer", "BMS8-29", "--status", "implemented", "--text", "A board")
    cli(capsys, "--db", db, "answer", "RC3-II-21", "--status", "not-implemented")
    document = synthetic_document(supersedes=["BMS8-29"])
    cli(capsys, "--db", db, "catalog", "add", str(write_document(tmp_path / "t.json", document)))
    code, out, err = cli(
        capsys,
        *("--db", db, "new-assessment", "--state", "Ghana", "--cycle", "BMS9 2026"),
        *("--from", "BMS8 2022", "--documents", "BMS8,TEST"),
    )
    assert code == 0, err and "It covers BMS8, TEST." in out
    with open_workspace(exampleland) as ws:
        info = find_assessment(ws, "BMS9 2026")
        assert info.documents == ("BMS8", "TEST")
        assert assessment_progress(ws, info.id).overall.total == 69 + 2
        answers = all_answers(ws, info.id)
    successor = answers["TEST-2"]
    assert successor.provenance_detail == (
        "carried forward from BMS8 2022; was the answer to BMS8 para. 29"
    )
    assert (successor.content.status, successor.content.measures_taken) == (
        "implemented",
        "A board",
    )
    assert answers["BMS8-29"].content.measures_taken == "A board"  # its own answer carried too
    assert "RC3-II-21" not in answers  # RevCon3 is not covered: its answer stays in BMS8 2022
    code, out, err = cli(capsys, "--db", db, "confirm-unchanged", "TEST-2", "--cycle", "BMS9 2026")
    assert code == 0, err
    code, out, _ = cli(capsys, "--db", db, "history", "TEST-2", "--cycle", "BMS9 2026")
    assert "confirmed unchanged since BMS8 2022" in out


def hostile(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Document files a person might be sent, each with what the refusal must say."""
    cases: dict[str, tuple[object, str]] = {}
    not_json = '{\n  "document": {\n'
    cases["not-json"] = (not_json, "is not JSON: Expecting property name")
    empty_text = synthetic_document()
    empty_text["paragraphs"][1]["text"] = ""
    cases["empty-text"] = (empty_text, "at $.paragraphs[1].text: '' should be non-empty")
    bundled = synthetic_document("BMS8")
    cases["bundled-id"] = (bundled, "at $.document.id: BMS8 is a document bundled with")
    theme = synthetic_document()
    theme["paragraphs"][0]["themes"] = ["weapons-of-mass-destruction"]
    cases["unknown-theme"] = (
        theme,
        "at $.paragraphs[0].themes[0]: 'weapons-of-mass-destruction' is not one of ammunition",
    )
    link = synthetic_document(related=["BMS8-999"])
    cases["dangling-link"] = (link, "at $.paragraphs[0].related[0]: BMS8-999 is not in the catalog")
    own = synthetic_document(supersedes=["TEST-1"])
    cases["supersedes-itself"] = (
        own,
        "at $.paragraphs[1].supersedes[0]: TEST-1 is in this document",
    )
    twice = synthetic_document()
    twice["paragraphs"][1]["id"] = "TEST-1"
    cases["duplicate-id"] = (twice, "at $.paragraphs[1].id: TEST-1 appears twice")
    outline = synthetic_document()
    outline["outline"].append({"type": "paragraph", "id": "TEST-7"})
    cases["outline-gap"] = (outline, "at $.outline[3].id: TEST-7 is not in $.paragraphs")
    missing = synthetic_document()
    del missing["document"]["meeting"]
    cases["missing-field"] = (missing, "at $.document: 'meeting' is a required property")
    files = {}
    for name, (content, message) in cases.items():
        path = tmp_path / f"{name}.json"
        text = content if isinstance(content, str) else json.dumps(content)
        path.write_text(text, encoding="utf-8")
        files[name] = (path, message)
    return files


def test_hostile_document_files_are_refused_saying_where_and_why(
    capsys: pytest.CaptureFixture[str], exampleland: Path, tmp_path: Path
) -> None:
    for name, (path, message) in hostile(tmp_path).items():
        code, _, err = cli(capsys, "--db", str(exampleland), "catalog", "add", str(path))
        assert code == 1, name
        assert f"Not installed: {path}" in err, name
        assert f"{path} {message}" in err or f"{path}: {message}" in err, (name, err)
    folder = documents_folder(tmp_path)
    assert not folder.exists() or not list(folder.iterdir())  # nothing was installed


def test_a_damaged_file_in_the_documents_folder_is_left_out_not_fatal(
    capsys: pytest.CaptureFixture[str], exampleland: Path, tmp_path: Path
) -> None:
    folder = documents_folder(tmp_path)
    folder.mkdir()
    (folder / "eco.json").write_text('{"catalog_version": "1"}', encoding="utf-8")
    reload_default_catalog()  # as when the app starts
    code, out, err = cli(capsys, "--db", str(exampleland), "catalog", "list")
    assert code == 0 and "BMS8" in out and "RC3" in out
    assert f"Left out: {folder / 'eco.json'}: not a catalog document" in err
    code, out, err = cli(capsys, "--db", str(exampleland), "progress")
    assert code == 0, err
