"""The submission package (issue 16): what it holds, and ``verify`` finding any changed byte."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from poa_desktop.cli import main
from poa_desktop.services.assessments.assessments import find_assessment
from poa_desktop.services.assessments.clearance import clear, submit
from poa_desktop.services.assessments.period import set_report_language, set_reporting_period
from poa_desktop.services.errors import ServiceError
from poa_desktop.services.reporting.export import ExportOptions
from poa_desktop.services.reporting.package import MANIFEST, verify_package, write_package
from poa_desktop.services.workspace import open_workspace
from poa_desktop.store import Answer
from poa_desktop.store.models import EvidenceFile

EVIDENCE = {
    "BMS8-29": [("Firearms Act 2019.pdf", b"%PDF-1.4 the act"), ("notes.txt", b"one")],
    "RC3-II-21": [("notes.txt", b"two"), ("../../etc/passwd", b"not a path")],
}


def _attach(db: Path) -> None:
    """Evidence rows as the database holds them (the evidence service writes the same)."""
    with open_workspace(db) as ws, ws.db.writing() as session:
        info = find_assessment(ws)
        for commitment_id, files in EVIDENCE.items():
            answer = (
                session.query(Answer)
                .filter_by(assessment_id=info.id, commitment_id=commitment_id)
                .one()
            )
            for name, content in files:
                answer.evidence.append(EvidenceFile.from_bytes(name, content))


@pytest.fixture(scope="module")
def package(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("package")
    db = folder / "demo.sqlite"
    shutil.copy(demo_template, db)
    _attach(db)
    with open_workspace(db) as ws:
        info = find_assessment(ws)
        set_reporting_period(ws, info.id, date(2024, 7, 1), date(2026, 6, 30))
        set_report_language(ws, info.id, "fr")
        result = write_package(ws, folder / "report.zip", assessment=find_assessment(ws))
    assert result.path.exists()
    return result.path


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _rewrite(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """A copy of the zip with some members' bytes replaced (None: left out)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            content = change.get(info.filename, old.read(info))
            if content is not None:
                new.writestr(info, content)
    return target


def test_the_package_holds_report_workbook_evidence_and_manifest(package: Path) -> None:
    members = _members(package)
    manifest = json.loads(members[MANIFEST])
    stem = "XEX-BMS9-2026-national-report-DRAFT"
    assert sorted(members) == sorted(
        [
            MANIFEST,
            f"{stem}.pdf",
            f"{stem}.xlsx",
            "evidence/BMS8-29/Firearms Act 2019.pdf",
            "evidence/BMS8-29/notes.txt",
            "evidence/RC3-II-21/notes.txt",
            "evidence/RC3-II-21/passwd",
        ]
    )
    assert (manifest["state"], manifest["iso_code"], manifest["cycle"]) == (
        "Exampleland",
        "XEX",
        "BMS9 2026",
    )
    assert (manifest["period_start"], manifest["period_end"]) == ("2024-07-01", "2026-06-30")
    assert manifest["report_language"] == "fr" and manifest["status"] == "draft"
    evidence = {f["path"]: f for f in manifest["files"] if f["role"] == "evidence"}
    assert evidence["evidence/BMS8-29/notes.txt"]["commitment_id"] == "BMS8-29"
    assert members["evidence/RC3-II-21/notes.txt"] == b"two"


def test_the_report_in_the_package_is_in_the_assessment_s_language_and_period(
    package: Path, tmp_path: Path
) -> None:
    members = _members(package)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(next(v for k, v in members.items() if k.endswith(".pdf")))
    cover = PdfReader(pdf).pages[0].extract_text() or ""
    assert "1 juillet 2024" in cover and "30 juin 2026" in cover
    xlsx = tmp_path / "r.xlsx"
    xlsx.write_bytes(next(v for k, v in members.items() if k.endswith(".xlsx")))
    book = load_workbook(xlsx)
    about = {row[0]: row[1] for row in book.worksheets[3].iter_rows(values_only=True)}
    assert "2024-07-01" in about.values() and "2026-06-30" in about.values()
    assert "fr" in about.values()
    evidence = list(book.worksheets[4].iter_rows(values_only=True))[1:]
    assert len(book.worksheets) == 5 and len(evidence) == 4
    digests = {row[4] for row in evidence}
    assert digests == {
        hashlib.sha256(content).hexdigest() for files in EVIDENCE.values() for _, content in files
    }
    text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages[-3:])
    assert "Annexe F" in text or "Annex F" in text
    assert all(digest[:32] in text for digest in digests)


