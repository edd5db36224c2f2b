"""``poa-desktop evidence``: add, list, export and remove files, as a focal point types them."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from poa_desktop.cli import main
from poa_desktop.services.answering.evidence import list_evidence
from poa_desktop.services.assessments.assessments import find_assessment
from poa_desktop.services.workspace import open_workspace
from tests.cli.test_cli import run

ACT = b"%PDF-1.7 The Firearms Act, 2019" + bytes(3000)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ghana(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    for cycle in ("BMS8 2022", "RevCon4 2024"):
        code, _, err = cli(
            capsys, "--db", str(db_path), "new-assessment", "--state", "Ghana", "--cycle", cycle
        )
        assert code == 0, err
    return db_path


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "Firearms Act 2019.pdf").write_bytes(ACT)
    (folder / "notes.txt").write_text("Meeting notes", encoding="utf-8")
    return folder


def test_add_then_list_as_a_table(
    capsys: pytest.CaptureFixture[str], ghana: Path, documents: Path
) -> None:
    code, out, err = cli(
        capsys, "--db", str(ghana), "evidence", "add", "bms8-29",
        str(documents / "Firearms Act 2019.pdf"), str(documents / "notes.txt"), "--as", "Ama",
    )  # fmt: skip
    assert code == 0, err
    assert "Attached 2 files to BMS8 para. 29 (RevCon4 2024)." in out
    assert "Firearms Act 2019.pdf  3 KB  application/pdf  SHA-256 " in out
    code, out, err = cli(capsys, "evidence", "list", "--db", str(ghana))
    assert code == 0, err
    lines = out.splitlines()
    assert re.match(r"\s+id  commitment\s+file\s+size  SHA-256\s+added \(local time\)$", lines[0])
    assert re.match(
        r"\s+1  BMS8-29\s+Firearms Act 2019\.pdf\s+3 KB  [0-9a-f]{12}  \d{4}-\d\d-\d\d "
        r"\d\d:\d\d by Ama$",
        lines[1],
    )
    assert re.match(r"\s+2  BMS8-29\s+notes\.txt\s+13 bytes  [0-9a-f]{12}  ", lines[2])
    assert lines[-1] == "2 files, 3 KB, in RevCon4 2024."
    code, out, _ = cli(capsys, "--db", str(ghana), "evidence", "list", "BMS8-30")
    assert code == 0 and out == "No evidence files on BMS8 para. 30 in RevCon4 2024.\n"


def test_the_cycle_option_chooses_the_assessment(
    capsys: pytest.CaptureFixture[str], ghana: Path, documents: Path
) -> None:
    notes = str(documents / "notes.txt")
    code, _, err = cli(
        capsys, "--db", str(ghana), "evidence", "add", "BMS8-29", notes, "--cycle", "bms8 2022"
    )
    assert code == 0, err
    code, out, _ = cli(capsys, "--db", str(ghana), "evidence", "list")
    assert out == "No evidence files on any measure in RevCon4 2024.\n"
    code, out, _ = cli(capsys, "--db", str(ghana), "evidence", "list", "--cycle", "BMS8 2022")
    assert "notes.txt" in out and out.endswith("1 file, 13 bytes, in BMS8 2022.\n")
    code, _, err = cli(capsys, "--db", str(ghana), "evidence", "remove", "1", "--yes")
    assert code == 1
    assert err == (
        "poa-desktop: error: there is no evidence file 1 in the RevCon4 2024 assessment (it "
        "belongs to BMS8 2022: choose that cycle)\n"
    )


def test_refusals_print_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], ghana: Path, documents: Path, tmp_path: Path
) -> None:
    act = str(documents / "Firearms Act 2019.pdf")
    assert cli(capsys, "--db", str(ghana), "evidence", "add", "BMS8-29", act)[0] == 0
    big = tmp_path / "gazette.pdf"
    with big.open("wb") as stream:
        stream.truncate(40 * 1024 * 1024)
    refusals = {
        act: "Firearms Act 2019.pdf is already attached to BMS8 para. 29",
        str(big): "gazette.pdf is 40 MB; an evidence file may be at most 25 MB",
        str(documents): "documents is a folder: choose the files in it instead",
        "": "an empty file name was given: name each file to attach",
    }
    for path, message in refusals.items():
        code, out, err = cli(capsys, "--db", str(ghana), "evidence", "add", "BMS8-29", path)
        assert (code, out, err) == (1, "", f"poa-desktop: error: {message}\n")
    code, _, err = cli(capsys, "--db", str(ghana), "evidence", "add", "BMS8-99", act)
    assert code == 1 and err.startswith("poa-desktop: error: no commitment BMS8-99")


def test_export_one_measure_or_all_never_replacing_a_file(
    capsys: pytest.CaptureFixture[str], ghana: Path, documents: Path, tmp_path: Path
) -> None:
    db = str(ghana)
    cli(capsys, "--db", db, "evidence", "add", "BMS8-29", str(documents / "Firearms Act 2019.pdf"))
    cli(capsys, "--db", db, "evidence", "add", "RC3-II-21", str(documents / "notes.txt"))
    out_dir = tmp_path / "for UNODA"
    code, out, err = cli(capsys, "--db", db, "evidence", "export", "BMS8-29", str(out_dir))
    assert code == 0, err
    assert out.splitlines() == [
        str(out_dir / "Firearms Act 2019.pdf"),
        f"Exported 1 file from RevCon4 2024 into {out_dir}.",
    ]
    code, out, _ = cli(capsys, "--db", db, "evidence", "export", "BMS8-29", str(out_dir))
    assert out.splitlines()[0] == str(out_dir / "Firearms Act 2019 (2).pdf")
    code, out, _ = cli(capsys, "--db", db, "evidence", "export", str(out_dir))
    assert out.splitlines() == [
        str(out_dir / "BMS8-29" / "Firearms Act 2019.pdf"),
        str(out_dir / "RC3-II-21" / "notes.txt"),
        f"Exported 2 files from RevCon4 2024 into {out_dir}.",
    ]
    assert (out_dir / "BMS8-29" / "Firearms Act 2019.pdf").read_bytes() == ACT


def test_export_names_a_damaged_file_and_exits_1(
    capsys: pytest.CaptureFixture[str], ghana: Path, documents: Path, tmp_path: Path
) -> None:
    db = str(ghana)
    cli(capsys, "--db", db, "evidence", "add", "BMS8-29", str(documents / "Firearms Act 2019.pdf"))
    cli(capsys, "--db", db, "evidence", "add", "BMS8-29", str(documents / "notes.txt"))
    with closing(sqlite3.connect(ghana)) as raw, raw:
        raw.execute("UPDATE evidence_file SET content = zeroblob(10) WHERE id = 1")
    code, out, err = cli(capsys, "--db", db, "evidence", "export", "BMS8-29", str(tmp_path / "x"))
    assert code == 1
    assert "Exported 1 file from RevCon4 2024" in out
    assert "damaged: Firearms Act 2019.pdf (evidence file 1, BMS8 para. 29) is damaged" in out
    assert err == "poa-desktop: error: 1 damaged file(s) not exported (listed above)\n"
    assert [p.name for p in (tmp_path / "x").iterdir()] == ["notes.txt"]


def test_remove_asks_for_yes_and_keeps_a_backup(
    capsys: pytest.CaptureFixture[str], ghana: Path, documents: Path
) -> None:
    db = str(ghana)
    cli(capsys, "--db", db, "evidence", "add", "BMS8-29", str(documents / "notes.txt"))
    code, _, err = cli(capsys, "--db", db, "evidence", "remove", "1")
    assert code == 1
    assert err == (
        "poa-desktop: error: this removes notes.txt (13 bytes) from BMS8 para. 29 in "
        "RevCon4 2024: add --yes to remove it\n"
    )
    code, out, err = cli(capsys, "--db", db, "evidence", "remove", "1", "--yes")
    assert code == 0, err
    assert out.startswith("Removed notes.txt from BMS8 para. 29 (RevCon4 2024). The backup")
    backup = Path(out.strip().rsplit(": ", 1)[1])
    assert backup.is_file() and "before-removal" in backup.name
    with open_workspace(ghana) as ws:
        assert list_evidence(ws, find_assessment(ws).id) == []
    code, out, _ = cli(capsys, "--db", db, "backups")
    assert "Before removing an evidence file" in out


def test_the_command_runs_as_a_user_runs_it(ghana: Path, documents: Path) -> None:
    added = run("evidence", "add", "BMS8-29", str(documents / "notes.txt"), db=ghana)
    assert added.returncode == 0 and "Traceback" not in added.stderr
    refused = run("evidence", "add", "BMS8-29", str(documents / "notes.txt"), db=ghana)
    assert refused.returncode == 1
    assert refused.stderr == (
        "poa-desktop: error: notes.txt is already attached to BMS8 para. 29\n"
    )
    usage = run("evidence", db=ghana)
    assert usage.returncode == 2 and "ACTION" in usage.stderr