def test_an_intact_package_verifies(package: Path) -> None:
    result = verify_package(package)
    assert result.intact and result.first_problem is None
    assert [c.state for c in result.checks] == ["intact"] * 6
    assert "Exampleland (XEX), BMS9 2026" in result.describe()


@pytest.mark.parametrize(
    "member",
    [
        MANIFEST,
        "XEX-BMS9-2026-national-report-DRAFT.pdf",
        "XEX-BMS9-2026-national-report-DRAFT.xlsx",
        "evidence/BMS8-29/Firearms Act 2019.pdf",
        "evidence/RC3-II-21/notes.txt",
    ],
)
def test_one_changed_byte_in_any_file_is_found_and_named(
    package: Path, tmp_path: Path, member: str
) -> None:
    content = bytearray(_members(package)[member])
    # In the manifest, a letter of the State's code: the JSON stays valid.
    index = content.index(b'"XEX"') + 2 if member == MANIFEST else len(content) // 2
    content[index] ^= 0x01
    changed = _rewrite(package, tmp_path / "changed.zip", {member: bytes(content)})
    result = verify_package(changed)
    assert not result.intact
    assert result.first_problem is not None and result.first_problem.startswith(member)


def test_a_changed_byte_of_the_zip_itself_is_found(package: Path, tmp_path: Path) -> None:
    raw = bytearray(package.read_bytes())
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo("XEX-BMS9-2026-national-report-DRAFT.pdf")
    raw[info.header_offset + 30 + len(info.filename) + 1000] ^= 0x01  # inside its data
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(raw))
    result = verify_package(damaged)
    assert not result.intact
    assert result.first_problem.startswith("XEX-BMS9-2026-national-report-DRAFT.pdf")


def test_missing_and_added_files_are_named(package: Path, tmp_path: Path) -> None:
    target = _rewrite(package, tmp_path / "edited.zip", {"evidence/BMS8-29/notes.txt": None})
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr("extra.docx", b"added later")
    result = verify_package(target)
    states = {c.path: c.state for c in result.checks}
    assert states["evidence/BMS8-29/notes.txt"] == "missing"
    assert states["extra.docx"] == "unexpected"
    assert len(result.problems) == 2


def test_what_is_not_a_package_is_refused_with_its_reason(tmp_path: Path) -> None:
    not_zip = tmp_path / "report.zip"
    not_zip.write_bytes(b"PK but not really")
    with pytest.raises(ServiceError, match="is not a zip file"):
        verify_package(not_zip)
    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("report.pdf", b"%PDF")
    with pytest.raises(ServiceError, match=r"has no manifest\.json"):
        verify_package(plain)
    with pytest.raises(ServiceError, match="does not exist"):
        verify_package(tmp_path / "nowhere.zip")


def test_a_cleared_package_says_cleared_and_carries_the_clearance(db_path: Path) -> None:
    with open_workspace(db_path) as ws:
        from poa_desktop.services.assessments.assessments import create_assessment

        info = create_assessment(ws, state="Kenya", cycle="BMS8 2022", author="Amina")
        submit(ws, info.id, "Amina")
        clear(ws, info.id, "Permanent Secretary", accept_open_items=True)
        cleared = find_assessment(ws)
        result = write_package(
            ws, db_path.parent / "kenya.zip", ExportOptions(language="en"), cleared
        )
    names = sorted(f.path for f in result.files)
    assert names == [
        "KEN-BMS8-2022-national-report-CLEARED.pdf",
        "KEN-BMS8-2022-national-report-CLEARED.xlsx",
    ]
    manifest = json.loads(_members(result.path)[MANIFEST])
    assert [step["action"] for step in manifest["clearance"]] == ["submit", "clear"]
    assert manifest["clearance"][1]["actor"] == "Permanent Secretary"
    assert verify_package(result.path).intact


def test_export_package_and_verify_on_the_command_line(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sent.zip"
    assert main(["--db", str(demo_db), "export", "--package", str(target)]) == 0
    out = capsys.readouterr().out
    assert "the report, the workbook, 0 evidence file(s) and a manifest" in out
    assert main(["verify", str(target)]) == 0
    assert "sent.zip: intact, 2 file(s) as written" in capsys.readouterr().out
    content = bytearray(_members(target)["XEX-BMS9-2026-national-report-DRAFT.xlsx"])
    content[500] ^= 0x01
    bad = _rewrite(
        target, tmp_path / "bad.zip", {"XEX-BMS9-2026-national-report-DRAFT.xlsx": bytes(content)}
    )
    assert main(["verify", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "bad.zip: NOT intact: XEX-BMS9-2026-national-report-DRAFT.xlsx: changed" in out
